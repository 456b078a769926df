"""Each lesson's core fits a 45-minute class (scripts/lesson_times.py, `make lesson-times`)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("lesson_times", ROOT / "scripts" / "lesson_times.py")
lt = importlib.util.module_from_spec(_spec)
sys.modules["lesson_times"] = lt          # dataclasses look their module up while the class is made
_spec.loader.exec_module(lt)

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")) + sorted((ROOT / "notebooks" / "fr").glob("[0-9][0-9]_*.ipynb"))


def md(text, *tags):
    return {"cell_type": "markdown", "metadata": {"tags": list(tags)}, "source": text}


def code(text, *tags):
    return {"cell_type": "code", "metadata": {"tags": list(tags)}, "source": text, "outputs": []}


def test_counts_a_tiny_notebook_by_the_formula():
    words = " ".join(["word"] * 150)                       # 1 minute of reading
    nb = {"cells": [
        md("# Title"),                                      # 2 words
        md(words),                                          # 150 words
        md("### Exercise\nDo it."),                          # 4 words, 1 exercise
        code("answer = ...  # not counted"),
        md("<details><summary>Solution</summary>\nmany words here\n</details>"),   # 0 words
        md("### Exercise (if you have more time)\nMore.", "extension"),            # 8 words, 1 exercise
        md(words, "extension"),                                                    # 150 words
        md("## Resources\n- " + words),                                            # not counted
        md("## Appendix (if you have more time)\nTwo words", "extension"),         # 9 words: counted again
    ]}
    questions = [{"type": "single"}, {"type": "numeric"}, {"type": "written"},
                 {"type": "single", "extension": True}, {"type": "written", "extension": True}]
    lesson = lt.count(nb, questions, "tiny")
    assert (lesson.core.words, lesson.core.exercises, lesson.core.closed, lesson.core.written) == (156, 1, 2, 1)
    assert lesson.core.minutes == pytest.approx(156 / 150 + 4 + 2 * 1.5 + 4)
    assert (lesson.extension.words, lesson.extension.exercises, lesson.extension.closed,
            lesson.extension.written) == (167, 1, 1, 1)
    assert lesson.extension.minutes == pytest.approx(167 / 150 + 4 + 1.5 + 4)


def test_an_exercise_is_a_heading_that_starts_with_exercise():
    assert lt.is_exercise(md("### Exercise: draw a chart\nText"))
    assert lt.is_exercise(md("## Exercise"))
    assert lt.is_exercise(md("### Exercice : tracer un graphique\nTexte"))   # the French edition
    assert not lt.is_exercise(md("Text about an exercise\n### Exercise"))    # not the first line
    assert not lt.is_exercise(md("### Exercises of power"))                  # another word
    assert not lt.is_exercise(code("### Exercise"))


def test_a_long_core_is_reported_over_the_limit(capsys, monkeypatch):
    long = lt.Lesson("long")
    long.core.closed = 31                                   # 46.5 minutes
    monkeypatch.setattr(lt, "measure_all", lambda root=lt.ROOT: [long])
    assert lt.main([]) == 1
    assert "OVER" in capsys.readouterr().out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.relative_to(ROOT / "notebooks").with_suffix("").as_posix())
def test_each_core_fits_45_minutes(path):
    lesson = lt.measure(path)
    assert lesson.core.minutes <= lt.LIMIT, (
        f"{path.stem}: core is {lesson.core.minutes:.1f} min (> {lt.LIMIT:g}); tag more cells or quiz questions "
        "as extension (run: make lesson-times)")
