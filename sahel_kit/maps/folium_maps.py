"""Folium maps of the Sahel: the base map, places, events and coups (the time slider is in map_timeline).

Every function takes the kit's DataFrames as arguments (default: the ``load_*`` loaders),
adds one layer and a legend that says what each colour means, and returns the map so that
calls chain.  All text taken from the data is HTML-escaped before it reaches a popup or
tooltip; popups name their sources (publisher and title, linked).  folium is imported
inside the functions, so ``import sahel_kit`` stays light.
"""
from __future__ import annotations

import math

from ..facts.i18n import N_, _, get_language, using_language
from . import palette
from .assets import localize
from .parts import _add_legend, _check_values, _country_features, _country_style, _event_spots, _fmt_date, _layer_control_last, _pane, _period, _sources_html, country_names, esc, titled_map_html

__all__ = ["sahel_map", "add_places", "add_events", "add_coups"]

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
#: The base map's title (translated when the map is made: ``title=None``).
DEFAULT_TITLE = N_("The Sahel and its neighbours")

_MAP_CLASS = None


def _map_class():
    """``folium.Map`` with an accessible notebook view: a visible title and a titled ``<iframe>``.

    Built on first use, because folium is imported only when a map is made.
    """
    global _MAP_CLASS
    if _MAP_CLASS is None:
        import folium

        class SahelMap(folium.Map):
            """A folium map whose notebook view names itself (see :func:`~sahel_kit.maps.parts.titled_map_html`)."""

            title = DEFAULT_TITLE
            lang = None  # the language the map was made in: its frame's title and lang, whenever it is shown

            def _repr_html_(self, **kwargs):
                with using_language(self.lang):
                    return titled_map_html(super()._repr_html_(**kwargs), self.title)

        _MAP_CLASS = SahelMap
    return _MAP_CLASS


