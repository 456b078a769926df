"""Estimate each lesson's class time: a core that must fit 45 minutes, and its extensions.

Input : notebooks/[0-9][0-9]_*.ipynb with data/quizzes/<notebook>.yaml, and notebooks/fr/ with data/quizzes/fr/
Output: a table on the standard output (nothing is written); exit status 1 if a core is over the limit
Run   : python scripts/lesson_times.py            (make lesson-times runs it)
        python scripts/lesson_times.py --limit 50  (another period length)

The formula (issue 13), counted separately over core and extension parts:

    minutes = markdown words / 150  +  4 per exercise  +  1.5 per closed quiz question
                                                       +  4 per written quiz question

What is counted, exactly:

- A cell is **extension** when its metadata ``tags`` list holds ``extension``; every other cell is core.
- **Markdown words**: whitespace-separated tokens of markdown cells, fenced code blocks included (students
  read them), except (a) the hidden solutions, ``<details>`` ... ``</details>``, which a student reads only
  after the exercise and which its 4 minutes cover, and (b) the ``## Resources`` section at the end, a
  reference list for later, not read in class (it ends at the next ``## `` heading, so an appendix after
  it counts again).
- An **exercise** is a markdown cell whose first line is a heading ``## ...``/``### ...``/``#### ...``
  starting with the word "Exercise" (``### Exercise``, ``### Exercise: draw a chart``). Its starter,
  self-check and solution cells follow it and add no exercise of their own.
- A **quiz question** is an entry of ``questions:`` in the quiz YAML (read with ``yaml.safe_load``, so
  fields the quiz code does not know yet cost nothing here). ``type: written`` counts 4 minutes, every
  other type 1.5; ``extension: true`` puts it in the extension part.
- Code cells cost nothing themselves: their time is in the exercise they belong to and in the words
  around them. Minutes are rounded to one decimal place only when printed.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 45.0
WORDS_PER_MINUTE = 150
EXERCISE_MIN, CLOSED_MIN, WRITTEN_MIN = 4.0, 1.5, 4.0
EXERCISE = re.compile(r"^#{2,4}\s+Exerci[sc]e\b", re.I)   # English "Exercise", French "Exercice"
RESOURCES = ("## Resources", "## Ressources")
DETAILS = re.compile(r"<details>.*?</details>", re.S | re.I)


@dataclass
class Part:
    """The countable content of one part (core or extension) of a lesson."""

    words: int = 0
    exercises: int = 0
    closed: int = 0
    written: int = 0

    @property
    def minutes(self) -> float:
        return (self.words / WORDS_PER_MINUTE + EXERCISE_MIN * self.exercises
                + CLOSED_MIN * self.closed + WRITTEN_MIN * self.written)


@dataclass
class Lesson:
    name: str
    core: Part = field(default_factory=Part)
    extension: Part = field(default_factory=Part)


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else src


def is_extension(cell: dict) -> bool:
    """True when the cell carries the metadata tag ``extension``."""
    return "extension" in (cell.get("metadata", {}).get("tags") or [])


def is_exercise(cell: dict) -> bool:
    """True for a markdown cell whose first line is an "Exercise" (or French "Exercice") heading."""
    lines = _source(cell).strip().splitlines()
    return cell.get("cell_type") == "markdown" and bool(lines) and bool(EXERCISE.match(lines[0]))


def words(text: str) -> int:
    """Words a student reads in a markdown cell: hidden solutions left out."""
    return len(DETAILS.sub(" ", text).split())


def count(notebook: dict, questions: list[dict], name: str = "") -> Lesson:
    """Count a notebook (parsed JSON) and its quiz questions into core and extension parts."""
    lesson = Lesson(name)
    in_resources = False
    for cell in notebook.get("cells", []):
        if cell.get("cell_type") != "markdown":
            continue
        text = _source(cell).lstrip()
        if text.startswith("## "):
            in_resources = text.startswith(RESOURCES)
        if in_resources:
            continue
        part = lesson.extension if is_extension(cell) else lesson.core
        part.words += words(text)
        part.exercises += is_exercise(cell)
    for q in questions or []:
        if not isinstance(q, dict):
            continue
        part = lesson.extension if q.get("extension") is True else lesson.core
        if q.get("type") == "written":
            part.written += 1
        else:
            part.closed += 1
    return lesson


def measure(path: Path) -> Lesson:
    """Count one notebook file and its quiz file (a missing quiz file counts no questions)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    french = path.parent.name == "fr"        # notebooks/fr/NN_x.ipynb goes with data/quizzes/fr/NN_x.yaml
    root = path.parents[2] if french else path.parents[1]
    quiz_file = root / "data" / "quizzes" / ("fr" if french else "") / f"{path.stem}.yaml"
    quiz = yaml.safe_load(quiz_file.read_text(encoding="utf-8")) if quiz_file.exists() else {}
    return count(notebook, (quiz or {}).get("questions", []), f"fr/{path.stem}" if french else path.stem)


def measure_all(root: Path = ROOT) -> list[Lesson]:
    paths = sorted((root / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted((root / "notebooks" / "fr").glob("[0-9][0-9]_*.ipynb"))
    return [measure(p) for p in paths]


def table(lessons: list[Lesson], limit: float = LIMIT) -> str:
    head = (f"{'notebook':30} {'core min':>8} {'ext min':>8}  {'core: words ex closed written':>29}"
            f"  {'ext: words ex closed written':>28}")
    rows = [head, "-" * len(head)]
    for n in lessons:
        c, e = n.core, n.extension
        flag = "  OVER" if c.minutes > limit else ""
        rows.append(f"{n.name:30} {c.minutes:8.1f} {e.minutes:8.1f}  {c.words:10} {c.exercises:3} {c.closed:6} "
                    f"{c.written:7}  {e.words:10} {e.exercises:3} {e.closed:6} {e.written:7}{flag}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=LIMIT, help="minutes a core may take (default 45)")
    args = parser.parse_args(argv)
    lessons = measure_all()
    print(table(lessons, args.limit))
    over = [n.name for n in lessons if n.core.minutes > args.limit]
    if over:
        print(f"\nCore over {args.limit:g} minutes: {', '.join(over)}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
