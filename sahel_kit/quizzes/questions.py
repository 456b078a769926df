"""Quiz questions and their grading: one class per type, each with a pure ``check(answer)``.

``check`` never raises on a student's answer and never touches widgets or files: it takes
what an input widget gives (an option's text, a list of texts, a number or the text typed,
a list in order, a dict of matches) and returns a :class:`Feedback`.  An answer that cannot
be graded at all (nothing chosen, a wrong type, text in a numeric field) gives
``Feedback(valid=False)``: the student is told what to fix and no attempt is counted.

This module holds the choice types (single, true/false, multiple) and the registry of all seven;
numeric, ordering and matching live in :mod:`sahel_kit.quizzes.kinds`, written answers in
:mod:`sahel_kit.quizzes.written`, the shared base in
:mod:`sahel_kit.quizzes.base`; all are re-exported here.  Reading quiz files lives in
:mod:`sahel_kit.quizzes.schema`; checking answers against ``data/`` in :mod:`sahel_kit.quizzes.datacheck`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from ..facts.i18n import _
from .base import CORRECT, LEVELS, SUBMITTED, WRONG, Feedback, Question
from .kinds import Matching, Numeric, Ordering, parse_number
from .written import Written, word_count

__all__ = ["Feedback", "Question", "SingleChoice", "MultipleSelect", "TrueFalse", "Numeric",
           "Ordering", "Matching", "Written", "QUESTION_TYPES", "LEVELS", "CORRECT", "WRONG",
           "SUBMITTED", "parse_number", "word_count", "CLOSED_TYPES"]


@dataclass(frozen=True, kw_only=True)
class SingleChoice(Question):
    """One right option among several."""

    type: ClassVar[str] = "single"
    options: tuple[str, ...]
    answer: str

    def check(self, answer):
        if answer is None:
            return self._invalid(_("Choose one option first."))
        if not isinstance(answer, str) or answer not in self.options:
            return self._invalid(_("{answer!r} is not one of the options; choose one of them.").format(answer=answer))
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
            return self._invalid(_("Choose True or False first."))
        if not isinstance(answer, bool):
            return self._invalid(_("{answer!r} is neither True nor False.").format(answer=answer))
        return self._graded(answer == self.answer, keys=[answer])

    def correct_answer(self):
        return self.answer

    def answer_text(self):
        return _("True") if self.answer else _("False")


@dataclass(frozen=True, kw_only=True)
class MultipleSelect(Question):
    """Several right options; the answer must be exactly that set."""

    type: ClassVar[str] = "multiple"
    options: tuple[str, ...]
    answer: frozenset

    def check(self, answer):
        if answer is None or isinstance(answer, (str, bytes, dict)) or not hasattr(answer, "__iter__"):
            return self._invalid(_("Select one or more options first.") if answer is None
                                 else _("{answer!r} is not a selection of options.").format(answer=answer))
        chosen = list(answer)
        if not chosen:
            return self._invalid(_("Select at least one option first."))
        unknown = [c for c in chosen if not isinstance(c, str) or c not in self.options]
        if unknown:
            return self._invalid(_("Not among the options: {unknown}.").format(unknown=", ".join(map(repr, unknown))))
        chosen_set = set(chosen)
        ok = chosen_set == self.answer
        hits, extra = len(chosen_set & self.answer), len(chosen_set - self.answer)
        detail = "" if ok else _("{hits} of the {total} right options chosen, {extra} wrong one(s) chosen.").format(
            hits=hits, total=len(self.answer), extra=extra)
        return self._graded(ok, detail, keys=[o for o in self.options if o in chosen_set])

    def correct_answer(self):
        return [o for o in self.options if o in self.answer]

    def answer_text(self):
        return "; ".join(self.correct_answer())


QUESTION_TYPES = {cls.type: cls for cls in (SingleChoice, MultipleSelect, TrueFalse, Numeric, Ordering, Matching,
                                             Written)}
# the types the kit grades right or wrong (a written answer is submitted and self-rated instead)
CLOSED_TYPES = tuple(t for t in QUESTION_TYPES if t != "written")

