"""The base of every quiz question: the shared fields, and the :class:`Feedback` that ``check`` returns.

The seven question types build on :class:`Question` in :mod:`sahel_kit.quizzes.questions` and
:mod:`sahel_kit.quizzes.kinds` (and :mod:`sahel_kit.quizzes.written` for written answers).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..facts.i18n import _

__all__ = ["Feedback", "Question", "LEVELS", "CORRECT", "WRONG", "SUBMITTED"]

LEVELS = ("remember", "understand", "apply", "analyse", "evaluate")
CORRECT = "✓ Correct"
WRONG = "✗ Not quite"
SUBMITTED = "✎ Submitted"


@dataclass(frozen=True)
class Feedback:
    """The result of checking one answer.

    ``message`` starts with ``✓ Correct`` or ``✗ Not quite`` (words, not only colour) when the
    answer could be graded; ``valid`` is False when it could not (``correct`` is then False).
    A written answer is not graded: ``submitted`` is True, ``correct`` False, and ``message``
    starts with ``✎ Submitted``.
    """

    correct: bool
    message: str
    explanation: str = ""
    option_feedback: tuple[str, ...] = ()
    valid: bool = True
    submitted: bool = False


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
    extension: bool = False  # outside the 45-minute core: shown after the core, under "If you have more time"

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
        words = _(CORRECT) if ok else _(WRONG)  # the kit's language (English: as written)
        message = f"{words}{': ' + detail if detail else '.'}"
        notes = [self.feedback[k] for k in keys if k in self.feedback]
        if not ok and self.wrong_feedback:
            notes.append(self.wrong_feedback)
        return Feedback(ok, message, self.explanation, tuple(notes))

    @staticmethod
    def _invalid(message: str) -> Feedback:
        return Feedback(False, message, valid=False)
