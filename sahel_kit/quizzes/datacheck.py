"""Check a quiz answer against the kit's data tables, so quiz and data cannot drift apart.

A question may declare ``data_check`` (see ``data/quizzes/README.md``):

- ``{table: events, id: <event_id>, field: date}``: the right answer (or ``value:``, when
  given) must equal that cell.  A number is compared with a date's year; a text must contain
  the date as ``2023-07-26``, ``26 July 2023`` or ``July 26, 2023`` (or the month / year
  forms when the date is that precise).  For a true/false question the cell must match
  ``value`` exactly when the statement is true.
- ``{distance: [place_id, place_id]}``: the numeric answer must equal :func:`sahel_kit.facts.distance.distance_km`
  between the two places within the question's ``tolerance`` (or the check's own).
- ``{chronology: [event_id, ...]}``: an ordering question's events, listed in the order of its
  ``answer``, must have strictly increasing dates.
"""
from __future__ import annotations

from numbers import Number

import pandas as pd

from ..facts.distance import distance_km
from .questions import Numeric, Ordering, Question, TrueFalse

__all__ = ["check_against_data", "date_renderings"]

def date_renderings(ts: pd.Timestamp, precision: str = "day") -> list[str]:
    """The ways a quiz may write a date of the given precision (``day``, ``month``, ``year``)."""
    month = f"{ts:%B}"
    forms = {"year": [f"{ts.year}"], "month": [f"{ts:%Y-%m}", f"{month} {ts.year}"],
             "day": [f"{ts:%Y-%m-%d}", f"{ts.day} {month} {ts.year}", f"{month} {ts.day}, {ts.year}"]}
    return forms[precision]


def _table(tables, name: str) -> pd.DataFrame:
    if tables is not None and name in tables:
        return tables[name]
    from ..facts import tables as loaders

    return getattr(loaders, f"load_{name}")()


def _matches(expected, cell, precision: str, tolerance: float) -> bool:
    if isinstance(cell, pd.Timestamp):
        if isinstance(expected, Number) and not isinstance(expected, bool):
            return int(expected) == cell.year
        return any(form.casefold() in str(expected).casefold() for form in date_renderings(cell, precision))
    if isinstance(cell, Number) and not isinstance(cell, bool):
        return isinstance(expected, Number) and abs(float(expected) - float(cell)) <= tolerance
    return str(cell).casefold() in str(expected).casefold()


def check_against_data(question: Question, tables=None) -> list[str]:
    """Return problems where the question's answer disagrees with ``data/`` (empty when it agrees).

    Parameters
    ----------
    question : Question
        A loaded question; one without ``data_check`` has no problems.
    tables : mapping, optional
        ``{"events": DataFrame, ...}`` to use instead of the kit's tables (for tests).
    """
    dc = question.data_check
    if not dc:
        return []
    where = f"question {question.id!r}, field 'data_check'"
    tolerance = float(dc.get("tolerance", getattr(question, "tolerance", 0.0)))
    if "distance" in dc:
        if not isinstance(question, Numeric):
            return [f"{where}: 'distance' needs a numeric question"]
        places = _table(tables, "places")
        missing = [p for p in dc["distance"] if p not in set(places["place_id"])]
        if missing:
            return [f"{where}: no place {', '.join(map(repr, missing))} in places.csv"]
        km = distance_km(*dc["distance"], places=places)
        if abs(km - question.answer) > tolerance:
            return [f"{where}: answer {question.answer:g} km but places.csv gives {km:.1f} km "
                    f"(tolerance {tolerance:g})"]
        return []
    if "chronology" in dc:
        return _chronology(question, dc["chronology"], _table(tables, "events"), where)
    df = _table(tables, dc["table"])
    id_col = df.columns[0]
    rows = df[df[id_col] == dc["id"]]
    if rows.empty:
        return [f"{where}: no {id_col} {dc['id']!r} in {dc['table']}.csv"]
    if dc["field"] not in df.columns:
        return [f"{where}: {dc['table']}.csv has no column {dc['field']!r}"]
    row = rows.iloc[0]
    cell = row[dc["field"]]
    precision = str(row["date_precision"]) if "date_precision" in df.columns else "day"
    expected = dc.get("value", question.correct_answer())
    agrees = _matches(expected, cell, precision, tolerance)
    if isinstance(question, TrueFalse):
        if "value" not in dc:
            return [f"{where}: a true/false question needs 'value' (what the statement claims)"]
        if agrees != question.answer:
            return [f"{where}: the statement is marked {question.answer} but {dc['table']}.csv "
                    f"{dc['id']} {dc['field']} is {cell!s}"]
        return []
    if not agrees:
        return [f"{where}: answer {expected!r} disagrees with {dc['table']}.csv {dc['id']} {dc['field']} = {cell!s}"]
    return []


def _chronology(question: Question, ids: list, events: pd.DataFrame, where: str) -> list[str]:
    if not isinstance(question, Ordering) or len(ids) != len(question.answer):
        return [f"{where}: 'chronology' needs an ordering question with one event id per item"]
    dates = events.set_index("event_id")["date"]
    missing = [e for e in ids if e not in dates.index]
    if missing:
        return [f"{where}: no event {', '.join(map(repr, missing))} in events.csv"]
    problems = []
    for (e1, item1), (e2, item2) in zip(zip(ids, question.answer), list(zip(ids, question.answer))[1:]):
        if not dates[e1] < dates[e2]:
            problems.append(f"{where}: {item1!r} ({e1}, {dates[e1]:%Y-%m-%d}) is not before "
                            f"{item2!r} ({e2}, {dates[e2]:%Y-%m-%d}) in events.csv")
    return problems
