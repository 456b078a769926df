"""Drive the quiz widgets without a browser: set values, click buttons, read feedback and the progress file."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sahel_kit
from sahel_kit.progress_store import ProgressStore
from sahel_kit.quiz_schema import load_quiz
from sahel_kit.quiz_widgets import Quiz

FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"
SOURCES = {"natural-earth-admin0-50m": ("Natural Earth", "https://www.naturalearthdata.com/")}
HARD_CODED_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|\b(red|green|orange)\b")


@pytest.fixture
def store(tmp_path):
    return ProgressStore(tmp_path / "home")


@pytest.fixture
def qz(store):
    return Quiz(load_quiz(FIXTURES / "valid_all_types.yaml", SOURCES), store)


@pytest.fixture
def card(qz):
    return {c.q.id: c for c in qz.cards}


def _records(store):
    return json.loads(store.path.read_text(encoding="utf-8"))["records"]


def _answer(c, value):
    """Put ``value`` into a card's input widgets the way a student would."""
    kind = c.q.type
    if kind in ("single", "true_false"):
        c.inputs[0].value = value
    elif kind == "multiple":
        for box in c.inputs:
            box.value = box.description in value
    elif kind == "numeric":
        c.inputs[0].value = value
    elif kind == "ordering":
        for drop, item in zip(c.inputs, value):
            drop.value = item
    else:
        for drop in c.inputs:
            drop.value = value[drop.description]


RIGHT_AND_WRONG = {
    "niger-capital": ("Niamey", "Bamako"),
    "aes-members": (["Mali", "Burkina Faso", "Niger"], ["Mali", "Chad"]),
    "niger-landlocked": (True, False),
    "degree-km": ("111,2", "120"),
    "coup-order": (None, None),  # filled from the question below
    "capitals": ({"Mali": "Bamako", "Burkina Faso": "Ouagadougou", "Niger": "Niamey"},
                 {"Mali": "Niamey", "Burkina Faso": "Ouagadougou", "Niger": "Bamako"}),
}


def _right_wrong(c):
    if c.q.type == "ordering":
        return list(c.q.answer), list(reversed(c.q.answer))
    return RIGHT_AND_WRONG[c.q.id]


@pytest.mark.parametrize("qid", list(RIGHT_AND_WRONG))
def test_wrong_then_try_again_then_right(qz, card, store, qid):
    c = card[qid]
    right, wrong = _right_wrong(c)
    _answer(c, wrong)
    c.check_button.click()
    assert "✗ Not quite" in c.feedback.value and c.q.explanation.split()[0] in c.feedback.value
    assert c.check_button.disabled and all(i.disabled for i in c.inputs) and not c.retry_button.disabled
    c.retry_button.click()
    assert c.feedback.value == "" and not c.check_button.disabled
    assert c.q.check(c.get_answer()).valid is False  # the answer was cleared
    _answer(c, right)
    c.check_button.click()
    assert "✓ Correct" in c.feedback.value and "Attempt 2." in c.feedback.value
    assert c.retry_button.disabled
    recs = _records(store)
    assert [(r["question_id"], r["correct"], r["attempt"]) for r in recs] == [(qid, False, 1), (qid, True, 2)]
    assert recs[0]["notebook"] == "valid_all_types"
    assert "0 right first time" in qz.score.value and "1 of 6 correct" in qz.score.value


def test_option_feedback_and_sources_are_shown(card):
    c = card["niger-capital"]
    _answer(c, "Bamako")
    c.check_button.click()
    assert "Bamako is the capital of Mali." in c.feedback.value
    d = card["degree-km"]
    _answer(d, "111.2")
    d.check_button.click()
    assert 'href="https://www.naturalearthdata.com/"' in d.feedback.value


@pytest.mark.parametrize("qid, value", [("niger-capital", None), ("aes-members", []), ("degree-km", "twelve"),
                                        ("degree-km", ""), ("coup-order", [None, None, None]),
                                        ("capitals", {"Mali": "Bamako", "Burkina Faso": None, "Niger": None})])
def test_unreadable_answer_is_not_counted(card, store, qid, value):
    c = card[qid]
    if value is not None:
        _answer(c, value)
    c.check_button.click()
    assert "sahel-quiz-invalid" in c.feedback.value and "Correct" not in c.feedback.value
    assert not c.check_button.disabled and not store.path.exists()


def test_duplicate_positions_in_ordering_are_refused(card, store):
    c = card["coup-order"]
    _answer(c, [c.q.items[0]] * 3)
    c.check_button.click()
    assert "Use every item exactly once" in c.feedback.value and not store.path.exists()


