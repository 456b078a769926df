"""Notebooks are stored clean and follow the one lesson template (the nbval run executes them)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
EXPECTED = ["00_start_here", "01_reading_the_article", "02_mapping_the_sahel", "03_timeline_of_coups",
            "04_foreign_forces", "05_actors_and_perspectives", "06_what_changes"]
EXERCISE = re.compile(r"^#{2,4}\s+Exercise\b", re.I)
SECTIONS = ["## Overview", "## Learning objectives", "## Prerequisites", "## Setup", "## Quiz", "## Summary",
            "## What's next", "## Resources"]
OBJECTIVE = re.compile(r"^\d+\. \*\*(o\d+)\*\* — (.+)$", re.M)


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_the_seven_lessons_exist():
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs_and_with_kernelspec(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "widgets" not in nb["metadata"], "widget state is stored"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"cell {i} has outputs"
            assert cell.get("execution_count") is None, f"cell {i} has an execution count"
        assert source(cell).strip(), f"cell {i} is empty"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_follows_the_template(path):
    cs = cells(path)
    markdown = [source(c) for c in cs if c["cell_type"] == "markdown"]
    assert markdown[0].startswith("# "), "the first cell is the title"
    assert cs[1]["cell_type"] == "code" and "sk.data_as_of()" in source(cs[1]), \
        "the cell after the title shows 'Data as of' from sk.data_as_of()"
    assert "Data as of" in source(cs[1])
    headings = [line for text in markdown for line in text.splitlines() if line.startswith("## ")]
    positions = []
    for section in SECTIONS:
        found = [i for i, h in enumerate(headings) if h.strip() == section]
        assert found, f"section {section!r} missing"
        positions.append(found[0])
    assert positions == sorted(positions), "template sections out of order"
    assert any(re.match(r"## \d+\. ", h) for h in headings), "no numbered teaching section"
    code = [source(c) for c in cs if c["cell_type"] == "code"]
    assert "import sahel_kit as sk" in code[0] and "ModuleNotFoundError" in code[0], "setup cell must fall back"
    assert any("sk.readable_tables()" in c for c in code), "tables must show text whole (sk.readable_tables())"
    assert any(f'sk.quiz("{path.stem}")' in c for c in code), "the quiz is not shown"
    assert any("<details>" in m for m in markdown) or path.stem == "00_start_here", "no exercise solution"
    long = [c for c in code if len(c.splitlines()) > 15]
    assert not long, f"{len(long)} code cell(s) over 15 lines"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_objectives_match_the_quiz_and_are_assessed_twice(path):
    text = next(source(c) for c in cells(path) if source(c).startswith("## Learning objectives"))
    listed = dict(OBJECTIVE.findall(text))
    assert 3 <= len(listed) <= 5, f"{len(listed)} objectives listed"
    quiz = yaml.safe_load((ROOT / "data" / "quizzes" / f"{path.stem}.yaml").read_text(encoding="utf-8"))
    assert {o["id"]: o["text"].strip() for o in quiz["objectives"]} == {k: v.strip() for k, v in listed.items()}
    per_objective = {k: 0 for k in listed}
    for q in quiz["questions"]:
        per_objective[q["objective"]] += 1
    assert min(per_objective.values()) >= 2, per_objective


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_checked_cells_have_current_reference_outputs(path):
    """Every `# NBVAL_CHECK_OUTPUT` cell has a stored reference (scripts/run_notebooks.py puts it back for nbval)."""
    checked = {c["id"] for c in cells(path)
               if c["cell_type"] == "code" and source(c).lstrip().startswith("# NBVAL_CHECK_OUTPUT")}
    ref_file = ROOT / "tests" / "notebook_outputs" / f"{path.stem}.json"
    refs = json.loads(ref_file.read_text(encoding="utf-8")) if ref_file.exists() else {}
    assert checked == set(refs), ("reference outputs out of date: run "
                                  "python scripts/run_notebooks.py --update-references")
    assert all(refs[k] for k in refs), "a checked cell has an empty reference output"


def exercises(cs: list[dict]) -> list[tuple[int, dict | None]]:
    """(index of each exercise heading cell, its starter: the first code cell before the next markdown cell)."""
    found = []
    for i, cell in enumerate(cs):
        lines = source(cell).strip().splitlines()
        if cell["cell_type"] != "markdown" or not lines or not EXERCISE.match(lines[0]):
            continue
        starter = cs[i + 1] if i + 1 < len(cs) and cs[i + 1]["cell_type"] == "code" else None
        found.append((i, starter))
    return found


def starter_problem(code: str) -> str | None:
    """Why a starter cell could pass for a finished answer, or None when it is neutral.

    Neutral: it leaves a ``...`` for the student to fill (an Ellipsis, or ``"..."`` in a string), or it is a
    blank template made only of comments.
    """
    lines = [ln for ln in code.splitlines() if ln.strip()]
    if all(ln.lstrip().startswith("#") for ln in lines):
        return None
    body = "\n".join(ln for ln in lines if not ln.lstrip().startswith("#"))
    return None if "..." in body else "runs as it stands: leave a ... for the student to fill in"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_starter_cells_are_neutral(path):
    """No exercise's starter cell runs a finished answer (to this or a different question)."""
    problems = []
    for i, starter in exercises(cells(path)):
        if starter is None:
            continue            # a written or discussion exercise without a code cell
        why = starter_problem(source(starter))
        if why:
            problems.append(f"cell {starter.get('id')} (after the exercise in cell {i}): {why}")
    assert not problems, "\n".join(problems)


