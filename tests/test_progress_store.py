"""The progress store: records, attempts, atomic concurrent writes, corrupt files, dashboard, export."""
from __future__ import annotations

import json
import multiprocessing as mp

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
    assert set(saved["records"][0]) == {"notebook", "question_id", "answer", "correct", "attempt", "timestamp"}


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
    assert table.loc["a"].to_dict() == {"answered": 2, "correct": 2, "right_first_time": 1, "attempts": 3}
    assert table.loc["b"].to_dict() == {"answered": 1, "correct": 0, "right_first_time": 0, "attempts": 1}
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
