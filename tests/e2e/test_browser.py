"""Open every notebook in a real JupyterLab in headless Chromium, run all cells, and check the page.

For each ``notebooks/*.ipynb``: no error or traceback output, no "Error displaying widget",
every cell that makes a quiz shows a Check button, answering one question (pick an option,
click Check) shows feedback, and axe-core finds no serious or critical accessibility problem in
the outputs or inside the map frames.  Run with ``pytest -m e2e``; fixtures are in ``conftest.py``.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sahel_kit.facts.i18n import _
from sahel_kit.quizzes.base import CORRECT, WRONG

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.e2e

# The French edition (issue 16) is run too, when present: notebooks/fr/*.ipynb, with French buttons.
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb")) + sorted((REPO / "notebooks" / "fr").glob("*.ipynb"))


def language(path: Path) -> str:
    """``fr`` for a notebook of notebooks/fr/, else ``en``: the language of its quiz widgets."""
    return "fr" if path.parent.name == "fr" else "en"


def rel(path: Path) -> str:
    return path.relative_to(REPO / "notebooks").as_posix()
QUIZ_CALL = re.compile(r"\b(?:quiz|Quiz)\s*\(")
# Generous ceilings for a slow CI machine; these are waits, not timing assertions.
OPEN_TIMEOUT_MS = 120_000
RUN_TIMEOUT_MS = 300_000
FEEDBACK_TIMEOUT_MS = 30_000
WIDGET_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.widget-view+json"]'
ERROR_OUTPUT = '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'


QUIZ_NAME = re.compile(r"\bquiz\(\s*[\"']([\w.-]+)[\"']\s*\)")


def quiz_cells(path: Path) -> dict[int, int | None]:
    """Code cells that call ``quiz(`` or ``Quiz(``: index (among all cells) -> number of Check buttons.

    The number is known when the cell names its quiz (``sk.quiz("00_start_here")``), else None.  A
    written question has a Submit button instead of Check (issue 12), so it is not counted.
    """
    from sahel_kit.quizzes.languages import load_quiz_in

    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    found = {}
    for i, cell in enumerate(cells):
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and QUIZ_CALL.search(source):
            names = QUIZ_NAME.findall(source)
            found[i] = (sum(q.type != "written" for n in names for q in load_quiz_in(n, language(path)).questions)
                        if names else None)
    return found


KERNEL_READY_JS = """() => {
    if (document.querySelector('.jp-Dialog')) return 'dialog';
    const name = document.querySelector('.jp-NotebookPanel-toolbar .jp-Toolbar-kernelName');
    const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
    const label = name ? name.getAttribute('aria-label') : '';
    return label && label !== 'No Kernel' && ind && ind.getAttribute('data-status') === 'idle'
        ? 'ready' : false;
}"""


def wait_for_kernel(page) -> None:
    """Wait for an idle kernel; accept the default kernel if JupyterLab asks for one.

    JupyterLab asks when a notebook is saved without kernelspec metadata; any other dialog fails.
    """
    state = page.wait_for_function(KERNEL_READY_JS, timeout=OPEN_TIMEOUT_MS).json_value()
    if state == "dialog":
        dialog = page.locator(".jp-Dialog").first
        text = dialog.inner_text()
        assert "Select Kernel" in text, f"unexpected dialog on opening the notebook:\n{text}"
        dialog.locator(".jp-mod-accept").click()
        dialog.wait_for(state="detached")
        assert page.wait_for_function(KERNEL_READY_JS, timeout=OPEN_TIMEOUT_MS).json_value() == "ready"


def run_all_cells(page) -> None:
    """Run all cells through the menu bar, as a student would."""
    page.locator(".lm-MenuBar-itemLabel", has_text=re.compile(r"^Run$")).click()
    page.get_by_role("menuitem", name=re.compile(r"^Run All Cells")).click()


def wait_until_done(page) -> None:
    """Wait until no cell is queued or running ([*]), the first ran, and the kernel is idle.

    Run All stops at a cell that raises, so cells after it keep an empty prompt; the caller
    reports that together with the error output.
    """
    page.wait_for_function(
        """() => {
            const prompts = [...document.querySelectorAll('.jp-CodeCell .jp-InputPrompt')];
            const ind = document.querySelector('.jp-Notebook-ExecutionIndicator');
            return prompts.length > 0 && /\\[\\d+\\]/.test(prompts[0].textContent)
                && !prompts.some(p => p.textContent.includes('*'))
                && ind && ind.getAttribute('data-status') === 'idle';
        }""", timeout=RUN_TIMEOUT_MS)


AXE_RUN_OUTPUTS_JS = """async () => {
    const outputs = document.querySelectorAll('.jp-OutputArea');
    if (!outputs.length) return [];
    const result = await axe.run({include: [['.jp-OutputArea']]},
                                 {iframes: false, resultTypes: ['violations']});
    return result.violations;
}"""
AXE_RUN_DOCUMENT_JS = "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
BLOCKING = ("serious", "critical")


def accessibility_violations(page, axe_source: str) -> list[str]:
    """axe-core's serious and critical violations in the notebook's outputs and inside every map frame.

    Output areas are audited in the page; folium maps live in ``srcdoc`` iframes, audited one by one.
    """
    found = []
    page.add_script_tag(content=axe_source)
    audits = [("outputs", page.evaluate(AXE_RUN_OUTPUTS_JS))]
    for n, frame in enumerate(page.frames[1:], start=1):
        frame.add_script_tag(content=axe_source)
        audits.append((f"frame {n}", frame.evaluate(AXE_RUN_DOCUMENT_JS)))
    for where, violations in audits:
        for v in violations:
            if v.get("impact") in BLOCKING:
                targets = "; ".join(" ".join(map(str, node["target"])) for node in v["nodes"][:3])
                found.append(f"{where}: {v['impact']} {v['id']} ({len(v['nodes'])}x): {v['help']} -> {targets}")
    return found


def answer_one(cell, lang: str = "en"):
    """Choose the first option of the first multiple-choice card in ``cell``, click its Check.

    Returns the card, whose feedback box (``.sahel-quiz-feedback``) should then appear.
    """
    card = cell.locator(".sahel-quiz-card").filter(has=cell.page.locator("input[type=radio]")).first
    assert card.count(), "no quiz card with options to choose in the first quiz"
    card.locator("input[type=radio]").first.check()
    card.get_by_role("button", name=_("Check", lang), exact=True).click()
    return card


@pytest.mark.skipif(not NOTEBOOKS, reason="no notebooks in notebooks/ yet")
@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[rel(p) for p in NOTEBOOKS])
def test_notebook_runs_in_the_browser(notebook, lab_server, browser, axe_source):
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    cells_json = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    n_code = sum(c["cell_type"] == "code" for c in cells_json)
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(lab_server.notebook_url(f"notebooks/{rel(notebook)}"), wait_until="domcontentloaded")
        page.locator(".jp-NotebookPanel .jp-Notebook").first.wait_for(timeout=OPEN_TIMEOUT_MS)
        wait_for_kernel(page)
        run_all_cells(page)
        wait_until_done(page)

        errors = [t for t in page.locator(ERROR_OUTPUT).all_inner_texts()
                  if "Traceback" in t or "Error" in t]
        assert not errors, f"{notebook.name}: error output after Run All:\n" + "\n---\n".join(errors)
        prompts = page.locator(".jp-CodeCell .jp-InputPrompt").all_inner_texts()
        not_run = [i for i, text in enumerate(prompts) if not re.search(r"\[\d+\]", text)]
        assert len(prompts) == n_code and not not_run, f"{notebook.name}: code cells not run: {not_run}"
        # The widget manager replaces a failed view's whole text with this message (quiz text may
        # quote it, so only the widget views themselves are read).
        broken = [t for t in page.locator(WIDGET_OUTPUT).all_inner_texts()
                  if t.strip().startswith("Error displaying widget")]
        assert not broken, f"{notebook.name}: {len(broken)} widget(s) failed to display: {broken}"

        cells = page.locator(".jp-NotebookPanel .jp-Notebook .jp-Cell")
        assert cells.count() == len(cells_json), "every cell should be in the DOM (windowingMode none)"
        quizzes = quiz_cells(notebook)
        for index, n_questions in quizzes.items():
            checks = cells.nth(index).get_by_role("button", name=_("Check", language(notebook)), exact=True).count()
            assert checks >= 1, f"{notebook.name}: the quiz in cell {index} shows no Check button"
            if n_questions is not None:
                assert checks == n_questions, f"{notebook.name}: cell {index} shows {checks} of {n_questions} questions"

        if quizzes:
            first = next(iter(quizzes))
            card = answer_one(cells.nth(first), language(notebook))
            feedback = card.locator(".sahel-quiz-feedback")
            try:
                feedback.first.wait_for(timeout=FEEDBACK_TIMEOUT_MS)
            except PlaywrightTimeout:
                pytest.fail(f"{notebook.name}: answering the quiz in cell {first} showed no feedback")
            verdict = feedback.first.inner_text()
            lang = language(notebook)
            assert _(CORRECT, lang) in verdict or _(WRONG, lang) in verdict, f"feedback without a verdict: {verdict!r}"

        if axe_source:
            problems = accessibility_violations(page, axe_source)
            assert not problems, f"{notebook.name}: accessibility (axe-core):\n" + "\n".join(problems)
    finally:
        page.close()
