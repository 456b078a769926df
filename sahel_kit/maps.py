"""Folium maps of the Sahel: the base map, places, events, coups, and foreign forces over time.

Every function takes the kit's DataFrames as arguments (default: the ``load_*`` loaders),
adds one layer and a legend that says what each colour means, and returns the map so that
calls chain.  All text taken from the data is HTML-escaped before it reaches a popup or
tooltip; popups name their sources (publisher and title, linked).  folium is imported
inside the functions, so ``import sahel_kit`` stays light.
"""
from __future__ import annotations

import math
from html import escape

import pandas as pd

from . import palette
from .geometry import label_point

__all__ = ["sahel_map", "add_places", "add_events", "add_coups", "presence_timeline_map"]

# Default background: OpenTopoMap-R from openmaps.fr, which allows free, low-volume, non-commercial use
# without a key, with this attribution (https://openmaps.fr/tile-usage-policy.html). Not OSM's own
# servers; CARTO (folium's "cartodbpositron") has required an API key since late August 2026
# (https://github.com/leaflet-extras/leaflet-providers/issues/703), so its tiles show a watermark.
DEFAULT_TILES = "opentopomap-r"
TILE_URL = "https://tile.openmaps.fr/opentopomap/{z}/{x}/{y}.png"
TILE_ATTRIBUTION = ('<a href="https://github.com/sletuffe/OpenTopoMap">&copy; OpenTopoMap-R</a> '
                    '<a href="https://openmaps.fr/donate">\u2764\ufe0f Donation</a> '
                    '<a href="http://www.openstreetmap.org/copyright">&copy; OpenStreetMap</a>')
CENTRE, ZOOM = (16.0, 6.0), 4  # the AES left of centre, room for the legends on the right

_LEGEND_JS = """
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.control({position: {{ this.position|tojson }}});
{{ this.get_name() }}.onAdd = function () {
    var div = L.DomUtil.create("div", "sahel-legend-control");
    div.innerHTML = {{ this.html|tojson }};
    return div;
};
{{ this.get_name() }}.addTo({{ this._parent.get_name() }});
{% endmacro %}
"""


def esc(value) -> str:
    """Escape text for HTML, and for the JavaScript template literals folium wraps popups in."""
    return escape(str(value), quote=True).replace("`", "&#96;").replace("$", "&#36;").replace("\\", "&#92;")


def _add_legend(m, title, entries, notes=(), position="bottomright"):
    from branca.element import MacroElement
    from folium.template import Template

    legend = MacroElement()
    legend._name = "Legend"
    legend._template = Template(_LEGEND_JS)
    legend.html = palette.legend_html(title, entries, notes)  # written with tojson: a plain JS string
    legend.position = position
    m.add_child(legend)


def _layer_control_last(m):
    """Keep one LayerControl, rendered after every layer it lists."""
    import folium

    for name, child in list(m._children.items()):
        if isinstance(child, folium.LayerControl):
            del m._children[name]
    folium.LayerControl(collapsed=True).add_to(m)


def _pane(m, name: str, z_index: int) -> str:
    """Create (once) a map pane below markers (Leaflet's overlay pane is at 400), so areas never hide points."""
    from folium.map import CustomPane

    if not any(isinstance(c, CustomPane) and c.name == name for c in m._children.values()):
        CustomPane(name, z_index=z_index, pointer_events=True).add_to(m)
    return name


def _sources_html(ids, sources, where: str) -> str:
    lookup = sources.set_index("source_id")
    missing = [s for s in ids if s not in lookup.index]
    if missing:
        raise ValueError(f"{where}: source id(s) {', '.join(missing)} not in the sources table (data/sources.csv)")
    links = []
    for sid in ids:
        row = lookup.loc[sid]
        text = esc(f"{row['publisher']}: {row['title']}")
        url = str(row["url"])
        links.append(f'<a href="{esc(url)}" target="_blank" rel="noopener">{text}</a>'
                     if url.startswith(("https://", "http://")) else text)
    return f"<br><small>{'Sources' if len(links) > 1 else 'Source'}: {'; '.join(links)}</small>" if links else ""


