"""sahel-kit: a Jupyter teaching kit on the geopolitical shift in the Sahel.

Loaders give the kit's sourced tables as typed DataFrames; map and quiz helpers
are imported on first use so that ``import sahel_kit`` stays light (folium and
ipywidgets are only imported when a map or a quiz is made).
"""
from __future__ import annotations

from importlib import import_module

from .data import DataError, data_path
from .tables import (
    boundaries_geojson,
    load_actors,
    load_article,
    load_boundaries,
    load_claims,
    load_events,
    load_places,
    load_presence,
    load_sources,
)

__version__ = "0.1.0"

# name -> module that defines it; imported lazily on first attribute access (PEP 562).
_LAZY = {
    "sahel_map": "maps",
    "add_places": "maps",
    "add_events": "maps",
    "add_coups": "maps",
    "presence_timeline_map": "map_timeline",
    "distance_km": "geometry",
    "static_map": "svgmap",
    "Quiz": "quiz_widgets",
    "quiz": "quiz_widgets",
    "progress": "progress_store",
    "export_results": "progress_store",
}

__all__ = [
    "DataError", "data_path", "boundaries_geojson", "load_actors", "load_article", "load_boundaries",
    "load_claims", "load_events", "load_places", "load_presence", "load_sources", *_LAZY,
]


def __getattr__(name: str):
    if name in _LAZY:
        module = import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'sahel_kit' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
