"""The kit's own charts: static SVG images with a title, labelled axes, a source line and alt text.

Each function returns a :class:`Chart`, which a notebook shows as an ``<img>`` with ``alt`` text and a
visible caption (it works offline, in print and in exported HTML), and whose :attr:`Chart.data` is the
table behind the picture, so a notebook checks the data, never the pixels.  Colours come from
:mod:`sahel_kit.maps.palette` and every colour is named in a legend or on an axis, in words.

matplotlib is imported inside :func:`_figure` only (without pyplot, so no GUI backend and no global
state), which keeps ``import sahel_kit`` light.  Students draw their own charts with the standard
``df.plot(...)`` call; these helpers are for the kit's reference charts.
"""
from __future__ import annotations

import io
import re
import textwrap
from pathlib import Path

import pandas as pd

from . import palette
from .parts import svg_figure_html

__all__ = ["Chart", "timeline_chart", "presence_chart", "FORCE_NAMES"]

#: Names in words for the force countries of presence.csv that are organisations, not states.
FORCE_NAMES = {"FRA": "France", "RUS": "Russia", "USA": "United States", "UN": "United Nations",
               "EU": "European Union"}
#: The default categories of the timeline chart: the shift the kit is about.
TIMELINE_CATEGORIES = ("coup", "deployment", "withdrawal", "sanctions")

_STYLE = {
    "font.family": "DejaVu Sans", "font.size": 10, "axes.titlesize": 12, "axes.titleweight": "bold",
    "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True, "grid.color": "#dddddd",
    "grid.linewidth": 0.6, "axes.axisbelow": True,
    # The same data gives the same bytes: no date in the metadata, a fixed id salt, text kept as text.
    "svg.hashsalt": "sahel-kit", "svg.fonttype": "none",
}


class Chart:
    """A static chart: SVG text, its title, alt text, source line, and the data it draws.

    Shown by Jupyter as an ``<img>`` with ``alt`` (JupyterLab gives an inline SVG's own ``<title>`` to no
    screen reader) inside a ``<figure>`` whose caption repeats the title and the source.
    """

    def __init__(self, svg: str, title: str, alt: str, source: str, data: pd.DataFrame):
        self.svg, self.title, self.alt, self.source, self.data = svg, title, alt, source, data

    def _repr_html_(self) -> str:
        return svg_figure_html(self.svg, self.alt, f"{self.title}. {self.source}")

    def __repr__(self) -> str:
        # Deterministic text (no memory address) for the plain-text view and for nbval.
        return f"<Chart {self.title!r}: {len(self.data)} rows of data>"

    def save(self, path) -> Path:
        """Write the SVG (UTF-8) to ``path`` and return the path."""
        path = Path(path)
        path.write_text(self.svg, encoding="utf-8", newline="\n")
        return path


def _figure(height: float, width: float = 8.0):
    from matplotlib.figure import Figure  # heavy: imported only when a chart is drawn

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


def _finish(fig, ax, title: str, xlabel: str, ylabel: str, source: str, years: bool = True) -> str:
    import matplotlib
    from matplotlib import dates as mdates

    ax.set_title("\n".join(textwrap.wrap(title, 70)), loc="left")
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    if years:
        lo, hi = ax.get_xlim()
        ax.xaxis.set_major_locator(mdates.YearLocator(base=4 if hi - lo > 12 * 366 else 2))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    # Under the x-axis label, at a fixed distance in points whatever the chart's height.
    ax.annotate("\n".join(textwrap.wrap(source, 110)), xy=(0, 0), xycoords="axes fraction", xytext=(0, -38),
                textcoords="offset points", fontsize=8, color="#333333", ha="left", va="top",
                annotation_clip=False)
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": _STYLE["svg.hashsalt"], "svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight", pad_inches=0.15)
    return re.sub(r"<!-- Created with matplotlib.*?-->\n?", "", buf.getvalue())


def _styled(draw):
    """Run ``draw()`` under the kit's chart style (a context, so the user's settings are untouched)."""
    import matplotlib

    with matplotlib.rc_context(_STYLE):
        return draw()


def _as_of() -> pd.Timestamp:
    from ..facts.tables import data_as_of

    return pd.Timestamp(data_as_of())


