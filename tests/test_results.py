"""``sahel-kit results export|summary``: scores from real exports; a hostile folder is skipped safely."""
from __future__ import annotations

import csv
import json
import os
import shutil

import pandas as pd
import pytest

from sahel_kit.cli import main
from sahel_kit.quizzes.progress import RESULTS_SCHEMA, ProgressStore, export_results
from sahel_kit.quizzes.schema import load_quiz, load_quizzes
from sahel_kit.classroom.results import MAX_BYTES, check_name, safe_label, summarise
from sahel_kit.classroom.report import summary_html, summary_text, write_csv


@pytest.fixture(scope="module")
def qids():
    quiz = load_quiz("00_start_here")
    return quiz.notebook, [q.id for q in quiz.questions[:3]]


def _export(tmp_path, name, answers, out):
    """Record ``answers`` [(question_id, correct), ...] in a fresh home, export them to ``out``."""
    home = tmp_path / f"home-{abs(hash((name, str(out))))}"
    store = ProgressStore(home)
    nb = load_quiz("00_start_here").notebook
    for qid, ok in answers:
        store.record(nb, qid, "x", ok)
    return export_results(name, out, home=home)


def _doc(student="Valid Name", records=None, schema=RESULTS_SCHEMA):
    return {"schema": schema, "student": student, "kit_version": "0", "exported": "2026-01-01T00:00:00+00:00",
            "records": records or []}


@pytest.fixture()
def klass(tmp_path, qids):
    """A class folder with two good students, an older export, and every kind of bad file."""
    nb, (q1, q2, q3) = qids
    d = tmp_path / "class"
    d.mkdir()
    _export(tmp_path, "Aminata D.", [(q1, False), (q1, True), (q2, True)], d / "aminata.json")
    bob_old = _export(tmp_path, "Bob", [(q1, False)], d / "bob-1.json")
    old = json.loads(bob_old.read_text())
    old["exported"] = "2000-01-01T00:00:00+00:00"
    bob_old.write_text(json.dumps(old))
    _export(tmp_path, "Bob", [(q1, True), (q3, False)], d / "bob-2.json")
    shutil.copy(d / "aminata.json", d / "copy-of-aminata.json")
    (d / "empty.json").write_bytes(b"")
    (d / "noise.json").write_bytes(bytes(range(256)) * 8)
    (d / "huge.json").write_bytes(b" " * (MAX_BYTES + 1))
    (d / "deep.json").write_text("[" * 200_000)
    (d / "list.json").write_text("[1, 2, 3]")
    (d / "other-schema.json").write_text(json.dumps(_doc(schema="something-else/1")))
    (d / "script-name.json").write_text(json.dumps(_doc(student="<script>alert(1)</script>")))
    (d / "formula-name.json").write_text(json.dumps(_doc(student="=HYPERLINK(\"http://x\")")))
    rec = {"notebook": nb, "question_id": q1, "answer": "x", "correct": "yes", "attempt": 1, "timestamp": "t"}
    (d / "bad-record.json").write_text(json.dumps(_doc(records=[rec])))
    (d / "<img src=x onerror=alert(1)>.json").write_text("{not json")
    (d / "=cmd.json").write_text("")
    (d / "folder.json").mkdir()
    os.symlink(d / "aminata.json", d / "link.json")
    unknown = dict(rec, correct=True, question_id="not-a-question")
    (d / "carol.json").write_text(json.dumps(_doc(student="Carol", records=[unknown])))
    (d / "notes.txt").write_text("not a results file, not read")
    return d


EXPECTED_SKIPS = {
    "copy-of-aminata.json": "duplicate of aminata.json", "bob-1.json": "older export of the same student",
    "empty.json": "empty", "noise.json": "not UTF-8", "huge.json": "too large", "deep.json": "nested",
    "list.json": "wrong schema", "other-schema.json": "wrong schema", "script-name.json": "student name",
    "formula-name.json": "student name", "bad-record.json": "'correct'",
    "<img src=x onerror=alert(1)>.json": "not JSON", "'=cmd.json": "empty", "folder.json": "not a regular file",
    "link.json": "not a regular file",
}


def test_hostile_folder_is_skipped_file_by_file_with_reasons(klass):
    summary = summarise(klass)
    reasons = dict(summary.skipped)
    assert set(reasons) == set(EXPECTED_SKIPS)
    for name, words in EXPECTED_SKIPS.items():
        assert words in reasons[name], (name, reasons[name])
    assert summary.students["student"].tolist() == ["Aminata D.", "Bob", "Carol"]
    assert summary.ignored_records == 1


def test_scores_and_difficulty_follow_the_records(klass, qids):
    nb, (q1, q2, q3) = qids
    summary = summarise(klass)
    s = summary.students.set_index("student")
    closed = sum(q.type != "written" for quiz in load_quizzes() for q in quiz.questions)  # the score's base
    assert s.loc["Aminata D.", ["answered", "correct", "right_first_time", "attempts"]].tolist() == [2, 2, 1, 3]
    assert s.loc["Aminata D.", "score_pct"] == round(100 * 2 / closed, 1)
    assert s.loc["Bob", ["answered", "correct", "right_first_time", "attempts"]].tolist() == [2, 1, 1, 2]
    assert s.loc["Bob", "file"] == "bob-2.json"
    assert s.loc["Carol", ["answered", "attempts", "score_pct"]].tolist() == [0, 0, 0.0]
    q = summary.questions.set_index(["notebook", "question_id"])
    assert q.loc[(nb, q1), ["students_answered", "students_correct", "right_first_time"]].tolist() == [2, 2, 1]
    assert q.loc[(nb, q1), "pct_right_first_time"] == 50.0 and q.loc[(nb, q1), "mean_attempts"] == 1.5
    assert q.loc[(nb, q3), "pct_right_first_time"] == 0.0
    assert summary.questions.iloc[0]["question_id"] == q3, "hardest first"


def test_outputs_are_escaped_and_spreadsheet_safe(klass, tmp_path):
    summary = summarise(klass)
    html = summary_html(summary)
    assert "<script" not in html and "<img" not in html and "&lt;img src=x" in html
    paths = write_csv(summary, tmp_path / "out")
    for path in paths:
        with open(path, newline="", encoding="utf-8") as fh:
            cells = [c for row in csv.reader(fh) for c in row]
        assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], path.name
    text = summary_text(summary)
    assert "Aminata D." in text and "Skipped 15 file(s)" in text


def test_empty_folder_and_missing_folder(tmp_path, capsys):
    summary = summarise(tmp_path)
    assert summary.students.empty and not summary.skipped and summary.questions["students_answered"].eq(0).all()
    assert main(["results", "summary", str(tmp_path / "nope")]) == 1
    assert "not a folder" in capsys.readouterr().err


@pytest.mark.parametrize("name, ok", [("Aminata D.", True), ("Zoë O'Neil-Ba", True), ("Moussa 2", True),
                                      ("<b>x</b>", False), ("=1+1", False), ("", False), ("x" * 81, False)])
def test_student_names(name, ok):
    assert (check_name(name) is None) is ok


def test_safe_label():
    assert safe_label("=SUM(A1)") == "'=SUM(A1)" and safe_label("a\nb\x00") == "a?b?"


def test_cli_export_then_summary(tmp_path, monkeypatch, capsys, qids):
    nb, (q1, _, _) = qids
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path / "home"))
    ProgressStore().record(nb, q1, "x", True)
    out = tmp_path / "class" / "awa.json"
    assert main(["results", "export", "--name", "Awa", "--out", str(out)]) == 0
    assert "1 answer(s)" in capsys.readouterr().out
    assert main(["results", "export", "--name", "<i>Awa</i>"]) == 1
    assert "student name" in capsys.readouterr().err
    html = tmp_path / "report.html"
    assert main(["results", "summary", str(out.parent), "--html", str(html), "--out", str(tmp_path / "csv")]) == 0
    printed = capsys.readouterr().out
    assert "Awa" in printed and "students.csv" in printed
    assert (tmp_path / "csv" / "questions.csv").is_file() and "Awa" in html.read_text()
    for argv in (["results", "--help"], ["results", "export", "--help"], ["results", "summary", "--help"]):
        with pytest.raises(SystemExit):
            main(argv)
        assert "results" in capsys.readouterr().out


def test_written_answer_typed_in_a_widget_reaches_the_export_and_the_summary(tmp_path):
    """Issue 12: the text a student types is in the results file and, escaped, in the class summary."""
    from pathlib import Path

    from sahel_kit.quizzes.widgets import Quiz

    spec = load_quiz(Path(__file__).parent / "fixtures" / "quizzes" / "written.yaml", {})
    home = tmp_path / "home"
    qz = Quiz(spec, ProgressStore(home))
    c = next(x for x in qz.cards if x.q.id == "aes-short")
    text = "=cmd| Senegal is not a member <script>alert('x')</script> & the members are Mali, Burkina Faso, Niger."
    c.inputs[0].value = text
    c.check_button.click()
    for drop in c.ratings:
        drop.value = "yes"
    c.rating_button.click()
    klass = tmp_path / "class"
    path = export_results("Awa S.", klass / "awa.json", home=home)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert [r["answer"] for r in doc["records"] if r["status"] == "submitted"] == [text]
    bank = [(spec.notebook, q.id) for q in spec.questions]
    written = {(spec.notebook, q.id): q.prompt for q in spec.questions if q.type == "written"}
    summary = summarise(klass, bank, written)
    row = summary.written.iloc[0]
    assert (row["student"], row["question_id"]) == ("Awa S.", "aes-short")
    assert row["answer"] == "'" + text and "Says Senegal is not a member.: yes" in row["self_rating"]
    s = summary.students.set_index("student").loc["Awa S."]
    assert (s["answered"], s["correct"], s["written"], s["attempts"], s["score_pct"]) == (1, 0, 1, 1, 0.0)
    q = summary.questions.set_index("question_id").loc["aes-short"]
    assert q["students_answered"] == 1 and pd.isna(q["pct_right_first_time"])
    html = summary_html(summary)
    assert "<script" not in html and "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; the members" in html
    assert "Written answers (1)" in html and "Correct this sentence so that it is true." in html
    paths = write_csv(summary, tmp_path / "out")
    with open(tmp_path / "out" / "written.csv", newline="", encoding="utf-8") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert "'" + text in cells and not [x for x in cells if x[:1] in ("=", "+", "-", "@")]
    assert any(p.name == "written.csv" for p in paths)
    assert "1 written answer(s) from 1 student(s)" in summary_text(summary)
