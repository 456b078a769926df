"""``sahel-kit translations status|check|todo --lang fr``: how far a translation of the tables has got.

``status`` prints per table how many rows are translated; ``check`` lists every problem (an id that is
not in the table, an unknown column, a duplicate; with ``--complete`` also every untranslated row) and
exits with status 1 if there is one; ``todo`` prints the untranslated rows of one table as CSV, each text
cell prefixed ``EN:``, ready to paste at the end of ``data/translations/<lang>/<table>.csv`` and translate
(a cell still starting with ``EN:`` counts as untranslated).
"""
from __future__ import annotations

import csv
import sys

from .files import data_path
from .i18n import LANGUAGES
from .translations import (TEXT_TABLES, UNTRANSLATED_MARK, check_translations, translation_path,
                           translation_status, untranslated_rows)

__all__ = ["register"]


def register(subparsers) -> None:
    """Add ``translations``."""
    p = subparsers.add_parser(
        "translations", help="how far the translation of the tables has got (status, check, todo)",
        description="Translations of the tables' text: data/translations/<lang>/<table>.csv.")
    p.add_argument("action", choices=("status", "check", "todo"))
    p.add_argument("--lang", required=True, choices=[c for c in LANGUAGES if c != "en"])
    p.add_argument("--table", choices=sorted(TEXT_TABLES), action="append",
                   help="only this table (repeatable; todo needs exactly one)")
    p.add_argument("--complete", action="store_true", help="check: an untranslated row is a problem too")
    p.set_defaults(func=cmd_translations)


def cmd_translations(args) -> int:
    """Run one action; return the exit status."""
    if args.action == "status":
        total_done = total = 0
        print(f"{'table':<18} {'done':>10} {'rows':>5}  file   (done: every text cell translated, or none to translate)")
        for table, done, rows in translation_status(args.lang, args.table):
            total_done, total = total_done + done, total + rows
            print(f"{table:<18} {done:>10} {rows:>5}  data/translations/{args.lang}/{table}.csv"
                  f"{'' if translation_path(table, args.lang).is_file() else ' (no file yet)'}")
        print(f"{'all tables':<18} {total_done:>10} {total:>5}")
        return 0
    if args.action == "check":
        problems = check_translations(args.lang, complete=args.complete, tables=args.table)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print(f"{'FAIL' if problems else 'ok  '} {args.lang} translations of the tables: {len(problems)} problem(s)")
        return 1 if problems else 0
    if not args.table or len(args.table) != 1:
        print("error: todo needs one --table", file=sys.stderr)
        return 1
    spec = TEXT_TABLES[args.table[0]]
    path = translation_path(spec.name, args.lang)
    # the columns in the order of the file the rows will be pasted into (else of the table)
    with (path if path.is_file() else data_path(spec.file)).open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh), [])
    columns = [c for c in header if c in spec.text_columns] + [c for c in spec.columns if c not in header]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow([spec.id_column, *columns])
    for row in untranslated_rows(spec.name, args.lang):
        writer.writerow([row[spec.id_column], *(f"{UNTRANSLATED_MARK}{row[c]}" if row.get(c) and c in spec.columns
                                                else "" for c in columns)])
    return 0
