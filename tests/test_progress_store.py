"""The progress store: records, attempts, atomic concurrent writes, corrupt files, dashboard, export."""
from __future__ import annotations

import json
import multiprocessing as mp
import re

import pytest

from sahel_kit.quizzes.progress import (RESULTS_SCHEMA, ProgressStore, export_results, kit_home,
                                      load_results, progress)


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "home")


def _writer(home, worker, n):
    store = ProgressStore(home)
    for i in range(n):
        store.record(f"nb{worker % 2}", f"q{i % 3}", f"answer {worker}-{i}", i % 2 == 0)


def test_home_follows_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path / "kit"))
    assert kit_home() == tmp_path / "kit"
    assert ProgressStore().path == tmp_path / "kit" / "progress.json"


def test_record_counts_attempts_per_notebook_and_question(store):
    first = store.record("02_map", "q1", "Niamey", False)
    second = store.record("02_map", "q1", "Bamako", True)
    other_nb = store.record("03_coups", "q1", "x", True)
    assert (first["attempt"], second["attempt"], other_nb["attempt"]) == (1, 2, 1)
    saved = json.loads(store.path.read_text(encoding="utf-8"))
    assert saved["schema"] == 1
    assert [r["answer"] for r in saved["records"]] == ["Niamey", "Bamako", "x"]
    assert set(saved["records"][0]) == {"notebook", "question_id", "answer", "correct", "attempt", "timestamp",
                                        "status"}
    assert [r["status"] for r in saved["records"]] == ["wrong", "correct", "correct"]


def test_revealed_written_and_rated_records(store):
    """'Show answer' is an attempt that is not correct; a self-rating is not an attempt."""
    store.record("nb", "q", None, False, status="revealed")
    assert store.record("nb", "q", "Niamey", True)["attempt"] == 2
    w = store.record("nb", "essay", "My <b>text</b>", False, status="submitted")
    rated = store.record("nb", "essay", "My <b>text</b>", False, status="rated", rating={"Names": "yes"})
    assert (w["attempt"], rated["attempt"], rated["rating"]) == (1, 1, {"Names": "yes"})
    row = store.summary().set_index("notebook").loc["nb"].to_dict()
    assert row == {"answered": 2, "correct": 1, "right_first_time": 0, "revealed": 1, "written": 1, "attempts": 3}
    with pytest.raises(ValueError, match="status 'maybe'"):
        store.record("nb", "q", "x", True, status="maybe")


def test_answers_are_stored_as_json(store):
    rec = store.record("nb", "q", {"b", "a"}, True)
    assert rec["answer"] == ["a", "b"]
    assert store.records("nb")[0]["answer"] == ["a", "b"]


def test_no_temporary_files_left_behind(store):
    store.record("nb", "q", 1, True)
    assert sorted(p.name for p in store.home.iterdir()) == ["progress.json", "progress.json.lock"]


def test_concurrent_writers_lose_nothing(tmp_path):
    home, workers, per_worker = tmp_path / "home", 8, 25
    # Separate processes, each opening the files itself; fork starts fast where it exists.
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    procs = [ctx.Process(target=_writer, args=(home, w, per_worker)) for w in range(workers)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0] * workers
    records = ProgressStore(home).records()
    assert len(records) == workers * per_worker
    for nb in ("nb0", "nb1"):
        for q in ("q0", "q1", "q2"):
            attempts = sorted(r["attempt"] for r in records if r["notebook"] == nb and r["question_id"] == q)
            assert attempts == list(range(1, len(attempts) + 1)), (nb, q)


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]", b'{"records": [{"answer": 1}]}', b"\xff\xfe\x00"])
def test_corrupt_file_is_backed_up_and_replaced(store, content):
    store.home.mkdir(parents=True)
    store.path.write_bytes(content)
    with pytest.warns(RuntimeWarning, match="moved to .*progress.corrupt-"):
        rec = store.record("nb", "q", "a", True)
    assert rec["attempt"] == 1
    assert len(store.backups) == 1 and store.backups[0].read_bytes() == content
    assert len(store.records()) == 1