def sahel_map(*, tiles=DEFAULT_TILES, boundaries=None, location=CENTRE, zoom_start=ZOOM, legend=True,
              title=None, **map_kwargs):
    """A folium map of the region: country shapes, the AES members styled apart, tooltips, a legend.

    Parameters
    ----------
    tiles : str or None, default "opentopomap-r"
        Background tiles: the default is OpenTopoMap-R (openmaps.fr, keyless, attributed); any
        folium tile name or URL also works (pass ``attr=`` for a URL). ``None`` draws no tiles, so
        no tile requests; the browser still loads Leaflet itself from a CDN unless offline maps are
        on (:func:`sahel_kit.use_offline_maps`, automatic in the browser edition), or use
        :func:`sahel_kit.static_map`.
    boundaries : pandas.DataFrame, optional
        Country shapes; default :func:`sahel_kit.load_boundaries`.
    location, zoom_start : optional
        Map centre ``(lat, lon)`` and zoom; the default shows the Sahel from Senegal to Chad.
    legend : bool, default True
        Add the legend (colours in words, Natural Earth credit, the Western Sahara note).
    title : str, optional
        Default "The Sahel and its neighbours" (in the kit's language). Shown above the map and given to
        its frame as its accessible name; set ``m.title`` later when layers change what the map shows.

    Examples
    --------
    >>> from sahel_kit import sahel_map
    >>> m = sahel_map(tiles=None)
    """
    import folium

    from ..facts.tables import load_boundaries

    boundaries = load_boundaries() if boundaries is None else boundaries
    if tiles == DEFAULT_TILES:
        tiles, map_kwargs["attr"] = TILE_URL, TILE_ATTRIBUTION
    m = _map_class()(location=list(location), zoom_start=zoom_start, tiles=tiles, control_scale=True, **map_kwargs)
    m.title = _(DEFAULT_TITLE) if title is None else title
    m.lang = get_language()
    localize(m)  # no CDN and no tiles when offline maps are on (sk.use_offline_maps)
    folium.GeoJson({"type": "FeatureCollection", "features": _country_features(boundaries)}, name=_("Countries"),
                   style_function=_country_style, pane=_pane(m, "sahel-countries", 350),
                   tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False)).add_to(m)
    if legend:
        _add_legend(m, _("Countries"), [(fill, _(words), "1px dashed #444" if key == "disputed" else "1px solid #444")
                                        for key, (fill, _line, words) in palette.COUNTRY_STYLE.items()],
                    [_(palette.ATTRIBUTION), _(palette.DE_FACTO_NOTE)])
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

    from ..facts.tables import load_boundaries, load_places, load_sources

    places = load_places() if places is None else places
    sources = load_sources() if sources is None else sources
    if kinds is not None:
        _check_values("kinds", kinds, palette.PLACE_COLOURS)
        places = places[places["kind"].isin(list(kinds))]
    # Country names in French; in English the ISO3 code, as the popups have always said.
    names = country_names(load_boundaries()) if get_language() != "en" else {}
    group = folium.FeatureGroup(name=_("Places and bases")).add_to(m)
    for row in places.itertuples(index=False):
        colour, words = palette.PLACE_COLOURS[str(row.kind)]
        words = _(words)
        popup = (f"<b>{esc(row.name)}</b><br><i>{esc(words)}, {esc(names.get(str(row.country), row.country))}</i><br>{esc(row.description)}"
                 + _sources_html(row.source_ids, sources, f"place {row.place_id}"))
        size = 14 if row.kind == "capital" else 11
        icon = folium.DivIcon(html=f'<div style="width:{size}px;height:{size}px;background:{colour};'
                                   f'border:2px solid #fff;outline:1px solid #222"></div>',
                              icon_size=(size + 4, size + 4), icon_anchor=(size // 2 + 2, size // 2 + 2))
        # Leaflet makes a marker a focusable button; its `title` option is that button's accessible name.
        folium.Marker([row.lat, row.lon], icon=icon, tooltip=esc(f"{row.name} ({words})"), title=f"{row.name} ({words})",
                      popup=folium.Popup(popup, max_width=320)).add_to(group)
    kinds_shown = [k for k in palette.PLACE_COLOURS if k in set(places["kind"].astype(str))]
    _add_legend(m, _("Places"), [(palette.PLACE_COLOURS[k][0], _(palette.PLACE_COLOURS[k][1])) for k in kinds_shown]
                or [("#FFFFFF", _("No places to show"))])
    _layer_control_last(m)
    return m


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
        Keep only these categories (see ``sahel_kit.facts.tables.EVENT_CATEGORIES``).
    """
    import folium

    from ..facts.tables import load_boundaries, load_events, load_places, load_sources

    events = load_events() if events is None else events
    places = load_places() if places is None else places
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    if categories is not None:
        _check_values("categories", categories, palette.EVENT_COLOURS)
        events = events[events["category"].isin(list(categories))]
    events = _period(events, "date", start, end)
    spots, skipped = _event_spots(events, places, boundaries)
    # Country names in French; in English the ISO3 code, as the popups have always said.
    names = country_names(boundaries) if get_language() != "en" else {}
    feats = []
    for row, (lon, lat), pname, k in spots:
        located = (_("Place: {place}").format(place=pname) if pname is not None else
                   _("Shown at the middle of {country}: no exact place recorded").format(
                       country=names.get(str(row.countries[0]), row.countries[0])))
        lat, lon = lat + 0.7 * math.sqrt(k) * math.sin(2.4 * k), lon + 0.7 * math.sqrt(k) * math.cos(2.4 * k)
        colour, words = palette.EVENT_COLOURS[str(row.category)]
        words = _(words)
        when = _fmt_date(row.date, row.date_precision)
        popup = (f"<b>{esc(row.title)}</b><br><i>{esc(when)} · {esc(words)} · {esc(', '.join(names.get(str(c), c) for c in row.countries))}</i>"
                 f"<br>{esc(row.description)}<br><small>{esc(located)}</small>"
                 + _sources_html(row.source_ids, sources, f"event {row.event_id}"))
        feats.append({"type": "Feature", "id": str(row.event_id),
                      "geometry": {"type": "Point", "coordinates": [round(lon, 3), round(lat, 3)]},
                      "properties": {"event_id": str(row.event_id), "colour": colour, "popup": popup,
                                     "tooltip": esc(_("{date}: {title} ({kind})").format(date=when, title=row.title, kind=words))}})
    if feats:  # one GeoJSON layer: far lighter than one folium marker per event
        folium.GeoJson({"type": "FeatureCollection", "features": feats}, name=_("Events"),
                       marker=folium.CircleMarker(radius=7, fill=True),
                       style_function=lambda f: {"fillColor": f["properties"]["colour"], "color": "#222222",
                                                 "weight": 1, "fillOpacity": 0.9},
                       tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
                       popup=folium.GeoJsonPopup(fields=["popup"], labels=False, max_width=340)).add_to(m)
    shown = [c for c in palette.EVENT_COLOURS if c in set(events["category"].astype(str))]
    notes = [_("{skipped} event(s) not shown: no place or country on this map.").format(skipped=skipped)] if skipped else []
    _add_legend(m, _("Events"), [(palette.EVENT_COLOURS[c][0], _(palette.EVENT_COLOURS[c][1]), None, "circle") for c in shown]
                or [("#FFFFFF", _("No events in this period"))], notes)
    _layer_control_last(m)
    return m


def add_coups(m, events=None, sources=None, *, start=None, end=None, boundaries=None):
    """Colour each country by the number of coups (events of category ``coup``) in the period.

    The tooltip gives the years; the popup lists each coup with its date and sources.
    """
    import folium

    from ..facts.tables import load_boundaries, load_events, load_sources

    events = load_events() if events is None else events
    sources = load_sources() if sources is None else sources
    boundaries = load_boundaries() if boundaries is None else boundaries
    coups = _period(events[events["category"].astype(str) == "coup"], "date", start, end)
    # Country names in French; in English the ISO3 code, as the popups have always said.
    names = country_names(boundaries) if get_language() != "en" else {}
    per_country: dict = {}
    for row in coups.itertuples(index=False):
        for iso3 in row.countries:
            per_country.setdefault(iso3, []).append(row)
    extra = {}
    for iso3, rows in per_country.items():
        years = ", ".join(sorted({str(r.date.year) for r in rows}))
        items = "".join(f"<li>{esc(_fmt_date(r.date, r.date_precision))}: {esc(r.title)}"
                        f"{_sources_html(r.source_ids, sources, f'event {r.event_id}')}</li>" for r in rows)
        extra[iso3] = {"coups": len(rows), "coup_tip": esc(_("{count} coup(s): {years}").format(count=len(rows), years=years)),
                       "popup": f"<b>{esc(_('Coups in {country}').format(country=names.get(iso3, iso3)))}</b><ul>{items}</ul>"}
    feats = [f for f in _country_features(boundaries, extra) if f["id"] in extra]
    for f in feats:
        f["properties"]["tooltip"] += " — " + f["properties"].pop("coup_tip")
    if feats:
        folium.GeoJson({"type": "FeatureCollection", "features": feats}, name=_("Coups"), pane=_pane(m, "sahel-coups", 360),
                       style_function=lambda f: {"fillColor": palette.coup_colour(f["properties"]["coups"]),
                                                 "color": "#222222", "weight": 1.5, "fillOpacity": 0.7},
                       tooltip=folium.GeoJsonTooltip(fields=["tooltip"], labels=False),
                       popup=folium.GeoJsonPopup(fields=["popup"], labels=False)).add_to(m)
    _add_legend(m, _("Coups in the period"), [(c, _(w)) for _minimum, c, w in palette.COUP_STEPS]
                + [("#FFFFFF", _("No coup recorded (no colour)"))])
    _layer_control_last(m)
    return m