def test_hint(card, store):
    c = card["niger-capital"]
    assert c.hint.value == ""
    c.hint_button.click()
    assert "Niger river" in c.hint.value and c.hint_button.disabled
    assert not store.path.exists()
    assert card["aes-members"].hint_button.layout.display == "none"


def test_score_and_summary_after_last_question(qz, card):
    assert qz.summary.value == ""
    for c in qz.cards:
        right, wrong = _right_wrong(c)
        _answer(c, wrong if c.q.id == "capitals" else right)
        c.check_button.click()
    assert "5 of 6 correct, 5 right first time; 6 of 6 answered" in qz.score.value
    assert "you answered all 6 questions" in qz.summary.value and "revisit: 6." in qz.summary.value


def test_score_sits_above_the_cards(qz):
    children = qz.widget.children
    assert children.index(qz.score) < children.index(qz.cards[0].box) < children.index(qz.summary)


def test_mime_bundle_has_widget_and_static_html(qz):
    bundle = qz._repr_mimebundle_()
    data = bundle[0] if isinstance(bundle, tuple) else bundle
    assert data["application/vnd.jupyter.widget-view+json"]["model_id"] == qz.widget.model_id
    html = data["text/html"]
    assert data["text/plain"] == "<Quiz 'valid_all_types': Fixture quiz, one question of each type, 6 questions>"
    assert html.count("<details><summary>Show answer</summary>") == 6
    assert "Which city is the capital of <strong>Niger</strong>?" in html and "○ Agadez" in html
    assert "<strong>Answer:</strong> Mali → Bamako; Burkina Faso → Ouagadougou" in html


def test_script_in_quiz_file_is_shown_as_text(store):
    qz = Quiz(load_quiz(FIXTURES / "script_in_text.yaml", SOURCES), store)
    c = qz.cards[0]
    c.inputs[0].value = "plain"
    c.check_button.click()
    shown = [qz.title.value, c.prompt.value, c.feedback.value, qz._repr_html_()]
    for html in shown:
        assert "<script" not in html and "<img" not in html and "<b>" not in html
        assert 'href="javascript' not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in c.prompt.value
    assert "&lt;b&gt;not bold&lt;/b&gt; but <strong>bold</strong>" in c.feedback.value


def test_only_jupyterlab_css_variables_colour_anything(qz):
    for c in qz.cards:
        right, wrong = _right_wrong(c)
        _answer(c, wrong)
        c.check_button.click()
    values = [qz._repr_html_(), qz.score.value, qz.summary.value, qz.cards[0].box.layout.border]
    values += [c.feedback.value for c in qz.cards]
    for value in values:
        assert not HARD_CODED_COLOUR.search(value), HARD_CODED_COLOUR.search(value)
    assert "var(--jp-error-color1" in qz.cards[0].feedback.value


def test_unsaved_answer_is_still_graded(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x", encoding="utf-8")
    qz = Quiz(load_quiz(FIXTURES / "valid_all_types.yaml", SOURCES), ProgressStore(blocker))
    c = qz.cards[0]
    c.inputs[0].value = "Niamey"
    c.check_button.click()
    assert "✓ Correct" in c.feedback.value and "could not be saved" in c.feedback.value


def test_corrupt_progress_file_is_reported_in_the_feedback(qz, store):
    store.home.mkdir(parents=True)
    store.path.write_text("{oops", encoding="utf-8")
    c = qz.cards[0]
    c.inputs[0].value = "Niamey"
    with pytest.warns(RuntimeWarning):
        c.check_button.click()
    assert "✓ Correct" in c.feedback.value and "progress.corrupt-" in c.feedback.value
    assert len(_records(store)) == 1


def test_one_line_quiz_uses_the_kit_home(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path))
    qz = sahel_kit.quiz("00_start_here")
    c = qz.cards[0]
    _answer(c, c.q.correct_answer())
    c.check_button.click()
    assert "✓ Correct" in c.feedback.value
    assert json.loads((tmp_path / "progress.json").read_text(encoding="utf-8"))["records"][0]["notebook"] == "00_start_here"


def test_ipywidgets_is_only_imported_by_the_widget_module():
    code = ("import sys, sahel_kit, sahel_kit.questions, sahel_kit.quiz_schema, sahel_kit.quiz_html, "
            "sahel_kit.progress_store, sahel_kit.cli, sahel_kit.quiz_datacheck; "
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr
