"""``sahel-kit answer-key`` and ``handout``: built from the quiz files, complete, escaped, printable."""
from __future__ import annotations

from html import escape
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sahel_kit.classroom.documents import answer_key, handout
from sahel_kit.cli import main
from sahel_kit.quizzes.questions import Matching
from sahel_kit.quizzes.html import md as md_html
from sahel_kit.quizzes.schema import load_quiz, quiz_files
from sahel_kit.quizzes.shuffle import SHEET_SEED, shown_question

VOID = {"meta", "br", "hr", "img", "input", "link"}


class _Balance(HTMLParser):
    """Fails on a closing tag that does not match the open one; records script tags."""

    def __init__(self):
        super().__init__()
        self.stack, self.problems, self.scripts = [], [], 0

    def handle_starttag(self, tag, attrs):
        self.scripts += tag == "script"
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack.pop() != tag:
            self.problems.append(tag)


def _check_html(text):
    parser = _Balance()
    parser.feed(text)
    assert not parser.problems and not parser.stack, (parser.problems, parser.stack)
    assert parser.scripts == 0
    assert text.startswith("<!DOCTYPE html>")


@pytest.fixture(scope="module")
def quizzes():
    return [load_quiz(p) for p in quiz_files()]


def _render(fmt, text):
    return md_html(text) if fmt == "html" else escape(text, quote=False)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_answer_key_has_every_answer_and_explanation(quizzes, fmt):
    key = answer_key(fmt)
    if fmt == "html":
        _check_html(key)
    total = sum(len(q.questions) for q in quizzes)
    assert key.count("Question ") - key.count("Question bank") >= total
    for quiz in quizzes:
        assert _render(fmt, quiz.title) in key
        for q in quiz.questions:
            for text in (q.prompt, q.answer_text(), q.explanation, *q.feedback.values()):
                assert _render(fmt, text) in key, (quiz.notebook, q.id, text[:60])


def _shown(q):
    return [q.prompt, *getattr(q, "options", ()), *getattr(q, "items", ()), *getattr(q, "left", ()),
            *getattr(q, "right", ())]


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_handout_asks_every_question_and_gives_nothing_away(quizzes, fmt):
    sheet = handout(fmt)
    if fmt == "html":
        _check_html(sheet)
    assert "Answer:" not in sheet.replace("Answer: ______________", "") and "✓" not in sheet
    for quiz in quizzes:
        for objective in quiz.objectives.values():
            assert _render(fmt, objective) in sheet
        public = " ".join(t for q in quiz.questions for t in _shown(q)) + " ".join(quiz.objectives.values())
        for q in quiz.questions:
            assert _render(fmt, q.prompt) in sheet, (quiz.notebook, q.id)
            for secret in (q.explanation, q.hint):  # unless a question shows the same text
                if secret and secret not in public:
                    assert _render(fmt, secret) not in sheet, (quiz.notebook, q.id)


def test_matching_choices_are_listed_in_the_sheets_fixed_shuffled_order(quizzes):
    quiz = next(z for z in quizzes if any(isinstance(q, Matching) for q in z.questions))
    q = next(q for q in quiz.questions if isinstance(q, Matching))
    sheet = handout("md", [quiz.notebook])
    assert sheet == handout("md", [quiz.notebook])  # one fixed order per sheet, printed twice alike
    line = next(ln for ln in sheet.splitlines() if ln.startswith("*Write the letter") and q.right[0] in ln)
    shown = [part.split(". ", 1)[1] for part in line.split(":* ", 1)[1].split("; ")]
    assert shown == list(shown_question(q, SHEET_SEED, quiz.notebook)["right"]) and sorted(shown) == sorted(q.right)


def test_handout_and_key_show_choices_in_the_same_shuffled_order(quizzes):
    """A teacher marks a handout with the key: both list a question's options alike, not in file order."""
    moved = 0
    for quiz in quizzes:
        sheet, key = handout("md", [quiz.notebook]), answer_key("md", [quiz.notebook])
        for q in quiz.questions:
            if q.type not in ("single", "multiple"):
                continue
            order = shown_question(q, SHEET_SEED, quiz.notebook)["options"]
            on_sheet = [ln[4:] for ln in sheet.splitlines() if ln.startswith("- ☐ ") and ln[4:] in map(_plain_md, q.options)]
            in_key = [ln[4:] for ln in key.splitlines() if ln.startswith(("- ✓ ", "- ✗ ")) and ln[4:] in map(_plain_md, q.options)]
            assert on_sheet[:len(order)] == in_key[:len(order)] == [_plain_md(o) for o in order] or len(set(on_sheet)) < len(on_sheet), q.id
            moved += tuple(order) != q.options
    assert moved > 10  # the sheets do not simply keep the file's order


def _plain_md(text):
    return escape(text, quote=False)


HOSTILE = """\
notebook: 99_hostile
title: "<script>alert('t')</script> quiz"
objectives:
  - id: o1
    text: "<img src=x onerror=alert(1)>"
questions:
  - id: h1
    type: single
    level: remember
    objective: o1
    prompt: "Pick <b>one</b> [link](javascript:alert(1))"
    options: ["<script>alert(1)</script>", "&amp; safe"]
    answer: "&amp; safe"
    explanation: "<iframe src=x></iframe> because"
"""


@pytest.mark.parametrize("make", [answer_key, handout])
def test_quiz_text_cannot_inject_markup(tmp_path, make):
    path = tmp_path / "99_hostile.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    html = make("html", [path])
    _check_html(html)
    for bad in ("<script", "<img", "<iframe", "<b>", "javascript:"):
        assert bad not in html.replace("[link](javascript:", "")
    assert "&lt;script&gt;" in html and "&amp;amp; safe" in html
    md = make("md", [path])
    assert "<script" not in md and "<img" not in md and "&lt;img src=x" in md
    assert "](javascript:" not in md.replace("\\](javascript:", "") and "\\[link\\](javascript:" in md


def test_cli(tmp_path, capsys):
    out = tmp_path / "key.html"
    assert main(["answer-key", "--format", "html", "--out", str(out), "00_start_here"]) == 0
    _check_html(out.read_text(encoding="utf-8"))
    capsys.readouterr()
    assert main(["handout", "00_start_here"]) == 0
    assert capsys.readouterr().out.startswith("# ")
    assert main(["handout", "no_such_quiz"]) == 1
    assert "no such quiz file" in capsys.readouterr().err
    for cmd in ("answer-key", "handout"):
        with pytest.raises(SystemExit):
            main([cmd, "--help"])
        assert "--format {md,html}" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["handout", "--format", "pdf"])


WRITTEN = Path(__file__).parent / "fixtures" / "quizzes" / "written.yaml"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_written_questions_get_writing_space_and_the_key_gives_model_answer_and_rubric(fmt):
    sheet, key = handout(fmt, [WRITTEN]), answer_key(fmt, [WRITTEN])
    lines = sheet.count('<div class="lines">') if fmt == "html" else sheet.count("\\_" * 60)
    assert lines >= 12  # two written questions, at least 6 ruled lines each
    assert "at least 20 words" in sheet and "military governments" not in sheet
    assert "Model answer:" in key and "military governments" in key
    assert "Rubric (a good answer):" in key and "Gives at least one reason tied to the coups or to ECOWAS." in key
    # the extension question comes last, under its heading, in both
    for doc in (sheet, key):
        assert doc.index("If you have more time") < doc.index("Why did Mali, Burkina Faso and Niger")
        assert doc.index("Correct this sentence") < doc.index("If you have more time")
    if fmt == "html":
        _check_html(sheet)
        _check_html(key)
