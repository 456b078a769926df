"""The GIFT export, read back by a parser that follows Moodle's own GIFT importer.

``read_gift`` mirrors ``qformat_gift::readquestion`` (question/format/gift/format.php): questions
are separated by blank lines, ``//`` lines are comments, ``\\`` escapes ``~ = # { } :`` and ``n``,
the answers sit between the first ``{`` and the first ``}``, ``####`` starts the general feedback,
and the type follows from the answers (``#`` numerical, ``~`` multiple choice, ``=``/``->``
matching, TRUE/FALSE).  Every question of the bank must come back with its answer intact.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from sahel_kit.cli import main
from sahel_kit.classroom.gift import GiftError, escape, export_gift, question_gift
from sahel_kit.quizzes.questions import Matching, MultipleSelect, Numeric, Ordering, SingleChoice, TrueFalse
from sahel_kit.quizzes.schema import load_quiz, quiz_files

FIXTURES = Path(__file__).parent / "fixtures" / "quizzes"

# Moodle's standard grade fractions (question/engine/bank.php, fraction_options), as percentages.
MOODLE_PERCENTAGES = {100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20,
                      16.66667, 14.28571, 12.5, 11.11111, 10, 5}
_PLACEHOLDERS = {"\\:": "\x01058", "\\#": "\x01035", "\\=": "\x01061", "\\{": "\x01123",
                 "\\}": "\x01125", "\\~": "\x01126", "\\n": "\x01010"}
_CHARS = {"\x01058": ":", "\x01035": "#", "\x01061": "=", "\x01123": "{", "\x01125": "}",
          "\x01126": "~", "\x01010": "\n"}


def _pre(text):
    text = text.replace("\\\\", "\x02")
    for esc, ph in _PLACEHOLDERS.items():
        text = text.replace(esc, ph)
    return text.replace("\x02", "\\")


def _post(text):
    for ph, ch in _CHARS.items():
        text = text.replace(ph, ch)
    return text


def _format(text):
    return text[len("[markdown]"):] if text.startswith("[markdown]") else text


def read_gift(text):
    """Parse GIFT text the way Moodle's importer does; return a list of question dicts."""
    blocks, cur = [], []
    for line in text.split("\n") + [""]:
        if line.strip():
            cur.append(line)
        elif cur:
            blocks.append(cur)
            cur = []
    out = []
    for lines in blocks:
        body = "\n".join(" " if ln.strip().startswith("//") else ln for ln in lines).strip()
        if not body:
            continue
        body = _pre(body)
        if body.startswith("$CATEGORY:"):
            out.append({"qtype": "category", "name": body[10:].strip()})
            continue
        assert body.startswith("::"), f"question without a name: {body[:80]!r}"
        end = body.index("::", 2)
        name, body = _post(body[2:end]), body[end + 2:].strip()
        start, finish = body.find("{"), body.find("}")
        assert start >= 0 and finish > start, f"{name}: no answer braces"
        assert body.count("{") == 1 and body.count("}") == 1, f"{name}: unescaped brace"
        answers = body[start + 1:finish].strip()
        q = {"name": name, "text": _post(_format(body[:start] + body[finish + 1:])).strip()}
        if "####" in answers:
            answers, q["general"] = answers[:answers.rindex("####")].strip(), _post(answers[answers.rindex("####") + 4:])
        if answers == "" and "general" not in q:
            q["qtype"] = "essay"
        elif answers.startswith("#"):
            q["qtype"] = "numerical"
            parts = [p.strip() for p in answers[1:].split("~")[0].split("=") if p.strip()]
            q["answers"] = [tuple(float(x) for x in p.split("#")[0].split(":")) for p in parts]
        elif "~" in answers:
            q["qtype"], q["single"] = "multichoice", "=" in answers
            q["answers"] = []
            for a in [a.strip() for a in answers.replace("=", "~=").split("~") if a.strip()]:
                m = re.match(r"^%(-?[0-9]{1,3}(?:\.[0-9]*)?)%", a)
                weight = 100.0 if a.startswith("=") else float(m[1]) if m else 0.0
                a = a[1:] if a.startswith("=") else a[m.end():] if m else a
                q["answers"].append((_post(a.split("#", 1)[0].strip()), weight))
        elif "=" in answers and "->" in answers:
            q["qtype"] = "match"
            pairs = [a.strip() for a in answers.split("=") if a.strip()]
            q["pairs"] = [tuple(_post(x).strip() for x in p.split("->", 1)) for p in pairs]
        elif answers.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
            q["qtype"], q["answer"] = "truefalse", answers.split("#")[0].strip() in ("T", "TRUE")
        else:
            q["qtype"] = "shortanswer"
        out.append(q)
    return out


def _t(text):
    """What Moodle should show for a text of the kit: the text, HTML-escaped."""
    return html.escape(text, quote=False)


@pytest.fixture(scope="module")
def bank():
    return {p.stem: load_quiz(p) for p in quiz_files()}


@pytest.fixture(scope="module")
def parsed():
    return read_gift(export_gift())


def test_every_question_comes_back_once_under_its_notebook_category(bank, parsed):
    categories = [q["name"] for q in parsed if q["qtype"] == "category"]
    assert categories == [f"sahel-kit/{name}" for name in bank]
    names = [q["name"] for q in parsed if q["qtype"] != "category"]
    expected = [f"{nb}/{q.id}" for nb, quiz in bank.items() for q in quiz.questions]
    assert names == expected
    assert not [q for q in parsed if q["qtype"] == "shortanswer"], "a question fell back to short answer"


