"""A French quiz file may write the dates of its data-checked answers in French (« 24 février 2024 »)."""
import textwrap

import pandas as pd

from sahel_kit.quizzes.datacheck import check_against_data, date_renderings
from sahel_kit.quizzes.schema import load_quiz


def test_french_forms_are_accepted():
    assert "24 février 2024" in date_renderings(pd.Timestamp("2024-02-24"))
    assert "1er novembre 2019" in date_renderings(pd.Timestamp("2019-11-01"))
    assert "août 2022" in date_renderings(pd.Timestamp("2022-08-15"), "month")
    assert "24 February 2024" in date_renderings(pd.Timestamp("2024-02-24"))  # the English forms stay


def _quiz(tmp_path, answer):
    path = tmp_path / "t.yaml"
    path.write_text(textwrap.dedent(f"""\
        notebook: t
        title: t
        objectives: [{{id: o1, text: t}}]
        questions:
          - id: q
            type: single
            level: remember
            objective: o1
            prompt: Quand ?
            options: ["{answer}", "Le 30 juillet 2023"]
            answer: "{answer}"
            explanation: t
            data_check: {{table: events, id: 2024-02-24-ecowas-lifts-niger-sanctions, field: date}}
        """), encoding="utf-8")
    return load_quiz(path).questions[0]


def test_a_french_date_is_checked_against_the_events_table(tmp_path):
    assert check_against_data(_quiz(tmp_path, "Le 24 février 2024")) == []
    assert check_against_data(_quiz(tmp_path, "Le 24 mars 2024")) != []
