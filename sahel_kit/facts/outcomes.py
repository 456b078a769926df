"""Loaders for what the shift cost and how it was counted: deaths, displacement, U.S. troop figures.

One row per published figure, with the dataset's own definition in ``measure``: a series is a country
and a measure, and two definitions are never mixed in one series (a chart draws one measure at a time).
Where sources give different numbers for the same thing, both rows are kept and ``note`` says so.
Every column is documented in ``data/README.md``.
"""
from __future__ import annotations

import pandas as pd

from .files import Column
from .tables import PRECISIONS, SOURCE_IDS, _load, _precision_matches
from .translations import translated

__all__ = ["load_fatalities", "load_displacement", "load_troop_figures", "QUALIFIERS",
           "FATALITY_MEASURES", "DISPLACEMENT_MEASURES", "POPULATIONS", "MEASURE_WORDS"]

#: How exact a published figure is, in the source's own words ("about 1,000", "more than 1,000").
QUALIFIERS = ("exact", "about", "nearly", "at_least", "more_than", "fewer_than")
#: Definitions of conflict deaths, one per dataset (see data/README.md for each in full).
FATALITY_MEASURES = ("acled_reported_fatalities", "gti_terrorism_deaths", "minusma_civilians_killed",
                     "ucdp_ged_best_deaths")
#: Definitions of displacement figures, one per dataset or registry.
DISPLACEMENT_MEASURES = ("cmp_idps", "conasur_idps", "dtm_idps", "idmc_idps_conflict_stock",
                         "mli_dtm_report_refugees", "ocha_idps", "dtm_regional_dashboard", "ocha_refugees", "unhcr_idps",
                         "unhcr_refugees", "unhcr_refugees_asylum_seekers")
#: Each definition in a few words, for chart titles and legends (the full definitions: data/README.md).
MEASURE_WORDS = {
    "gti_terrorism_deaths": "deaths from terrorism (Global Terrorism Index)",
    "acled_reported_fatalities": "reported fatalities in political violence (ACLED)",
    "minusma_civilians_killed": "civilians killed (UN mission MINUSMA's count)",
    "ucdp_ged_best_deaths": "deaths in organised violence (UCDP, best estimate)",
}

#: Who is counted: people displaced inside their country, refugees from it, refugees hosted in it.
POPULATIONS = ("idps", "refugees_from", "refugees_in")
#: What a troop figure refers to in time.
TROOP_REFERS_TO = ("at_date", "before_coup", "before_withdrawal", "earlier")
#: Whom a troop figure counts, in the source's words.
TROOP_COUNTS = ("forces", "military_personnel", "military_presence", "troops", "troops_and_civilians")

_FIGURE = [Column("value", "int", low=0), Column("value_qualifier", "category", allowed=QUALIFIERS)]


def _as_of_precision(row: dict) -> str | None:
    problem = _precision_matches({"date": row["as_of"], "date_precision": row["as_of_precision"]})
    return problem.replace("'date_precision'", "'as_of_precision'") if problem else None


def _counterpart_fits(row: dict) -> str | None:
    if row["population"] == "idps" and row["counterpart"]:
        return f"column 'counterpart': must be empty for population 'idps', not {row['counterpart']!r}"
    return None


@translated("fatalities")
def load_fatalities() -> pd.DataFrame:
    """Conflict deaths per country and year, one row per published figure, each with its definition.

    Examples
    --------
    >>> from sahel_kit import load_fatalities
    >>> f = load_fatalities()
    >>> f.groupby(["country", "measure"], observed=True)["year"].is_unique.all()   # doctest: +SKIP
    """
    return _load("fatalities.csv", [
        Column("figure_id", "id"), Column("country", "iso3"), Column("year", "int", low=2000, high=2100),
        *_FIGURE, Column("measure", "category", allowed=FATALITY_MEASURES), Column("dataset"),
        Column("reported_by"), Column("published", "date", required=False), SOURCE_IDS,
        Column("note", required=False),
    ])


@translated("displacement")
def load_displacement() -> pd.DataFrame:
    """Displaced people and refugees per country, as stocks at a date, each with its definition.

    Examples
    --------
    >>> from sahel_kit import load_displacement
    >>> set(load_displacement()["population"].cat.categories) == {"idps", "refugees_from", "refugees_in"}
    True
    """
    return _load("displacement.csv", [
        Column("figure_id", "id"), Column("country", "iso3"), Column("population", "category", allowed=POPULATIONS),
        Column("counterpart", "iso3", required=False), Column("as_of", "date"),
        Column("as_of_precision", "category", allowed=PRECISIONS), *_FIGURE,
        Column("measure", "category", allowed=DISPLACEMENT_MEASURES), Column("dataset"), Column("reported_by"),
        SOURCE_IDS, Column("note", required=False),
    ], row_checks=[_as_of_precision, _counterpart_fits])


@translated("us_troop_figures")
def load_troop_figures() -> pd.DataFrame:
    """U.S. military personnel in Niger as reported: date, number, its wording, who said it, who reported it.

    The figures differ because they count different people at different dates, in different words:
    the article's contradiction, in one table.

    Examples
    --------
    >>> from sahel_kit import load_troop_figures
    >>> load_troop_figures()["value"].max() > 1000
    True
    """
    return _load("us_troop_figures.csv", [
        Column("figure_id", "id"), Column("date", "date"), Column("date_precision", "category", allowed=PRECISIONS),
        Column("refers_to", "category", allowed=TROOP_REFERS_TO), *_FIGURE,
        Column("counts", "category", allowed=TROOP_COUNTS), Column("wording"), Column("said_by"),
        Column("reported_by"), SOURCE_IDS, Column("note", required=False),
    ], row_checks=[_precision_matches])
