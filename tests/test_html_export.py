"""Static pages: an executed lesson exported with `sahel-kit html` shows its quiz as text (questions,
options, folded answers), keeps charts and SVG maps, and draws its folium maps without a CDN."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

nbformat = pytest.importorskip("nbformat", reason="static pages need nbconvert and nbformat (the lab/test extras)")

from sahel_kit.classroom import html_export
from sahel_kit.facts.files import data_path

pytestmark = pytest.mark.slow


def _lesson(tmp_path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# A lesson"),
                nbformat.v4.new_code_cell("import sahel_kit as sk"),
                nbformat.v4.new_code_cell("sk.static_map()"),
                nbformat.v4.new_code_cell("sk.sahel_map()"),
                nbformat.v4.new_code_cell('sk.quiz("00_start_here")')]
    path = tmp_path / "lesson.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("html")
    pages = html_export.export_html([_lesson(tmp)], tmp / "out", timeout=180, log=lambda *a: None)
    return pages[0]


def test_quiz_is_static_text_in_the_page(exported):
    html = exported.read_text(encoding="utf-8")
    quiz = yaml.safe_load((data_path("quizzes") / "00_start_here.yaml").read_text(encoding="utf-8"))
    first = quiz["questions"][0]
    assert html_export.WIDGET_MIME not in html
    assert "unpkg.com" not in html and "@jupyter-widgets/html-manager" not in html
    assert quiz["title"].split(":")[0] in html
    assert re.sub(r"`", "", first["prompt"])[:40] in re.sub(r"<[^>]+>", "", html)
    assert "<details><summary>Show answer</summary>" in html


def test_svg_map_and_offline_folium_map_are_in_the_page(exported):
    html = exported.read_text(encoding="utf-8")
    assert "<svg" in html or "data:image/svg+xml" in html
    assert "srcdoc=" in html and "data-sahel-kit-asset" in html  # folium map with inlined Leaflet
    assert "cdn.jsdelivr.net/npm/leaflet" not in html
    assert (exported.parent / "index.html").read_text().count("lesson.html") == 1


def test_static_quiz_outputs_keeps_outputs_without_static_html():
    nb = nbformat.v4.new_notebook()
    out_both = nbformat.v4.new_output("display_data", data={html_export.WIDGET_MIME: {"model_id": "x"},
                                                             "text/html": "<p>quiz</p>", "text/plain": "q"})
    out_widget = nbformat.v4.new_output("display_data", data={html_export.WIDGET_MIME: {"model_id": "y"},
                                                               "text/plain": "slider"})
    nb.cells = [nbformat.v4.new_code_cell("x", outputs=[out_both, out_widget])]
    nb.metadata["widgets"] = {"application/vnd.jupyter.widget-state+json": {}}
    assert html_export.static_quiz_outputs(nb) == 1
    assert html_export.WIDGET_MIME not in nb.cells[0].outputs[0]["data"]
    assert html_export.WIDGET_MIME in nb.cells[0].outputs[1]["data"]
    assert "widgets" not in nb.metadata


def test_cli_refuses_a_missing_notebook(tmp_path, capsys):
    from sahel_kit.cli import main

    assert main(["html", str(tmp_path / "nope.ipynb"), "--out", str(tmp_path / "o")]) == 1
    assert "not a notebook" in capsys.readouterr().err
