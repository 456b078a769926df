"""Read a quiz file (YAML) and check it against the schema in ``data/quizzes/README.md``.

Every problem names the file, the question id and the field, and all problems are
raised together as one :class:`QuizError` (a :class:`~sahel_kit.facts.files.DataError`).
``yaml.safe_load`` is used, so nothing in a quiz file is ever executed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..facts.files import DataError, data_path
from .questions import LEVELS, QUESTION_TYPES, Question
from .fields import build_question

__all__ = ["QuizError", "QuizFile", "load_quiz", "load_quizzes", "quiz_path", "quiz_files", "validate_file"]

_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
_TOP = ("notebook", "title", "objectives", "questions")


class QuizError(DataError):
    """A quiz file is malformed; the message lists every problem with its question id and field."""


@dataclass(frozen=True)
class QuizFile:
    """A loaded, validated quiz: the notebook it belongs to, its objectives and questions."""

    notebook: str
    title: str
    objectives: dict
    questions: tuple[Question, ...]
    path: Path
    sources: dict  # source id -> (title, url), for the questions' citations


def quiz_files() -> list[Path]:
    """Every quiz file of the kit, sorted by name."""
    return sorted(data_path("quizzes").glob("*.yaml"))


def quiz_path(name: str | Path) -> Path:
    """The file for a notebook name (``"02_mapping_the_sahel"``) or a path given as is."""
    p = Path(name)
    if p.suffix in (".yaml", ".yml") or p.parent != Path("."):
        return p
    return data_path("quizzes", f"{p.name}.yaml")


def load_quiz(name: str | Path, known_sources: dict | None = None) -> QuizFile:
    """Load and validate a quiz by notebook name or path.

    Parameters
    ----------
    name : str or Path
        A notebook name such as ``"00_start_here"`` or the path of a quiz file.
    known_sources : dict, optional
        ``source_id -> (title, url)``; read from ``data/sources.csv`` when not given.

    Raises
    ------
    QuizError
        Listing every problem (file, question id, field).

    Examples
    --------
    >>> from sahel_kit.quizzes.schema import load_quiz
    >>> load_quiz("00_start_here").notebook
    '00_start_here'
    """
    path = quiz_path(name)
    if not path.is_file():
        known = ", ".join(p.stem for p in quiz_files()) or "none"
        raise QuizError(path, [f"no such quiz file (quizzes available: {known})"])
    try:
        # The C loader when libyaml is there (several times faster); both are the safe loaders.
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise QuizError(path, [f"invalid YAML{where}: {exc.problem or exc}"]) from None
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        raise QuizError(path, [f"cannot be read: {exc}"]) from None
    sources = _known_sources() if known_sources is None else known_sources
    quiz, problems = _parse(data, path, sources)
    if problems:
        raise QuizError(path, problems)
    return quiz


def load_quizzes(names=None) -> list[QuizFile]:
    """Load the quizzes ``names`` (notebook names or paths), or every quiz of the kit; sources are read once."""
    sources = _known_sources()
    return [load_quiz(n, sources) for n in (names or quiz_files())]


def validate_file(path: str | Path, known_sources: dict | None = None) -> list[str]:
    """Return the problems of one quiz file (an empty list when it is valid)."""
    try:
        load_quiz(Path(path), known_sources)
    except QuizError as exc:
        return exc.problems
    return []


def _known_sources() -> dict:
    from ..facts.tables import load_sources

    df = load_sources()
    return {r.source_id: (r.title, r.url) for r in df.itertuples()}


def _parse(data, path: Path, sources: dict):
    if not isinstance(data, dict):
        return None, [f"the file must hold a mapping with keys {', '.join(_TOP)}, not {type(data).__name__}"]
    problems = [f"missing top-level field {k!r}" for k in _TOP if k not in data]
    problems += [f"unknown top-level field {k!r} (allowed: {', '.join(_TOP)})" for k in data if k not in _TOP]
    if data.get("notebook") != path.stem and path.suffix in (".yaml", ".yml"):
        problems.append(f"field 'notebook': {data.get('notebook')!r} differs from the file name {path.stem!r}")
    if not isinstance(data.get("title"), str) or not data.get("title", "").strip():
        problems.append("field 'title': must be a non-empty text")
    objectives = _objectives(data.get("objectives"), problems)
    questions, seen = [], {}
    raw = data.get("questions")
    if not isinstance(raw, list) or not raw:
        problems.append("field 'questions': must be a non-empty list")
        raw = []
    for n, q in enumerate(raw, start=1):
        qid = q.get("id") if isinstance(q, dict) else None
        label = f"question {qid!r}" if isinstance(qid, str) else f"question #{n}"
        if isinstance(qid, str) and qid in seen:
            problems.append(f"{label}, field 'id': duplicate id (first used by question #{seen[qid]})")
        if isinstance(qid, str):
            seen.setdefault(qid, n)
        errors: list[str] = []
        question = _question(q, objectives, sources, errors)
        problems += [f"{label}, field {e}" for e in errors]
        if question is not None:
            questions.append(question)
    used = {s for q in questions for s in q.sources}
    quiz = QuizFile(str(data.get("notebook")), str(data.get("title")), objectives, tuple(questions), path,
                    {s: sources[s] for s in used if s in sources})
    return quiz, problems


def _objectives(raw, problems: list[str]) -> dict:
    if not isinstance(raw, list) or not raw:
        problems.append("field 'objectives': must be a non-empty list of {id, text}")
        return {}
    out = {}
    for n, o in enumerate(raw, start=1):
        if not (isinstance(o, dict) and isinstance(o.get("id"), str) and isinstance(o.get("text"), str)):
            problems.append(f"field 'objectives', item {n}: must have an 'id' and a 'text'")
        elif o["id"] in out:
            problems.append(f"field 'objectives', item {n}: duplicate objective id {o['id']!r}")
        else:
            out[o["id"]] = o["text"]
    return out


def _question(q, objectives: dict, sources: dict, errors: list[str]) -> Question | None:
    if not isinstance(q, dict):
        errors.append(f"'-': a question must be a mapping of fields, not {type(q).__name__}")
        return None
    if not isinstance(q.get("id"), str) or not _ID.match(q["id"]):
        errors.append(f"'id': {q.get('id')!r} is not an id (lower-case letters, digits, '-', '_', '.')")
    qtype = q.get("type")
    if qtype not in QUESTION_TYPES:
        errors.append(f"'type': unknown type {qtype!r} (one of {', '.join(QUESTION_TYPES)})")
        return None
    for key in ("prompt", "explanation"):
        if not isinstance(q.get(key), str) or not q[key].strip():
            errors.append(f"{key!r}: missing or empty (write some text)")
    if q.get("objective") not in objectives:
        errors.append(f"'objective': {q.get('objective')!r} is not one of this file's objectives "
                      f"({', '.join(objectives) or 'none'})")
    if q.get("level") not in LEVELS:
        errors.append(f"'level': {q.get('level')!r} is not one of {', '.join(LEVELS)}")
    src = q.get("sources", [])
    if not isinstance(src, list) or not all(isinstance(s, str) for s in src):
        errors.append("'sources': must be a list of source ids")
    else:
        unknown = [s for s in src if s not in sources]
        if unknown:
            errors.append(f"'sources': unknown source id(s) {', '.join(unknown)} (not in data/sources.csv)")
    for key in ("hint", "wrong_feedback"):
        if key in q and not isinstance(q[key], str):
            errors.append(f"{key!r}: must be text")
    return build_question(q, errors)
