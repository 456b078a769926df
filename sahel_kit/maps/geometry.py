"""Plain-Python geometry for the kit's maps: point-in-country and label points.

No GIS library is needed: point-in-polygon tests use ray casting over GeoJSON ``Polygon``/``MultiPolygon``
coordinates (holes included, by the even-odd rule).  Coordinates follow GeoJSON
order, ``(lon, lat)``, except where a function says otherwise.
"""
from __future__ import annotations

__all__ = ["point_in_polygon", "country_at", "label_point", "polygons"]

def polygons(geometry: dict) -> list:
    """Return the polygons (lists of rings) of a GeoJSON Polygon or MultiPolygon."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [geometry["coordinates"]]
    if kind == "MultiPolygon":
        return list(geometry["coordinates"])
    raise ValueError(f"geometry type {kind!r} is not Polygon or MultiPolygon")


def _in_ring(lon: float, lat: float, ring) -> bool:
    inside = False
    x0, y0 = ring[-1][0], ring[-1][1]
    for x1, y1, *_ in ring:
        if (y1 > lat) != (y0 > lat) and lon < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
        x0, y0 = x1, y1
    return inside


def point_in_polygon(lon: float, lat: float, geometry: dict) -> bool:
    """Whether ``(lon, lat)`` lies inside a GeoJSON Polygon or MultiPolygon (holes excluded).

    Examples
    --------
    >>> square = {"type": "Polygon", "coordinates": [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]],
    ...                                               [[1, 1], [1, 3], [3, 3], [3, 1], [1, 1]]]}
    >>> point_in_polygon(0.5, 0.5, square), point_in_polygon(2, 2, square)
    (True, False)
    """
    for rings in polygons(geometry):
        if sum(_in_ring(lon, lat, ring) for ring in rings) % 2 == 1:
            return True
    return False


def country_at(lon: float, lat: float, boundaries=None) -> str | None:
    """Return the ISO3 code of the country containing ``(lon, lat)``, or ``None`` outside them all.

    Parameters
    ----------
    lon, lat : float
        Longitude and latitude in degrees (WGS 84).
    boundaries : pandas.DataFrame, optional
        Rows with ``iso3`` and ``geometry``; default :func:`sahel_kit.load_boundaries`.

    Examples
    --------
    >>> country_at(9.4, 17.4)   # the middle of Niger
    'NER'
    >>> country_at(-30.0, 15.0) is None   # the Atlantic
    True
    """
    if boundaries is None:
        from ..facts.tables import load_boundaries
        boundaries = load_boundaries()
    for iso3, geometry in zip(boundaries["iso3"], boundaries["geometry"]):
        if point_in_polygon(lon, lat, geometry):
            return str(iso3)
    return None


def label_point(geometry: dict) -> tuple[float, float]:
    """Return a ``(lon, lat)`` inside the largest polygon, for a label or a country-level marker.

    The centroid of the largest exterior ring is used when it lies inside the shape; otherwise
    the middle of the widest inside stretch of the horizontal line through the centroid.
    """
    def area_centroid(ring):
        a = cx = cy = 0.0
        for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        return a / 2, (cx / (3 * a), cy / (3 * a)) if a else (ring[0][0], ring[0][1])

    rings = max(polygons(geometry), key=lambda p: abs(area_centroid(p[0])[0]))
    lon, lat = area_centroid(rings[0])[1]
    shape = {"type": "Polygon", "coordinates": rings}
    if point_in_polygon(lon, lat, shape):
        return round(lon, 3), round(lat, 3)
    crossings = sorted(x0 + (lat - y0) * (x1 - x0) / (y1 - y0)
                       for ring in rings for (x0, y0, *_), (x1, y1, *_) in zip(ring, ring[1:] + ring[:1])
                       if (y1 > lat) != (y0 > lat))
    spans = [(b - a, (a + b) / 2) for a, b in zip(crossings[::2], crossings[1::2])]
    return round(max(spans)[1], 3), round(lat, 3)
