"""Render-and-inspect tests for the folium maps, on small fixture tables (no network)."""
import json
from html import unescape
import re

import folium
import pandas as pd
import pytest
from folium.plugins import TimestampedGeoJson

from sahel_kit.maps import folium_maps as maps, palette, timeline as map_timeline
from sahel_kit.maps.timeline import presence_timeline_map
from sahel_kit.maps.folium_maps import add_coups, add_events, add_places, sahel_map

AES = {"BFA", "MLI", "NER"}


@pytest.fixture
def sources():
    return pd.DataFrame({"source_id": ["src-a", "src-b"], "publisher": ["Pub <A> & Co", "Pub B"],
                         "title": ["Title `tick` ${x}", "Title B"],
                         "url": ["https://example.org/a?x=1&y=2", "javascript:alert(1)"]})


@pytest.fixture
def places():
    return pd.DataFrame({"place_id": ["p1", "p2"], "name": ["<b>Town</b>", "Base"], "kind": ["capital", "air_base"],
                         "country": ["NER", "NER"], "lat": [13.5, 17.0], "lon": [2.1, 8.0],
                         "description": ["Desc <script>alert(1)</script>", "Desc 2"],
                         "source_ids": [("src-a",), ("src-a", "src-b")]})


@pytest.fixture
def events():
    return pd.DataFrame({
        "event_id": ["e1", "e2", "e3", "e4"],
        "date": pd.to_datetime(["2020-08-18", "2021-05-24", "2023-07-26", "2024-03-01"]),
        "date_precision": ["day", "day", "day", "month"], "title": ["Coup one", "Coup two", "Coup <three>", "Talks"],
        "description": ["a", "b", "c", "d"], "countries": [("MLI",), ("MLI",), ("NER",), ("NER", "USA")],
        "actors": [(), (), (), ()], "place_id": [None, None, "p1", None],
        "category": ["coup", "coup", "coup", "diplomacy"], "source_ids": [("src-a",)] * 4})


@pytest.fixture
def presence():
    return pd.DataFrame({
        "presence_id": ["f1", "f2", "f3"], "host_country": ["MLI", "MLI", "NER"],
        "force": ["Force A", "Force <B>", "Force C"], "force_country": ["FRA", "RUS", "USA"],
        "operation": ["Op A", None, None], "kind": ["counter_terrorism", "paramilitary", "air_base"],
        "start_date": pd.to_datetime(["2013-01-11", "2021-12-01", "2010-02-01"]),
        "end_date": pd.to_datetime(["2022-08-15", None, "2024-08-05"]),
        "size_approx": pd.array([100, None, 50], dtype="Int64"), "size_note": [None, None, "rough"],
        "source_ids": [("src-a",)] * 3})


def children(m, kind):
    return [c for c in m._children.values() if isinstance(c, kind)]


def html(m):
    return m.get_root().render()


def test_base_map_has_every_country_and_styles_aes_apart():
    m = sahel_map(tiles=None)
    (layer,) = [g for g in children(m, folium.GeoJson) if g.layer_name == "Countries"]
    feats = layer.data["features"]
    assert len(feats) == 24
    fills = {f["id"]: layer.style_function(f)["fillColor"] for f in feats}
    assert {iso for iso, fill in fills.items() if fill == palette.COUNTRY_STYLE["aes"][0]} == AES
    assert fills["ESH"] != fills["MAR"]
    page = html(m)
    assert "Alliance of Sahel States" in page and "Natural Earth" in page and "Western Sahara" in page


def test_no_tiles_means_no_tile_layer():
    assert not children(sahel_map(tiles=None), folium.TileLayer)
    assert "L.tileLayer" not in html(sahel_map(tiles=None))


def test_default_tiles_are_attributed_and_not_osm_or_carto_servers():
    page = html(sahel_map())
    assert maps.TILE_URL in page and "OpenTopoMap-R" in page
    assert "tile.openstreetmap.org" not in page and "cartocdn" not in page


def test_places_layer_counts_escapes_and_names_sources(places, sources):
    m = add_places(sahel_map(tiles=None), places, sources)
    (group,) = [g for g in children(m, folium.FeatureGroup) if g.layer_name == "Places and bases"]
    assert len(children(group, folium.Marker)) == len(places)
    page = html(m)
    assert "<b>Town</b>" not in page and "&lt;b&gt;Town&lt;/b&gt;" in page
    assert "<script>alert" not in page and "${x}" not in page and "`tick`" not in page
    assert 'href="https://example.org/a?x=1&amp;y=2"' in page and "Pub &lt;A&gt; &amp; Co" in page
    assert 'href="javascript' not in page
    assert "Capital city" in page and "Air or military base" in page


