"""Translated text of the tables, kept beside them: facts stay in one place, words in several.

``data/translations/<lang>/<table>.csv`` has the table's id column and its text columns only, e.g.
``data/translations/fr/events.csv`` with ``event_id,title,description``.  A loader given a language
(``sk.load_events(lang="fr")``, or the kit's default, see :mod:`sahel_kit.facts.i18n`) reads the
original table (ids, dates, figures, sources) and replaces only those text cells; column names stay
the same.  A row not yet translated, or a cell still marked ``EN: ...``, keeps the English text.

:func:`check_translations` finds every problem at once, naming file, row and column: a translation
whose id is not in the table, an unknown or missing column, a duplicate row, and (``complete=True``)
every row of the table without a translation.  ``sahel-kit translations status|check|todo`` runs them.
"""
from __future__ import annotations

import csv
import functools
import hashlib
import inspect
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .files import DataError, data_path
from .i18n import LANGUAGES, get_language

__all__ = ["TextTable", "TEXT_TABLES", "UNTRANSLATED_MARK", "HASH_COLUMN", "translation_path", "apply_translation",
           "check_translations", "translation_status", "untranslated_rows", "stale_rows", "english_hash", "translated"]

#: A cell starting with this is a placeholder (``sahel-kit translations todo`` writes them): not translated.
UNTRANSLATED_MARK = "EN: "
#: Optional column of a translation file: a hash of the English text the row was translated from, written by
#: ``translations todo`` and ``translations stamp``; when the English changes, the row is reported as stale.
HASH_COLUMN = "source_hash"


@dataclass(frozen=True)
class TextTable:
    """Which columns of a table carry words a translator translates.

    ``columns`` must be translated wherever the original cell is not empty; ``optional`` may be
    (a name such as "Operation Serval" may stay as it is): left empty, the original is shown.
    Ids, dates, figures, codes and quotations in the source's own words are never translated.
    """

    name: str
    id_column: str
    columns: tuple[str, ...]
    optional: tuple[str, ...] = ()
    #: ``(column, original column, language column)``: in a language, ``column`` shows the table's own
    #: original-language text where the row has one in that language (a junta's statement in French);
    #: it is a sourced fact of the table, never a translator's rendering.
    originals: tuple[tuple[str, str, str], ...] = ()

    @property
    def file(self) -> str:
        return f"{self.name}.csv"

    @property
    def text_columns(self) -> tuple[str, ...]:
        return self.columns + self.optional


#: Every table with text, by name (the file is ``data/<name>.csv``).  A table that is not (yet) in
#: ``data/`` is skipped.  Adding a table with text: one line here, ``@translated(name)`` on its loader.
TEXT_TABLES = {t.name: t for t in (
    TextTable("events", "event_id", ("title", "description")),
    TextTable("claims", "claim_id", ("claim", "explanation")),
    TextTable("actors", "actor_id", ("role",), optional=("name",)),
    TextTable("places", "place_id", ("description",), optional=("name",)),
    TextTable("presence", "presence_id", ("force", "size_note"), optional=("operation",)),
    # quote: the source's words, never translated; the French edition shows original_quote where it is French
    TextTable("coup_explanations", "explanation_id", ("explanation", "argued_by"),
              originals=(("quote", "original_quote", "original_language"),)),
    TextTable("fatalities", "figure_id", ("note",), optional=("dataset", "reported_by")),
    TextTable("displacement", "figure_id", ("note",), optional=("dataset", "reported_by")),
    # ``wording`` is a quotation (the source's words about the troops): it stays in its language.
    TextTable("us_troop_figures", "figure_id", ("note",), optional=("said_by", "reported_by")),
)}


def translation_path(table: str, lang: str) -> Path:
    """``data/translations/<lang>/<table>.csv``."""
    return data_path("translations", lang, f"{table}.csv")


