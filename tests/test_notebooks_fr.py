"""The French edition of the notebooks (notebooks/fr/): same numbering, a French skeleton, French quizzes.

Every test here runs over the French notebooks that exist (none yet is fine: the parametrised tests are
then reported as skipped); tests/test_notebooks.py checks the English ones.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FR = ROOT / "notebooks" / "fr"
NOTEBOOKS_FR = sorted(FR.glob("[0-9][0-9]_*.ipynb"))
#: The French headings of the template's sections, in the English template's order (docs/translating.md).
SECTIONS_FR = ["## Présentation", "## Objectifs d'apprentissage", "## Prérequis", "## Mise en route", "## Quiz",
               "## À retenir", "## Et ensuite ?", "## Ressources"]
OBJECTIVE = re.compile(r"^\d+\. \*\*(o\d+)\*\* — (.+)$", re.M)


def cells(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))["cells"]


def source(cell: dict) -> str:
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def test_the_folder_explains_itself():
    assert (FR / "README.md").is_file()


@pytest.mark.parametrize("path", NOTEBOOKS_FR, ids=lambda p: p.stem)
def test_same_numbering_as_an_english_lesson(path):
    assert (ROOT / "notebooks" / path.name).is_file(), f"no English notebook {path.name}: keep the English file names"


@pytest.mark.parametrize("path", NOTEBOOKS_FR, ids=lambda p: p.stem)
def test_stored_without_outputs_and_with_kernelspec(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "widgets" not in nb["metadata"], "widget state is stored"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [] and cell.get("execution_count") is None, f"cell {i} has outputs"
        assert source(cell).strip(), f"cell {i} is empty"


@pytest.mark.parametrize("path", NOTEBOOKS_FR, ids=lambda p: p.stem)
def test_follows_the_french_template(path):
    cs = cells(path)
    markdown = [source(c) for c in cs if c["cell_type"] == "markdown"]
    assert markdown[0].startswith("# "), "the first cell is the title"
    headings = [line.strip() for text in markdown for line in text.splitlines() if line.startswith("## ")]
    positions = []
    for section in SECTIONS_FR:
        assert section in headings, f"section {section!r} missing"
        positions.append(headings.index(section))
    assert positions == sorted(positions), "template sections out of order"
    code = [source(c) for c in cs if c["cell_type"] == "code"]
    setup = code[0]
    assert "import sahel_kit as sk" in setup and "ModuleNotFoundError" in setup, "setup cell must fall back"
    assert "parents[1]" in setup or "parent.parent" in setup, "on a hub the kit is two folders up"
    assert 'sk.set_language("fr")' in setup, "the setup cell makes the kit French"
    assert any(f'sk.quiz("{path.stem}")' in c for c in code), "the quiz is not shown"


@pytest.mark.parametrize("path", NOTEBOOKS_FR, ids=lambda p: p.stem)
def test_objectives_match_the_french_quiz(path):
    text = next(source(c) for c in cells(path) if source(c).startswith("## Objectifs d'apprentissage"))
    listed = dict(OBJECTIVE.findall(text))
    quiz_file = ROOT / "data" / "quizzes" / "fr" / f"{path.stem}.yaml"
    assert quiz_file.is_file(), f"no French quiz {quiz_file.relative_to(ROOT)}"
    quiz = yaml.safe_load(quiz_file.read_text(encoding="utf-8"))
    assert {o["id"]: o["text"].strip() for o in quiz["objectives"]} == {k: v.strip() for k, v in listed.items()}


@pytest.mark.parametrize("path", NOTEBOOKS_FR, ids=lambda p: p.stem)
def test_checked_cells_have_current_reference_outputs(path):
    checked = {c["id"] for c in cells(path)
               if c["cell_type"] == "code" and source(c).lstrip().startswith("# NBVAL_CHECK_OUTPUT")}
    ref_file = ROOT / "tests" / "notebook_outputs" / "fr" / f"{path.stem}.json"
    refs = json.loads(ref_file.read_text(encoding="utf-8")) if ref_file.exists() else {}
    assert checked == set(refs), "reference outputs out of date: python scripts/run_notebooks.py --update-references"


def test_the_french_binder_badge_opens_the_french_first_lesson():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"https://mybinder\.org/v2/gh/[^\s)\]]+\?urlpath=lab/tree/(notebooks/fr/[^\s)\]]+)", readme)
    assert links == ["notebooks/fr/00_start_here.ipynb"]
    if not NOTEBOOKS_FR:
        pytest.skip("notebooks/fr/ has no lesson yet: the French badge's target does not exist")
    assert (ROOT / links[0]).is_file()