def untagged_extension_cells(cs: list[dict]) -> list[str]:
    """Cells inside an "If you have more time" part (from its heading to the next heading of the same or a
    higher level) that lack the metadata tag `extension`."""
    untagged, level = [], None
    for cell in cs:
        text = source(cell).strip()
        first = text.splitlines()[0] if text else ""
        m = re.match(r"^(#{2,3}) ", first) if cell["cell_type"] == "markdown" else None
        if m:
            n = len(m.group(1))
            if level is not None and n <= level:
                level = None
            if "if you have more time" in first.lower():
                level = n
        if level is not None and "extension" not in (cell.get("metadata", {}).get("tags") or []):
            untagged.append(cell.get("id"))
    return untagged


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_extensions_are_marked_and_tagged(path):
    """Every cell of an "If you have more time" part carries the `extension` tag, and tagged cells are announced."""
    cs = cells(path)
    assert not untagged_extension_cells(cs), f"extension cells without the tag: {untagged_extension_cells(cs)}"
    tagged = [c for c in cs if "extension" in (c.get("metadata", {}).get("tags") or [])]
    if tagged:
        assert any("if you have more time" in source(c).lower() for c in tagged if c["cell_type"] == "markdown"), \
            "extension cells, but no heading says 'If you have more time'"


def test_starter_check_catches_a_finished_answer():
    """The starter test can fail: a starter that runs an answer to another question is caught."""
    assert starter_problem('# Your attempt\narticle[article["sentence_id"] == "p1-s1"]')
    assert starter_problem('# Your attempt\nmy_id = ...\narticle[article["sentence_id"] == my_id]') is None
    assert starter_problem('# Your attempt\nmy_sentence = "..."') is None
    assert starter_problem("# Your attempt: write your answer as a comment\n# ") is None
    nb = [{"cell_type": "markdown", "source": "### Exercise\nFind p3-s2."},
          {"cell_type": "code", "source": "sentences.head()"}]
    assert [starter_problem(source(s)) for _, s in exercises(nb)] != [None]
    ext = [{"cell_type": "markdown", "id": "a", "source": "## 2. If you have more time: more"},
           {"cell_type": "code", "id": "b", "source": "x", "metadata": {"tags": ["extension"]}},
           {"cell_type": "code", "id": "c", "source": "y"},
           {"cell_type": "markdown", "id": "d", "source": "## 3. Core again"}]
    assert untagged_extension_cells(ext) == ["a", "c"]
