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

from ..facts.i18n import N_, _, get_language, ngettext
from . import palette
from .parts import MONTHS_FR_SHORT, country_names, long_date, number, svg_figure_html

__all__ = ["Chart", "timeline_chart", "presence_chart", "troops_chart", "outcomes_chart", "FORCE_NAMES"]

#: Names in words for the force countries of presence.csv (English, marked for the catalogue: shown with ``_()``).
FORCE_NAMES = {"FRA": N_("France"), "RUS": N_("Russia"), "USA": N_("United States"), "UN": N_("United Nations"),
               "EU": N_("European Union")}
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
        if hi - lo > 4 * 366:
            ax.xaxis.set_major_locator(mdates.YearLocator(base=4 if hi - lo > 12 * 366 else 2))
            ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        else:  # a short span: months, with the year where it changes
            locator = mdates.AutoDateLocator(maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator) if get_language() == "en"
                                         else _LocalConciseDateFormatter(locator))
    # Under the x-axis label, at a fixed distance in points whatever the chart's height.
    ax.annotate("\n".join(textwrap.wrap(source, 110)), xy=(0, 0), xycoords="axes fraction", xytext=(0, -38),
                textcoords="offset points", fontsize=8, color="#333333", ha="left", va="top",
                annotation_clip=False)
    buf = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": _STYLE["svg.hashsalt"], "svg.fonttype": "none"}):
        fig.savefig(buf, format="svg", metadata={"Date": None}, bbox_inches="tight", pad_inches=0.15)
    return re.sub(r"<!-- Created with matplotlib.*?-->\n?", "", buf.getvalue())


_MONTHS_EN_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _local_months(text: str) -> str:
    """strftime's English month abbreviations (the C locale) in French."""
    return re.sub(r"\b(" + "|".join(_MONTHS_EN_SHORT) + r")\b", lambda m: MONTHS_FR_SHORT[_MONTHS_EN_SHORT.index(m.group(1))], text)


def _LocalConciseDateFormatter(locator):
    """matplotlib's ConciseDateFormatter with the month abbreviations in the kit's language."""
    from matplotlib import dates as mdates

    class Formatter(mdates.ConciseDateFormatter):
        def format_ticks(self, values):
            return [_local_months(t) for t in super().format_ticks(values)]

        def get_offset(self):
            return _local_months(super().get_offset())

    return Formatter(locator)


