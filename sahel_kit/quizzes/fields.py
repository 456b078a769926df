"""Check the type-specific fields of one quiz question and build its :class:`~sahel_kit.quizzes.questions.Question`.

Called by :mod:`sahel_kit.quizzes.schema` after the shared fields (id, prompt, objective...)
were checked.  Each problem is appended to ``errors`` as ``"'field': what is wrong"``.
"""
from __future__ import annotations

import datetime as dt

from .questions import QUESTION_TYPES, Question
from .written import RUBRIC_SIZE, word_count

__all__ = ["build_question", "COMMON_FIELDS", "TYPE_FIELDS", "DATA_CHECK_TABLES"]

COMMON_FIELDS = ("id", "type", "prompt", "explanation", "objective", "level", "hint", "sources",
                 "feedback", "wrong_feedback", "data_check", "extension")
TYPE_FIELDS = {
    "single": ("options", "answer"), "multiple": ("options", "answer"), "true_false": ("answer",),
    "numeric": ("answer", "tolerance", "unit"), "ordering": ("items", "answer"),
    "matching": ("left", "right", "answer"), "written": ("model_answer", "rubric", "min_words"),
}
DATA_CHECK_TABLES = ("events", "places", "actors", "presence", "claims", "sources")


def _text(value, field: str, errors: list[str]) -> str | None:
    """A text item of a list; numbers are accepted and turned into text, dates and booleans are not."""
    if isinstance(value, str) and value.strip():
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    hint = " (YAML reads yes/no/true/false and dates specially: put the text in quotes)" \
        if isinstance(value, (bool, dt.date)) else ""
    errors.append(f"{field!r}: {value!r} is not a text{hint}")
    return None


def _texts(q: dict, field: str, errors: list[str], minimum: int = 2) -> tuple[str, ...] | None:
    raw = q.get(field)
    if not isinstance(raw, list) or len(raw) < minimum:
        errors.append(f"{field!r}: must be a list of at least {minimum} texts")
        return None
    items = [_text(v, field, errors) for v in raw]
    if None in items:
        return None
    dupes = sorted({i for i in items if items.count(i) > 1})
    if dupes:
        errors.append(f"{field!r}: duplicate item(s) {', '.join(map(repr, dupes))}")
        return None
    return tuple(items)


def build_question(q: dict, errors: list[str]) -> Question | None:
    """Check the type-specific fields of ``q`` and return the question, or None if anything is wrong."""
    qtype = q["type"]
    allowed = COMMON_FIELDS + TYPE_FIELDS[qtype]
    errors += [f"{k!r}: unknown field for a {qtype} question (allowed: {', '.join(allowed)})"
               for k in q if k not in allowed]
    extension = q.get("extension", False)
    if not isinstance(extension, bool):
        errors.append(f"'extension': {extension!r} must be true or false (unquoted)")
    if qtype == "written":
        extra = _written(q, errors)
        if errors or extra is None:
            return None
        return QUESTION_TYPES[qtype](**_common(q), **extra)
    if "answer" not in q:
        errors.append("'answer': missing")
        return None
    extra = _type_fields(qtype, q, errors)
    feedback = q.get("feedback", {})
    if not isinstance(feedback, dict) or not all(isinstance(v, str) for v in feedback.values()):
        errors.append("'feedback': must map an option (or item) to a text")
        feedback = {}
    if extra is not None:
        keys = {"single": "options", "multiple": "options", "ordering": "items", "matching": "left"}.get(qtype)
        valid = set(extra[keys]) if keys else {True, False} if qtype == "true_false" else set()
        feedback = {(str(k) if keys and not isinstance(k, bool) else k): v for k, v in feedback.items()}
        unknown = [k for k in feedback if k not in valid]
        if unknown:
            errors.append(f"'feedback': key(s) {', '.join(map(repr, unknown))} match no "
                          f"{keys[:-1] if keys else 'answer'} of this question")
    _check_data_check(q.get("data_check"), errors)
    if errors or extra is None:
        return None
    return QUESTION_TYPES[qtype](**_common(q, feedback), **extra)


def _common(q: dict, feedback: dict | None = None) -> dict:
    """The shared fields of a question already checked by the schema."""
    common = {k: q[k] for k in ("id", "prompt", "explanation", "objective", "level")}
    return dict(common, hint=q.get("hint", ""), sources=tuple(q.get("sources", [])), feedback=feedback or {},
                wrong_feedback=q.get("wrong_feedback", ""), data_check=q.get("data_check"),
                extension=q.get("extension", False))


