"""The lessons' pre-drawn charts: current with the data and the drawing code, never stale, same as drawn live."""
from __future__ import annotations

import json

import pytest

import sahel_kit as sk
from sahel_kit.facts.i18n import LANGUAGES, using_language
from sahel_kit.maps import chart_cache, charts
from sahel_kit.maps.chart_cache import CACHE_DIR, CACHED_CALLS, chart_key

REBUILD = "the lessons' charts changed: run `make data` (scripts/build_charts.py) and commit sahel_kit/maps/chart_cache/"


def _key(name, kwargs, lang):
    with using_language(lang):
        chart = getattr(charts, name)(**kwargs)
        return chart_key(name, lang, chart.title, chart.alt, chart.source, chart.data), chart


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name,kwargs", CACHED_CALLS, ids=[f"{n}{k.get('measure', '')}" for n, k in CACHED_CALLS])
def test_every_lesson_chart_is_pre_drawn_for_the_current_data(name, kwargs, lang):
    key, chart = _key(name, kwargs, lang)
    assert (CACHE_DIR / f"{key}.svg").is_file(), REBUILD
    assert chart.svg == (CACHE_DIR / f"{key}.svg").read_text(encoding="utf-8")


def test_no_stale_picture_is_kept():
    wanted = {f"{_key(name, kwargs, lang)[0]}.svg" for lang in LANGUAGES for name, kwargs in CACHED_CALLS}
    assert {p.name for p in CACHE_DIR.glob("*.svg")} == wanted, REBUILD
    manifest = json.loads((CACHE_DIR / "MANIFEST.json").read_text(encoding="utf-8"))
    assert {f"{k}.svg" for k in manifest["charts"]} == wanted


def test_a_cached_picture_is_what_matplotlib_draws(tmp_path, monkeypatch):
    import matplotlib

    manifest = json.loads((CACHE_DIR / "MANIFEST.json").read_text(encoding="utf-8"))
    if manifest["matplotlib"] != matplotlib.__version__:
        pytest.skip(f"cache drawn with matplotlib {manifest['matplotlib']}, this is {matplotlib.__version__}")
    cached = sk.timeline_chart().svg
    monkeypatch.setattr(chart_cache, "CACHE_DIR", tmp_path)          # no cache: drawn live
    assert sk.timeline_chart().svg == cached


def test_other_data_or_arguments_are_drawn_live(tmp_path, monkeypatch):
    default_key, default = _key("timeline_chart", {}, "en")
    events = sk.load_events()
    fewer = events[events["event_id"] != events.loc[events["category"] == "coup", "event_id"].iloc[-1]]  # one coup less
    other_key = chart_key("timeline_chart", "en", default.title, default.alt, default.source,
                          charts.timeline_chart(events=fewer).data)
    assert other_key != default_key and not (CACHE_DIR / f"{other_key}.svg").exists()
    live = charts.timeline_chart(["coup"])                            # not a lesson's call: no cache entry
    assert live.svg.lstrip().startswith(("<?xml", "<svg")) and "Coup" in live.svg
