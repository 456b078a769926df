"""The written question: a short text the student writes, then compares with a model answer.

A written answer is not graded right or wrong by the kit: :meth:`Written.check` accepts any text
that is long enough and returns ``Feedback(submitted=True)``; the student then reads the model
answer and rates their own text against the rubric (2 to 4 criteria).  Progress records such an
answer as ``"submitted"`` with its self-rating, and the teacher reads the text in the class summary.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from ..facts.i18n import _, ngettext
from .base import SUBMITTED, Feedback, Question

__all__ = ["Written", "word_count", "RUBRIC_SIZE"]

RUBRIC_SIZE = (2, 4)
_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """The number of words in ``text`` (runs of letters or digits; ``l'armée`` is one word).

    Examples
    --------
    >>> word_count("Niger's junta, in 2023:  a coup.")
    5
    """
    return len(_WORD.findall(text)) if isinstance(text, str) else 0


@dataclass(frozen=True, kw_only=True)
class Written(Question):
    """A written answer (a paragraph, a corrected sentence, a verdict with reasons) and its model answer."""

    type: ClassVar[str] = "written"
    model_answer: str
    rubric: tuple[str, ...]
    min_words: int = 0

    def check(self, answer):
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            return self._invalid(_("Write your answer first: the text box is empty."))
        if not isinstance(answer, str):
            return self._invalid(_("{answer!r} is not a text; type your answer in the box.").format(answer=answer))
        words = word_count(answer)
        if words < self.min_words:
            return self._invalid(ngettext("Your answer has {words} word; write at least {least} words before submitting.",
                                          "Your answer has {words} words; write at least {least} words before submitting.",
                                          words).format(words=words, least=self.min_words))
        message = _(SUBMITTED) + ": " + _("compare your answer with the model answer below and rate it against "
                                          "each point of the rubric.")
        return Feedback(False, message, self.explanation, (), submitted=True)

    def correct_answer(self):
        return self.model_answer

    def answer_text(self):
        return self.model_answer
