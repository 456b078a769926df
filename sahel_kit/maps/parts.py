"""The parts every folium layer of the kit shares: escaping, legends, panes, source links, periods.

Kept apart from :mod:`sahel_kit.maps.folium_maps` so each module has one job; :mod:`sahel_kit.maps.svg` uses the
period, date and event-placement helpers too.  Nothing here imports folium at module level.
"""
from __future__ import annotations

import base64
from html import escape

import pandas as pd

from . import palette
from .geometry import label_point

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


def svg_figure_html(svg: str, alt: str, caption: str) -> str:
    """An SVG picture as an ``<img>`` with ``alt`` text in a ``<figure>`` with a visible caption.

    JupyterLab shows an ``image/svg+xml`` output as an ``<img>`` without ``alt``, so the SVG's own
    ``<title>`` reaches no screen reader; an HTML output carrying the SVG as a data URI does.  ``alt``
    and ``caption`` are plain text (escaped here).
    """
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg.encode("utf-8")).decode("ascii")
    return (f'<figure class="sahel-figure" style="margin:0 0 1em 0;max-width:100%">'
            f'<img src="{uri}" alt="{escape(alt)}" style="max-width:100%;height:auto">'
            f'<figcaption style="font-size:0.9em">{escape(caption)}</figcaption></figure>')


def titled_map_html(html: str, title: str) -> str:
    """A folium map's notebook HTML with a visible title above it and a ``title`` on its ``<iframe>``.

    folium puts the map in an ``<iframe srcdoc=...>`` with no accessible name; screen readers announce
    a frame by its ``title``.
    """
    label = escape(f"Interactive map: {title}", quote=True)
    html = html.replace("<iframe ", f'<iframe title="{label}" ', 1)
    # The framed document itself gets a language and a <title> too (axe: html-has-lang, document-title);
    # it sits escaped in the srcdoc attribute, so the title is escaped twice.
    html = html.replace("&lt;html&gt;", "&lt;html lang=&quot;en&quot;&gt;", 1)
    html = html.replace("&lt;head&gt;", f"&lt;head&gt;&lt;title&gt;{escape(escape(title))}&lt;/title&gt;", 1)
    return f'<div class="sahel-map-title" style="font-weight:bold;margin:0.3em 0">{escape(title)}</div>' + html


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
        key = palette.country_key(iso3, row.aes_member)
        note = (" (AES member)" if key == "aes" else
                " (disputed territory, shown as Natural Earth's de facto boundaries do)" if key == "disputed" else "")
        props = {"iso3": iso3, "aes_member": bool(row.aes_member), "tooltip": esc(f"{row.name}{note}")}
        props.update((extra or {}).get(iso3, {}))
        feats.append({"type": "Feature", "id": iso3, "properties": props, "geometry": row.geometry})
    return feats


def _country_style(feature):
    p = feature["properties"]
    key = palette.country_key(p["iso3"], p["aes_member"])
    fill, line, _ = palette.COUNTRY_STYLE[key]
    return {"fillColor": fill, "color": line, "weight": 1, "fillOpacity": 0.45 if key == "aes" else 0.25,
            "dashArray": "4 4" if key == "disputed" else None}


def _country_centres(boundaries) -> dict:
    """iso3 -> ``(lon, lat)`` inside the country, for country-level markers."""
    return {str(r.iso3): label_point(r.geometry) for r in boundaries.itertuples(index=False)}


def _event_spots(events, places, boundaries):
    """Where each event is drawn: a list of ``(row, (lon, lat), place name or None, k)`` and the number skipped.

    An event sits at its place, else (place name ``None``) at the middle of its first country, else it
    is skipped.  ``k`` counts what is already at that spot (a place's own marker counts as one), so the
    caller can spread the events on a spiral around it.
    """
    where = {r.place_id: ((r.lon, r.lat), r.name) for r in places.itertuples(index=False)}
    centres = _country_centres(boundaries)
    used = {spot: 1 for spot, _ in where.values()}
    spots, skipped = [], 0
    for row in events.itertuples(index=False):
        if isinstance(row.place_id, str) and row.place_id in where:
            spot, pname = where[row.place_id]
        elif row.countries and row.countries[0] in centres:
            spot, pname = centres[row.countries[0]], None
        else:
            skipped += 1
            continue
        k = used.get(spot, 0)
        used[spot] = k + 1
        spots.append((row, spot, pname, k))
    return spots, skipped


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


def _fmt_date(date, precision=None) -> str:
    """A date written to its precision (``year``, ``month``, ``day``).

    Without a precision (presence dates have no precision column) it is read from the date itself,
    so that no more precision is claimed than the CSV may hold: 1 January is a year, a 1st a month.
    """
    if precision is None:
        precision = "year" if (date.month, date.day) == (1, 1) else "month" if date.day == 1 else "day"
    return date.strftime({"year": "%Y", "month": "%Y-%m"}.get(str(precision), "%Y-%m-%d"))
