"""Quiz files in other languages: ``data/quizzes/<lang>/<notebook>.yaml``, graded like the English ones.

A translated quiz file is a complete quiz file (same schema) whose words are translated and whose
structure is the English file's: the same question ids in the same order, the same types, levels,
objective ids, sources and ``data_check``; and answers that correspond *position by position*, because
an answer is written as option text and the texts differ between languages:

* single / multiple: the right options sit at the same indices of ``options``;
* ordering: ``items`` in the same order, and the answer lists the same item positions;
* matching: the same (left position -> right position) pairs;
* numeric: the same number, tolerance (and unit, which may be translated); true/false: the same value;
* written: the same number of rubric criteria and ``min_words``.

Per-option ``feedback`` must be keyed by the corresponding options.  :func:`compare_banks` lists every
difference; ``sahel-kit validate --lang fr`` runs it on every French file.
"""
from __future__ import annotations

import warnings
from pathlib import Path

from ..facts.files import data_path
from ..facts.i18n import get_language
from .schema import QuizFile, load_quiz, quiz_files, quiz_path

__all__ = ["quiz_path_in", "quiz_files_in", "load_quiz_in", "compare_banks", "corresponding_answer"]


def quiz_path_in(name: str | Path, lang: str | None = None) -> Path:
    """The quiz file of notebook ``name`` in ``lang``: ``data/quizzes/<name>.yaml`` (English) or
    ``data/quizzes/<lang>/<name>.yaml``.  A path (``.yaml`` or with a folder) is returned as is."""
    lang = get_language(lang)
    p = Path(name)
    if lang == "en" or p.suffix in (".yaml", ".yml") or p.parent != Path("."):
        return quiz_path(name)
    return data_path("quizzes", lang, f"{p.name}.yaml")


def quiz_files_in(lang: str) -> list[Path]:
    """Every quiz file of ``lang`` (English: the kit's bank), sorted by name."""
    if get_language(lang) == "en":
        return quiz_files()
    return sorted(data_path("quizzes", get_language(lang)).glob("*.yaml"))


def load_quiz_in(name: str | Path, lang: str | None = None, known_sources: dict | None = None) -> QuizFile:
    """Load the quiz of ``name`` in ``lang`` (default: the kit's language, see ``sk.set_language``).

    A language without its own file for this notebook falls back to the English file, with a warning.
    """
    path = quiz_path_in(name, lang)
    if not path.is_file() and quiz_path(name).is_file():
        warnings.warn(f"no {get_language(lang)} quiz file {path.name} yet: showing the English quiz", stacklevel=2)
        path = quiz_path(name)
    return load_quiz(path, known_sources)


def _pos(seq, value):
    try:
        return list(seq).index(value)
    except ValueError:
        return None


def _shape(q) -> dict:
    """What must be equal across languages, with answers as positions instead of texts."""
    t = q.type
    shape = {"type": t, "level": q.level, "objective": q.objective, "sources": tuple(q.sources),
             "data_check": q.data_check, "extension": getattr(q, "extension", False)}
    if t == "single":
        shape.update(n=len(q.options), answer=_pos(q.options, q.answer),
                     feedback=sorted(_pos(q.options, k) for k in q.feedback))
    elif t == "multiple":
        shape.update(n=len(q.options), answer=sorted(_pos(q.options, a) for a in q.answer),
                     feedback=sorted(_pos(q.options, k) for k in q.feedback))
    elif t == "ordering":
        shape.update(n=len(q.items), answer=[_pos(q.items, a) for a in q.answer],
                     feedback=sorted(_pos(q.items, k) for k in q.feedback))
    elif t == "matching":
        shape.update(n=(len(q.left), len(q.right)),
                     answer=sorted((_pos(q.left, k), _pos(q.right, v)) for k, v in q.answer.items()),
                     feedback=sorted(_pos(q.left, k) for k in q.feedback))
    elif t == "numeric":
        shape.update(answer=q.answer, tolerance=q.tolerance)
    elif t == "true_false":
        shape.update(answer=q.answer, feedback=sorted(q.feedback))
    elif t == "written":
        shape.update(rubric=len(q.rubric), min_words=getattr(q, "min_words", 0))
    return shape


def compare_banks(english: QuizFile, other: QuizFile) -> list[str]:
    """Every structural difference between a quiz and its translation (empty: they grade the same way)."""
    where = f"{other.path.name} against {english.path.name}"
    problems = []
    if other.notebook != english.notebook:
        problems.append(f"{where}: notebook {other.notebook!r}, expected {english.notebook!r}")
    if list(other.objectives) != list(english.objectives):
        problems.append(f"{where}: objective ids {list(other.objectives)}, expected {list(english.objectives)}")
    en_ids, ot_ids = [q.id for q in english.questions], [q.id for q in other.questions]
    if en_ids != ot_ids:
        missing, extra = [i for i in en_ids if i not in ot_ids], [i for i in ot_ids if i not in en_ids]
        problems.append(f"{where}: question ids differ (missing {missing}, not in English {extra}"
                        f"{', or another order' if not missing and not extra else ''})")
    others = {q.id: q for q in other.questions}
    for q in english.questions:
        if q.id not in others:
            continue
        a, b = _shape(q), _shape(others[q.id])
        for key in a:
            if a[key] != b.get(key):
                problems.append(f"{where}: question {q.id!r}, {key}: {b.get(key)!r} where English has {a[key]!r}")
    return problems


def corresponding_answer(english_question, other_question, answer):
    """Map an answer given to the English question onto the translated one (by positions)."""
    t = english_question.type
    if t == "single":
        return other_question.options[english_question.options.index(answer)]
    if t == "multiple":
        return [other_question.options[english_question.options.index(a)] for a in answer]
    if t == "ordering":
        return [other_question.items[english_question.items.index(a)] for a in answer]
    if t == "matching":
        return {other_question.left[english_question.left.index(k)]: other_question.right[english_question.right.index(v)]
                for k, v in answer.items()}
    return answer
