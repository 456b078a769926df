"""Where the kit's data files live, and how a CSV table is read and checked.

The files are located relative to the package, never the working directory:
``sahel_kit/data/`` inside an installed wheel, ``<checkout>/data/`` in an
editable install or a plain checkout.  One place knows the file formats;
every loader in :mod:`sahel_kit.facts.tables` goes through :func:`read_table`.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

__all__ = ["DataError", "Column", "data_dir", "data_path", "read_table"]

#: The ``sahel_kit`` package folder: the wheel installs the data there as ``sahel_kit/data/``.
_PKG = Path(__file__).resolve().parents[1]


def data_dir() -> Path:
    """Return the folder holding the kit's data files (wheel first, then checkout)."""
    for candidate in (_PKG / "data", _PKG.parent / "data"):
        if (candidate / "sources.csv").is_file():
            return candidate
    raise FileNotFoundError(
        f"sahel-kit data not found: looked in {_PKG / 'data'} and {_PKG.parent / 'data'}. "
        "Reinstall the kit (pip install -e .) or run from a full checkout."
    )


def data_path(*parts: str) -> Path:
    """Return the path of a file under the data folder, e.g. ``data_path("events.csv")``."""
    return data_dir().joinpath(*parts)


class DataError(ValueError):
    """A data file is malformed; the message names the file, row and column of every problem."""

    def __init__(self, path, problems: list[str]):
        self.path = str(path)
        self.problems = list(problems)
        shown = "\n  - ".join(self.problems[:25])
        more = f"\n  ... and {len(self.problems) - 25} more" if len(self.problems) > 25 else ""
        super().__init__(f"{len(self.problems)} problem(s) in {self.path}:\n  - {shown}{more}")


_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


@dataclass(frozen=True)
class Column:
    """How one column is read and checked.

    kind is one of ``str``, ``id``, ``date`` (YYYY, YYYY-MM or YYYY-MM-DD; parsed to the
    start of the period), ``float``, ``int``, ``category``, ``iso3``, ``iso3list``, ``idlist``.
    """

    name: str
    kind: str = "str"
    required: bool = True
    allowed: tuple = ()
    low: float | None = None
    high: float | None = None


def _check(col: Column, value: str) -> str | None:
    """Return a problem description for ``value`` in ``col``, or ``None`` when it is fine."""
    if value == "":
        return "is empty" if col.required else None
    k = col.kind
    if k == "id" and not _ID.match(value):
        return f"{value!r} is not an id (lower-case letters, digits, '-', '_', '.')"
    if k == "date":
        if not _PARTIAL_DATE.match(value):
            return f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)"
        try:
            pd.Timestamp(value)
        except ValueError:
            return f"{value!r} is not a real calendar date"
    if k in ("float", "int"):
        try:
            number = float(value) if k == "float" else int(value)
        except ValueError:
            return f"{value!r} is not {'a number' if k == 'float' else 'a whole number'}"
        if col.low is not None and number < col.low or col.high is not None and number > col.high:
            return f"{value} is outside the allowed range {col.low}..{col.high}"
    if k == "category" and value not in col.allowed:
        return f"{value!r} is not one of {', '.join(col.allowed)}"
    if k == "iso3" and not _ISO3.match(value):
        return f"{value!r} is not an ISO 3166-1 alpha-3 code"
    if k in ("iso3list", "idlist"):
        items = [v.strip() for v in value.split(";")]
        pattern = _ISO3 if k == "iso3list" else _ID
        bad = [v for v in items if not pattern.match(v)]
        if bad:
            return f"{'; '.join(bad)!r} not valid in a ';'-separated list"
    return None


def read_table(path: Path, columns: list[Column], *, known_sources=None, row_checks=()) -> pd.DataFrame:
    """Read a CSV file, check every cell, and return a typed DataFrame.

    Parameters
    ----------
    path : Path
        The CSV file (UTF-8, comma-separated, a header row).
    columns : list of Column
        The columns the file must have and how each is checked and typed.
    known_sources : set of str, optional
        When given, every id in a ``source_ids`` cell must be in it.
    row_checks : sequence of callables, optional
        ``check(row) -> str | None`` for rules across columns of one row; a returned string
        is a problem (it should name the column).

    Rows are numbered as a spreadsheet shows them (the header is row 1).  All problems are
    collected and raised together as one :class:`DataError`.
    """
    path = Path(path)
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            rows = list(reader)
            header = list(reader.fieldnames or [])
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise DataError(path, [f"cannot be read: {exc}"]) from None
    problems = [f"missing column {c.name!r}" for c in columns if c.name not in header]
    if problems:
        raise DataError(path, problems)
    for rownum, row in enumerate(rows, start=2):
        if None in row:
            problems.append(f"row {rownum}: more cells than the header has columns")
        for col in columns:
            value = (row.get(col.name) or "").strip()
            row[col.name] = value
            problem = _check(col, value)
            if problem:
                problems.append(f"row {rownum}, column {col.name!r}: {problem}")
            elif col.name == "source_ids" and known_sources is not None and value:
                unknown = [s.strip() for s in value.split(";") if s.strip() not in known_sources]
                if unknown:
                    problems.append(f"row {rownum}, column 'source_ids': unknown source id(s) {', '.join(unknown)}")
        if not any(p.startswith(f"row {rownum},") for p in problems):
            problems += [f"row {rownum}, {p}" for p in (check(row) for check in row_checks) if p]
    ids = [c for c in columns if c.kind == "id" and c.name.endswith("_id")][:1]
    for col in ids:
        seen: dict[str, int] = {}
        for rownum, row in enumerate(rows, start=2):
            if row[col.name] in seen:
                problems.append(f"row {rownum}, column {col.name!r}: duplicate id {row[col.name]!r} (first in row {seen[row[col.name]]})")
            seen.setdefault(row[col.name], rownum)
    if problems:
        raise DataError(path, problems)
    return _typed(pd.DataFrame(rows, columns=header), columns)


def _typed(df: pd.DataFrame, columns: list[Column]) -> pd.DataFrame:
    for col in columns:
        raw = df[col.name].astype(str)  # already stripped; "" marks an empty cell
        if col.kind == "date":
            df[col.name] = pd.to_datetime(raw.map(_period_start), format="%Y-%m-%d")
        elif col.kind in ("float", "int"):
            numbers = pd.to_numeric(raw.mask(raw == ""))
            df[col.name] = numbers.astype("float64" if col.kind == "float" else "Int64")
        elif col.kind == "category":
            df[col.name] = pd.Categorical(raw.mask(raw == ""), categories=list(col.allowed))
        elif col.kind in ("iso3list", "idlist"):
            df[col.name] = raw.map(lambda v: tuple(x.strip() for x in v.split(";")) if v else ())
        else:
            df[col.name] = raw.mask(raw == "").astype("string")
    return df


def _period_start(value: str):
    if not value:
        return None
    return {4: value + "-01-01", 7: value + "-01"}.get(len(value), value)
