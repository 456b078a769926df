"""The kit under Pyodide (the browser edition), simulated: no file locking, home in browser storage,
and an answer that cannot be saved raises ProgressNotSaved with the graded record."""
from __future__ import annotations

import json
import sys
import types

import pytest

from sahel_kit.facts import safe_file
from sahel_kit.quizzes import progress
from sahel_kit.quizzes.progress import ProgressNotSaved, ProgressStore


@pytest.fixture(params=["no fcntl module", "fcntl without flock"])
def pyodide(request, monkeypatch):
    """sys.platform is 'emscripten' and file locking is missing, in either of the two ways it can be."""
    monkeypatch.setattr(sys, "platform", "emscripten")
    monkeypatch.setattr(safe_file.os, "name", "posix")
    if request.param == "no fcntl module":
        monkeypatch.setitem(sys.modules, "fcntl", None)  # import fcntl -> ImportError
    else:
        monkeypatch.setitem(sys.modules, "fcntl", types.ModuleType("fcntl"))  # Pyodide's: no flock
    return request.param


def test_locking_degrades_to_a_no_op(pyodide, tmp_path):
    assert safe_file._lock_api() is None
    with safe_file.locked(tmp_path / "x.lock"):
        pass
    assert not (tmp_path / "x.lock").exists()


def test_answers_are_recorded_without_locking(pyodide, tmp_path):
    store = ProgressStore(tmp_path)
    assert store.record("00_start_here", "q1", "A", True)["attempt"] == 1
    assert store.record("00_start_here", "q1", "B", False)["attempt"] == 2
    saved = json.loads((tmp_path / "progress.json").read_text())
    assert [r["answer"] for r in saved["records"]] == ["A", "B"]


def test_locking_is_real_on_this_machine():
    """The simulation above must not hide a broken lock where flock exists."""
    assert safe_file._lock_api() in ("flock", "msvcrt")


def test_home_defaults_to_browser_storage_under_pyodide(pyodide, tmp_path, monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_HOME", raising=False)
    drive = tmp_path / "drive"
    drive.mkdir()
    monkeypatch.setattr(progress, "BROWSER_HOME", drive / "sahel-kit")
    assert progress.kit_home() == drive / "sahel-kit"
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path / "mine"))
    assert progress.kit_home() == tmp_path / "mine"


def test_home_without_drive_falls_back_to_home_folder(pyodide, tmp_path, monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_HOME", raising=False)
    monkeypatch.setattr(progress, "BROWSER_HOME", tmp_path / "no-drive" / "sahel-kit")
    assert progress.kit_home().name == ".sahel-kit"


def test_home_elsewhere_is_unchanged(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_HOME", raising=False)
    assert progress.kit_home().name == ".sahel-kit"


def test_unsaved_answer_raises_progress_not_saved_with_the_graded_record(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the kit home should be")
    store = ProgressStore(blocker)
    with pytest.raises(ProgressNotSaved, match="checked but NOT saved") as info:
        store.record("01_x", "q2", ["a", "b"], True)
    assert isinstance(info.value, OSError)
    assert info.value.record["correct"] is True and info.value.record["attempt"] == 1
    assert info.value.record["answer"] == ["a", "b"]
    assert info.value.path == blocker / "progress.json"
    assert isinstance(info.value.__cause__, OSError)