def _chart(name: str, draw, title: str, alt: str, source: str, data: pd.DataFrame) -> Chart:
    """The chart's picture: pre-drawn when the lessons' cache has it (no matplotlib loaded), else drawn now."""
    from ..facts.i18n import get_language
    from .chart_cache import cached_svg, chart_key

    svg = cached_svg(chart_key(name, get_language(), title, alt, source, data))
    return Chart(svg if svg is not None else _styled(draw), title, alt, source, data)


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
    return items[0] if len(items) == 1 else _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


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
    names = [_(palette.EVENT_COLOURS[c][1]) for c in categories]
    title = title or f"{_words(names)}, {years}"
    counts = data["category"].value_counts()
    # English says "1 events" as it always has; the plural form matters in the translations.
    alt = (_("Timeline chart, {years}.").format(years=years) + " " + "; ".join(
        ngettext("{category}: {count} events", "{category}: {count} events", int(counts.get(c, 0))).format(
            category=_(palette.EVENT_COLOURS[c][1]), count=counts.get(c, 0))
        + (f" ({', '.join(str(d.year) for d in data.loc[data['category'] == c, 'date'])})" if counts.get(c, 0) else "")
        for c in categories) + ".")
    source = _("Source: sahel-kit events table (data/events.csv; every row cites its sources), data as of {date}.").format(
        date=long_date(_as_of()))

    def draw():
        fig, ax = _figure(height=1.2 + 0.55 * len(categories))
        for row, cat in enumerate(reversed(categories)):
            colour, words = palette.EVENT_COLOURS[cat]
            words = _(words)
            dates = data.loc[data["category"] == cat, "date"]
            ax.scatter(dates, [row] * len(dates), s=60, color=colour, edgecolor="#333333", linewidth=0.8,
                       label=f"{words} ({len(dates)})", zorder=3)
        ax.set_yticks(range(len(categories)), [_(palette.EVENT_COLOURS[c][1]) for c in reversed(categories)])
        ax.set_ylim(-0.7, len(categories) - 0.3)
        ax.grid(axis="y", visible=False)
        return _finish(fig, ax, title, _("Year"), _("Kind of event"), source)

    return _chart("timeline_chart", draw, title, alt, source, data)


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
    names = country_names(load_boundaries())
    data = pr[["presence_id", "force", "force_country", "host_country", "start_date", "end_date"]].copy()
    data["ongoing"] = data["end_date"].isna()
    data["drawn_end"] = data["end_date"].fillna(as_of)
    # "Operation Barkhane (to 2022), then ..." -> "Operation Barkhane": the bar's dates say the rest.
    short = [re.split(r" \(|, then|, puis", o if isinstance(o, str) else f)[0]
             for f, o in zip(data["force"], pr.loc[data.index, "operation"])]
    data["label"] = [f"{s} – {names.get(h, h)}" for s, h in zip(short, data["host_country"])]
    data = data.sort_values(["host_country", "start_date"]).reset_index(drop=True)
    colours = palette.force_colours(data["force_country"])
    title = title or _("Foreign forces in the Sahel, {start}–{end}").format(start=data['start_date'].min().year, end=as_of.year)
    still = _("still there as of {year}").format(year=format(as_of, "%Y"))
    alt = _("Bar chart of {count} foreign military presences.").format(count=len(data)) + " " + " ".join(
        _("{label} ({force}): {start}–{end}.").format(label=r.label, force=r.force, start=format(r.start_date, "%Y"),
                                                       end=still if r.ongoing else format(r.end_date, "%Y"))
        for r in data.itertuples())
    source = _("Source: sahel-kit presence table (data/presence.csv; every row cites its sources), data as of "
               "{date}. Dates of a presence are those its sources give; sizes varied over time.").format(date=long_date(as_of))

    def draw():
        from matplotlib.patches import Patch

        fig, ax = _figure(height=1.3 + 0.32 * len(data), width=9.0)
        for y, r in enumerate(reversed(list(data.itertuples()))):
            ax.barh(y, r.drawn_end - r.start_date, left=r.start_date, height=0.6,
                    color=colours[str(r.force_country)], edgecolor="#333333", linewidth=0.6,
                    hatch="//" if r.ongoing else None)
        ax.set_yticks(range(len(data)), list(reversed(data["label"].tolist())), fontsize=8)
        ax.grid(axis="y", visible=False)
        handles = [Patch(facecolor=c, edgecolor="#333333", label=_(FORCE_NAMES[fc]) if fc in FORCE_NAMES else fc)
                   for fc, c in colours.items()]
        if data["ongoing"].any():
            handles.append(Patch(facecolor="white", edgecolor="#333333", hatch="//",
                                 label=_("hatched: still there as of {date}").format(date=long_date(as_of, "month"))))
        ax.legend(handles=handles, title=_("Force of"), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
        return _finish(fig, ax, title, _("Year"), _("Operation or force – host country"), source)

    return _chart("presence_chart", draw, title, alt, source, data)


#: A colour and a marker per country, so a line is told apart by two cues besides its label.
_COUNTRY_STYLE = {"MLI": ("#E69F00", "o"), "BFA": ("#0072B2", "s"), "NER": ("#009E73", "^"),
                  "TCD": ("#CC79A7", "D"), "MRT": ("#56B4E9", "v"), "SEN": ("#D55E00", "P")}
_QUALIFIER_STYLE = {"exact": ("#000000", "o", N_("exact figure")), "about": ("#0072B2", "s", N_("about / approximately")),
                    "nearly": ("#56B4E9", "v", N_("nearly")), "more_than": ("#D55E00", "^", N_("more than")),
                    "at_least": ("#E69F00", "^", N_("at least")), "fewer_than": ("#009E73", "v", N_("fewer than"))}


def _country_names() -> dict:
    from ..facts.tables import load_boundaries

    return country_names(load_boundaries())


def troops_chart(*, start="2023-06-01", figures=None, title: str | None = None) -> Chart:
    """U.S. military personnel in Niger as reported: each figure at its date, marked by its wording.

    The figures differ (an exact count in a letter to Congress, "about" or "more than" a round number in
    the press): the article's contradiction, seen.  Vertical lines mark the July 2023 coup and the
    April 2024 agreement to withdraw, from the events table.

    Parameters
    ----------
    start : str or date or None, default "2023-06-01"
        Keep figures from this date on (the coup-to-withdrawal months, where the figures crowd);
        ``None`` shows every figure since 2013.
    figures : pandas.DataFrame, optional
        Default :func:`sahel_kit.load_troop_figures`.
    title : str, optional
        The chart's title.
    """
    from ..facts.outcomes import load_troop_figures
    from ..facts.tables import load_events

    fig_table = load_troop_figures() if figures is None else figures
    data = fig_table[["figure_id", "date", "date_precision", "value", "value_qualifier", "wording", "said_by",
                      "reported_by"]].astype({"value_qualifier": str}).sort_values(["date", "figure_id"])
    if start is not None:
        data = data[data["date"] >= pd.Timestamp(start)]
    # A figure that describes an earlier moment ("before the coup there were ...") is not a count at its date.
    earlier = int((fig_table.loc[data.index, "refers_to"].astype(str) != "at_date").sum())
    data = data[fig_table.loc[data.index, "refers_to"].astype(str) == "at_date"]
    data = data.reset_index(drop=True)
    events = load_events()
    labels = {"2023-07-26-niger-coup": N_("coup in Niger"), "2024-04-19-campbell-zeine-meeting": N_("U.S. agrees to withdraw")}
    marks = events[events["event_id"].astype(str).isin(labels)]
    title = title or _("U.S. troops in Niger as reported, {start}–{end}: the figures differ").format(
        start=data['date'].min().year, end=data['date'].max().year)
    alt = (_("Scatter chart of {count} reported figures for U.S. military personnel in Niger.").format(count=len(data)) + " "
           + " ".join(_("{date}: {qualifier} {value} ({said_by}).").format(
               date=long_date(r.date, "month", short=True), qualifier=_(_QUALIFIER_STYLE[r.value_qualifier][2]),
               value=number(r.value), said_by=r.said_by) for r in data.itertuples()))
    if earlier:
        source = _("Source: sahel-kit table of U.S. troop figures (data/us_troop_figures.csv; every figure with its wording "
                   "and its sources). Dates are those of the statement or report; {count} figures ({earlier} that describe "
                   "an earlier moment are left out).").format(count=len(data), earlier=earlier)
    else:
        source = _("Source: sahel-kit table of U.S. troop figures (data/us_troop_figures.csv; every figure with its wording "
                   "and its sources). Dates are those of the statement or report; {count} figures.").format(count=len(data))

    def draw():
        from matplotlib.lines import Line2D

        fig, ax = _figure(height=4.2, width=9.0)
        for q, (colour, marker, words) in _QUALIFIER_STYLE.items():
            rows = data[data["value_qualifier"] == q]
            if len(rows):
                ax.scatter(rows["date"], rows["value"], s=55, color=colour, marker=marker, edgecolor="#222222",
                           linewidth=0.6, zorder=3, label=f"{_(words)} ({len(rows)})")
        for row in marks.itertuples():
            ax.axvline(row.date, color="#555555", linestyle="--", linewidth=1)
            ax.annotate(f"{_(labels[row.event_id])}, {long_date(row.date, short=True)}", xy=(row.date, 1), xycoords=("data", "axes fraction"),
                        xytext=(-3, -3), textcoords="offset points", fontsize=8, va="top", ha="right", rotation=90,
                        color="#333333")
        ax.set_ylim(0, max(data["value"]) * 1.35)
        ax.legend(title=_("Wording of the figure"), loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
        return _finish(fig, ax, title, _("Date of the statement or report"), _("U.S. military personnel (people)"), source)

    return _chart("troops_chart", draw, title, alt, source, data)


def _line(series: pd.DataFrame, max_gap_days: int = 400):
    """x and y of a series' line: one figure per date (the last listed), broken where figures are missing.

    Every figure is also drawn as a dot; the line never bridges a gap longer than ``max_gap_days``, so a
    missing year shows as a gap rather than as a straight line nobody measured.
    """
    one = series.drop_duplicates("when", keep="last").sort_values("when")
    xs, ys, last = [], [], None
    for when, value in zip(one["when"], one["value"]):
        if last is not None and (when - last).days > max_gap_days:
            xs.append(last + (when - last) / 2)
            ys.append(float("nan"))
        xs.append(when)
        ys.append(float(value))
        last = when
    return xs, ys


def outcomes_chart(measure: str = "fatalities", *, countries=("MLI", "BFA", "NER"), definition=None,
                   population: str = "idps", title: str | None = None) -> Chart:
    """Conflict deaths per year, or displaced people over time, by country: one line per country.

    Each line is one country and one definition (``measure`` column of the table): two definitions are
    never joined in one line.  Dashed vertical lines mark the coups of the events table, so students can
    compare before and after, with the caution (in the source line) that a change after a coup does
    not show that the coup caused it.

    Parameters
    ----------
    measure : {"fatalities", "displacement"}
        Which table: :func:`sahel_kit.load_fatalities` or :func:`sahel_kit.load_displacement`.
    countries : sequence of str, default ("MLI", "BFA", "NER")
        ISO3 codes, one line each.
    definition : str, optional
        The table's ``measure`` value to draw; by default, per country, the definition with the most
        figures.
    population : {"idps", "refugees_from", "refugees_in"}, default "idps"
        For displacement: who is counted.
    title : str, optional
        The chart's title.
    """
    from ..facts.outcomes import load_displacement, load_fatalities
    from ..facts.tables import load_events

    if measure not in ("fatalities", "displacement"):
        raise ValueError(f"measure must be 'fatalities' or 'displacement', not {measure!r}")
    if measure == "fatalities":
        table = load_fatalities()
        table["when"] = pd.to_datetime(table["year"].astype(str) + "-07-01")  # a year's figure at mid-year
        y_label, what = _("Deaths per year (people)"), _("Deaths")
    else:
        table = load_displacement()
        table = table[table["population"].astype(str) == population]
        table["when"] = table["as_of"]
        y_label = _({"idps": N_("Internally displaced people (people)"), "refugees_from": N_("Refugees from the country (people)"),
                     "refugees_in": N_("Refugees hosted in the country (people)")}[population])
        what = _({"idps": N_("Internally displaced people"), "refugees_from": N_("Refugees from each country"),
                  "refugees_in": N_("Refugees hosted")}[population])
    table = table.astype({"measure": str, "country": str})
    names = _country_names()
    series = []
    for iso3 in countries:
        rows = table[table["country"] == str(iso3)]
        if definition is not None:
            rows = rows[rows["measure"] == definition]
        if rows.empty:
            continue
        chosen = definition or rows["measure"].value_counts().sort_index().idxmax()
        series.append(rows[rows["measure"] == chosen].sort_values("when"))
    if not series:
        raise ValueError(f"no {measure} figures for {list(countries)}"
                         + (f" with definition {definition!r}" if definition else "") + ": nothing to draw")
    data = pd.concat(series)[["figure_id", "country", "when", "value", "value_qualifier", "measure", "dataset"]]
    data = data.reset_index(drop=True)
    coups = load_events()
    coups = coups[(coups["category"].astype(str) == "coup") & coups["date"].between(data["when"].min() - pd.Timedelta(days=400),
                                                                                     data["when"].max())]
    years = f"{data['when'].min().year}–{data['when'].max().year}"
    if measure == "fatalities" and data["measure"].nunique() == 1:
        from ..facts.outcomes import MEASURE_WORDS

        # MEASURE_WORDS (facts/outcomes.py) are English; their French is in the catalogue too.
        words = _(MEASURE_WORDS[data["measure"].iloc[0]]) if data["measure"].iloc[0] in MEASURE_WORDS else what
        what = words[0].upper() + words[1:]
    title = title or _("{what} in {countries}, {years}").format(
        what=what, countries=_words([names.get(c, c) for c in data['country'].unique()]), years=years)
    alt = _("Line chart: {what}, {years}.").format(what=what.lower(), years=years) + " " + " ".join(
        _("{country} ({measure}, {dataset}): {figures}.").format(
            country=names.get(c, c), measure=g["measure"].iloc[0], dataset=g["dataset"].iloc[0], figures=", ".join(
                _("{when} {value}").format(when=f"{w:%Y}{'' if measure == 'fatalities' else f'-{w:%m}'}", value=number(v))
                for w, v in zip(g["when"], g["value"])))
        for c, g in data.groupby("country", sort=False))
    source = _("Source: sahel-kit {table} table (data/{table}.csv), each figure with its dataset and sources; one "
               "definition per line, broken where figures are missing. Dashed lines: coups. A change after a coup does not "
               "show that the coup caused it.").format(table="fatalities" if measure == "fatalities" else "displacement")

    def draw():
        fig, ax = _figure(height=4.2, width=9.0)
        for c, g in data.groupby("country", sort=False):
            colour, marker = _COUNTRY_STYLE.get(c, ("#555555", "o"))
            ax.scatter(g["when"], g["value"], color=colour, marker=marker, edgecolor="#222222", zorder=3, s=30)
            ax.plot(*_line(g), color=colour, marker=marker, markeredgecolor="#222222", linewidth=1.6,
                    label=f"{names.get(c, c)} ({g['measure'].iloc[0]})")
        for row in coups.itertuples():
            ax.axvline(row.date, color="#777777", linestyle="--", linewidth=0.8)
            ax.annotate(_("coup: {countries}").format(countries=", ".join(map(str, row.countries))), xy=(row.date, 1), xycoords=("data", "axes fraction"),
                        xytext=(2, -2), textcoords="offset points", fontsize=7, va="top", rotation=90, color="#333333")
        ax.set_ylim(0, None)
        ax.yaxis.set_major_formatter(lambda v, _pos: number(v, ",.0f"))
        ax.legend(title=_("Country (definition)"), fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1))
        return _finish(fig, ax, title, _("Year") if measure == "fatalities" else _("Date of the count"), y_label, source)

    return _chart("outcomes_chart", draw, title, alt, source, data)
