"""Quiz files in French: same ids, types and answers by position, and graded exactly like the English ones."""
from __future__ import annotations

import itertools
import shutil

import pytest
import yaml

import sahel_kit as sk
from sahel_kit.cli import main
from sahel_kit.quizzes.languages import compare_banks, corresponding_answer, load_quiz_in, quiz_files_in
from sahel_kit.quizzes.schema import load_quiz

FRENCH = quiz_files_in("fr")


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)
    yield
    sk.set_language(None)


def candidates(q):
    """Answers to try on an English question: right ones, wrong ones, and some that cannot be graded."""
    t = q.type
    if t == "single":
        return [*q.options, None]
    if t == "multiple":
        singles = [[o] for o in q.options]
        return [*singles, list(q.answer), list(q.answer) + [o for o in q.options if o not in q.answer][:1],
                list(q.options), []]
    if t == "ordering":
        return [list(p) for p in itertools.islice(itertools.permutations(q.items), 24)]
    if t == "matching":
        right = list(q.right)
        tries = [dict(q.answer)]
        for shift in range(1, len(right)):
            tries.append({k: right[(right.index(v) + shift) % len(right)] for k, v in q.answer.items()})
        return tries + [{}]
    if t == "numeric":
        return [q.answer, q.answer + q.tolerance + 1, q.answer - q.tolerance - 1, str(q.answer), "", None]
    if t == "true_false":
        return [True, False, None]
    return ["A short answer of a few words for the written question."]


def test_there_is_a_french_sample_quiz():
    assert "00_start_here" in {p.stem for p in FRENCH}


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_the_french_file_has_the_english_structure(path):
    assert compare_banks(load_quiz(path.stem), load_quiz(path)) == []


@pytest.mark.parametrize("path", FRENCH, ids=lambda p: p.stem)
def test_both_banks_grade_every_answer_the_same_way(path):
    english, french = load_quiz(path.stem), {q.id: q for q in load_quiz(path).questions}
    tried = 0
    for q in english.questions:
        for answer in candidates(q):
            en = q.check(answer)
            fr = french[q.id].check(corresponding_answer(q, french[q.id], answer) if en.valid else answer)
            assert (fr.valid, fr.correct) == (en.valid, en.correct), (q.id, answer)
            tried += 1
        right = corresponding_answer(q, french[q.id], q.correct_answer())
        assert french[q.id].check(right).correct == (q.type != "written")
    assert tried >= 2 * len(english.questions)


def test_a_different_answer_position_is_caught(tmp_path):
    data = yaml.safe_load(sk.data_path("quizzes", "fr", "00_start_here.yaml").read_text(encoding="utf-8"))
    single = next(q for q in data["questions"] if q["type"] == "single")
    right = single["options"].index(single["answer"])
    single["answer"] = single["options"][(right + 1) % len(single["options"])]   # the right option moved
    ordering = next(q for q in data["questions"] if q["type"] == "ordering")
    ordering["answer"] = list(reversed(ordering["answer"]))
    numeric = next(q for q in data["questions"] if q["type"] == "numeric")
    numeric["tolerance"] = 5
    gone = data["questions"].pop()["id"]              # a question missing
    bad = tmp_path / "00_start_here.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = compare_banks(load_quiz("00_start_here"), load_quiz(bad))
    text = "\n".join(problems)
    assert f"question {single['id']!r}, answer: {(right + 1) % len(single['options'])} where English has {right}" in text
    assert f"question {ordering['id']!r}, answer" in text
    assert f"question {numeric['id']!r}, tolerance: 5" in text
    assert f"question ids differ (missing [{gone!r}]" in text


def test_the_kit_language_picks_the_quiz_file(monkeypatch):
    assert load_quiz_in("00_start_here").title.startswith("Check yourself")
    assert load_quiz_in("00_start_here", "fr").title.startswith("Vérifiez")
    monkeypatch.setenv("SAHEL_KIT_LANG", "fr")
    assert load_quiz_in("00_start_here").title.startswith("Vérifiez")
    untranslated = [p.stem for p in quiz_files_in("en") if p.stem not in {f.stem for f in FRENCH}]
    if untranslated:
        with pytest.warns(UserWarning, match="no fr quiz file"):
            assert load_quiz_in(untranslated[0]).notebook == untranslated[0]


def test_validate_lang_checks_a_french_file(tmp_path, capsys):
    assert main(["validate", "--lang", "fr", str(sk.data_path("quizzes", "fr", "00_start_here.yaml"))]) == 0
    bad = tmp_path / "00_start_here.yaml"
    shutil.copy(sk.data_path("quizzes", "fr", "00_start_here.yaml"), bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace("answer: false", "answer: true"), encoding="utf-8")
    assert main(["validate", "--lang", "fr", str(bad)]) == 1
    assert "question 'binder-progress', answer: True where English has False" in capsys.readouterr().err
