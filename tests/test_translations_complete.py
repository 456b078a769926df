"""The French edition is complete: every row of every table with text is translated.

Kept apart from tests/test_translations.py on purpose: it FAILS until the bulk translation is done
(``python -m sahel_kit translations status --lang fr`` shows how far it is), and the lead decides
whether it runs in the suite before then.  Each failure lists the untranslated rows of one table.
"""
from __future__ import annotations

import pytest

from sahel_kit.facts.translations import TEXT_TABLES, check_translations
from sahel_kit.facts.files import data_path

TABLES = [t for t in TEXT_TABLES if data_path(f"{t}.csv").is_file()]


@pytest.mark.parametrize("table", TABLES)
def test_every_row_is_translated_into_french(table):
    missing = check_translations("fr", complete=True, tables=[table])
    assert not missing, (f"{len(missing)} untranslated row(s) of {table} (sahel-kit translations todo --lang fr "
                         f"--table {table}):\n" + "\n".join(missing))
