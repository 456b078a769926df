"""Integrity of the kit's real data: every table loads, cites real sources and agrees with the others."""
from __future__ import annotations

import pandas as pd
import pytest

import sahel_kit as sk
from sahel_kit.maps.geometry import point_in_polygon

TABLES = {
    "events": sk.load_events, "places": sk.load_places, "actors": sk.load_actors,
    "presence": sk.load_presence, "claims": sk.load_claims,
    "fatalities": sk.load_fatalities, "displacement": sk.load_displacement, "us_troop_figures": sk.load_troop_figures,
    "coup_explanations": sk.load_coup_explanations,
}


@pytest.fixture(scope="module")
def sources():
    return sk.load_sources()


@pytest.mark.parametrize("name", TABLES)
def test_every_row_cites_a_known_source(name, sources):
    df = TABLES[name]()
    assert len(df) > 0, f"{name}.csv is empty"
    known = set(sources["source_id"])
    for i, ids in enumerate(df["source_ids"]):
        assert ids, f"{name} row {i} cites nothing"
        assert set(ids) <= known


def test_every_source_is_cited_and_complete(sources, repo_root):
    cited = {s for load in TABLES.values() for ids in load()["source_ids"] for s in ids}
    cited |= set(sk.boundaries_geojson()["source_ids"])
    # The French originals of quotes rendered in English cite their own sources.
    cited |= {s for ids in sk.load_coup_explanations()["original_source_ids"] for s in ids}
    # Quizzes and lesson text cite sources too (explanations, quotations in notebook 05).
    lessons = "\n".join(p.read_text(encoding="utf-8") for pattern in ("data/quizzes/*.yaml", "notebooks/*.ipynb")
                        for p in repo_root.glob(pattern))
    uncited = {s for s in set(sources["source_id"]) - cited if s not in lessons}
    assert not uncited, f"sources nobody cites (remove them or cite them): {sorted(uncited)}"
    assert sources["url"].str.match(r"^https?://").all()
    assert (sources["date"].dropna() <= pd.Timestamp("2026-11-30")).all()


def test_timeline_covers_2012_to_2025_with_enough_events():
    ev = sk.load_events()
    assert len(ev) >= 45
    assert ev["date"].min() >= pd.Timestamp("2012-01-01")
    # The timeline runs to the kit's "as of" date (data/as_of.json), never beyond it.
    assert ev["date"].max() <= pd.Timestamp(sk.data_as_of())
    assert {"coup", "withdrawal", "alliance", "sanctions"} <= set(ev["category"])


def test_every_coup_country_is_in_the_timeline():
    coups = sk.load_events().query("category == 'coup'")
    countries = {c for cs in coups["countries"] for c in cs}
    assert {"MLI", "BFA", "NER"} <= countries


def test_events_refer_to_existing_actors_and_places():
    ev = sk.load_events()
    actors = set(sk.load_actors()["actor_id"])
    places = set(sk.load_places()["place_id"])
    unknown_actors = {a for ids in ev["actors"] for a in ids} - actors
    unknown_places = set(ev["place_id"].dropna()) - places
    assert not unknown_actors, f"events name unknown actors: {sorted(unknown_actors)}"
    assert not unknown_places, f"events name unknown places: {sorted(unknown_places)}"


def test_every_place_lies_inside_its_country():
    shapes = sk.load_boundaries().set_index("iso3")["geometry"]
    for row in sk.load_places().itertuples():
        assert row.country in shapes.index, f"{row.place_id}: no boundary for {row.country}"
        assert point_in_polygon(row.lon, row.lat, shapes[row.country]), (
            f"{row.place_id} ({row.lat}, {row.lon}) is not inside {row.country}")


def test_the_key_places_exist():
    places = set(sk.load_places()["place_id"])
    assert {"niamey", "agadez", "air-base-101", "air-base-201", "bamako", "ouagadougou"} <= places


def test_presence_dates_are_plausible():
    pr = sk.load_presence()
    assert pr["start_date"].min() >= pd.Timestamp("1960-01-01")
    assert {"FRA", "USA", "RUS"} <= set(pr["force_country"])


def test_the_contradictory_troop_sentence_is_caught():
    claims = sk.load_claims()
    troop = claims[claims["sentence_id"] == "p3-s2"]
    assert "self-contradictory" in set(troop["verdict"])


def test_every_article_body_sentence_is_examined():
    article = sk.load_article()
    body = set(article.query("section in ['body', 'why']")["sentence_id"])
    examined = set(sk.load_claims()["sentence_id"])
    assert body <= examined, f"sentences without a claim row: {sorted(body - examined)}"


def test_data_as_of_is_a_date_and_a_bad_file_is_named(tmp_path, monkeypatch):
    import sahel_kit
    from sahel_kit.facts import tables as tables_mod

    assert len(sahel_kit.data_as_of()) == 10 and sahel_kit.data_as_of() >= "2025-01-01"
    bad = tmp_path / "as_of.json"
    bad.write_text('{"as_of": "September 2025"}', encoding="utf-8")
    monkeypatch.setattr(tables_mod, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(sahel_kit.DataError, match="(?s)as_of.json.*YYYY-MM-DD"):
        tables_mod.data_as_of()
