"""The French lessons are what their build scripts make from the English ones today.

Each ``scripts/i18n/build_fr_NN.py`` writes ``notebooks/fr/NN_*.ipynb`` cell for cell over the English lesson and
stops when an English cell changed since its translation.  Rebuilding in a scratch copy must succeed (no English
change left untranslated) and give the committed French notebook byte for byte (no hand edit left unrecorded).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SCRIPTS = sorted((REPO / "scripts" / "i18n").glob("build_fr_*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.stem)
def test_the_french_lesson_is_rebuilt_identically(script, tmp_path):
    shutil.copytree(REPO / "notebooks", tmp_path / "notebooks")
    committed = {p.name: p.read_bytes() for p in (REPO / "notebooks" / "fr").glob("*.ipynb")}
    out = subprocess.run([sys.executable, str(script), str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr or out.stdout
    rebuilt = {p.name: p.read_bytes() for p in (tmp_path / "notebooks" / "fr").glob("*.ipynb")}
    assert rebuilt == committed, [name for name in committed if rebuilt.get(name) != committed[name]]


def test_a_changed_english_cell_stops_the_build(tmp_path):
    import json

    shutil.copytree(REPO / "notebooks", tmp_path / "notebooks")
    english = tmp_path / "notebooks" / "00_start_here.ipynb"
    nb = json.loads(english.read_text(encoding="utf-8"))
    first_markdown = next(c for c in nb["cells"] if c["cell_type"] == "markdown")
    first_markdown["source"] = ["An English sentence nobody translated.\n"]
    english.write_text(json.dumps(nb), encoding="utf-8")
    out = subprocess.run([sys.executable, str(REPO / "scripts" / "i18n" / "build_fr_00.py"), str(tmp_path)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and first_markdown["id"] in (out.stderr + out.stdout)
