"""``sahel-kit translations status|check|todo|stamp --lang fr``: how far a translation of the tables has got.

``status`` prints per table how many rows are translated (and how many are stale: their English changed since);
``check`` lists every problem (an id that is not in the table, an unknown column, a duplicate; with ``--complete``
also every untranslated or stale row) and exits with status 1 if there is one; ``todo`` prints the untranslated
rows of one table as CSV, each text cell prefixed ``EN:``, ready to paste at the end of
``data/translations/<lang>/<table>.csv`` and translate (a cell still starting with ``EN:`` counts as
untranslated); ``stamp`` records, after a translator has updated stale rows, that they now follow the English.
"""
from __future__ import annotations

import csv
import io
import sys

from .files import data_path
from .i18n import LANGUAGES
from .translations import (HASH_COLUMN, TEXT_TABLES, UNTRANSLATED_MARK, check_translations, english_hash,
                           translation_path, translation_status, untranslated_rows)

__all__ = ["register", "stamp"]


def register(subparsers) -> None:
    """Add ``translations``."""
    p = subparsers.add_parser(
        "translations", help="how far the translation of the tables has got (status, check, todo, stamp)",
        description="Translations of the tables' text: data/translations/<lang>/<table>.csv.")
    p.add_argument("action", choices=("status", "check", "todo", "stamp"))
    p.add_argument("ids", nargs="*", metavar="ID",
                   help="stamp: the rows whose French now follows the English (right after 'stamp')")
    p.add_argument("--lang", required=True, choices=[c for c in LANGUAGES if c != "en"])
    p.add_argument("--table", choices=sorted(TEXT_TABLES), action="append",
                   help="only this table (repeatable; todo and stamp need exactly one)")
    p.add_argument("--complete", action="store_true", help="check: an untranslated or stale row is a problem too")
    p.add_argument("--all", action="store_true", help="stamp: every row of the file (after reviewing them all)")
    p.set_defaults(func=cmd_translations)


def _header(spec, lang: str) -> list[str]:
    """The columns in the order of the translation file (else of the table), with the hash column last."""
    path = translation_path(spec.name, lang)
    with (path if path.is_file() else data_path(spec.file)).open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh), [])
    columns = [c for c in header if c in spec.text_columns] + [c for c in spec.columns if c not in header]
    return [spec.id_column, *columns, HASH_COLUMN]


def stamp(table: str, lang: str, ids=None) -> list[str]:
    """Write the current English hash into ``ids`` rows (all rows when None); return the ids stamped."""
    spec = TEXT_TABLES[table]
    path = translation_path(table, lang)
    originals = {r[spec.id_column]: r for r in csv.DictReader(data_path(spec.file).open(encoding="utf-8", newline=""))}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    header, done = _header(spec, lang), []
    for row in rows:
        key = row.get(spec.id_column, "")
        if (ids is None or key in ids) and key in originals:
            row[HASH_COLUMN] = english_hash(spec, originals[key])
            done.append(key)
    out = io.StringIO()
    writer = csv.DictWriter(out, header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return done


def cmd_translations(args) -> int:
    """Run one action; return the exit status."""
    if args.action == "status":
        totals = [0, 0, 0]
        print(f"{'table':<18} {'done':>5} {'rows':>5} {'stale':>5}  file   (done: every text cell translated, or none "
              "to translate; stale: the English changed since)")
        for table, done, rows, stale in translation_status(args.lang, args.table):
            totals = [totals[0] + done, totals[1] + rows, totals[2] + stale]
            print(f"{table:<18} {done:>5} {rows:>5} {stale:>5}  data/translations/{args.lang}/{table}.csv"
                  f"{'' if translation_path(table, args.lang).is_file() else ' (no file yet)'}")
        print(f"{'all tables':<18} {totals[0]:>5} {totals[1]:>5} {totals[2]:>5}")
        return 0
    if args.action == "check":
        problems = check_translations(args.lang, complete=args.complete, tables=args.table)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        print(f"{'FAIL' if problems else 'ok  '} {args.lang} translations of the tables: {len(problems)} problem(s)")
        return 1 if problems else 0
    if not args.table or len(args.table) != 1:
        print(f"error: {args.action} needs one --table", file=sys.stderr)
        return 1
    spec = TEXT_TABLES[args.table[0]]
    if args.action == "stamp":
        if not args.ids and not args.all:
            print("error: name the rows whose French you updated (or --all after reviewing every row)", file=sys.stderr)
            return 1
        if not translation_path(spec.name, args.lang).is_file():
            print(f"error: no file data/translations/{args.lang}/{spec.file}", file=sys.stderr)
            return 1
        done = stamp(spec.name, args.lang, None if args.all else set(args.ids))
        unknown = sorted(set(args.ids) - set(done))
        print(f"stamped {len(done)} row(s) of data/translations/{args.lang}/{spec.file}")
        if unknown:
            print(f"error: not in the translation file: {', '.join(unknown)}", file=sys.stderr)
        return 1 if unknown else 0
    header = _header(spec, args.lang)
    path = translation_path(spec.name, args.lang)
    with_hash = not path.is_file() or HASH_COLUMN in next(csv.reader(path.open(encoding="utf-8", newline="")), [])
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header if with_hash else header[:-1])  # rows pasted into a file without the column fit it
    for row in untranslated_rows(spec.name, args.lang):
        writer.writerow([row[spec.id_column], *(f"{UNTRANSLATED_MARK}{row[c]}" if row.get(c) and c in spec.columns
                                                else "" for c in header[1:-1])] + [english_hash(spec, row)] * with_hash)
    return 0