def event_ids(m):
    layers = [g for g in children(m, folium.GeoJson) if g.layer_name == "Events"]
    return sorted(f["id"] for layer in layers for f in layer.data["features"])


def test_events_for_a_period_and_categories(events, places, sources):
    m = add_events(sahel_map(tiles=None), events, places, sources, start=2021, end=2023)
    kept = events[(events["date"].dt.year >= 2021) & (events["date"].dt.year <= 2023)]
    assert event_ids(m) == sorted(kept["event_id"])
    m2 = add_events(sahel_map(tiles=None), events, places, sources, categories=["diplomacy"])
    assert event_ids(m2) == sorted(events.loc[events["category"] == "diplomacy", "event_id"])
    assert event_ids(add_events(sahel_map(tiles=None), events, places, sources, start="2030-01-01")) == []
    (layer,) = [g for g in children(m, folium.GeoJson) if g.layer_name == "Events"]
    popup = next(f["properties"]["popup"] for f in layer.data["features"] if f["id"] == "e3")
    assert "Coup &lt;three&gt;" in popup and "<three>" not in popup
    page = html(m)  # folium writes the JSON with <, >, & as \u003c, \u003e, \u0026
    assert "Coup \\u0026lt;three\\u0026gt;" in page and "\\u003cthree" not in page and "<three>" not in page


def test_event_without_place_sits_in_its_country(events, places, sources):
    from sahel_kit import load_boundaries
    from sahel_kit.maps.geometry import country_at

    m = add_events(sahel_map(tiles=None), events, places, sources)
    (layer,) = [g for g in children(m, folium.GeoJson) if g.layer_name == "Events"]
    b = load_boundaries()
    for f in layer.data["features"]:
        row = events.set_index("event_id").loc[f["id"]]
        assert country_at(*f["geometry"]["coordinates"], boundaries=b) == row["countries"][0]
        assert layer.style_function(f)["fillColor"] == palette.EVENT_COLOURS[row["category"]][0]


def test_events_bad_category_and_unknown_source_raise(events, places, sources):
    with pytest.raises(ValueError, match="putsch"):
        add_events(sahel_map(tiles=None), events, places, sources, categories=["putsch"])
    bad = events.assign(source_ids=[("nope",)] * len(events))
    with pytest.raises(ValueError, match="event e1.*nope"):
        add_events(sahel_map(tiles=None), bad, places, sources)


def test_coups_layer_colours_countries_by_count(events, sources):
    m = add_coups(sahel_map(tiles=None), events, sources)
    (layer,) = [g for g in children(m, folium.GeoJson) if g.layer_name == "Coups"]
    counts = {f["id"]: f["properties"]["coups"] for f in layer.data["features"]}
    expected = events[events["category"] == "coup"].explode("countries")["countries"].value_counts().to_dict()
    assert counts == expected
    for f in layer.data["features"]:
        assert layer.style_function(f)["fillColor"] == palette.coup_colour(counts[f["id"]])
    tip = next(f for f in layer.data["features"] if f["id"] == "MLI")["properties"]["tooltip"]
    assert "2020, 2021" in tip
    only_2023 = add_coups(sahel_map(tiles=None), events, sources, start=2023, end=2023)
    (layer23,) = [g for g in children(only_2023, folium.GeoJson) if g.layer_name == "Coups"]
    assert [f["id"] for f in layer23.data["features"]] == ["NER"]


def test_presence_slider_has_one_point_per_row_and_year(presence, sources):
    m = presence_timeline_map(presence, sources, tiles=None)
    (slider,) = children(m, TimestampedGeoJson)
    feats = {f["properties"]["presence_id"]: f for f in json.loads(slider.data)["features"]}
    assert set(feats) == set(presence["presence_id"])
    for r in presence.itertuples():
        first, last = max(r.start_date.year, 2013), min(2025 if pd.isna(r.end_date) else r.end_date.year, 2025)
        f = feats[r.presence_id]
        assert f["properties"]["times"] == [f"{y}-01-01" for y in range(first, last + 1)]
        assert len(f["geometry"]["coordinates"]) == len(f["properties"]["times"])
        assert len({tuple(c) for c in f["geometry"]["coordinates"]}) == 1  # a force keeps its spot
        assert "example.org" in f["properties"]["popup"]
    assert "Force &lt;B&gt;" in slider.data and "Force <B>" not in slider.data
    assert slider.period == "P1Y"


def test_presence_outside_the_window_is_left_out(presence, sources):
    m = presence_timeline_map(presence, sources, tiles=None, start_year=2023, end_year=2025)
    (slider,) = children(m, TimestampedGeoJson)
    ids = {f["properties"]["presence_id"] for f in json.loads(slider.data)["features"]}
    ended_before = set(presence.loc[presence["end_date"].dt.year < 2023, "presence_id"])
    assert ids == set(presence["presence_id"]) - ended_before and ended_before


