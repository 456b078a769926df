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
