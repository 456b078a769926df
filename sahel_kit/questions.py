"""Quiz questions and their grading: one class per type, each with a pure ``check(answer)``.

``check`` never raises on a student's answer and never touches widgets or files: it takes
what an input widget gives (an option's text, a list of texts, a number or the text typed,
a list in order, a dict of matches) and returns a :class:`Feedback`.  An answer that cannot
be graded at all (nothing chosen, a wrong type, text in a numeric field) gives
``Feedback(valid=False)``: the student is told what to fix and no attempt is counted.

Reading quiz files lives in :mod:`sahel_kit.quiz_schema`; checking answers against
``data/`` in :mod:`sahel_kit.quiz_datacheck` (re-exported here as
:func:`check_against_data`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

__all__ = ["Feedback", "Question", "SingleChoice", "MultipleSelect", "TrueFalse", "Numeric",
           "Ordering", "Matching", "QUESTION_TYPES", "LEVELS", "CORRECT", "WRONG",
           "parse_number", "check_against_data"]

LEVELS = ("remember", "understand", "apply", "analyse", "evaluate")
CORRECT = "✓ Correct"
WRONG = "✗ Not quite"


@dataclass(frozen=True)
class Feedback:
    """The result of checking one answer.

    ``message`` starts with ``✓ Correct`` or ``✗ Not quite`` (words, not only colour) when the
    answer could be graded; ``valid`` is False when it could not (``correct`` is then False).
    """

    correct: bool
    message: str
    explanation: str = ""
    option_feedback: tuple[str, ...] = ()
    valid: bool = True


@dataclass(frozen=True, kw_only=True)
class Question:
    """Fields shared by every type; see ``data/quizzes/README.md`` for the file schema."""

    type: ClassVar[str] = ""
    id: str
    prompt: str
    explanation: str
    objective: str
    level: str
    hint: str = ""
    sources: tuple[str, ...] = ()
    feedback: dict = field(default_factory=dict, hash=False, compare=False)
    wrong_feedback: str = ""
    data_check: dict | None = field(default=None, hash=False, compare=False)

    def check(self, answer: Any) -> Feedback:
        """Grade ``answer``; never raises."""
        raise NotImplementedError

    def correct_answer(self) -> Any:
        """The right answer, in the form :meth:`check` accepts."""
        raise NotImplementedError

    def answer_text(self) -> str:
        """The right answer as a short human-readable text."""
        raise NotImplementedError

    def _graded(self, ok: bool, detail: str = "", keys=()) -> Feedback:
        words = CORRECT if ok else WRONG
        message = f"{words}{': ' + detail if detail else '.'}"
        notes = [self.feedback[k] for k in keys if k in self.feedback]
        if not ok and self.wrong_feedback:
            notes.append(self.wrong_feedback)
        return Feedback(ok, message, self.explanation, tuple(notes))

    @staticmethod
    def _invalid(message: str) -> Feedback:
        return Feedback(False, message, valid=False)


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    """One right option among several."""

    type: ClassVar[str] = "single"
    options: tuple[str, ...]
    answer: str

    def check(self, answer):
        if answer is None:
            return self._invalid("Choose one option first.")
        if not isinstance(answer, str) or answer not in self.options:
            return self._invalid(f"{answer!r} is not one of the options; choose one of them.")
        return self._graded(answer == self.answer, keys=[answer])

    def correct_answer(self):
        return self.answer

    def answer_text(self):
        return self.answer


@dataclass(frozen=True, kw_only=True)
class TrueFalse(Question):
    """A statement to judge true or false; ``feedback`` keys are ``true`` / ``false``."""

    type: ClassVar[str] = "true_false"
    answer: bool

    def check(self, answer):
        if isinstance(answer, str) and answer.strip().lower() in ("true", "false"):
            answer = answer.strip().lower() == "true"
        if answer is None:
            return self._invalid("Choose True or False first.")
        if not isinstance(answer, bool):
            return self._invalid(f"{answer!r} is neither True nor False.")
        return self._graded(answer == self.answer, keys=[answer])

    def correct_answer(self):
        return self.answer

    def answer_text(self):
        return "True" if self.answer else "False"


@dataclass(frozen=True, kw_only=True)
class MultipleSelect(Question):
    """Several right options; the answer must be exactly that set."""

    type: ClassVar[str] = "multiple"
    options: tuple[str, ...]
    answer: frozenset

    def check(self, answer):
        if answer is None or isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
            return self._invalid("Select one or more options first." if answer is None
                                 else f"{answer!r} is not a selection of options.")
        chosen = list(answer)
        if not chosen:
            return self._invalid("Select at least one option first.")
        unknown = [c for c in chosen if not isinstance(c, str) or c not in self.options]
        if unknown:
            return self._invalid(f"Not among the options: {', '.join(map(repr, unknown))}.")
        chosen_set = set(chosen)
        ok = chosen_set == self.answer
        hits, extra = len(chosen_set & self.answer), len(chosen_set - self.answer)
        detail = "" if ok else f"{hits} of the {len(self.answer)} right options chosen, {extra} wrong one(s) chosen."
        return self._graded(ok, detail, keys=[o for o in self.options if o in chosen_set])

    def correct_answer(self):
        return [o for o in self.options if o in self.answer]

    def answer_text(self):
        return "; ".join(self.correct_answer())


_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_number(text: Any, unit: str = "") -> float | None:
    """Read a number typed by a student: ``12.5``, ``"12,5"``, ``"1 000"``, ``"1,000 km"``.

    Returns None when ``text`` is not a finite number (booleans, words, NaN, infinity).

    Examples
    --------
    >>> parse_number("12,5"), parse_number("1,000 km", unit="km"), parse_number("twelve")
    (12.5, 1000.0, None)
    """
    if isinstance(text, bool) or text is None:
        return None
    if isinstance(text, (int, float)):
        value = float(text)
    elif isinstance(text, str):
        s = text.strip()
        if unit and s.lower().endswith(unit.lower()):
            s = s[: -len(unit)].strip()
        s = s.replace("\u00a0", "").replace(" ", "").replace("\u2212", "-")
        s = s.replace(",", "") if _THOUSANDS.match(s) else s.replace(",", ".", 1) if "." not in s else s
        try:
            value = float(s)
        except ValueError:
            return None
    else:
        return None
    return value if math.isfinite(value) else None


@dataclass(frozen=True, kw_only=True)
class Numeric(Question):
    """A number, right within ``tolerance`` (absolute, in ``unit``)."""

    type: ClassVar[str] = "numeric"
    answer: float
    tolerance: float = 0.0
    unit: str = ""

    def check(self, answer):
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            return self._invalid("Type a number first.")
        value = parse_number(answer, self.unit)
        if value is None:
            return self._invalid(f"{answer!r} is not a number; type digits, e.g. 12.5 or 12,5.")
        ok = abs(value - self.answer) <= self.tolerance + 1e-9 * max(1.0, abs(self.answer))
        read = f"read as {value:g}{' ' + self.unit if self.unit else ''}"
        detail = f"{read}." if ok else f"{read}, which is too {'high' if value > self.answer else 'low'}."
        return self._graded(ok, detail)

    def correct_answer(self):
        return self.answer

    def answer_text(self):
        unit = f" {self.unit}" if self.unit else ""
        within = f" (answers within ±{self.tolerance:g}{unit} count)" if self.tolerance else ""
        return f"{self.answer:g}{unit}{within}"


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    """Put ``items`` (shown in this order) into the order ``answer``."""

    type: ClassVar[str] = "ordering"
    items: tuple[str, ...]
    answer: tuple[str, ...]

    def check(self, answer):
        if answer is None or isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
            return self._invalid("Put the items in order first.")
        given = list(answer)
        if sorted(map(str, given)) != sorted(self.items) or len(set(given)) != len(given):
            return self._invalid("Use every item exactly once.")
        placed = sum(a == b for a, b in zip(given, self.answer))
        ok = placed == len(self.answer)
        detail = "" if ok else f"{placed} of {len(self.answer)} items in the right place."
        return self._graded(ok, detail, keys=[g for g, a in zip(given, self.answer) if g != a])

    def correct_answer(self):
        return list(self.answer)

    def answer_text(self):
        return " → ".join(self.answer)


@dataclass(frozen=True, kw_only=True)
class Matching(Question):
    """Match each ``left`` item to one of ``right`` (which may hold distractors)."""

    type: ClassVar[str] = "matching"
    left: tuple[str, ...]
    right: tuple[str, ...]
    answer: dict = field(hash=False)

    def check(self, answer):
        if not isinstance(answer, dict):
            return self._invalid("Match every item first." if answer is None else f"{answer!r} is not a set of matches.")
        missing = [k for k in self.left if answer.get(k) in (None, "")]
        if missing:
            return self._invalid(f"Match every item first (missing: {', '.join(missing)}).")
        bad = [k for k, v in answer.items() if k not in self.left or v not in self.right]
        if bad:
            return self._invalid(f"Unknown item or choice for: {', '.join(map(str, bad))}.")
        wrong = [k for k in self.left if answer[k] != self.answer[k]]
        detail = "" if not wrong else f"{len(self.left) - len(wrong)} of {len(self.left)} matches right."
        return self._graded(not wrong, detail, keys=wrong)

    def correct_answer(self):
        return dict(self.answer)

    def answer_text(self):
        return "; ".join(f"{k} → {self.answer[k]}" for k in self.left)


QUESTION_TYPES = {cls.type: cls for cls in (SingleChoice, MultipleSelect, TrueFalse, Numeric, Ordering, Matching)}


def check_against_data(question: Question, tables=None) -> list[str]:
    """Problems where ``question``'s answer disagrees with ``data/`` (see :mod:`sahel_kit.quiz_datacheck`)."""
    from .quiz_datacheck import check_against_data as _check

    return _check(question, tables)
