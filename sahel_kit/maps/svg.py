"""A static SVG map in pure Python: no browser, no tiles, no CDN, the same bytes every time.

For classrooms without internet, printed handouts and GitHub's static notebook view.  The
projection is equirectangular, with longitudes scaled by the cosine of the middle latitude so
that shapes are not stretched.  Every country is one ``<path>``; the map carries a ``<title>``
and a ``<desc>`` for screen readers, and a legend that says what each colour means.
"""
from __future__ import annotations

import hashlib
import math
import re
from html import escape
from pathlib import Path


from . import palette
from .geometry import label_point, polygons
from .parts import _event_spots, _fmt_date, _period, svg_figure_html

__all__ = ["StaticMap", "static_map"]

MARGIN, FONT = 10, "Helvetica, Arial, sans-serif"


class StaticMap:
    """An SVG map: shown by Jupyter as an image with alt text, saved with :meth:`save`, its text in :attr:`svg`."""

    def __init__(self, svg: str):
        self.svg = svg

    def _repr_html_(self) -> str:
        # Not _repr_svg_: JupyterLab would show it as an <img> without alt text (see parts.svg_figure_html).
        from html import unescape

        title = re.search(r"<title[^>]*>(.*?)</title>", self.svg, re.S)
        desc = re.search(r"<desc[^>]*>(.*?)</desc>", self.svg, re.S)
        title = unescape(title.group(1)) if title else "Map"
        alt = f"{title}. {unescape(desc.group(1))}" if desc else title
        return svg_figure_html(self.svg, alt, f"{title} (static map: works offline and in print)")

    def save(self, path) -> Path:
        """Write the SVG (UTF-8) to ``path`` and return the path."""
        path = Path(path)
        path.write_text(self.svg, encoding="utf-8", newline="\n")
        return path

    def __len__(self) -> int:
        return len(self.svg.encode("utf-8"))

    def __repr__(self) -> str:
        # Deterministic (no memory address), so notebooks can check this cell's output.
        title = re.search(r"<title[^>]*>(.*?)</title>", self.svg, re.S)
        return f"<StaticMap {title.group(1) if title else 'untitled'!r}: SVG, {len(self):,} bytes>"


class _Projection:
    def __init__(self, bbox, width):
        self.lon0, self.lat0, lon1, self.lat1 = bbox
        self.k = math.cos(math.radians((self.lat0 + self.lat1) / 2))
        self.scale = (width - 2 * MARGIN) / ((lon1 - self.lon0) * self.k)
        self.height = round((self.lat1 - self.lat0) * self.scale + 2 * MARGIN)

    def __call__(self, lon, lat):
        return (round(MARGIN + (lon - self.lon0) * self.k * self.scale, 1),
                round(MARGIN + (self.lat1 - lat) * self.scale, 1))


def _path_data(geometry, proj) -> str:
    parts = []
    for rings in polygons(geometry):
        for ring in rings:
            pts = []
            for lon, lat, *_ in ring:
                p = proj(lon, lat)
                if not pts or p != pts[-1]:
                    pts.append(p)
            if len(pts) > 2:
                parts.append("M" + " ".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
    return "".join(parts)


def _text(x, y, s, size, anchor="middle", weight="normal"):
    return (f'<text x="{x:g}" y="{y:g}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}" '
            f'fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">{escape(s)}</text>')


class _Labels:
    """Greedy placement: a label is drawn only where it overlaps no label already drawn."""

    def __init__(self):
        self.boxes, self.svg = [], []

    def place(self, x, y, candidates, size, anchor="middle", weight="normal") -> bool:
        for s in candidates:
            w = 0.58 * size * len(s)
            x0 = {"middle": x - w / 2, "end": x - w}.get(anchor, x)
            box = (x0 - 2, y - size, x0 + w + 2, y + 3)
            if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in self.boxes):
                self.boxes.append(box)
                self.svg.append(_text(x, y, s, size, anchor, weight))
                return True
        return False


def _place_labels(places, proj, labels) -> None:
    for row in places.sort_values("place_id").itertuples(index=False):
        x, y = proj(row.lon, row.lat)
        if not labels.place(x + 6, y + 4, [str(row.name)], 11, anchor="start"):
            labels.place(x - 6, y + 4, [str(row.name)], 11, anchor="end")


