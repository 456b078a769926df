"""Can the bank be passed without reading it?  Scores of blind strategies over the bank as displayed.

A strategy answers every closed question without reading it: the first option shown, the longest
option, always "False" or always "True" for true/false statements.  Its score is the expected share of
closed questions it gets right, averaged over many students' shuffled orders
(:mod:`sahel_kit.quizzes.shuffle`); chance is the expected share for answering at random.  A bank
where a strategy beats chance by more than :data:`MARGIN` gives its answers away by position, length
or polarity, and the class results measure nothing.  ``python -m sahel_kit.quizzes.blind`` prints
the figures for the kit's bank (or for a folder of quiz files given as argument).

Per type: *single* picks the option; *multiple* selects that one option only; *true_false* answers
True (shown first) or False (the longer label) or as the strategy says; *ordering* keeps the shown
order (never right, as the shuffle never shows the answer); *matching* gives every item the same
first (or longest) choice; *numeric* cannot be answered blind (0, and 0 by chance).
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

from .questions import CLOSED_TYPES
from .shuffle import shown_question

__all__ = ["STRATEGIES", "MARGIN", "blind_scores", "blind_problems", "chance"]

MARGIN = 0.10
# name -> (how to pick among shown options, the true/false answer)
STRATEGIES = {
    "first option": ("first", True),       # True is the first of the two buttons
    "longest option": ("longest", False),  # "False" is the longer label
    "first option, always False": ("first", False),
    "longest option, always True": ("longest", True),
}


def _pick(options, rule: str):
    options = list(options)
    return options[0] if rule == "first" else max(options, key=len)  # max keeps the first of equal lengths


def chance(q) -> float:
    """The probability of answering ``q`` right at random (uniform over the possible answers)."""
    if q.type == "single":
        return 1 / len(q.options)
    if q.type == "multiple":
        return 1 / (2 ** len(q.options) - 1)
    if q.type == "true_false":
        return 0.5
    if q.type == "ordering":
        return 1 / math.factorial(len(q.items))
    if q.type == "matching":
        return 1 / len(q.right) ** len(q.left)
    return 0.0


def _right(q, shown: dict, rule: str, tf: bool) -> bool:
    if q.type == "single":
        return _pick(shown["options"], rule) == q.answer
    if q.type == "multiple":
        return q.answer == {_pick(shown["options"], rule)}
    if q.type == "true_false":
        return q.answer is tf
    if q.type == "ordering":
        return tuple(shown["items"]) == tuple(q.answer)
    if q.type == "matching":
        choice = _pick(shown["right"], rule)
        return all(q.answer[k] == choice for k in q.left)
    return False


def _file_order(q) -> dict:
    return {k: getattr(q, k) for k in ("options", "items", "right") if hasattr(q, k)}


def blind_scores(quizzes, students: int = 200, shuffled: bool = True) -> dict:
    """``{"chance": share, strategy: share, ..., "questions": n}`` over the closed questions of ``quizzes``.

    Each strategy's share is averaged over ``students`` simulated students' display orders; with
    ``shuffled=False``, over the file's order (how the kit showed options before issue 12).
    """
    if not shuffled:
        students = 1
    closed = [(quiz.notebook, q) for quiz in quizzes for q in quiz.questions if q.type in CLOSED_TYPES]
    n = len(closed)
    out = {"questions": n, "chance": sum(chance(q) for _, q in closed) / n if n else 0.0}
    totals = dict.fromkeys(STRATEGIES, 0.0)
    for s in range(students):
        seed = f"blind-student-{s}"
        for notebook, q in closed:
            shown = shown_question(q, seed, notebook) if shuffled else _file_order(q)
            for name, (rule, tf) in STRATEGIES.items():
                totals[name] += _right(q, shown, rule, tf)
    for name, total in totals.items():
        out[name] = total / (n * students) if n else 0.0
    return out


def blind_problems(quizzes, margin: float = MARGIN, students: int = 200) -> list[str]:
    """Every strategy that beats chance by more than ``margin`` (an empty list when the bank is sound)."""
    scores = blind_scores(quizzes, students)
    return [f"{name!r} scores {scores[name]:.0%} on {scores['questions']} closed questions, "
            f"chance is {scores['chance']:.0%} (more than {margin:.0%} above)"
            for name in STRATEGIES if scores[name] - scores["chance"] > margin]


def _main(argv) -> int:
    from .schema import load_quiz, load_quizzes

    if argv:
        known = _AnySource()
        quizzes = [load_quiz(p, known) for p in sorted(Path(argv[0]).glob("*.yaml"))]
    else:
        quizzes = load_quizzes()
    scores, unshuffled = blind_scores(quizzes), blind_scores(quizzes, shuffled=False)
    print(f"{scores['questions']} closed questions; chance {scores['chance']:.1%}")
    print(f"  {'strategy':30} {'shuffled':>9} {'file order':>11}")
    for name in STRATEGIES:
        print(f"  {name:30} {scores[name]:>9.1%} {unshuffled[name]:>11.1%}")
    problems = blind_problems(quizzes)
    print("\n".join(problems) if problems else "no blind strategy beats chance by more than 10 points")
    return 1 if problems else 0


class _AnySource(dict):
    """Accepts any source id (an old copy of the bank may cite sources since renamed)."""

    def __contains__(self, key):
        return True

    def __missing__(self, key):
        return (key, "")


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
