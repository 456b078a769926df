"""A French quiz shows no English widget string: every label, button, message and summary comes from the catalogue."""
from __future__ import annotations

import importlib.util
import re

import pytest

import sahel_kit as sk
from sahel_kit.facts.i18n import LOCALE_DIR
from sahel_kit.quizzes.languages import quiz_files_in
from sahel_kit.quizzes.progress import ProgressStore
from sahel_kit.quizzes.widgets import Quiz

pytest.importorskip("ipywidgets")

spec = importlib.util.spec_from_file_location("compile_catalogues", LOCALE_DIR.parents[1] / "scripts" / "compile_catalogues.py")
compiler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compiler)
CATALOGUE = compiler.parse_po(LOCALE_DIR / "fr" / "LC_MESSAGES" / "sahel_kit.po")
_FIELD = re.compile(r"\{[^{}]*\}")
_TAG = re.compile(r"<[^>]+>")


def english_strings() -> tuple[set[str], list[str]]:
    """(whole labels such as "Check", fragments of sentences) of every msgid whose French differs."""
    words, fragments = set(), []
    for key, value in CATALOGUE.items():
        for msgid in key.split("\x00") if key else []:
            if msgid in value.split("\x00"):
                continue  # the same in both languages ("Question {number}.")
            parts = [p.strip(" .:;,()") for p in _FIELD.split(_TAG.sub(" ", msgid))]
            longest = max(parts, key=len)
            if len(longest.split()) >= 3:
                fragments.append(longest)
            elif not _FIELD.search(msgid) and msgid.strip():
                words.add(msgid.strip())
    return words, fragments


def texts(widget) -> tuple[list[str], list[str]]:
    """(labels: descriptions, tooltips, placeholders, option labels; all text incl. HTML values without tags)."""
    labels, everything = [], []
    for name in ("description", "tooltip", "placeholder"):
        value = getattr(widget, name, None)
        if isinstance(value, str) and value:
            labels.append(value)
    labels += [str(x) for x in getattr(widget, "_options_labels", ())]
    value = getattr(widget, "value", None)
    if isinstance(value, str):
        everything.append(_TAG.sub(" ", value))
    everything += labels
    for child in getattr(widget, "children", ()):
        more_labels, more = texts(child)
        labels += more_labels
        everything += more
    return labels, everything


def exercise(quiz: Quiz) -> None:
    """Press what a student presses: Check with nothing chosen, Hint, Show answer (or Submit and rate)."""
    for card in quiz.cards:
        card.check()                      # nothing chosen: the "first" message
        if card.hint_button.layout.display != "none":
            card.show_hint()
        if card.written:
            card.inputs[0].value = "Une réponse rédigée de quelques mots pour essayer."
            card.check()
            card.save_rating()            # nothing rated: the "rate every point" message
        else:
            card.show_answer()


@pytest.mark.parametrize("path", quiz_files_in("fr"), ids=lambda p: p.stem)
def test_a_french_quiz_shows_no_english_widget_string(path, tmp_path, monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)                 # English kit: the quiz's own lang must be enough
    quiz = Quiz(path.stem, ProgressStore(tmp_path), lang="fr")
    exercise(quiz)
    labels, everything = texts(quiz.widget)
    words, fragments = english_strings()
    shown_labels = [label for label in labels if label.strip() in words]
    shown_fragments = [f for f in fragments if any(f in text for text in everything)]
    assert not shown_labels and not shown_fragments, (shown_labels, shown_fragments)
    assert "Vérifier" in labels and any("Score" in t for t in everything)
    html = quiz._repr_html_()
    assert not [f for f in fragments if f in _TAG.sub(" ", html)]


def test_the_same_quiz_in_english_shows_the_english_strings(tmp_path, monkeypatch):
    """The check above can fail: run on the English quiz, it finds the English strings."""
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    quiz = Quiz("00_start_here", ProgressStore(tmp_path), lang="en")
    exercise(quiz)
    labels, everything = texts(quiz.widget)
    words, fragments = english_strings()
    assert {"Check", "Hint", "Try again"} <= {label for label in labels if label in words}
    assert any(f in text for f in fragments for text in everything)


def test_set_language_makes_sk_quiz_french(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path))
    sk.set_language("fr")
    try:
        quiz = sk.quiz("00_start_here")
        assert quiz.lang == "fr" and quiz.spec.title.startswith("Vérifiez")
        card = quiz.cards[0]
        card.check()
        assert "Utilisez chaque élément une seule fois." in card.feedback.value  # the ordering card, unanswered
    finally:
        sk.set_language(None)


def test_the_french_dashboard_shows_no_english_string(tmp_path, monkeypatch):
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path))
    sk.set_language("fr")
    try:
        quiz = sk.quiz("00_start_here")
        quiz.cards[-1].show_answer()            # one record, so the table has a row
        from sahel_kit.quizzes.dashboard import Dashboard
        from sahel_kit.quizzes.progress import ProgressStore as Store

        dashboard = Dashboard(Store(tmp_path), folder=tmp_path)  # the results file goes to tmp, not the cwd
        dashboard.export()                      # no name typed: the "type your name" message
        dashboard.name_field.value = "Aminata D."
        dashboard.export()                      # saved, with a download link
        labels, everything = texts(dashboard.widget)
        words, fragments = english_strings()
        assert not [label for label in labels if label.strip() in words]
        assert not [f for f in fragments if any(f in text for text in everything)]
        assert "Exporter mes résultats" in labels and "du premier coup" in dashboard._repr_html_()
    finally:
        sk.set_language(None)
