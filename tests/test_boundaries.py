"""data/boundaries.geojson: rebuilt byte for byte by its script, small, AES members flagged."""
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "boundaries.geojson"


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location("build_boundaries", ROOT / "scripts" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def collection():
    return json.loads(OUT.read_text(encoding="utf-8"))


def test_rebuild_gives_identical_bytes(build_script):
    assert build_script.build().encode("utf-8") == OUT.read_bytes()


def test_file_is_at_most_200_kb():
    assert OUT.stat().st_size <= 200_000


def test_exactly_the_three_aes_members_are_flagged(collection):
    flagged = sorted(f["properties"]["iso3"] for f in collection["features"] if f["properties"]["aes_member"])
    assert flagged == ["BFA", "MLI", "NER"]


def test_properties_are_exactly_the_documented_ones(collection):
    for feature in collection["features"]:
        assert set(feature["properties"]) == {"iso3", "name", "name_fr", "aes_member"}


def test_attribution_and_source_id_are_known(collection):
    from sahel_kit import load_sources

    assert collection["attribution"] == "Made with Natural Earth (public domain)"
    assert set(collection["source_ids"]) <= set(load_sources()["source_id"])


def test_geometry_is_the_natural_earth_input_unchanged(collection, build_script):
    raw = json.loads(build_script.RAW.read_text(encoding="utf-8"))
    by_iso = {f["properties"]["iso_a3"]: f["geometry"] for f in raw["features"]}
    assert len(collection["features"]) == len(by_iso) == 24
    for feature in collection["features"]:
        assert feature["geometry"] == by_iso[feature["properties"]["iso3"]]


def test_loader_reads_the_file():
    from sahel_kit import load_boundaries

    df = load_boundaries()
    assert df["iso3"].is_unique and len(df) == 24
    assert "pop_est" not in df.columns