def test_dashboard_counts(store):
    store.record("a", "q1", "x", False)
    store.record("a", "q1", "y", True)
    store.record("a", "q2", "z", True)
    store.record("b", "q1", "x", False)
    table = progress(store.home).table.set_index("notebook")
    assert table.loc["a"].to_dict() == {"answered": 2, "correct": 2, "right_first_time": 1, "revealed": 0,
                                        "written": 0, "attempts": 3}
    assert table.loc["b"].to_dict() == {"answered": 1, "correct": 0, "right_first_time": 0, "revealed": 0,
                                        "written": 0, "attempts": 1}
    assert "right_first_time" in progress(store.home)._repr_html_()


def test_empty_dashboard_says_so(store):
    assert "No answers recorded yet" in progress(store.home)._repr_html_()


def test_export_results_round_trip(store, tmp_path):
    store.record("00_start_here", "tolerance", "1050", True)
    path = export_results("Aminata D.", home=store.home)
    assert path.name == "results-aminata-d.json"
    doc = load_results(path)
    assert doc["schema"] == RESULTS_SCHEMA and doc["student"] == "Aminata D."
    assert [r["question_id"] for r in doc["records"]] == ["tolerance"]
    out = export_results("B", out=tmp_path / "out" / "b.json", home=store.home)
    assert out.is_file()


def test_export_needs_a_name(store):
    with pytest.raises(ValueError, match="student's name"):
        export_results("  ", home=store.home)


def test_load_results_rejects_other_files(tmp_path):
    p = tmp_path / "x.json"
    p.write_text('{"schema": 1, "records": []}', encoding="utf-8")
    with pytest.raises(ValueError, match="not a sahel-kit results file"):
        load_results(p)


# --- the dashboard's "Export my results" button (issue 12) ---------------------------------

def _dashboard(tmp_path, folder):
    from sahel_kit.quizzes.dashboard import progress as dashboard

    home = tmp_path / "home"
    ProgressStore(home).record("00_start_here", "tolerance", "1050", True)
    ProgressStore(home).record("00_start_here", "essay", "My <b>answer</b>", False, status="submitted")
    return dashboard(home, folder=folder)


def test_export_button_writes_next_to_the_notebook_and_links_to_a_download(tmp_path):
    import base64
    import html

    d = _dashboard(tmp_path, tmp_path / "notebooks")
    (tmp_path / "notebooks").mkdir()
    assert d.name_field.description.startswith("Your name")  # a labelled field, before the button
    assert d.widget.children.index(d.name_field) < d.widget.children.index(d.export_button)
    assert d.export_button.description == "Export my results"
    d.export_button.click()
    assert "Type your name first" in d.export_status.value and not list((tmp_path / "notebooks").iterdir())
    d.name_field.value = "Aminata D."
    d.export_button.click()
    path = tmp_path / "notebooks" / "results-aminata-d.json"
    assert d.exported == path and path.is_file() and "next to this notebook" in d.export_status.value
    doc = load_results(path)
    assert doc["student"] == "Aminata D." and [r["status"] for r in doc["records"]] == ["correct", "submitted"]
    m = re.search(r'href="data:application/json;base64,([^"]+)" download="results-aminata-d.json"',
                  d.export_status.value)
    assert m and base64.b64decode(html.unescape(m[1])) == path.read_bytes()


def test_export_falls_back_to_the_kit_home_when_the_folder_is_read_only(tmp_path):
    blocker = tmp_path / "read-only"
    blocker.write_text("a file where the folder should be: nothing can be written under it", encoding="utf-8")
    d = _dashboard(tmp_path, blocker)
    d.name_field.value = "Moussa"
    d.export_button.click()
    assert d.exported == tmp_path / "home" / "results-moussa.json" and d.exported.is_file()
    assert "read-only" in d.export_status.value and "data:application/json;base64," in d.export_status.value


def test_sk_progress_is_the_dashboard_and_shows_a_static_table_without_a_kernel(tmp_path, monkeypatch):
    import sahel_kit

    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    d = sahel_kit.progress()
    bundle = d._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert "application/vnd.jupyter.widget-view+json" in data and "No answers recorded yet" in data["text/html"]
    assert d.folder == tmp_path