def _legend(entries, notes, y, width):
    out = []
    col_w = int(max([0.58 * 12 * len(w) + 34 for _, w, _ in entries] or [100]))
    cols = max(1, (width - 2 * MARGIN) // col_w)
    for i, (colour, words, dashed) in enumerate(entries):
        x, yy = MARGIN + (i % cols) * col_w, y + (i // cols) * 18
        dash = ' stroke-dasharray="3 2"' if dashed is True else ""
        out.append(f'<circle cx="{x + 6}" cy="{yy + 6}" r="6" fill="{colour}" stroke="#222"/>' if dashed == "circle" else
                   f'<rect x="{x}" y="{yy}" width="12" height="12" fill="{colour}" stroke="#444"{dash}/>')
        out.append(f'<text x="{x + 18}" y="{yy + 10}" font-size="12" fill="#111">{escape(words)}</text>')
    y += ((len(entries) + cols - 1) // cols) * 18 + 6
    for note in notes:
        out.append(f'<text x="{MARGIN}" y="{y + 10}" font-size="11" fill="#333">{escape(note)}</text>')
        y += 16
    return out, y + 4


def static_map(places=None, events=None, *, boundaries=None, title="The Sahel and its neighbours",
               description=None, bbox=None, width=900, start=None, end=None) -> StaticMap:
    """An SVG map of the country shapes, places and (optionally) events.

    Parameters
    ----------
    places : pandas.DataFrame, optional
        Places to mark and label; default :func:`sahel_kit.load_places`. Pass an empty frame for none.
    events : pandas.DataFrame, optional
        Events to mark by category (at their place, else the middle of their first country);
        default none.  ``start``/``end`` (years as int, or dates) keep a period.
    boundaries : pandas.DataFrame, optional
        Country shapes; default :func:`sahel_kit.load_boundaries`.
    title, description : str
        The map's ``<title>`` and ``<desc>``; a description is written from the data when omitted.
    bbox : (min lon, min lat, max lon, max lat), optional
        The area shown; default the extent of all countries.
    width : int, default 900
        Width in pixels; the height follows from the projection.

    Examples
    --------
    >>> from sahel_kit import static_map
    >>> m = static_map()
    >>> m.svg.startswith("<svg")
    True
    """
    from ..facts.tables import load_boundaries, load_places

    boundaries = load_boundaries() if boundaries is None else boundaries
    places = load_places() if places is None else places
    rings = [pt for g in boundaries["geometry"] for poly in polygons(g) for pt in poly[0]]
    bbox = bbox or (min(p[0] for p in rings), min(p[1] for p in rings), max(p[0] for p in rings), max(p[1] for p in rings))
    proj = _Projection(bbox, width)
    body, labels, entries = [], _Labels(), []
    kinds = {}
    for row in boundaries.itertuples(index=False):
        iso3 = str(row.iso3)
        key = palette.country_key(iso3, row.aes_member)
        kinds.setdefault(key, []).append(str(row.name))
        fill, line, _ = palette.COUNTRY_STYLE[key]
        dash = ' stroke-dasharray="3 2"' if key == "disputed" else ""
        body.append(f'<path id="country-{iso3}" class="country {key}" data-iso3="{iso3}" d="{_path_data(row.geometry, proj)}" '
                    f'fill="{fill}" fill-opacity="{0.8 if key == "aes" else 1}" stroke="{line}" stroke-width="0.7"'
                    f'{dash} fill-rule="evenodd"><title>{escape(str(row.name))}</title></path>')
    entries += [(palette.COUNTRY_STYLE[k][0], palette.COUNTRY_STYLE[k][2], k == "disputed") for k in palette.COUNTRY_STYLE if k in kinds]
    markers, places_done = [], False
    for row in places.itertuples(index=False):
        colour, words = palette.PLACE_COLOURS[str(row.kind)]
        x, y = proj(row.lon, row.lat)
        r = 4.5 if row.kind == "capital" else 3.5
        markers.append(f'<rect x="{x - r:g}" y="{y - r:g}" width="{2 * r:g}" height="{2 * r:g}" fill="{colour}" '
                       f'stroke="#fff" stroke-width="1"><title>{escape(f"{row.name} ({words})")}</title></rect>')
    entries += [(c, w, False) for k, (c, w) in palette.PLACE_COLOURS.items() if k in set(places["kind"].astype(str))]
    n_events = 0
    if events is not None:
        events = _period(events, "date", start, end)
        spots, _ = _event_spots(events, places, boundaries)
        for row, (lon, lat), pname, k in spots:
            if pname is None:  # at the country's middle: go under its label
                lat -= 16 / proj.scale
            x, y = proj(lon, lat)
            x, y = round(x + 5 * math.sqrt(k) * math.cos(2.4 * k), 1), round(y + 5 * math.sqrt(k) * math.sin(2.4 * k), 1)
            colour, words = palette.EVENT_COLOURS[str(row.category)]
            tip = f"{_fmt_date(row.date, row.date_precision)}: {row.title} ({words})"
            markers.append(f'<circle cx="{x:g}" cy="{y:g}" r="4" fill="{colour}" stroke="#222" stroke-width="0.8">'
                           f'<title>{escape(tip)}</title></circle>')
            n_events += 1
        entries += [(c, w, "circle") for k, (c, w) in palette.EVENT_COLOURS.items() if k in set(events["category"].astype(str))]
    iso_used = False  # label order: AES countries, capitals, other countries, other places
    order = sorted(boundaries.itertuples(index=False), key=lambda r: (not r.aes_member, -_bbox_w(r.geometry), str(r.iso3)))
    capitals = places["kind"].astype(str) == "capital"
    for row in order:
        if not row.aes_member and not places_done:
            _place_labels(places[capitals], proj, labels)
            places_done = True
        x, y = proj(*label_point(row.geometry))
        if MARGIN < x < width - MARGIN and MARGIN < y < proj.height - MARGIN:
            span = _bbox_w(row.geometry) * proj.k * proj.scale
            names = [str(row.name)] if 0.58 * 12 * len(str(row.name)) < span * 1.2 else []
            placed = labels.place(x, y + 4, names + [str(row.iso3)], 12, weight="bold" if row.aes_member else "normal")
            iso_used |= placed and not names
    if not places_done:
        _place_labels(places[capitals], proj, labels)
    _place_labels(places[~capitals], proj, labels)
    notes = [palette.ATTRIBUTION] + (["Small countries are labelled with their ISO 3166 three-letter code."] if iso_used else [])
    if {"ESH", "MAR"} & set(boundaries["iso3"].astype(str)):
        notes.append(palette.DE_FACTO_NOTE)
    legend, total_h = _legend(entries, notes, proj.height + 8, width)
    description = description or _describe(kinds, len(places), n_events, notes)
    uid = "sahel-map-" + hashlib.sha1("".join(body + markers + labels.svg).encode()).hexdigest()[:8]
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total_h}" viewBox="0 0 {width} {total_h}" '
           f'role="img" aria-labelledby="{uid}-title {uid}-desc" font-family="{FONT}">',
           f'<title id="{uid}-title">{escape(title)}</title>', f'<desc id="{uid}-desc">{escape(description)}</desc>',
           f'<rect x="0" y="0" width="{width}" height="{total_h}" fill="#fff"/>',
           f'<rect x="0" y="0" width="{width}" height="{proj.height}" fill="#EAF2F8"/>',
           '<g class="countries">', *body, "</g>", '<g class="markers">', *markers, "</g>",
           '<g class="labels">', *labels.svg, "</g>", '<g class="legend">', *legend, "</g>", "</svg>"]
    return StaticMap("\n".join(svg) + "\n")


def _bbox_w(geometry) -> float:
    xs = [p[0] for poly in polygons(geometry) for p in poly[0]]
    return max(xs) - min(xs)


def _describe(kinds, n_places, n_events, notes) -> str:
    aes = ", ".join(sorted(kinds.get("aes", [])))
    n = sum(len(v) for v in kinds.values())
    text = f"Map of {n} countries. "
    if aes:
        text += f"The members of the Alliance of Sahel States ({aes}) are shaded orange; other countries are grey. "
    text += f"{n_places} place(s) are marked with circles coloured by kind"
    text += f", and {n_events} event(s) with circles coloured by category. " if n_events else ". "
    return text + " ".join(notes)
