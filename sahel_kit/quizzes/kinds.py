"""Numeric, ordering and matching questions: the types whose answers need more than a choice.

Each has a pure ``check(answer) -> Feedback`` like the choice types in :mod:`sahel_kit.quizzes.questions`.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .base import Question

__all__ = ["Numeric", "Ordering", "Matching", "parse_number"]


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
