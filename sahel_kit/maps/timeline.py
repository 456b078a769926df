"""The foreign-forces map with a year slider (folium's ``TimestampedGeoJson``), 2013–2025.

One feature per presence row, shown in exactly the years the row covers; popups name the sources.
"""
from __future__ import annotations

import math

import pandas as pd

from . import palette
from .parts import _add_legend, _country_centres, _fmt_date, _sources_html, esc
from .folium_maps import DEFAULT_TILES, sahel_map

__all__ = ["presence_timeline_map", "presence_features"]


def presence_timeline_map(presence=None, sources=None, *, start_year=2013, end_year=2025, boundaries=None,
                          tiles=DEFAULT_TILES, auto_play=False):
    """A map with a year slider: which foreign forces were present in which country, year by year.

    Each presence row is one feature in its host country, coloured by the force's country, with
    one point per year it was present (a GeoJSON MultiPoint whose ``times`` list those years), so
    the slider shows it exactly in those years and its popup is stored once.  Forces sharing a host
    keep fixed spots around the country's middle, so they do not jump between years.

    Examples
    --------
    >>> from sahel_kit import presence_timeline_map
    >>> m = presence_timeline_map(tiles=None)
    """
    from folium.plugins import TimestampedGeoJson

    from ..facts.tables import load_boundaries, load_presence, load_sources

    presence = load_presence() if presence is None else presence
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    m = sahel_map(tiles=tiles, boundaries=boundaries,
                  title=f"Foreign forces in the Sahel, {start_year}–{end_year}, year by year (slider at the bottom left)")
    features = presence_features(presence, sources, boundaries, start_year, end_year)
    if features:
        TimestampedGeoJson({"type": "FeatureCollection", "features": features}, period="P1Y", duration="P6M",
                           date_options="YYYY", add_last_point=False, auto_play=auto_play, loop=False,
                           transition_time=600).add_to(m)
    colours = palette.force_colours(presence["force_country"])
    forces = presence.groupby(presence["force_country"].astype(str))["force"].agg(lambda s: ", ".join(sorted(set(map(str, s)))))
    _add_legend(m, f"Foreign forces, {start_year}–{end_year}",
                [(colours[fc], f"{fc}: {forces[fc]}", None, "circle") for fc in colours] or [("#FFFFFF", "No presence rows to show")],
                ["Use the slider (bottom left) to move through the years."])
    return m


def presence_features(presence, sources, boundaries, start_year=2013, end_year=2025) -> list[dict]:
    """GeoJSON features for :func:`presence_timeline_map`: one per presence row active in the years."""
    centres = _country_centres(boundaries)
    colours = palette.force_colours(presence["force_country"])
    ordered = presence.sort_values(["host_country", "force_country", "presence_id"], kind="stable")
    features = []
    for host, rows in ordered.groupby(ordered["host_country"].astype(str), sort=True):
        if host not in centres:
            continue
        for k, row in enumerate(rows.itertuples(index=False)):
            angle, r = 2 * math.pi * k / len(rows), 0.0 if len(rows) == 1 else 1.0
            lon, lat = centres[host][0] + r * math.cos(angle), centres[host][1] + r * math.sin(angle)
            last = end_year if pd.isna(row.end_date) else min(row.end_date.year, end_year)
            until = "present" if pd.isna(row.end_date) else _fmt_date(row.end_date)
            size = "" if pd.isna(row.size_approx) else f"<br>About {int(row.size_approx):,} personnel"
            note = "" if pd.isna(row.size_note) else f" ({esc(row.size_note)})" if size else f"<br>{esc(row.size_note)}"
            op = "" if pd.isna(row.operation) else f" — {row.operation}"
            popup = (f"<b>{esc(row.force)}{esc(op)}</b><br><i>{esc(row.force_country)} in {esc(host)} · "
                     f"{esc(str(row.kind).replace('_', ' '))} · {esc(_fmt_date(row.start_date))} to {esc(until)}</i>"
                     f"{size}{note}" + _sources_html(row.source_ids, sources, f"presence {row.presence_id}"))
            years = list(range(max(row.start_date.year, start_year), last + 1))
            if not years:
                continue
            features.append({"type": "Feature",
                             "geometry": {"type": "MultiPoint", "coordinates": [[round(lon, 3), round(lat, 3)]] * len(years)},
                             "properties": {"times": [f"{y}-01-01" for y in years], "presence_id": str(row.presence_id),
                                            "popup": popup, "tooltip": esc(f"{row.force}{op} in {host}, {years[0]}–{years[-1]}"),
                                            "icon": "circle",
                                            "iconstyle": {"fillColor": colours[str(row.force_country)], "fillOpacity": 0.9,
                                                          "color": "#222222", "weight": 1, "radius": 8}}})
    return features