def _words(items) -> str:
    items = list(items)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def timeline_chart(categories=TIMELINE_CATEGORIES, *, start=None, end=None, events=None,
                   title: str | None = None) -> Chart:
    """Events by category on a time axis: one row per category, one dot per event.

    Parameters
    ----------
    categories : sequence of str, default ("coup", "deployment", "withdrawal", "sanctions")
        Event categories to show, one row each, top to bottom (see ``EVENT_CATEGORIES``).
    start, end : str or date, optional
        Keep events from ``start`` to ``end`` inclusive.
    events : pandas.DataFrame, optional
        Default :func:`sahel_kit.load_events`.
    title : str, optional
        The chart's title; by default it says what is shown and for which years.

    Examples
    --------
    >>> chart = timeline_chart(["coup"])   # doctest: +SKIP
    >>> chart.data["category"].unique().tolist()   # doctest: +SKIP
    ['coup']
    """
    from ..facts.tables import load_events
    from .parts import _check_values

    categories = list(categories)
    _check_values("categories", categories, palette.EVENT_COLOURS)
    ev = load_events() if events is None else events
    ev = ev[ev["category"].astype(str).isin(categories)]
    if start is not None:
        ev = ev[ev["date"] >= pd.Timestamp(start)]
    if end is not None:
        ev = ev[ev["date"] <= pd.Timestamp(end)]
    data = ev[["date", "category", "title", "countries"]].astype({"category": str}).reset_index(drop=True)
    if data.empty:
        raise ValueError(f"no events of {categories} in the period asked for: nothing to draw")
    years = f"{data['date'].min().year}–{data['date'].max().year}"
    names = [palette.EVENT_COLOURS[c][1] for c in categories]
    title = title or f"{_words(names)}, {years}"
    counts = data["category"].value_counts()
    alt = (f"Timeline chart, {years}. " + "; ".join(
        f"{palette.EVENT_COLOURS[c][1]}: {counts.get(c, 0)} events"
        + (f" ({', '.join(str(d.year) for d in data.loc[data['category'] == c, 'date'])})" if counts.get(c, 0) else "")
        for c in categories) + ".")
    source = f"Source: sahel-kit events table (data/events.csv; every row cites its sources), data as of {_as_of():%d %B %Y}."

    def draw():
        fig, ax = _figure(height=1.2 + 0.55 * len(categories))
        for row, cat in enumerate(reversed(categories)):
            colour, words = palette.EVENT_COLOURS[cat]
            dates = data.loc[data["category"] == cat, "date"]
            ax.scatter(dates, [row] * len(dates), s=60, color=colour, edgecolor="#333333", linewidth=0.8,
                       label=f"{words} ({len(dates)})", zorder=3)
        ax.set_yticks(range(len(categories)), [palette.EVENT_COLOURS[c][1] for c in reversed(categories)])
        ax.set_ylim(-0.7, len(categories) - 0.3)
        ax.grid(axis="y", visible=False)
        return _finish(fig, ax, title, "Year", "Kind of event", source)

    return Chart(_styled(draw), title, alt, source, data)


def presence_chart(*, hosts=None, presence=None, title: str | None = None) -> Chart:
    """Foreign military presence over time: one horizontal bar per force and host country.

    A bar runs from the presence's start to its end; an open-ended one runs to the data's "as of" date
    and is drawn hatched, and the legend says so.  Bars are coloured by the force's country, each named
    in words in the legend.

    Parameters
    ----------
    hosts : sequence of str, optional
        ISO3 codes of host countries to keep (default all).
    presence : pandas.DataFrame, optional
        Default :func:`sahel_kit.load_presence`.
    title : str, optional
        The chart's title.
    """
    from ..facts.tables import load_boundaries, load_presence

    pr = load_presence() if presence is None else presence
    if hosts is not None:
        hosts = [str(h) for h in hosts]
        unknown = sorted(set(hosts) - set(pr["host_country"].astype(str)))
        if unknown:
            raise ValueError(f"hosts {unknown} have no row in the presence table (data/presence.csv)")
        pr = pr[pr["host_country"].astype(str).isin(hosts)]
    as_of = _as_of()
    names = dict(zip(load_boundaries()["iso3"], load_boundaries()["name"]))
    data = pr[["presence_id", "force", "force_country", "host_country", "start_date", "end_date"]].copy()
    data["ongoing"] = data["end_date"].isna()
    data["drawn_end"] = data["end_date"].fillna(as_of)
    # "Operation Barkhane (to 2022), then ..." -> "Operation Barkhane": the bar's dates say the rest.
    short = [re.split(r" \(|, then", o if isinstance(o, str) else f)[0]
             for f, o in zip(data["force"], pr.loc[data.index, "operation"])]
    data["label"] = [f"{s} – {names.get(h, h)}" for s, h in zip(short, data["host_country"])]
    data = data.sort_values(["host_country", "start_date"]).reset_index(drop=True)
    colours = palette.force_colours(data["force_country"])
    title = title or f"Foreign forces in the Sahel, {data['start_date'].min().year}–{as_of.year}"
    alt = f"Bar chart of {len(data)} foreign military presences. " + " ".join(
        f"{r.label} ({r.force}): {r.start_date:%Y}–{'still there as of ' + format(as_of, '%Y') if r.ongoing else format(r.end_date, '%Y')}."
        for r in data.itertuples())
    source = (f"Source: sahel-kit presence table (data/presence.csv; every row cites its sources), data as of "
              f"{as_of:%d %B %Y}. Dates of a presence are those its sources give; sizes varied over time.")

    def draw():
        from matplotlib.patches import Patch

        fig, ax = _figure(height=1.3 + 0.32 * len(data), width=9.0)
        for y, r in enumerate(reversed(list(data.itertuples()))):
            ax.barh(y, r.drawn_end - r.start_date, left=r.start_date, height=0.6,
                    color=colours[str(r.force_country)], edgecolor="#333333", linewidth=0.6,
                    hatch="//" if r.ongoing else None)
        ax.set_yticks(range(len(data)), list(reversed(data["label"].tolist())), fontsize=8)
        ax.grid(axis="y", visible=False)
        handles = [Patch(facecolor=c, edgecolor="#333333", label=FORCE_NAMES.get(fc, fc)) for fc, c in colours.items()]
        if data["ongoing"].any():
            handles.append(Patch(facecolor="white", edgecolor="#333333", hatch="//",
                                 label=f"hatched: still there as of {as_of:%B %Y}"))
        ax.legend(handles=handles, title="Force of", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
        return _finish(fig, ax, title, "Year", "Operation or force – host country", source)

    return Chart(_styled(draw), title, alt, source, data)