def _written(q: dict, errors: list[str]) -> dict | None:
    """A written question: a model answer, a rubric of 2-4 criteria, an optional ``min_words``."""
    n_errors = len(errors)
    model = q.get("model_answer")
    if not isinstance(model, str) or not model.strip():
        errors.append("'model_answer': missing or empty (write the answer a good student would give)")
    low, high = RUBRIC_SIZE
    rubric = q.get("rubric")
    if not isinstance(rubric, list) or not low <= len(rubric) <= high:
        got = f"{len(rubric)} criteria" if isinstance(rubric, list) else "missing" if rubric is None else repr(rubric)
        errors.append(f"'rubric': must be a list of {low} to {high} criteria ({got})")
    else:
        empty = [n for n, c in enumerate(rubric, start=1) if not isinstance(c, str) or not c.strip()]
        if empty:
            errors.append(f"'rubric': criterion {', '.join(map(str, empty))} is not a non-empty text")
        elif len(set(rubric)) != len(rubric):
            errors.append("'rubric': duplicate criteria")
    min_words = q.get("min_words", 0)
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 0:
        errors.append(f"'min_words': {min_words!r} must be a whole number of zero or more")
    for key in ("feedback", "wrong_feedback", "data_check"):
        if key in q:
            errors.append(f"{key!r}: a written question has no {key} (use 'model_answer' and 'rubric')")
    if len(errors) > n_errors:
        return None
    if word_count(model) < min_words:
        errors.append(f"'model_answer': {word_count(model)} words, fewer than its own min_words ({min_words})")
        return None
    return {"model_answer": model, "rubric": tuple(rubric), "min_words": min_words}


def _type_fields(qtype: str, q: dict, errors: list[str]) -> dict | None:
    answer = q["answer"]
    if qtype in ("single", "multiple"):
        options = _texts(q, "options", errors)
        if options is None:
            return None
        wanted = [answer] if qtype == "single" else answer
        if not isinstance(wanted, list) or not wanted:
            errors.append("'answer': must be a non-empty list of options")
            return None
        texts = [_text(a, "answer", errors) for a in wanted]
        missing = [a for a in texts if a is not None and a not in options]
        if missing:
            errors.append(f"'answer': {', '.join(map(repr, missing))} not among the options")
        if None in texts or missing:
            return None
        return {"options": options, "answer": texts[0] if qtype == "single" else frozenset(texts)}
    if qtype == "true_false":
        if not isinstance(answer, bool):
            errors.append(f"'answer': {answer!r} must be true or false")
            return None
        return {"answer": answer}
    if qtype == "numeric":
        return _numeric(q, errors)
    if qtype == "ordering":
        items = _texts(q, "items", errors)
        order = _texts(q, "answer", errors)
        if items is None or order is None:
            return None
        if sorted(items) != sorted(order):
            errors.append(f"'answer': the items do not match 'items' (only in answer: "
                          f"{sorted(set(order) - set(items))}, only in items: {sorted(set(items) - set(order))})")
            return None
        return {"items": items, "answer": order}
    left, right = _texts(q, "left", errors), _texts(q, "right", errors)
    if left is None or right is None:
        return None
    if not isinstance(answer, dict):
        errors.append("'answer': must map every 'left' item to a 'right' item")
        return None
    answer = {str(k): str(v) for k, v in answer.items()}
    problems = ([f"{k!r} has no match" for k in left if k not in answer]
                + [f"{k!r} is not a 'left' item" for k in answer if k not in left]
                + [f"{v!r} is not a 'right' item" for v in answer.values() if v not in right])
    if problems:
        errors.append(f"'answer': {'; '.join(problems)}")
        return None
    return {"left": left, "right": right, "answer": answer}


def _is_tolerance(value) -> bool:
    """A tolerance (of the answer or of a data_check) is a number of zero or more, not a boolean."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0


def _numeric(q: dict, errors: list[str]) -> dict | None:
    answer, tolerance, unit = q["answer"], q.get("tolerance", 0), q.get("unit", "")
    ok = True
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        errors.append(f"'answer': {answer!r} is not a number")
        ok = False
    if not _is_tolerance(tolerance):
        errors.append(f"'tolerance': {tolerance!r} must be a number of zero or more")
        ok = False
    if not isinstance(unit, str):
        errors.append(f"'unit': {unit!r} must be text")
        ok = False
    return {"answer": float(answer), "tolerance": float(tolerance), "unit": unit} if ok else None


def _check_data_check(dc, errors: list[str]) -> None:
    if dc is None:
        return
    if not isinstance(dc, dict):
        errors.append("'data_check': must be a mapping")
        return
    tol = dc.get("tolerance", 0)
    if not _is_tolerance(tol):
        errors.append(f"'data_check': tolerance {tol!r} must be a number of zero or more")
    if "distance" in dc:
        pair = dc["distance"]
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(p, str) for p in pair)):
            errors.append("'data_check': 'distance' must be a list of two place ids")
    elif "chronology" in dc:
        if not (isinstance(dc["chronology"], list) and all(isinstance(e, str) for e in dc["chronology"])):
            errors.append("'data_check': 'chronology' must be a list of event ids")
    elif {"table", "id", "field"} <= set(dc):
        if dc["table"] not in DATA_CHECK_TABLES:
            errors.append(f"'data_check': table {dc['table']!r} is not one of {', '.join(DATA_CHECK_TABLES)}")
    else:
        errors.append("'data_check': needs {table, id, field}, {distance: [a, b]} or {chronology: [ids]}")
