"""The kit's charts: the data behind each picture, its words (title, axes, source, alt text), determinism."""
from __future__ import annotations

import base64
import csv
import subprocess
import sys
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

import sahel_kit as sk
from sahel_kit.maps import charts, palette


@pytest.fixture(scope="module")
def timeline():
    return sk.timeline_chart()


@pytest.fixture(scope="module")
def presence():
    return sk.presence_chart()


def _texts(svg: str) -> str:
    root = ET.fromstring(svg)
    return " ".join(t for el in root.iter() if el.tag.endswith("text") for t in el.itertext())


def test_timeline_data_is_the_events_of_its_categories(timeline):
    events = sk.load_events()
    expected = events[events["category"].astype(str).isin(charts.TIMELINE_CATEGORIES)]
    assert len(timeline.data) == len(expected) > 0
    assert set(timeline.data["category"]) <= set(charts.TIMELINE_CATEGORIES)
    assert timeline.data["category"].value_counts()["coup"] == (events["category"] == "coup").sum()


def test_timeline_words_title_axes_source_and_alt(timeline):
    text = _texts(timeline.svg)
    for words in ("Year", "Kind of event", "Source: sahel-kit events table", "Coup", "Withdrawal of foreign forces"):
        assert words in text, words
    n_coups = int((timeline.data["category"] == "coup").sum())
    assert f"Coup: {n_coups} events" in timeline.alt
    assert timeline.title.split(",")[0] in text


def test_timeline_period_and_bad_category():
    chart = sk.timeline_chart(["coup"], start="2020-01-01", end="2023-12-31")
    assert chart.data["date"].dt.year.between(2020, 2023).all() and len(chart.data) >= 5
    with pytest.raises(ValueError, match="categories"):
        sk.timeline_chart(["coups"])
    with pytest.raises(ValueError, match="nothing to draw"):
        sk.timeline_chart(["coup"], start="1990", end="1991")


def test_presence_bars_match_the_table_and_open_ends_reach_as_of(presence):
    table = sk.load_presence()
    assert sorted(presence.data["presence_id"]) == sorted(table["presence_id"])
    as_of = pd.Timestamp(sk.data_as_of())
    open_rows = presence.data[presence.data["ongoing"]]
    assert (open_rows["drawn_end"] == as_of).all() and not open_rows.empty
    assert "still there as of" in presence.alt and "hatched: still there" in _texts(presence.svg)


def test_presence_legend_names_every_force_in_words(presence):
    text = _texts(presence.svg)
    for fc in presence.data["force_country"].astype(str).unique():
        assert charts.FORCE_NAMES.get(fc, fc) in text
    for colour in palette.force_colours(presence.data["force_country"]).values():
        assert f"fill: {colour.lower()}" in presence.svg.lower(), colour


def test_presence_hosts_filter_and_unknown_host():
    chart = sk.presence_chart(hosts=["NER"])
    assert set(chart.data["host_country"].astype(str)) == {"NER"}
    with pytest.raises(ValueError, match="XYZ"):
        sk.presence_chart(hosts=["XYZ"])


def test_charts_are_deterministic_and_shown_with_alt_text(timeline):
    again = sk.timeline_chart()
    assert again.svg == timeline.svg
    html = timeline._repr_html_()
    assert html.startswith("<figure") and f'alt="{timeline.alt.split(".")[0]}' in html
    assert base64.b64decode(html.split("base64,")[1].split('"')[0]).decode() == timeline.svg
    assert repr(timeline) == repr(again) and "rows of data" in repr(timeline)


def test_chart_text_is_escaped_in_html():
    chart = charts.Chart("<svg/>", 'A <script>alert(1)</script> "title"', "alt <b>", "src & co", pd.DataFrame())
    html = chart._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html and 'alt="alt &lt;b&gt;"' in html


def test_user_matplotlib_settings_are_untouched():
    import matplotlib

    before = dict(matplotlib.rcParams)
    sk.timeline_chart(["coup"])
    assert dict(matplotlib.rcParams) == before


def test_import_sahel_kit_does_not_import_matplotlib():
    out = subprocess.run([sys.executable, "-c", "import sys, sahel_kit; sahel_kit.load_events(); "
                          "print('matplotlib' in sys.modules)"], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


def test_troops_chart_shows_the_contradiction_from_the_table():
    chart = sk.troops_chart()
    table = sk.load_troop_figures()
    at_date = table[(table["refers_to"].astype(str) == "at_date") & (table["date"] >= "2023-06-01")]
    assert sorted(chart.data["figure_id"]) == sorted(at_date["figure_id"])
    assert chart.data["value"].nunique() >= 3          # the figures differ, which is the point
    assert "exact figure" in _texts(chart.svg) and "more than" in _texts(chart.svg)   # the legend, in words
    assert "U.S. military personnel (people)" in _texts(chart.svg) and "coup in Niger" in _texts(chart.svg)
    everything = sk.troops_chart(start=None)
    assert everything.data["date"].min().year == 2013 and len(everything.data) > len(chart.data)


def test_outcomes_chart_never_joins_two_definitions():
    chart = sk.outcomes_chart("fatalities")
    assert (chart.data.groupby("country")["measure"].nunique() == 1).all()
    if chart.data["measure"].nunique() == 1:   # one definition in every line: the title names it
        assert "Global Terrorism Index" in chart.title
    shown = sk.outcomes_chart("displacement", countries=["BFA"])
    table = sk.load_displacement()
    bfa = table[(table["country"] == "BFA") & (table["population"] == "idps")]
    top = bfa["measure"].astype(str).value_counts().sort_index().idxmax()
    assert set(shown.data["measure"]) == {top} and len(shown.data) == (bfa["measure"] == top).sum()
    assert "does not show that the coup caused it" in shown.source
    with pytest.raises(ValueError, match="measure"):
        sk.outcomes_chart("deaths")
    with pytest.raises(ValueError, match="nothing to draw"):
        sk.outcomes_chart("fatalities", countries=["SEN"], definition="ucdp_ged_best_deaths")


def test_a_missing_year_is_a_gap_not_a_line():
    series = pd.DataFrame({"when": pd.to_datetime(["2019-07-01", "2022-07-01", "2023-07-01", "2023-07-01"]),
                           "value": [1, 2, 3, 4]})
    xs, ys = charts._line(series)
    assert len(xs) == 4 and pd.isna(ys[1]) and ys[-1] == 4.0   # 2019 | gap | 2022 - 2023 (the last listed)


def test_outcome_tables_validate_and_name_file_row_and_column(tmp_path, monkeypatch):
    from sahel_kit.facts import outcomes, tables

    for loader in (sk.load_fatalities, sk.load_displacement, sk.load_troop_figures):
        table = loader()
        assert len(table) > 0 and table["source_ids"].map(len).min() >= 1
    bad = tmp_path / "displacement.csv"
    with tables.data_path("displacement.csv").open(encoding="utf-8", newline="") as fh:
        header, fields = list(csv.reader(fh))[:2]
    fields[header.index("population")] = "idps"
    fields[header.index("counterpart")] = "MLI"
    negative = list(fields)
    negative[header.index("counterpart")] = ""
    negative[header.index("value")] = "-5"
    with bad.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, fields, negative])
    real = tables.data_path
    monkeypatch.setattr(tables, "data_path", lambda *p: bad if p == ("displacement.csv",) else real(*p))
    with pytest.raises(sk.DataError) as err:
        outcomes.load_displacement()
    text = str(err.value)
    assert "displacement.csv" in text and "row 2, column 'counterpart'" in text and "row 3, column 'value'" in text
