"""Drive the quiz widgets without a browser: set values, click buttons, read feedback and the progress file."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import sahel_kit
from sahel_kit.quizzes.progress import ProgressStore
from sahel_kit.quizzes.schema import load_quiz
from sahel_kit.quizzes.widgets import Quiz

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
    code = ("import sys, sahel_kit, sahel_kit.quizzes.questions, sahel_kit.quizzes.schema, sahel_kit.quizzes.html, "
            "sahel_kit.quizzes.progress, sahel_kit.cli, sahel_kit.quizzes.datacheck; "
            "print('ipywidgets' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def _models_made_by(make):
    from ipywidgets.widgets.widget import _instances

    before = set(_instances)
    made = make()
    return made, [_instances[k] for k in _instances if k not in before]


def _budget(qz):
    """Per card at most 10 (box, prompt, button row, three buttons, hint, feedback, an input box, a unit)
    plus one per input; 16 for the quiz (title, score, summary, box) and its shared layouts and styles.
    Before sharing, 00_start_here made 196 models; now 81."""
    return 10 * len(qz.cards) + sum(len(c.inputs) for c in qz.cards) + 16


def test_layouts_and_styles_are_shared_so_a_quiz_stays_small(store):
    """Each widget would otherwise bring its own Layout and style model (196-385 models per quiz)."""
    qz, models = _models_made_by(lambda: Quiz(load_quiz(FIXTURES / "valid_all_types.yaml", SOURCES), store))
    kinds = [type(m).__name__ for m in models]
    assert kinds.count("Layout") <= 5 and sum(k.endswith("Style") for k in kinds) <= 10
    assert len(models) <= _budget(qz), (len(models), _budget(qz))
    buttons = [b for c in qz.cards for b in (c.check_button, c.retry_button)]
    assert len({id(b.layout) for b in buttons}) == 1 and len({id(b.style) for b in buttons}) == 1


def test_every_kit_quiz_stays_under_the_model_budget(store):
    for path in sorted((Path(sahel_kit.__file__).parent.parent / "data" / "quizzes").glob("*.yaml")):
        qz, models = _models_made_by(lambda: Quiz(load_quiz(path.stem), store))
        assert len(models) <= _budget(qz), (path.name, len(models), _budget(qz))


def test_hiding_one_hint_button_hides_no_other_widget(card):
    hidden = card["aes-members"].hint_button.layout
    assert hidden.display == "none"
    others = [c for c in card.values() if c.q.hint]
    assert others and all(c.hint_button.layout.display != "none" and c.check_button.layout.display != "none"
                          for c in others)


def test_numeric_field_names_its_unit(card):
    c = card["degree-km"]
    assert c.q.unit and f"(in {c.q.unit})" in c.inputs[0].description


def test_ordering_dropdowns_line_up(card):
    drops = card["coup-order"].inputs
    assert len({id(d.style) for d in drops}) == 1
    width = drops[0].style.description_width
    assert width.endswith("ch") and int(width[:-2]) >= max(len(d.description) for d in drops)


def test_matching_labels_wrap_instead_of_being_cut_off(qz, card):
    drops = card["capitals"].inputs
    assert all("sahel-quiz-match" in d._dom_classes for d in drops)
    assert ".sahel-quiz-match > .widget-label {white-space: normal" in qz.title.value


def test_keyboard_focus_ring_uses_a_theme_colour(qz):
    assert "select:focus-visible {outline: 2px solid var(--jp-brand-color1" in qz.title.value
    assert "<style>" not in qz._repr_html_()


def test_static_matching_lists_one_choice_per_line():
    from sahel_kit.quizzes.html import question_html
    from sahel_kit.quizzes.questions import Matching

    q = Matching(id="m", prompt="Match.", explanation="e", objective="o", level="remember",
                 left=("A claim",), right=("Partly accurate: most aid, not all", "An opinion"),
                 answer={"A claim": "An opinion"})
    html = question_html(q)
    assert "<li>Partly accurate: most aid, not all</li><li>An opinion</li>" in html
    assert "<li>A claim → ?</li>" in html


def test_widget_labels_show_text_not_markdown_markers(store):
    from sahel_kit.quizzes.schema import QuizFile
    from sahel_kit.quizzes.questions import Matching, MultipleSelect, Ordering, SingleChoice

    common = dict(explanation="e", objective="o", level="remember")
    items = ("`import sahel_kit as sk`", "**then** `load()`")
    questions = (
        Ordering(id="o", prompt="Order.", items=items, answer=items, **common),
        SingleChoice(id="s", prompt="One.", options=("`a == b`", "a = b"), answer="`a == b`", **common),
        MultipleSelect(id="m", prompt="All.", options=("`x`", "y"), answer=frozenset({"`x`"}), **common),
        Matching(id="p", prompt="Match.", left=("`df.head()`",), right=("*first* rows", "last"),
                 answer={"`df.head()`": "*first* rows"}, **common),
    )
    spec = load_quiz(FIXTURES / "valid_all_types.yaml", SOURCES)
    qz = Quiz(QuizFile(**{**spec.__dict__, "questions": questions}), store)
    o, s, m, p = qz.cards
    assert o.inputs[0]._options_labels == ("import sahel_kit as sk", "then load()")
    for drop, item in zip(o.inputs, items):
        drop.value = item
    s.inputs[0].value = "`a == b`"
    assert s.inputs[0].label == "a == b"
    m.inputs[0].value = True
    assert m.inputs[0].description == "x"
    p.inputs[0].value = "*first* rows"
    assert p.inputs[0].description == "df.head()" and p.inputs[0].label == "first rows"
    for c in qz.cards:
        c.check_button.click()
        assert "✓ Correct" in c.feedback.value, c.q.id


def test_quiz_says_how_to_use_the_keyboard(qz):
    assert "<kbd>Tab</kbd>" in qz.title.value and "<kbd>" not in qz._repr_html_()
