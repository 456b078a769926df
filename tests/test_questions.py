"""Question model, schema validation, check() for every type, and answers checked against data."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from sahel_kit.quizzes.datacheck import check_against_data
from sahel_kit.quizzes.questions import CORRECT, WRONG, parse_number
from sahel_kit.quizzes.schema import QuizError, load_quiz, quiz_files, validate_file

FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"
SOURCES = {"natural-earth-admin0-50m": ("Natural Earth", "https://www.naturalearthdata.com/")}
BANK = quiz_files()


@pytest.fixture(scope="module")
def quiz():
    return load_quiz(FIXTURES / "valid_all_types.yaml", SOURCES)


@pytest.fixture
def q(quiz):
    return {question.id: question for question in quiz.questions}


@pytest.fixture
def raw():
    return yaml.safe_load((FIXTURES / "valid_all_types.yaml").read_text(encoding="utf-8"))


# --- the bank: every quiz file of the kit -------------------------------------------------

def test_the_bank_is_not_empty():
    assert "00_start_here" in {p.stem for p in BANK}


@pytest.mark.parametrize("path", BANK, ids=[p.stem for p in BANK])
def test_bank_file_is_valid_and_its_answers_grade_correct(path):
    quiz = load_quiz(path)
    assert quiz.notebook == path.stem
    for question in quiz.questions:
        fb = question.check(question.correct_answer())
        assert fb.correct and fb.message.startswith(CORRECT), question.id


@pytest.mark.parametrize("path", BANK, ids=[p.stem for p in BANK])
def test_bank_answers_agree_with_data(path):
    problems = [p for question in load_quiz(path).questions for p in check_against_data(question)]
    assert problems == []


# --- check() per type ---------------------------------------------------------------------

def test_single(q):
    s = q["niger-capital"]
    assert s.check("Niamey").correct
    wrong = s.check("Bamako")
    assert not wrong.correct and wrong.valid and wrong.message.startswith(WRONG)
    assert wrong.option_feedback == ("Bamako is the capital of Mali.",)
    assert "Bamako is Mali's" in wrong.explanation
    for bad in (None, "Paris", 0, ["Niamey"]):
        assert not s.check(bad).valid, bad


def test_multiple(q):
    m = q["aes-members"]
    assert m.check(["Niger", "Mali", "Burkina Faso"]).correct
    assert m.check(("Mali", "Burkina Faso", "Niger")).correct
    partial = m.check(["Mali", "Chad"])
    assert not partial.correct and partial.valid
    assert "1 of the 3 right options chosen, 1 wrong" in partial.message
    assert "Chad is a Sahel state but not an AES member." in partial.option_feedback
    for bad in (None, [], (), "Mali", 3, ["Mali", "France"]):
        assert not m.check(bad).valid, bad


def test_true_false(q):
    t = q["niger-landlocked"]
    assert t.check(True).correct and t.check("true").correct
    wrong = t.check(False)
    assert not wrong.correct and wrong.option_feedback == ("Look at the map; which sea could Niger reach?",)
    for bad in (None, 1, "maybe", []):
        assert not t.check(bad).valid, bad


@pytest.mark.parametrize("answer, correct", [
    (111.2, True), (111, True), ("111.2", True), ("111,2", True), (" 111,2 km ", True), ("111.6", True),
    (112, False), (-111.2, False), (1e300, False), ("110", False),
])
def test_numeric_grades(q, answer, correct):
    fb = q["degree-km"].check(answer)
    assert fb.valid and fb.correct is correct


@pytest.mark.parametrize("answer", [None, "", "   ", "abc", "12 apples", True, [111.2], "nan", "inf", float("nan")])
def test_numeric_rejects_non_numbers(q, answer):
    fb = q["degree-km"].check(answer)
    assert not fb.valid and not fb.correct


def test_numeric_says_too_high_or_low_and_how_it_read_the_answer(q):
    assert "read as 120 km, which is too high" in q["degree-km"].check("120").message
    assert "too low" in q["degree-km"].check(100).message
    assert "Run the code cell" in q["degree-km"].check(100).option_feedback[0]


@pytest.mark.parametrize("text, value", [("12,5", 12.5), ("1,000", 1000.0), ("1 000", 1000.0),
                                         ("−3", -3.0), ("1.5", 1.5), ("1,5,6", None), ("x", None)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_ordering(q):
    o = q["coup-order"]
    assert o.check(o.correct_answer()).correct
    reversed_ = o.check(list(reversed(o.answer)))
    assert not reversed_.correct and reversed_.valid and "1 of 3 items in the right place" in reversed_.message
    for bad in (None, [], "abc", [o.answer[0]] * 3, list(o.answer) + ["extra"], {"a": 1}):
        assert not o.check(bad).valid, bad


def test_matching(q):
    m = q["capitals"]
    right = {"Mali": "Bamako", "Burkina Faso": "Ouagadougou", "Niger": "Niamey"}
    assert m.check(right).correct
    swapped = m.check({**right, "Mali": "Niamey", "Niger": "Bamako"})
    assert not swapped.correct and swapped.valid and "1 of 3 matches right" in swapped.message
    for bad in (None, {}, {**right, "Niger": None}, {**right, "Chad": "N'Djamena"}, {**right, "Mali": "Paris"}, ["Bamako"]):
        assert not m.check(bad).valid, bad


# --- validation ---------------------------------------------------------------------------

def _write(tmp_path, data, name="broken"):
    data = {**data, "notebook": name}
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _question(data, qid):
    return next(x for x in data["questions"] if x["id"] == qid)


@pytest.mark.parametrize("qid, change, field, words", [
    ("niger-capital", {"type": "essay"}, "type", "unknown type 'essay'"),
    ("niger-capital", {"answer": "Paris"}, "answer", "not among the options"),
    ("aes-members", {"answer": ["Mali", "Chad!"]}, "answer", "not among the options"),
    ("degree-km", {"tolerance": -0.5}, "tolerance", "zero or more"),
    ("degree-km", {"answer": "111"}, "answer", "not a number"),
    ("coup-order", {"answer": ["a", "b", "c"]}, "answer", "do not match 'items'"),
    ("capitals", {"answer": {"Mali": "Bamako"}}, "answer", "'Niger' has no match"),
    ("niger-capital", {"objective": "o7"}, "objective", "not one of this file's objectives"),
    ("niger-capital", {"sources": ["made-up"]}, "sources", "unknown source id(s) made-up"),
    ("niger-capital", {"level": "memorise"}, "level", "not one of remember"),
    ("niger-capital", {"explenation": "typo"}, "explenation", "unknown field"),
    ("niger-capital", {"options": [True, False]}, "options", "put the text in quotes"),
    ("niger-capital", {"feedback": {"Paris": "x"}}, "feedback", "match no option"),
    ("niger-landlocked", {"answer": "yes"}, "answer", "must be true or false"),
    ("degree-km", {"data_check": {"table": "weather", "id": "x", "field": "y"}}, "data_check", "not one of events"),
    ("degree-km", {"data_check": {"distance": ["a", "b"], "tolerance": "5 km"}}, "data_check", "zero or more"),
])
def test_each_problem_names_file_question_and_field(tmp_path, raw, qid, change, field, words):
    _question(raw, qid).update(change)
    path = _write(tmp_path, raw)
    with pytest.raises(QuizError) as err:
        load_quiz(path, SOURCES)
    message = str(err.value)
    assert str(path) in message
    assert f"question '{qid}', field '{field}'" in message and words in message, message


def test_missing_answer(tmp_path, raw):
    del _question(raw, "capitals")["answer"]
    assert validate_file(_write(tmp_path, raw), SOURCES) == ["question 'capitals', field 'answer': missing"]


def test_duplicate_ids(tmp_path, raw):
    raw["questions"][1]["id"] = "niger-capital"
    problems = validate_file(_write(tmp_path, raw), SOURCES)
    assert problems == ["question 'niger-capital', field 'id': duplicate id (first used by question #1)"]


def test_all_problems_reported_at_once():
    problems = validate_file(FIXTURES / "broken_many.yaml", SOURCES)
    assert len(problems) == 6
    assert any("duplicate id" in p for p in problems) and any("unknown type 'essay'" in p for p in problems)


def test_invalid_yaml_names_the_line():
    with pytest.raises(QuizError, match=r"invalid_yaml.yaml:\n  - invalid YAML at line 7"):
        load_quiz(FIXTURES / "invalid_yaml.yaml", SOURCES)


def test_file_name_must_match_notebook(tmp_path, raw):
    assert "differs from the file name" in validate_file(_write(tmp_path, raw).rename(tmp_path / "other.yaml"), SOURCES)[0]


def test_unknown_quiz_name_lists_the_available_ones():
    with pytest.raises(QuizError, match="no such quiz file .*00_start_here"):
        load_quiz("99_nope")


# --- answers against data (fixture tables) ------------------------------------------------

@pytest.fixture
def tables():
    events = pd.DataFrame({"event_id": ["ev-a", "ev-b"],
                           "date": pd.to_datetime(["2020-08-18", "2023-07-26"]),
                           "date_precision": ["day", "day"]})
    places = pd.DataFrame({"place_id": ["p", "q"], "name": ["P", "Q"], "lat": [0.0, 0.0], "lon": [0.0, 1.0]})
    return {"events": events, "places": places}


@pytest.fixture
def checks():
    return {x.id: x for x in load_quiz(FIXTURES / "data_checks.yaml", SOURCES).questions}


def test_data_checks_pass_when_quiz_and_data_agree(checks, tables):
    assert {qid: check_against_data(x, tables) for qid, x in checks.items()} == {qid: [] for qid in checks}


def test_data_checks_fail_when_data_changes(checks, tables):
    tables["events"]["date"] = pd.to_datetime(["2021-05-24", "2020-01-01"])
    assert "disagrees with events.csv ev-a date" in check_against_data(checks["year"], tables)[0]
    assert "26 July 2023" in check_against_data(checks["date-text"], tables)[0]
    assert "marked False" in check_against_data(checks["statement"], tables)[0]
    assert "is not before" in check_against_data(checks["order"], tables)[0]
    tables["places"]["lon"] = [0.0, 2.0]
    assert "places.csv gives 222.4 km" in check_against_data(checks["dist"], tables)[0]


def test_data_checks_report_missing_rows(checks, tables):
    tables["events"] = tables["events"].iloc[:0]
    tables["places"] = tables["places"].iloc[:1]
    assert "no event_id 'ev-a' in events.csv" in check_against_data(checks["year"], tables)[0]
    assert "no place 'q' in places.csv" in check_against_data(checks["dist"], tables)[0]
    assert "no event 'ev-a', 'ev-b' in events.csv" in check_against_data(checks["order"], tables)[0]
