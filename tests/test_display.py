"""Readable tables and exercise self-checks (sahel_kit.facts.display)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

import sahel_kit as sk
from sahel_kit.facts.display import fingerprint

ROOT = Path(__file__).resolve().parents[1]


def test_readable_tables_stops_cutting_text():
    long = "x" * 200
    with pd.option_context("display.max_colwidth", 50):
        sk.readable_tables()
        assert long in pd.DataFrame({"text": [long]}).to_html()


def test_show_left_aligns_wraps_and_escapes_text():
    df = pd.DataFrame({"claim": ["<script>alert(1)</script>"], "n": [3],
                       "date": pd.to_datetime(["2024-04-19"])})
    html = sk.show(df, width=40).to_html()
    assert "text-align: left" in html and "white-space: normal" in html and "max-width: 40ch" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "2024-04-19" in html and "00:00:00" not in html
    with pytest.raises(TypeError, match="DataFrame"):
        sk.show([1, 2])


@pytest.mark.parametrize("a, b", [
    (["niamey", "Agadez"], {" agadez", "NIAMEY"}),
    (3, 3.0),
    (pd.Series([2021, 2012], index=[7, 3]), [2012, 2021]),
    (pd.Timedelta(days=209), 209),
])
def test_fingerprint_ignores_order_case_and_spacing(a, b):
    assert fingerprint(a) == fingerprint(b)


def test_fingerprint_tells_different_answers_apart():
    assert fingerprint(["niamey", "agadez"]) != fingerprint(["niamey"])
    assert fingerprint(209) != fingerprint(210)


@pytest.mark.parametrize("answer, expected", [
    ("Nouakchott", "✓ Right."),
    ("Bamako", "✗ Not yet."),
    (..., "Not started yet"),
    (["niamey", ...], "Not finished"),
    (pd.DataFrame({"a": []}), "Your result is empty"),
])
def test_self_check_says_right_or_not_without_the_answer(capsys, answer, expected):
    sk.self_check(answer, fingerprint("nouakchott"))
    out = capsys.readouterr().out
    assert out.startswith(expected)
    assert "nouakchott" not in out.lower()


def test_every_self_check_in_the_notebooks_has_a_fingerprint():
    calls = []
    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            calls += re.findall(r"sk\.self_check\((.+)\)", "".join(cell["source"]))
    assert calls, "no notebook has a self-check"
    bad = [c for c in calls if not re.search(r', "[0-9a-f]{12}"$', c)]
    assert not bad, bad


def _answers() -> dict[str, object]:
    """The right answer of every self-check in notebooks 00-03, computed from the data (kept apart from the
    notebooks, so a change in the data that changes an answer fails here instead of misleading a student)."""
    sentences = sk.load_article()
    countries = sk.load_boundaries()
    capitals = sk.load_places().query("kind == 'capital'")
    events = sk.load_events()
    coups = events.query("category == 'coup'").explode("countries")
    dates = events.set_index("event_id")["date"]
    return {
        "00 places named in the article": ["niamey", "agadez", "air-base-201"],
        "01 sentences that mention 1,000": sentences[sentences["text"].str.contains("1,000", regex=False)]["sentence_id"],
        "02 countries that are not AES members": countries[~countries["aes_member"]]["iso3"],
        "02 capital furthest north": capitals.sort_values("lat")["name"].iloc[-1],
        "02 capital furthest west": capitals.sort_values("lon")["name"].iloc[0],
        "03 years of Mali's coups": coups[coups["countries"] == "MLI"]["date"].dt.year,
        "03 days of ECOWAS sanctions on Niger": (dates["2024-02-24-ecowas-lifts-niger-sanctions"]
                                                 - dates["2023-07-30-ecowas-sanctions-niger"]).days,
    }


def test_self_check_fingerprints_match_the_data():
    fingerprints = set()
    for path in sorted((ROOT / "notebooks").glob("0[0-3]_*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            fingerprints |= set(re.findall(r'sk\.self_check\(.+, "([0-9a-f]{12})"\)', "".join(cell["source"])))
    expected = {name: fingerprint(value) for name, value in _answers().items()}
    assert fingerprints == set(expected.values()), {k: v for k, v in expected.items() if v not in fingerprints}