def _read_csv(path: Path) -> tuple[list[str], list[dict]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            return list(reader.fieldnames or []), list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(path, [f"cannot be read: {exc}"]) from None


def _cell(row: dict, column: str) -> str:
    value = row.get(column)
    return value.strip() if isinstance(value, str) else ""


def _translated(value: str) -> bool:
    return bool(value) and not value.startswith(UNTRANSLATED_MARK.strip())


@functools.lru_cache(maxsize=64)
def _parse(spec: TextTable, path: Path, stamp: tuple, original_ids: frozenset | None):
    """(texts by id, problems) of one translation file; ``stamp`` makes an edited file re-read."""
    header, rows = _read_csv(path)
    problems = []
    if spec.id_column not in header:
        return {}, [f"missing column {spec.id_column!r} (the id that ties a row to data/{spec.file})"]
    problems += [f"column {c!r}: not a text column of {spec.file} (allowed: {', '.join(spec.text_columns)})"
                 for c in header if c not in (spec.id_column, HASH_COLUMN) and c not in spec.text_columns]
    problems += [f"missing column {c!r}" for c in spec.columns if c not in header]
    texts: dict[str, dict] = {}
    first: dict[str, int] = {}
    for rownum, row in enumerate(rows, start=2):
        if None in row:
            problems.append(f"row {rownum}: more cells than the header has columns")
        key = _cell(row, spec.id_column)
        if not key:
            problems.append(f"row {rownum}, column {spec.id_column!r}: is empty")
            continue
        if original_ids is not None and key not in original_ids:
            problems.append(f"row {rownum}, column {spec.id_column!r}: no {spec.id_column} {key!r} in data/{spec.file}")
        if key in first:
            problems.append(f"row {rownum}, column {spec.id_column!r}: duplicate id {key!r} (first in row {first[key]})")
            continue
        first[key] = rownum
        texts[key] = {c: _cell(row, c) for c in spec.text_columns if c in header}
        texts[key][HASH_COLUMN], texts[key]["_row"] = _cell(row, HASH_COLUMN), rownum
    return texts, problems


def _stamp(path: Path) -> tuple:
    st = path.stat()
    return st.st_mtime_ns, st.st_size


def _texts(spec: TextTable, lang: str, original_ids: frozenset | None = None) -> tuple[dict, list[str]]:
    path = translation_path(spec.name, lang)
    if not path.is_file():
        return {}, []
    return _parse(spec, path, _stamp(path), original_ids)


def apply_translation(df: pd.DataFrame, table: str, lang: str | None = None) -> pd.DataFrame:
    """Replace the text cells of a loaded table by their translation (ids, dates and figures untouched).

    Untranslated rows and cells keep the English text.  A malformed translation file raises
    :class:`~sahel_kit.facts.files.DataError` naming its rows and columns.
    """
    lang = get_language(lang)
    spec = TEXT_TABLES[table]
    if lang == "en":
        return df
    texts, problems = _texts(spec, lang, frozenset(df[spec.id_column].astype(str)))
    if problems:
        raise DataError(translation_path(table, lang), problems)
    for column, original, language in spec.originals:
        if {column, original, language} <= set(df.columns):
            mine = (df[language].astype("string") == lang).fillna(False) & df[original].notna() & (df[original] != "")
            df[column] = df[column].mask(mine, df[original])
    if not texts:
        return df
    ids = df[spec.id_column].astype(str)
    for column in spec.text_columns:
        if column not in df.columns:
            continue
        new = ids.map(lambda i: (texts.get(i) or {}).get(column, ""))
        df[column] = new.where(new.map(_translated), df[column]).astype(df[column].dtype)
    return df


def translated(table: str):
    """Decorate a loader so that it takes ``lang=`` (default: the kit's language) and translates its text."""
    def decorate(load):
        @functools.wraps(load)
        def wrapper(*args, lang: str | None = None, **kwargs):
            return apply_translation(load(*args, **kwargs), table, lang)

        sig = inspect.signature(load)
        extra = inspect.Parameter("lang", inspect.Parameter.KEYWORD_ONLY, default=None, annotation="str | None")
        wrapper.__signature__ = sig.replace(parameters=[*sig.parameters.values(), extra])
        wrapper.__doc__ = (load.__doc__ or "") + (
            f"\n    With ``lang=\"fr\"`` (or ``sk.set_language(\"fr\")``) the text columns come from "
            f"``data/translations/fr/{table}.csv``.\n")
        return wrapper
    return decorate


def english_hash(spec: TextTable, row: dict) -> str:
    """A short hash of a table row's English text (every text column): what its translation was made from."""
    text = "\x1f".join(_cell(row, c) for c in spec.text_columns)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def stale_rows(table: str, lang: str) -> list[tuple[int, dict, str]]:
    """``(row of the translation file, original row, hash it was made from)`` where the English has changed since."""
    spec = TEXT_TABLES[table]
    texts, _ = _texts(spec, lang)
    stale = []
    for row in _original(spec):
        mine = texts.get(_cell(row, spec.id_column))
        if mine and mine[HASH_COLUMN] and mine[HASH_COLUMN] != english_hash(spec, row):
            stale.append((mine["_row"], row, mine[HASH_COLUMN]))
    return stale


def _original(spec: TextTable) -> list[dict]:
    return _read_csv(data_path(spec.file))[1]


def _tables(tables) -> list[TextTable]:
    chosen = [TEXT_TABLES[t] for t in tables] if tables else list(TEXT_TABLES.values())
    return [t for t in chosen if data_path(t.file).is_file()]


def untranslated_rows(table: str, lang: str) -> list[dict]:
    """The original rows of ``table`` whose required text is not (fully) translated into ``lang``."""
    spec = TEXT_TABLES[table]
    texts, _ = _texts(spec, lang)
    todo = []
    for row in _original(spec):
        mine = texts.get(_cell(row, spec.id_column), {})
        if any(_cell(row, c) and not _translated(mine.get(c, "")) for c in spec.columns):
            todo.append(row)
    return todo


def check_translations(lang: str, *, complete: bool = True, tables=None) -> list[str]:
    """Every problem of the ``lang`` translations, as ``file: row ..., column ...: ...`` lines.

    With ``complete=True`` a row of a table that has no translation (or an empty or ``EN:`` cell
    where the original has text) is a problem too, named by the table's row and column.
    """
    lang = get_language(lang)
    if lang == "en":
        return []
    problems = []
    for spec in _tables(tables):
        path = translation_path(spec.name, lang)
        rel = f"data/translations/{lang}/{spec.file}"
        originals = _original(spec)
        if path.is_file():
            ids = frozenset(_cell(r, spec.id_column) for r in originals)
            problems += [f"{rel}: {p}" for p in _texts(spec, lang, ids)[1]]
        elif not complete:
            continue
        if complete:
            problems += [f"{rel}: row {rownum} ({spec.id_column} {row[spec.id_column]!r}): the English text changed "
                         f"since it was translated ({HASH_COLUMN} {was}, now {english_hash(spec, row)}): update the "
                         f"French, then: sahel-kit translations stamp {row[spec.id_column]} --lang {lang} "
                         f"--table {spec.name}" for rownum, row, was in stale_rows(spec.name, lang)]
            texts = _texts(spec, lang)[0]
            for rownum, row in enumerate(originals, start=2):
                key = _cell(row, spec.id_column)
                missing = [c for c in spec.columns if _cell(row, c) and not _translated(texts.get(key, {}).get(c, ""))]
                if missing:
                    problems.append(f"data/{spec.file}: row {rownum} ({spec.id_column} {key!r}), column(s) "
                                    f"{', '.join(map(repr, missing))}: no {lang} translation in {rel}")
    return problems


def translation_status(lang: str, tables=None) -> list[tuple[str, int, int, int]]:
    """``(table, rows translated, rows in the table, rows stale)`` for every table with text."""
    return [(spec.name, len(_original(spec)) - len(untranslated_rows(spec.name, lang)), len(_original(spec)),
             len(stale_rows(spec.name, lang))) for spec in _tables(tables)]
