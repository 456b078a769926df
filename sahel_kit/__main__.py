"""``python -m sahel_kit``: the same as the ``sahel-kit`` command."""
import sys

from .cli import main

sys.exit(main())
