"""Numeric, ordering and matching questions: the types whose answers need more than a choice.

Each has a pure ``check(answer) -> Feedback`` like the choice types in :mod:`sahel_kit.quizzes.questions`.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..facts.i18n import _
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
            return self._invalid(_("Type a number first."))
        value = parse_number(answer, self.unit)
        if value is None:
            return self._invalid(_("{answer!r} is not a number; type digits, e.g. 12.5 or 12,5.").format(answer=answer))
        ok = abs(value - self.answer) <= self.tolerance + 1e-9 * max(1.0, abs(self.answer))
        read = f"{value:g}{' ' + self.unit if self.unit else ''}"
        detail = _("read as {value}." if ok else "read as {value}, which is too high." if value > self.answer
                   else "read as {value}, which is too low.").format(value=read)
        return self._graded(ok, detail)

    def correct_answer(self):
        return self.answer

    def answer_text(self):
        unit = f" {self.unit}" if self.unit else ""
        within = (" (" + _("answers within ±{tolerance} count").format(tolerance=f"{self.tolerance:g}{unit}") + ")"
                  if self.tolerance else "")
        return f"{self.answer:g}{unit}{within}"


@dataclass(frozen=True, kw_only=True)
class Ordering(Question):
    """Put ``items`` (shown in this order) into the order ``answer``."""

    type: ClassVar[str] = "ordering"
    items: tuple[str, ...]
    answer: tuple[str, ...]

    def check(self, answer):
        if answer is None or isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
            return self._invalid(_("Put the items in order first."))
        given = list(answer)
        if sorted(map(str, given)) != sorted(self.items) or len(set(given)) != len(given):
            return self._invalid(_("Use every item exactly once."))
        placed = sum(a == b for a, b in zip(given, self.answer))
        ok = placed == len(self.answer)
        detail = "" if ok else _("{placed} of {total} items in the right place.").format(placed=placed, total=len(self.answer))
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
            return self._invalid(_("Match every item first.") if answer is None
                                 else _("{answer!r} is not a set of matches.").format(answer=answer))
        missing = [k for k in self.left if answer.get(k) in (None, "")]
        if missing:
            return self._invalid(_("Match every item first (missing: {missing}).").format(missing=", ".join(missing)))
        bad = [k for k, v in answer.items() if k not in self.left or v not in self.right]
        if bad:
            return self._invalid(_("Unknown item or choice for: {items}.").format(items=", ".join(map(str, bad))))
        wrong = [k for k in self.left if answer[k] != self.answer[k]]
        detail = "" if not wrong else _("{right} of {total} matches right.").format(right=len(self.left) - len(wrong),
                                                                                      total=len(self.left))
        return self._graded(not wrong, detail, keys=wrong)

    def correct_answer(self):
        return dict(self.answer)

    def answer_text(self):
        return "; ".join(f"{k} → {self.answer[k]}" for k in self.left)
