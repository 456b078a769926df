"""The maps' colours, each with its meaning in words, and the legend built from them.

Colours come from the Okabe–Ito palette (Okabe & Ito, *Color Universal Design*), which
stays distinguishable for the common forms of colour blindness; the coup scale is three
steps of viridis.  Every colour used on a map appears in a legend with a text label, and
every marker also carries its meaning in its tooltip, so colour is never the only cue.
"""
from __future__ import annotations

from html import escape

__all__ = ["OKABE_ITO", "COUNTRY_STYLE", "PLACE_COLOURS", "EVENT_COLOURS", "COUP_STEPS",
           "country_key", "force_colours", "coup_colour", "legend_html", "ATTRIBUTION", "DE_FACTO_NOTE"]

OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}
_O = OKABE_ITO

ATTRIBUTION = "Boundaries: Made with Natural Earth (public domain)."
DE_FACTO_NOTE = ("Natural Earth draws de facto boundaries: Western Sahara (dashed outline) is shown "
                 "as a separate, disputed territory, not as part of Morocco.")

#: key -> (fill colour, outline colour, meaning in words)
COUNTRY_STYLE = {
    "aes": (_O["orange"], "#444444", "Alliance of Sahel States (AES): Mali, Burkina Faso, Niger"),
    "other": ("#DDDDDD", "#444444", "Other country"),
    "disputed": ("#F4F4F4", "#444444", "Western Sahara: disputed territory (dashed outline)"),
}



def country_key(iso3, aes_member) -> str:
    """The :data:`COUNTRY_STYLE` key of a country: ``aes``, ``disputed`` (Western Sahara) or ``other``."""
    return "aes" if aes_member else "disputed" if str(iso3) == "ESH" else "other"


#: place kind -> (colour, meaning in words)
PLACE_COLOURS = {
    "capital": (_O["black"], "Capital city"),
    "city": (_O["blue"], "City"),
    "town": (_O["sky_blue"], "Town"),
    "air_base": (_O["vermillion"], "Air or military base"),
    "area": (_O["bluish_green"], "Area or region"),
}

#: event category -> (colour, meaning in words); markers have a dark outline so yellow and white show.
EVENT_COLOURS = {
    "coup": (_O["vermillion"], "Coup"),
    "conflict": (_O["black"], "Armed conflict"),
    "military_operation": (_O["blue"], "Military operation"),
    "deployment": (_O["sky_blue"], "Deployment of foreign forces"),
    "withdrawal": (_O["orange"], "Withdrawal of foreign forces"),
    "diplomacy": (_O["bluish_green"], "Diplomacy"),
    "alliance": (_O["reddish_purple"], "Alliance"),
    "sanctions": (_O["yellow"], "Sanctions"),
    "peacekeeping": ("#999999", "Peacekeeping"),
    "politics": ("#FFFFFF", "Domestic politics"),
    # Okabe–Ito has eight colours; the last two come from Paul Tol's colour-blind-safe muted scheme.
    "civilian_harm": ("#882255", "Attack on civilians"),
    "civil_society": ("#332288", "Civil society: protests, parties, press"),
}

#: (minimum number of coups, colour, meaning in words), viridis steps light to dark
COUP_STEPS = ((1, "#FDE725", "1 coup"), (2, "#21918C", "2 coups"), (3, "#440154", "3 or more coups"))

_FIXED_FORCES = {"FRA": _O["blue"], "RUS": _O["vermillion"], "USA": _O["sky_blue"]}
_OTHER_FORCES = (_O["bluish_green"], _O["reddish_purple"], _O["orange"], _O["yellow"], _O["black"], "#999999")


def force_colours(force_countries) -> dict:
    """Map each force country to a colour: France blue, Russia vermillion, USA sky blue, others in turn.

    The others are taken in sorted order, so the same table always gives the same colours.
    """
    rest = iter(_OTHER_FORCES * 4)
    return {fc: _FIXED_FORCES.get(fc) or next(rest) for fc in sorted({str(f) for f in force_countries})}


def coup_colour(count: int) -> str | None:
    """The fill colour for a country with ``count`` coups, or ``None`` for no coup."""
    colour = None
    for minimum, fill, _ in COUP_STEPS:
        if count >= minimum:
            colour = fill
    return colour


def legend_html(title: str, entries, notes=()) -> str:
    """An HTML legend (foldable: a ``<details>``): a swatch and its meaning in words per entry, then notes.

    All text is escaped.

    Parameters
    ----------
    title : str
        The legend's heading.
    entries : iterable of (colour, label[, outline[, shape]])
        One line each; ``outline`` is a CSS border (default ``1px solid #444``), ``shape``
        ``"square"`` (default, areas and places) or ``"circle"`` (events, forces).
    notes : iterable of str
        Lines of plain text under the entries (attribution, caveats).
    """
    rows = []
    for colour, label, *extra in entries:
        border = escape(extra[0] if extra and extra[0] else "1px solid #444444")
        radius = "border-radius:50%;" if extra[1:] == ["circle"] else ""
        rows.append(f'<div><span style="display:inline-block;width:12px;height:12px;margin-right:6px;{radius}'
                    f'vertical-align:middle;background:{escape(colour)};border:{border}"></span>'
                    f'{escape(str(label))}</div>')
    notes_html = "".join(f'<div style="margin-top:4px;font-size:11px;color:#333">{escape(n)}</div>' for n in notes)
    return ('<details open class="sahel-legend" style="background:#fff;padding:6px 8px;border:1px solid #999;'
            'border-radius:4px;font:12px/1.4 sans-serif;max-width:260px">'
            f'<summary style="cursor:pointer"><strong>{escape(title)}</strong></summary>'
            f'{"".join(rows)}{notes_html}</details>')