def test_presence_colours_follow_the_force_country(presence, sources):
    from sahel_kit import load_boundaries

    feats = map_timeline.presence_features(presence, sources, load_boundaries())
    colours = palette.force_colours(presence["force_country"])
    by_id = dict(zip(presence["presence_id"], presence["force_country"]))
    assert {f["properties"]["presence_id"] for f in feats} == set(by_id)
    for f in feats:
        assert f["properties"]["iconstyle"]["fillColor"] == colours[by_id[f["properties"]["presence_id"]]]
    assert colours["FRA"] != colours["RUS"] != colours["USA"]


def test_empty_tables_give_a_map_without_slider(presence, sources):
    m = presence_timeline_map(presence.iloc[0:0], sources, tiles=None)
    assert not children(m, TimestampedGeoJson)
    assert "No presence rows to show" in html(m)


def test_map_outputs_stay_under_300_kb(places, events, presence, sources):
    m = add_coups(add_events(add_places(sahel_map(), places, sources), events, places, sources), events, sources)
    assert len(html(m).encode()) <= 300_000
    assert len(html(presence_timeline_map(presence, sources)).encode()) <= 300_000


def test_esc_neutralises_html_and_js_template_syntax():
    assert maps.esc("<a href='x'>`${y}`\\</a>") == "&lt;a href=&#x27;x&#x27;&gt;&#96;&#36;{y}&#96;&#92;&lt;/a&gt;"


def test_only_one_layer_control_after_many_layers(places, events, sources):
    m = add_events(add_places(sahel_map(tiles=None), places, sources), events, places, sources)
    controls = children(m, folium.LayerControl)
    assert len(controls) == 1 and list(m._children.values())[-1] is controls[0]


def test_every_vocabulary_value_has_a_colour_and_words():
    from sahel_kit.facts import tables

    assert set(palette.EVENT_COLOURS) == set(tables.EVENT_CATEGORIES)
    assert set(palette.PLACE_COLOURS) == set(tables.PLACE_KINDS)
    for colour, words in [*palette.EVENT_COLOURS.values(), *palette.PLACE_COLOURS.values()]:
        assert colour.startswith("#") and len(colour) == 7 and words.strip()


def test_legend_escapes_its_text():
    out = palette.legend_html("T <i>", [("#000000", "<script>x</script>")], ["a & b"])
    assert "<script>" not in out and "&lt;script&gt;" in out and "a &amp; b" in out and "T &lt;i&gt;" in out


def test_areas_sit_in_panes_below_markers(events, sources):
    from folium.map import CustomPane

    m = add_coups(sahel_map(tiles=None), events, sources)
    panes = {p.name: int(p.z_index) for p in children(m, CustomPane)}
    layers = {g.layer_name: g.options.get("pane") for g in children(m, folium.GeoJson)}
    assert layers == {"Countries": "sahel-countries", "Coups": "sahel-coups"}
    assert panes["sahel-countries"] < panes["sahel-coups"] < 400  # Leaflet's overlay pane, where markers go


def test_public_names_are_re_exported():
    import sahel_kit

    for name in ("sahel_map", "add_places", "add_events", "add_coups", "presence_timeline_map", "distance_km", "static_map"):
        assert callable(getattr(sahel_kit, name))


def test_folium_maps_name_themselves_for_screen_readers():
    m = add_places(sahel_map(tiles=None, title="Capitals & bases <test>"))
    html = m._repr_html_()
    assert 'class="sahel-map-title"' in html and "Capitals &amp; bases &lt;test&gt;</div>" in html
    assert '<iframe title="Interactive map: Capitals &amp; bases &lt;test&gt;" ' in html
    framed = unescape(html.split('srcdoc="')[1].split('"')[0])       # the document inside the frame
    assert '<html lang="en">' in framed and "<title>Capitals &amp; bases &lt;test&gt;</title>" in framed
    timeline_html = presence_timeline_map(tiles=None)._repr_html_()
    assert '<iframe title="Interactive map: Foreign forces in the Sahel' in timeline_html


def test_place_markers_have_an_accessible_name():
    from sahel_kit import load_places

    m = add_places(sahel_map(tiles=None))
    rendered = m.get_root().render()
    titles = {json.loads(t) for t in re.findall(r'"title": ("(?:[^"\\]|\\.)*")', rendered)}
    for row in load_places().itertuples():
        assert f"{row.name} ({palette.PLACE_COLOURS[str(row.kind)][1]})" in titles, row.name
