"""Question model, schema validation, check() for every type, and answers checked against data."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from sahel_kit.quizzes.datacheck import check_against_data
from sahel_kit.quizzes.questions import CORRECT, SUBMITTED, WRONG, parse_number, word_count
from sahel_kit.quizzes.schema import QuizError, load_quiz, load_quizzes, quiz_files, validate_file

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
        if question.type == "written":  # the model answer is accepted as a submission, never graded
            assert fb.valid and fb.submitted and not fb.correct, question.id
        else:
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


# --- written answers and extension questions ------------------------------------------------

@pytest.fixture
def written_raw():
    return yaml.safe_load((FIXTURES / "written.yaml").read_text(encoding="utf-8"))


def test_written_is_submitted_not_graded():
    q = {x.id: x for x in load_quiz(FIXTURES / "written.yaml", SOURCES).questions}
    w = q["aes-why"]
    assert w.type == "written" and w.extension and not q["aes-members-core"].extension
    assert w.min_words == 20 and len(w.rubric) == 3 and "military governments" in w.model_answer
    text = " ".join(["word"] * 20)
    fb = w.check(text)
    assert fb.valid and fb.submitted and not fb.correct and fb.message.startswith(SUBMITTED)
    for bad, words in ((None, "empty"), ("", "empty"), ("   \n", "empty"), (42, "not a text"),
                       ("Too short, only five.", "4 words; write at least 20")):
        fb = w.check(bad)
        assert not fb.valid and not fb.submitted and words in fb.message, (bad, fb.message)
    assert q["aes-short"].check("No.").submitted  # min_words defaults to 0: any text
    assert word_count("l'armée du Niger, 2023") == 4


@pytest.mark.parametrize("qid, change, field, words", [
    ("aes-why", {"model_answer": "  "}, "model_answer", "missing or empty"),
    ("aes-why", {"model_answer": None}, "model_answer", "missing or empty"),
    ("aes-why", {"rubric": ["only one"]}, "rubric", "2 to 4 criteria (1 criteria)"),
    ("aes-why", {"rubric": ["a", "b", "c", "d", "e"]}, "rubric", "2 to 4 criteria (5 criteria)"),
    ("aes-why", {"rubric": None}, "rubric", "2 to 4 criteria (missing)"),
    ("aes-why", {"rubric": ["a", ""]}, "rubric", "criterion 2 is not a non-empty text"),
    ("aes-why", {"min_words": -1}, "min_words", "zero or more"),
    ("aes-why", {"min_words": "50"}, "min_words", "zero or more"),
    ("aes-why", {"answer": "x"}, "answer", "unknown field for a written question"),
    ("aes-why", {"feedback": {"x": "y"}}, "feedback", "a written question has no feedback"),
    ("aes-why", {"extension": "yes"}, "extension", "must be true or false"),
    ("aes-members-core", {"extension": 1}, "extension", "must be true or false"),
])
def test_written_problems_name_file_question_and_field(tmp_path, written_raw, qid, change, field, words):
    q = _question(written_raw, qid)
    q.update({k: v for k, v in change.items() if v is not None})
    for k in [k for k, v in change.items() if v is None]:
        q.pop(k, None)
    path = _write(tmp_path, written_raw)
    message = "\n".join(validate_file(path, SOURCES))
    assert f"question '{qid}', field '{field}'" in message and words in message, message


# --- blind strategies over the bank as displayed (issue 12) ---------------------------------

BEFORE = Path(__file__).parent / "fixtures" / "bank_before_issue12"


class _AnySource(dict):
    def __contains__(self, key):
        return True

    def __missing__(self, key):
        return (key, "")


def test_no_blind_strategy_beats_chance_on_the_bank_as_displayed():
    """First option, longest option, always False / True: none may beat chance by more than 10 points."""
    from sahel_kit.quizzes.blind import blind_problems

    assert blind_problems(load_quizzes()) == []


def test_the_blind_strategy_test_fails_on_the_bank_before_issue_12():
    """The same test, on a copy of the bank as it was (git show main:data/quizzes/... before issue 12)."""
    from sahel_kit.quizzes.blind import blind_problems, blind_scores

    old = [load_quiz(p, _AnySource()) for p in sorted(BEFORE.glob("*.yaml"))]
    assert len(old) == 7 and sum(len(q.questions) for q in old) == 78
    problems = blind_problems(old)
    assert any("'longest option'" in p for p in problems), problems
    unshuffled = blind_scores(old, shuffled=False)  # as it was shown: the right option mostly first
    assert unshuffled["first option, always False"] - unshuffled["chance"] > 0.3


def test_blind_scores_on_a_hand_made_bank(tmp_path):
    """Chance and each strategy on three questions whose figures are known by hand."""
    from sahel_kit.quizzes.blind import blind_scores
    from sahel_kit.quizzes.questions import Ordering, SingleChoice, TrueFalse
    from sahel_kit.quizzes.schema import QuizFile

    common = dict(explanation="e", objective="o1", level="remember")
    questions = (SingleChoice(id="s", prompt="p", options=("a", "bbbbbb", "c"), answer="bbbbbb", **common),
                 TrueFalse(id="t", prompt="p", answer=False, **common),
                 Ordering(id="o", prompt="p", items=("x", "y"), answer=("x", "y"), **common))
    quiz = QuizFile("nb", "t", {"o1": "o"}, questions, tmp_path / "nb.yaml", {})
    scores = blind_scores([quiz], students=300)
    assert scores["chance"] == pytest.approx((1 / 3 + 1 / 2 + 1 / 2) / 3)
    assert scores["longest option"] == pytest.approx(2 / 3)  # the longest is right, "False" is right
    assert scores["first option"] == pytest.approx((1 / 3) / 3, abs=0.03)  # shuffled single; True wrong; order never right
