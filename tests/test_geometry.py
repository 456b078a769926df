"""distance_km against values that follow from the sphere, and ray casting with holes."""
import math

import pandas as pd
import pytest

from sahel_kit.facts.distance import EARTH_RADIUS_KM, distance_km
from sahel_kit.maps.geometry import country_at, label_point, point_in_polygon

# Fixture places with made-up ids: only their coordinates matter here.
PLACES = pd.DataFrame({
    "place_id": ["origin", "north-pole", "east"], "name": ["Origin", "North Pole", "East Point"],
    "lat": [0.0, 90.0, 0.0], "lon": [0.0, 0.0, 90.0],
})
SQUARE_WITH_HOLE = {"type": "Polygon", "coordinates": [
    [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]],
    [[4, 4], [4, 6], [6, 6], [6, 4], [4, 4]],
]}
BOUNDARIES = pd.DataFrame({
    "iso3": ["AAA", "BBB"],
    "geometry": [SQUARE_WITH_HOLE,
                 {"type": "MultiPolygon", "coordinates": [[[[20, 0], [22, 0], [22, 2], [20, 0]]],
                                                          [[[4.5, 4.5], [5.5, 4.5], [5.5, 5.5], [4.5, 5.5], [4.5, 4.5]]]]}],
})


@pytest.mark.parametrize("a, b, expected", [
    ((0, 0), (0, 1), 2 * math.pi * EARTH_RADIUS_KM / 360),   # one degree of the equator
    ((0, 0), (90, 0), math.pi * EARTH_RADIUS_KM / 2),        # equator to pole
    ((0, 0), (0, 180), math.pi * EARTH_RADIUS_KM),           # antipodes
    ((60, 0), (60, 1), None),                                 # shorter than at the equator
])
def test_distance_known_values(a, b, expected):
    d = distance_km(a, b)
    if expected is None:
        assert d == pytest.approx(2 * math.pi * EARTH_RADIUS_KM / 360 * 0.5, rel=1e-4)
    else:
        assert d == pytest.approx(expected, rel=1e-9)


def test_one_degree_is_about_111_km():
    assert 111.1 < distance_km((10, 5), (11, 5)) < 111.3


def test_distance_by_id_or_name_matches_coordinates():
    assert distance_km("origin", "North Pole", places=PLACES) == pytest.approx(distance_km((0, 0), (90, 0)))
    assert distance_km("EAST POINT", (0, 0), places=PLACES) == pytest.approx(math.pi * EARTH_RADIUS_KM / 2)
    assert distance_km("origin", "origin", places=PLACES) == 0


def test_distance_is_symmetric():
    assert distance_km((13.5, 2.1), (12.6, -8.0)) == pytest.approx(distance_km((12.6, -8.0), (13.5, 2.1)))


@pytest.mark.parametrize("bad, message", [("atlantis", "no place 'atlantis'"), ((95, 0), "latitude"),
                                          (("x", 1), "neither"), (5, "neither")])
def test_distance_errors_name_the_problem(bad, message):
    with pytest.raises(ValueError, match=message):
        distance_km(bad, (0, 0), places=PLACES)


@pytest.mark.parametrize("lon, lat, inside", [(1, 1, True), (5, 5, False), (9.9, 9.9, True), (11, 5, False), (5, -1, False)])
def test_point_in_polygon_respects_holes(lon, lat, inside):
    assert point_in_polygon(lon, lat, SQUARE_WITH_HOLE) is inside


def test_country_at_multipolygon_and_island_in_hole():
    assert country_at(21.5, 0.5, BOUNDARIES) == "BBB"
    assert country_at(5.0, 5.0, BOUNDARIES) == "BBB"     # island inside AAA's hole
    assert country_at(4.2, 4.2, BOUNDARIES) is None      # in the hole, off the island
    assert country_at(2, 8, BOUNDARIES) == "AAA"
    assert country_at(50, 50, BOUNDARIES) is None


def test_point_in_polygon_rejects_other_geometry_types():
    with pytest.raises(ValueError, match="LineString"):
        point_in_polygon(0, 0, {"type": "LineString", "coordinates": [[0, 0], [1, 1]]})


def test_label_point_lies_inside_a_concave_shape():
    u_shape = {"type": "Polygon", "coordinates": [[[0, 0], [6, 0], [6, 6], [4, 6], [4, 2], [2, 2], [2, 6], [0, 6], [0, 0]]]}
    lon, lat = label_point(u_shape)
    assert point_in_polygon(lon, lat, u_shape)


def test_every_shipped_country_contains_its_label_point():
    from sahel_kit import load_boundaries

    b = load_boundaries()
    for iso3, geometry in zip(b["iso3"], b["geometry"]):
        assert country_at(*label_point(geometry), boundaries=b) == iso3
