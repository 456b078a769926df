"""Great-circle distances between the kit's places (haversine on a sphere; no GIS library).

It lives with the facts because quiz answers are checked against it as well as maps drawn with it.
"""
from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "distance_km"]

#: Mean Earth radius (IUGG), in km, used by :func:`distance_km`.
EARTH_RADIUS_KM = 6371.0088


def _coords(point, places) -> tuple[float, float]:
    """``(lat, lon)`` of a pair or of a place named by its ``place_id`` or ``name``."""
    if isinstance(point, str):
        if places is None:
            from .tables import load_places
            places = load_places()
        key = point.strip().casefold()
        hits = places[(places["place_id"].str.casefold() == key) | (places["name"].str.casefold() == key)]
        if hits.empty:
            raise ValueError(f"no place {point!r} in the places table (data/places.csv): "
                             "give a place_id, a name, or a (lat, lon) pair")
        return float(hits["lat"].iloc[0]), float(hits["lon"].iloc[0])
    try:
        lat, lon = (float(v) for v in point)
    except (TypeError, ValueError):
        raise ValueError(f"{point!r} is neither a place name nor a (lat, lon) pair") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"{point!r} is not a (lat, lon) pair: latitude must be within ±90, "
                         "longitude within ±180")
    return lat, lon


def distance_km(a, b, places=None) -> float:
    """Great-circle distance in km between two places (haversine, mean Earth radius).

    Parameters
    ----------
    a, b : str or tuple of float
        A place's ``place_id`` or ``name`` (case-insensitive, looked up in ``places``),
        or a ``(lat, lon)`` pair in degrees, the order folium uses.
    places : pandas.DataFrame, optional
        The places table; default :func:`sahel_kit.load_places` (read only when a name is given).

    Examples
    --------
    >>> round(distance_km((0, 0), (0, 1)), 1)   # one degree along the equator
    111.2
    """
    (lat1, lon1), (lat2, lon2) = _coords(a, places), _coords(b, places)
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))
