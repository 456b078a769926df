"""The quiz: question types and their grading, quiz files, static HTML, widgets and progress.

``base``, ``kinds`` and ``questions`` hold one class per question type with a pure ``check()``;
``fields`` and ``schema`` read and validate the YAML files in ``data/quizzes/``; ``datacheck`` checks
answers against the data tables; ``html`` renders a quiz as escaped static HTML; ``widgets`` builds the
ipywidgets view (imported only when a quiz is shown); ``progress`` keeps each student's answers under
the kit home; ``languages`` reads a quiz in another language (``data/quizzes/<lang>/``) and checks that it
grades like the English one.  This wing may import :mod:`sahel_kit.facts`, never the maps or classroom wings.

The wing is called ``quizzes``, not ``quiz``: ``sahel_kit.quiz`` is the function a notebook calls
(``sk.quiz("02_mapping_the_sahel")``), and a subpackage of the same name would replace it as an
attribute of the package as soon as it was imported.
"""
