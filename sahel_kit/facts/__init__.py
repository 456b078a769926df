"""The facts: where the kit's data files are, how they are validated, and the typed loaders.

``files`` locates ``data/`` (the wheel's ``sahel_kit/data/`` or the checkout's) and reads and checks a
CSV table, naming file, row and column of every problem; ``tables`` has one loader per table and the
closed vocabularies; ``article`` cleans the seed article; ``distance`` measures between places;
``safe_file`` writes JSON atomically under a lock; ``i18n`` holds the kit's language and ``_()`` for
every wing's strings, ``translations`` the translated table text (``data/translations/<lang>/``).  This wing may import pandas and the standard
library only, never the quiz, maps or classroom wings: everything else builds on it.
"""
