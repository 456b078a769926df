"""sahel-kit: a Jupyter teaching kit on the geopolitical shift in the Sahel.

Loaders give the kit's sourced tables as typed DataFrames; map and quiz helpers
are imported on first use so that ``import sahel_kit`` stays light (folium and
ipywidgets are only imported when a map or a quiz is made).

The package has four wings (see CONTRIBUTING.md): ``facts`` (data files, validation,
loaders, the article), ``quizzes``, ``maps`` and ``classroom``; ``cli`` parses the command
line.  This module only re-exports.
"""
from __future__ import annotations

from importlib import import_module

from .facts.files import DataError, data_path
from .facts.i18n import get_language, set_language
from .facts.tables import (
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
from .facts.tables import data_as_of

__version__ = "0.1.0"

# name -> module that defines it; imported lazily on first attribute access (PEP 562).
_LAZY = {
    "sahel_map": "maps.folium_maps",
    "add_places": "maps.folium_maps",
    "add_events": "maps.folium_maps",
    "add_coups": "maps.folium_maps",
    "presence_timeline_map": "maps.timeline",
    "distance_km": "facts.distance",
    "load_fatalities": "facts.outcomes",
    "load_displacement": "facts.outcomes",
    "load_troop_figures": "facts.outcomes",
    "load_coup_explanations": "facts.tables",
    "static_map": "maps.svg",
    "use_offline_maps": "maps.assets",
    "timeline_chart": "maps.charts",
    "presence_chart": "maps.charts",
    "troops_chart": "maps.charts",
    "outcomes_chart": "maps.charts",
    "Quiz": "quizzes.widgets",
    "quiz": "quizzes.widgets",
    "progress": "quizzes.dashboard",  # the table plus an "Export my results" button (issue 12)
    "export_results": "quizzes.progress",
    "readable_tables": "facts.display",
    "show": "facts.display",
    "self_check": "facts.display",
}

__all__ = [
    "DataError", "data_path", "boundaries_geojson", "load_actors", "load_article", "load_boundaries",
    "load_claims", "load_events", "load_places", "load_presence", "load_sources", "data_as_of",
    "set_language", "get_language", *_LAZY,
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