def _country_features(boundaries, extra=None) -> list[dict]:
    feats = []
    for row in boundaries.itertuples(index=False):
        iso3 = str(row.iso3)
        note = (" (AES member)" if row.aes_member else
                " (disputed territory, shown as Natural Earth's de facto boundaries do)" if iso3 == "ESH" else "")
        props = {"iso3": iso3, "aes_member": bool(row.aes_member), "tooltip": esc(f"{row.name}{note}")}
        props.update((extra or {}).get(iso3, {}))
        feats.append({"type": "Feature", "id": iso3, "properties": props, "geometry": row.geometry})
    return feats


def _country_style(feature):
    p = feature["properties"]
    key = "aes" if p["aes_member"] else "disputed" if p["iso3"] == "ESH" else "other"
    fill, line, _ = palette.COUNTRY_STYLE[key]
    return {"fillColor": fill, "color": line, "weight": 1, "fillOpacity": 0.45 if key == "aes" else 0.25,
            "dashArray": "4 4" if key == "disputed" else None}


def sahel_map(*, tiles=DEFAULT_TILES, boundaries=None, location=CENTRE, zoom_start=ZOOM, legend=True, **map_kwargs):
    """A folium map of the region: country shapes, the AES members styled apart, tooltips, a legend.

    Parameters
    ----------
    tiles : str or None, default "opentopomap-r"
        Background tiles: the default is OpenTopoMap-R (openmaps.fr, keyless, attributed); any
        folium tile name or URL also works (pass ``attr=`` for a URL). ``None`` draws no tiles, so
        no tile requests; the browser still loads Leaflet itself from a CDN, so with no internet at
        all use :func:`sahel_kit.static_map`.
    boundaries : pandas.DataFrame, optional
        Country shapes; default :func:`sahel_kit.load_boundaries`.
    location, zoom_start : optional
        Map centre ``(lat, lon)`` and zoom; the default shows the Sahel from Senegal to Chad.
    legend : bool, default True
        Add the legend (colours in words, Natural Earth credit, the Western Sahara note).

    Examples
    --------
    >>> from sahel_kit import sahel_map
    >>> m = sahel_map(tiles=None)
    """
    import folium

    from .tables import load_boundaries

    boundaries = load_boundaries() if boundaries is None else boundaries
    if tiles == DEFAULT_TILES:
        tiles, map_kwargs["attr"] = TILE_URL, TILE_ATTRIBUTION
    m = folium.Map(location=list(location), zoom_start=zoom_start, tiles=tiles, control_scale=True, **map_kwargs)
    folium.GeoJson({"type": "FeatureCollection", "features": _country_features(boundaries)}, name="Countries",
                   style_function=_country_style, pane=_pane(m, "sahel-countries", 350),
                   tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(m)
    if legend:
        _add_legend(m, "Countries", [(fill, words, "1px dashed #444" if key == "disputed" else "1px solid #444")
                                     for key, (fill, _, words) in palette.COUNTRY_STYLE.items()],
                    [palette.ATTRIBUTION, palette.DE_FACTO_NOTE])
    _layer_control_last(m)
    return m


def add_places(m, places=None, sources=None, *, kinds=None):
    """Add places and bases as square markers, coloured by kind, with popups naming the source.

    Parameters
    ----------
    m : folium.Map
    places, sources : pandas.DataFrame, optional
        Default :func:`sahel_kit.load_places` and :func:`sahel_kit.load_sources`.
    kinds : iterable of str, optional
        Keep only these kinds (``capital``, ``city``, ``town``, ``air_base``, ``area``).

    Examples
    --------
    >>> from sahel_kit import add_events, add_places, sahel_map
    >>> m = add_events(add_places(sahel_map(tiles=None)), start=2020, end=2023)
    """
    import folium

    from .tables import load_places, load_sources

    places = load_places() if places is None else places
    sources = load_sources() if sources is None else sources
    if kinds is not None:
        _check_values("kinds", kinds, palette.PLACE_COLOURS)
        places = places[places["kind"].isin(list(kinds))]
    group = folium.FeatureGroup(name="Places and bases").add_to(m)
    for row in places.itertuples(index=False):
        colour, words = palette.PLACE_COLOURS[str(row.kind)]
        popup = (f"<b>{esc(row.name)}</b><br><i>{esc(words)}, {esc(row.country)}</i><br>{esc(row.description)}"
                 + _sources_html(row.source_ids, sources, f"place {row.place_id}"))
        size = 14 if row.kind == "capital" else 11
        icon = folium.DivIcon(html=f'<div style="width:{size}px;height:{size}px;background:{colour};'
                                   f'border:2px solid #fff;outline:1px solid #222"></div>',
                              icon_size=(size + 4, size + 4), icon_anchor=(size // 2 + 2, size // 2 + 2))
        folium.Marker([row.lat, row.lon], icon=icon, tooltip=esc(f"{row.name} ({words})"),
                      popup=folium.Popup(popup, max_width=320)).add_to(group)
    kinds_shown = [k for k in palette.PLACE_COLOURS if k in set(places["kind"].astype(str))]
    _add_legend(m, "Places", [palette.PLACE_COLOURS[k] for k in kinds_shown] or [("#FFFFFF", "No places to show")])
    _layer_control_last(m)
    return m


def _check_values(name, values, allowed):
    bad = sorted({str(v) for v in values} - set(allowed))
    if bad:
        raise ValueError(f"{name}: {', '.join(bad)} not allowed; choose from {', '.join(allowed)}")


def _period(df, column, start, end):
    """Rows whose ``column`` falls in [start, end]; a year as an int means the whole year."""
    if start is not None:
        first = pd.Timestamp(year=start, month=1, day=1) if isinstance(start, int) else pd.Timestamp(start)
        df = df[df[column] >= first]
    if end is not None:
        if isinstance(end, int):
            df = df[df[column] < pd.Timestamp(year=end + 1, month=1, day=1)]
        else:
            df = df[df[column] <= pd.Timestamp(end)]
    return df


def _day(date) -> str:
    """A presence date without a precision column: never claim more precision than the CSV may hold."""
    return date.strftime("%Y" if (date.month, date.day) == (1, 1) else "%Y-%m" if date.day == 1 else "%Y-%m-%d")


def _fmt_date(date, precision) -> str:
    return date.strftime({"year": "%Y", "month": "%Y-%m"}.get(str(precision), "%Y-%m-%d"))


def add_events(m, events=None, places=None, sources=None, *, start=None, end=None, categories=None, boundaries=None):
    """Add the events of a period as circle markers coloured by category.

    An event is drawn at its place; one without a place is drawn at the middle of its first
    country and its popup says so.  Events at the same spot are spread on a spiral around it.

    Parameters
    ----------
    m : folium.Map
    events, places, sources, boundaries : pandas.DataFrame, optional
        Default: the kit's loaders.
    start, end : int, str or Timestamp, optional
        First and last date kept; an int is a whole year (``start=2020, end=2023``).
    categories : iterable of str, optional
        Keep only these categories (see ``sahel_kit.tables.EVENT_CATEGORIES``).
    """
    import folium

    from .tables import load_boundaries, load_events, load_places, load_sources

    events = load_events() if events is None else events
    places = load_places() if places is None else places
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    if categories is not None:
        _check_values("categories", categories, palette.EVENT_COLOURS)
        events = events[events["category"].isin(list(categories))]
    events = _period(events, "date", start, end)
    where = {r.place_id: (r.lat, r.lon, r.name) for r in places.itertuples(index=False)}
    centres = {str(r.iso3): label_point(r.geometry)[::-1] for r in boundaries.itertuples(index=False)}
    used = {(lat, lon): 1 for lat, lon, _ in where.values()}  # keep each place's own marker visible
    feats, skipped = [], 0
    for row in events.itertuples(index=False):
        if isinstance(row.place_id, str) and row.place_id in where:
            lat, lon, pname = where[row.place_id]
            located = f"Place: {pname}"
        elif row.countries and row.countries[0] in centres:
            lat, lon = centres[row.countries[0]]
            located = f"Shown at the middle of {row.countries[0]}: no exact place recorded"
        else:
            skipped += 1
            continue
        k = used.get((lat, lon), 0)
        used[(lat, lon)] = k + 1
        lat, lon = lat + 0.7 * math.sqrt(k) * math.sin(2.4 * k), lon + 0.7 * math.sqrt(k) * math.cos(2.4 * k)
        colour, words = palette.EVENT_COLOURS[str(row.category)]
        when = _fmt_date(row.date, row.date_precision)
        popup = (f"<b>{esc(row.title)}</b><br><i>{esc(when)} · {esc(words)} · {esc(', '.join(row.countries))}</i>"
                 f"<br>{esc(row.description)}<br><small>{esc(located)}</small>"
                 + _sources_html(row.source_ids, sources, f"event {row.event_id}"))
        feats.append({"type": "Feature", "id": str(row.event_id),
                      "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
                      "properties": {"event_id": str(row.event_id), "colour": colour, "popup": popup,
                                     "tooltip": esc(f"{when}: {row.title} ({words})")}})
    if feats:  # one GeoJSON layer: far lighter than one folium marker per event
        folium.GeoJson({"type": "FeatureCollection", "features": feats}, name="Events",
                       marker=folium.CircleMarker(radius=7, fill=True),
                       style_function=lambda f: {"fillColor": f["properties"]["colour"], "color": "#222222",
                                                 "weight": 1, "fillOpacity": 0.9},
                       tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
                       popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=340)).add_to(m)
    shown = [c for c in palette.EVENT_COLOURS if c in set(events["category"].astype(str))]
    notes = [f"{skipped} event(s) not shown: no place or country on this map."] if skipped else []
    _add_legend(m, "Events", [(*palette.EVENT_COLOURS[c], None, "circle") for c in shown] or [("#FFFFFF", "No events in this period")], notes)
    _layer_control_last(m)
    return m


def add_coups(m, events=None, sources=None, *, start=None, end=None, boundaries=None):
    """Colour each country by the number of coups (events of category ``coup``) in the period.

    The tooltip gives the years; the popup lists each coup with its date and sources.
    """
    import folium

    from .tables import load_boundaries, load_events, load_sources

    events = load_events() if events is None else events
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    coups = _period(events[events["category"].astype(str) == "coup"], "date", start, end)
    per_country: dict = {}
    for row in coups.itertuples(index=False):
        for iso3 in row.countries:
            per_country.setdefault(iso3, []).append(row)
    extra = {}
    for iso3, rows in per_country.items():
        years = ", ".join(sorted({str(r.date.year) for r in rows}))
        items = "".join(f"<li>{esc(_fmt_date(r.date, r.date_precision))}: {esc(r.title)}"
                        f"{_sources_html(r.source_ids, sources, f'event {r.event_id}')}</li>" for r in rows)
        extra[iso3] = {"coups": len(rows), "coup_tip": esc(f"{len(rows)} coup(s): {years}"),
                       "popup": f"<b>Coups in {esc(iso3)}</b><ul>{items}</ul>"}
    feats = [f for f in _country_features(boundaries, extra) if f["id"] in extra]
    for f in feats:
        f["properties"]["tooltip"] += " — " + f["properties"].pop("coup_tip")
    if feats:
        folium.GeoJson({"type": "FeatureCollection", "features": feats}, name="Coups", pane=_pane(m, "sahel-coups", 360),
                       style_function=lambda f: {"fillColor": palette.coup_colour(f["properties"]["coups"]),
                                                 "color": "#222222", "weight": 1.5, "fillOpacity": 0.7},
                       tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
                       popup=folium.GeoJsonPopup(fields=["popup"], labels=False)).add_to(m)
    _add_legend(m, "Coups in the period", [(c, w) for _, c, w in palette.COUP_STEPS]
                + [("#FFFFFF", "No coup recorded (no colour)")])
    _layer_control_last(m)
    return m


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

    from .tables import load_boundaries, load_presence, load_sources

    presence = load_presence() if presence is None else presence
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    m = sahel_map(tiles=tiles, boundaries=boundaries)
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
    centres = {str(r.iso3): label_point(r.geometry) for r in boundaries.itertuples(index=False)}
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
            until = "present" if pd.isna(row.end_date) else _day(row.end_date)
            size = "" if pd.isna(row.size_approx) else f"<br>About {int(row.size_approx):,} personnel"
            note = "" if pd.isna(row.size_note) else f" ({esc(row.size_note)})" if size else f"<br>{esc(row.size_note)}"
            op = "" if pd.isna(row.operation) else f" — {row.operation}"
            popup = (f"<b>{esc(row.force)}{esc(op)}</b><br><i>{esc(row.force_country)} in {esc(host)} · "
                     f"{esc(str(row.kind).replace('_', ' '))} · {esc(_day(row.start_date))} to {esc(until)}</i>"
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