def test_answers_survive_the_round_trip(bank, parsed):
    by_name = {q["name"]: q for q in parsed}
    for nb, quiz in bank.items():
        for q in quiz.questions:
            g = by_name[f"{nb}/{q.id}"]
            assert g["text"].startswith(_t(q.prompt)), g["name"]
            if q.type == "written":
                assert g["qtype"] == "essay", g["name"]
                continue
            assert g["general"].startswith(_t(q.explanation)), g["name"]
            if isinstance(q, SingleChoice):
                assert g["qtype"] == "multichoice" and g["single"]
                assert [a for a, w in g["answers"] if w == 100] == [_t(q.answer)]
                assert [a for a, _ in g["answers"]] == [_t(o) for o in q.options]
            elif isinstance(q, MultipleSelect):
                assert g["qtype"] == "multichoice" and not g["single"]
                right = [a for a, w in g["answers"] if w > 0]
                assert right == [_t(o) for o in q.options if o in q.answer], g["name"]
                assert sum(w for _, w in g["answers"] if w > 0) == pytest.approx(100, abs=0.01)
                assert {abs(w) for _, w in g["answers"]} <= MOODLE_PERCENTAGES, g["name"]
            elif isinstance(q, TrueFalse):
                assert g["qtype"] == "truefalse" and g["answer"] is q.answer
            elif isinstance(q, Numeric):
                assert g["qtype"] == "numerical" and g["answers"] == [(q.answer, q.tolerance)]
            elif isinstance(q, Matching):
                assert g["qtype"] == "match"
                pairs = [p for p in g["pairs"] if p[0]]
                assert pairs == [(_t(k), _t(q.answer[k])) for k in q.left]
                assert {r for _, r in g["pairs"]} == {_t(r) for r in q.right}
            elif isinstance(q, Ordering):
                assert g["qtype"] == "match"
                order = sorted(g["pairs"], key=lambda p: int(p[1]))
                assert [left for left, _ in order] == [_t(i) for i in q.answer]


def _single(**over):
    fields = dict(id="q1", prompt="p", explanation="e", objective="o1", level="remember",
                  options=("a", "b"), answer="a")
    fields.update(over)
    return SingleChoice(**fields)


def test_hostile_text_is_escaped_and_cannot_break_the_file():
    nasty = "Who? {=trap ~x} #1 a:b ~c \\ <script>alert(1)</script>\nline two"
    q = _single(prompt=nasty, options=(nasty, "plain"), answer="plain", explanation=nasty,
                feedback={nasty: "no {way}"})
    [g] = read_gift(question_gift(q, "nb"))
    assert g["qtype"] == "multichoice" and g["single"]
    assert g["text"] == _t(nasty)
    assert g["answers"] == [(_t(nasty), 0.0), ("plain", 100.0)]
    assert "<script>" not in question_gift(q, "nb")


@pytest.mark.parametrize("text", ["", "plain", "a=b", "{}", "::", "#~", "\\", "\\n", "x\\=y", "é ✓ →"])
def test_escape_round_trips_through_moodles_unescaping(text):
    escaped = escape(text)
    assert _post(_pre(escaped)) == text
    assert not re.search(r"(?<!\\)[~=#{}:]", escaped.replace("\\\\", ""))


def test_arrow_in_a_matching_item_is_refused_with_the_question_id():
    q = Matching(id="m1", prompt="p", explanation="e", objective="o1", level="apply",
                 left=("a -> b", "c"), right=("x", "y"), answer={"a -> b": "x", "c": "y"})
    with pytest.raises(GiftError, match="m1"):
        question_gift(q, "nb")


def test_cli_writes_the_file_and_documents_itself(tmp_path, capsys):
    out = tmp_path / "bank.gift.txt"
    assert main(["export-gift", "--out", str(out), "00_start_here"]) == 0
    parsed = read_gift(out.read_text(encoding="utf-8"))
    assert parsed[0] == {"qtype": "category", "name": "sahel-kit/00_start_here"}
    assert len(parsed) == 1 + len(load_quiz("00_start_here").questions)
    with pytest.raises(SystemExit):
        main(["export-gift", "--help"])
    assert "GIFT" in capsys.readouterr().out
    assert main(["export-gift", "no_such_notebook"]) == 1


def test_written_question_becomes_an_essay_with_its_model_answer_in_comments():
    quiz = load_quiz(FIXTURES / "written.yaml", {})
    q = next(x for x in quiz.questions if x.type == "written")
    text = question_gift(q, quiz.notebook)
    assert text.rstrip().endswith("{}")  # Moodle: empty braces after the prompt make an essay
    assert "// model answer: All three were ruled by military governments" in text
    assert "// rubric 3: Says what the alliance does for its members." in text
    [parsed] = read_gift(text)
    assert parsed["qtype"] == "essay" and parsed["text"] == _t(q.prompt)


def test_gift_keeps_the_file_order_for_moodle_to_shuffle(bank, parsed):
    by_name = {q["name"]: q for q in parsed}
    for nb, quiz in bank.items():
        for q in quiz.questions:
            if isinstance(q, SingleChoice):
                assert [a for a, _ in by_name[f"{nb}/{q.id}"]["answers"]] == [_t(o) for o in q.options]
