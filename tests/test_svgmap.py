"""The static SVG map: deterministic, well-formed, one shape per country, accessible, self-contained."""
import base64
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from sahel_kit import load_boundaries
from sahel_kit.maps.svg import StaticMap, static_map

NS = {"svg": "http://www.w3.org/2000/svg"}


@pytest.fixture
def places():
    return pd.DataFrame({"place_id": ["p1", "p2"], "name": ["<b>Town</b> & Co", "Base"], "kind": ["capital", "air_base"],
                         "country": ["NER", "NER"], "lat": [13.5, 17.0], "lon": [2.1, 8.0],
                         "description": ["d", "d"], "source_ids": [("s",), ("s",)]})


@pytest.fixture
def events():
    return pd.DataFrame({"event_id": ["e1", "e2", "e3"], "date": pd.to_datetime(["2020-08-18", "2021-05-24", "2023-07-26"]),
                         "date_precision": ["day", "day", "month"], "title": ["One", "Two", "Three <3>"],
                         "description": ["a", "b", "c"], "countries": [("MLI",), ("MLI",), ("NER",)],
                         "actors": [(), (), ()], "place_id": [None, None, "p1"], "category": ["coup", "coup", "diplomacy"],
                         "source_ids": [("s",)] * 3})


@pytest.fixture
def svg_map(places, events):
    return static_map(places, events)


def parse(m):
    return ET.fromstring(m.svg)


def test_same_input_gives_same_bytes(places, events, tmp_path):
    a, b = static_map(places, events), static_map(places.copy(), events.copy())
    assert a.svg == b.svg
    assert a.save(tmp_path / "a.svg").read_bytes() == b.save(tmp_path / "b.svg").read_bytes() == a.svg.encode()


def test_different_input_gives_different_svg(places, events):
    assert static_map(places, events).svg != static_map(places.iloc[:1], events).svg


def test_well_formed_with_one_path_per_country(svg_map):
    root = parse(svg_map)
    paths = root.findall(".//svg:path", NS)
    iso3s = [p.get("data-iso3") for p in paths]
    assert sorted(iso3s) == sorted(load_boundaries()["iso3"])
    assert all(p.get("id") == f"country-{p.get('data-iso3')}" for p in paths)
    aes = {p.get("data-iso3") for p in paths if "aes" in p.get("class").split()}
    assert aes == set(load_boundaries().query("aes_member")["iso3"])


def test_title_and_description_for_screen_readers(svg_map):
    root = parse(svg_map)
    title, desc = root.find("svg:title", NS), root.find("svg:desc", NS)
    assert title.text and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    assert "Western Sahara" in desc.text and "Natural Earth" in desc.text
    assert static_map(title="Mon titre", description="Ma description").svg.count("Ma description") == 1


def test_markers_one_per_place_and_event(svg_map, places, events):
    markers = parse(svg_map).find("svg:g[@class='markers']", NS)
    assert len(markers.findall("svg:rect", NS)) == len(places)
    assert len(markers.findall("svg:circle", NS)) == len(events)
    only_2021 = parse(static_map(places, events, start=2021, end=2021)).find("svg:g[@class='markers']", NS)
    assert len(only_2021.findall("svg:circle", NS)) == 1


def test_text_is_escaped_and_read_back_intact(svg_map):
    texts = [t.text for t in parse(svg_map).iter(f"{{{NS['svg']}}}text")]
    titles = [t.text for t in parse(svg_map).iter(f"{{{NS['svg']}}}title")]
    assert "<b>Town</b> & Co" in texts
    assert any("Three <3>" in t for t in titles)
    assert "<b>" not in svg_map.svg


def test_aes_countries_are_labelled(svg_map):
    texts = {t.text for t in parse(svg_map).iter(f"{{{NS['svg']}}}text")}
    assert {"Mali", "Burkina Faso", "Niger"} <= texts
    assert "Alliance of Sahel States (AES): Mali, Burkina Faso, Niger" in texts


def test_no_external_references(svg_map):
    text = svg_map.svg
    for bad in ("href", "<image", "<script", "url(", "@import", "http://", "https://"):
        assert bad not in text.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_notebook_display_and_size(svg_map):
    assert isinstance(svg_map, StaticMap)
    html = svg_map._repr_html_()
    assert html.startswith("<figure") and 'alt="The Sahel and its neighbours. Map of ' in html
    assert base64.b64decode(html.split("base64,")[1].split('"')[0]).decode("utf-8") == svg_map.svg
    assert len(svg_map) == len(svg_map.svg.encode()) <= 300_000


def test_empty_places_draw_only_countries():
    root = parse(static_map(pd.DataFrame(columns=["place_id", "name", "kind", "country", "lat", "lon"])))
    assert len(root.find("svg:g[@class='markers']", NS)) == 0
    assert len(root.findall(".//svg:path", NS)) == len(load_boundaries())


def test_bbox_crops_the_view_but_keeps_every_country(places):
    m = static_map(places, bbox=(-18.0, 4.0, 25.0, 28.0), width=600)
    root = parse(m)
    assert root.get("width") == "600"
    assert len(root.findall(".//svg:path", NS)) == len(load_boundaries())
    labels = {t.text for t in root.find("svg:g[@class='labels']", NS)}
    assert "Egypt" not in labels and "Mali" in labels


def test_repr_is_deterministic_and_names_the_map():
    from sahel_kit import static_map

    first, second = repr(static_map()), repr(static_map())
    assert first == second
    assert "0x" not in first and "StaticMap" in first
