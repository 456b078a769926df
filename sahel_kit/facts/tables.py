"""Load the kit's sourced tables as typed, validated DataFrames.

Each ``load_*`` function reads one file of ``data/`` (see ``data/README.md`` for every
column), checks every cell and every source id, and returns dates as datetimes and
closed vocabularies as categoricals.  A problem raises :class:`~sahel_kit.facts.files.DataError`
naming the file, the row and the column.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

import pandas as pd

from .files import Column, DataError, data_path, read_table
from .translations import translated

__all__ = [
    "load_sources", "load_events", "load_places", "load_actors", "load_presence",
    "load_claims", "load_article", "load_boundaries", "boundaries_geojson", "data_as_of", "REGION_BOUNDS",
    "EVENT_CATEGORIES", "VERDICTS", "load_coup_explanations", "EXPLANATION_THEMES", "ARGUED_BY_KINDS",
    "SOURCE_RELIABILITY",
]

# (min lon, min lat, max lon, max lat) of the Natural Earth subset the kit ships.
REGION_BOUNDS = (-17.6, 1.6, 38.7, 37.1)

SOURCE_KINDS = ("primary", "secondary")
SOURCE_DETAILS = ("government", "un", "treaty", "regional_organisation", "news_agency", "newspaper",
                  "broadcaster", "magazine", "encyclopedia", "research", "dataset", "ngo", "other")
#: How far a source is from the fact (see docs/sources-policy.md): the statement itself, a wire agency,
#: other news media, research, an encyclopedia, or a copy of someone else's page (a mirror or a
#: syndicated copy, whose ``note`` must say why no original is cited).
SOURCE_RELIABILITY = ("official", "wire", "news", "research", "encyclopedia", "copy")
PRECISIONS = ("day", "month", "year")
EVENT_CATEGORIES = ("conflict", "coup", "military_operation", "deployment", "withdrawal", "diplomacy",
                    "sanctions", "alliance", "peacekeeping", "politics", "civilian_harm", "civil_society")
PLACE_KINDS = ("capital", "city", "town", "air_base", "area")
ACTOR_KINDS = ("person", "government", "armed_force", "armed_group", "private_military_company",
               "international_organisation", "civil_society")
# ``paramilitary`` is a private force (Wagner); ``security_assistance`` a foreign state's force whose sources
# give its role as protecting the host's leaders and supporting its army (training, equipment, combat support)
# without a narrower mission (Russia's Africa Corps).
PRESENCE_KINDS = ("combat", "counter_terrorism", "training", "peacekeeping", "paramilitary", "air_base",
                  "security_assistance")
CLAIM_KINDS = ("fact", "figure", "date", "quotation", "attribution", "framing")
VERDICTS = ("accurate", "partly accurate", "inaccurate", "self-contradictory", "unverifiable")
#: Why the coups happened, as each side argues it (``data/coup_explanations.csv``, column ``theme``).
EXPLANATION_THEMES = ("insecurity", "army_grievances", "governance", "anti_french_sentiment", "regional_politics",
                      "foreign_security_assistance", "self_interest", "no_justification")
#: Who makes the argument (column ``argued_by_kind``).
ARGUED_BY_KINDS = ("junta", "ecowas", "government", "researcher", "civil_society", "foreign_government",
                   "journalist", "commentator")

SOURCE_IDS = Column("source_ids", "idlist")


_CACHE: dict = {}


def _stamp(path) -> tuple:
    st = path.stat()
    return str(path), st.st_mtime_ns, st.st_size


def _load(name: str, columns: list[Column], row_checks=()) -> pd.DataFrame:
    # Reading and validating a table costs milliseconds; lessons call loaders in loops (distances
    # by place name), so keep each validated table until its file or the sources table changes,
    # and hand out copies so that a student's edits never leak into the next call.
    path, sources = data_path(name), data_path("sources.csv")
    stamps = (_stamp(path), _stamp(sources))
    cached = _CACHE.get(str(path))
    if cached is None or cached[0] != stamps:  # one entry per file: an edit replaces it
        cached = _CACHE[str(path)] = (stamps, read_table(path, columns, known_sources=_source_ids(stamps[1]),
                                                         row_checks=row_checks))
    return cached[1].copy()


def _precision_matches(row: dict) -> str | None:
    expected = {4: "year", 7: "month", 10: "day"}.get(len(row["date"]))
    if row["date_precision"] != expected:
        return f"column 'date_precision': {row['date_precision']!r} does not match the date {row['date']!r} ({expected})"
    return None


def _ends_after_start(row: dict) -> str | None:
    if row["end_date"] and row["end_date"] < row["start_date"]:
        return f"column 'end_date': {row['end_date']} is before start_date {row['start_date']}"
    return None


@lru_cache(maxsize=4)
def _source_ids(sources_stamp: tuple = ()) -> frozenset:
    """The known source ids; ``sources_stamp`` (path, mtime, size) makes an edited file re-read."""
    return frozenset(load_sources()["source_id"])


def load_sources() -> pd.DataFrame:
    """The sources table: one row per page or document that a fact of the kit cites.

    Examples
    --------
    >>> from sahel_kit import load_sources
    >>> set(load_sources()["kind"].dropna().unique()) <= {"primary", "secondary"}
    True
    """
    return read_table(data_path("sources.csv"), [
        Column("source_id", "id"), Column("publisher"), Column("original_publisher", required=False),
        Column("title"), Column("date", "date", required=False), Column("url"),
        Column("kind", "category", allowed=SOURCE_KINDS),
        Column("kind_detail", "category", allowed=SOURCE_DETAILS), Column("note", required=False),
        Column("reliability", "category", allowed=SOURCE_RELIABILITY),
        Column("state_media", "iso3", required=False),
    ], row_checks=[_copy_says_why])


def _copy_says_why(row: dict) -> str | None:
    if row["reliability"] == "copy" and not row["note"]:
        return "column 'note': a source with reliability 'copy' must say in note what it copies and why no original is cited"
    return None


@translated("events")
def load_events() -> pd.DataFrame:
    """The timeline from 2012 to the kit's "as of" date (:func:`data_as_of`), sorted by date.

    Examples
    --------
    >>> from sahel_kit import load_events
    >>> ev = load_events()
    >>> ev["date"].is_monotonic_increasing
    True
    """
    df = _load("events.csv", [
        Column("event_id", "id"), Column("date", "date"),
        Column("date_precision", "category", allowed=PRECISIONS),
        Column("title"), Column("description"), Column("countries", "iso3list"),
        Column("actors", "idlist", required=False), Column("place_id", "id", required=False),
        Column("category", "category", allowed=EVENT_CATEGORIES), SOURCE_IDS,
    ], row_checks=[_precision_matches])
    return df.sort_values(["date", "event_id"], kind="stable").reset_index(drop=True)


@translated("places")
def load_places() -> pd.DataFrame:
    """Capitals, bases, towns and areas, with WGS 84 coordinates.

    Examples
    --------
    >>> from sahel_kit import load_places
    >>> "niamey" in set(load_places()["place_id"])
    True
    """
    lo_lon, lo_lat, hi_lon, hi_lat = REGION_BOUNDS
    return _load("places.csv", [
        Column("place_id", "id"), Column("name"), Column("kind", "category", allowed=PLACE_KINDS),
        Column("country", "iso3"), Column("lat", "float", low=lo_lat, high=hi_lat),
        Column("lon", "float", low=lo_lon, high=hi_lon), Column("description"), SOURCE_IDS,
    ])


@translated("actors")
def load_actors() -> pd.DataFrame:
    """People and organisations, with their role and the dates they held it.

    Examples
    --------
    >>> from sahel_kit import load_actors
    >>> load_actors()["kind"].dtype.name
    'category'
    """
    return _load("actors.csv", [
        Column("actor_id", "id"), Column("name"), Column("kind", "category", allowed=ACTOR_KINDS),
        Column("role"), Column("affiliation", required=False), Column("country", "iso3", required=False),
        Column("start_date", "date", required=False), Column("end_date", "date", required=False), SOURCE_IDS,
    ], row_checks=[_ends_after_start])


@translated("presence")
def load_presence() -> pd.DataFrame:
    """Foreign military presence: who, where, from when to when, and (when sourced) how many.

    Examples
    --------
    >>> from sahel_kit import load_presence
    >>> load_presence()["start_date"].dtype.kind
    'M'
    """
    return _load("presence.csv", [
        Column("presence_id", "id"), Column("host_country", "iso3"), Column("force"),
        Column("force_country", required=True), Column("operation", required=False),
        Column("kind", "category", allowed=PRESENCE_KINDS),
        Column("start_date", "date"), Column("end_date", "date", required=False),
        Column("size_approx", "int", required=False, low=0), Column("size_note", required=False), SOURCE_IDS,
    ], row_checks=[_ends_after_start])


@translated("claims")
def load_claims() -> pd.DataFrame:
    """Every factual sentence of the article, with a verdict and the evidence.

    Examples
    --------
    >>> from sahel_kit import load_claims
    >>> "self-contradictory" in set(load_claims()["verdict"])
    True
    """
    df = _load("claims.csv", [
        Column("claim_id", "id"), Column("sentence_id"), Column("claim"),
        Column("claim_kind", "category", allowed=CLAIM_KINDS),
        Column("verdict", "category", allowed=VERDICTS), Column("explanation"), SOURCE_IDS,
    ])
    known = {s.id for s in load_article(as_frame=False).sentences}
    bad = [f"row {i}, column 'sentence_id': no sentence {v!r} in data/article.json"
           for i, v in enumerate(df["sentence_id"], start=2) if v not in known]
    if bad:
        raise DataError(data_path("claims.csv"), bad)
    return df


_ISO639_1 = re.compile(r"^[a-z]{2}$")


def _original_quote_is_complete(known_sources: frozenset):
    """Row check: an original quote comes with its language and sources, and nothing comes without it."""
    def check(row: dict) -> str | None:
        original, language, sources = row["original_quote"], row["original_language"], row["original_source_ids"]
        if not original:
            if language:
                return "column 'original_language': set, but original_quote is empty"
            if sources:
                return "column 'original_source_ids': set, but original_quote is empty"
            return None
        if not language:
            return "column 'original_language': required when original_quote is set (ISO 639-1, e.g. 'fr')"
        if not _ISO639_1.match(language):
            return f"column 'original_language': {language!r} is not an ISO 639-1 code (two lower-case letters, e.g. 'fr')"
        if not sources:
            return "column 'original_source_ids': required when original_quote is set (the sources that print it)"
        unknown = [s.strip() for s in sources.split(";") if s.strip() not in known_sources]
        if unknown:
            return f"column 'original_source_ids': unknown source id(s) {', '.join(unknown)}"
        if original == row["quote"]:
            return "column 'original_quote': the same as quote; leave it empty when quote is already the original"
        return None
    return check


@translated("coup_explanations")
def load_coup_explanations() -> pd.DataFrame:
    """Why the coups happened, one argument per row, each attributed to who makes it.

    Columns: ``explanation_id``, ``theme`` (see ``EXPLANATION_THEMES``), ``countries``,
    ``coup_event_ids`` (coups in ``events.csv`` the argument is about), ``evidence_event_ids``
    (events it points to), ``explanation``, ``argued_by``, ``argued_by_kind`` (see
    ``ARGUED_BY_KINDS``), ``quote`` (the source's exact words, or empty) and ``source_ids``.
    Every event id must exist in ``events.csv``, and a ``coup_event_ids`` entry must be a coup.

    When ``quote`` is a translation (an English outlet's rendering of a statement made in French),
    ``original_quote`` holds the statement's words in the language it was made in, as printed by the
    sources in ``original_source_ids`` (a tuple; every id must exist in ``sources.csv``), and
    ``original_language`` its ISO 639-1 code (``"fr"``).  All three are empty or all three are set.
    An edition in that language should show ``original_quote`` in place of ``quote``.

    Examples
    --------
    >>> from sahel_kit import load_coup_explanations
    >>> ex = load_coup_explanations()
    >>> {"junta", "ecowas", "researcher", "civil_society"} <= set(ex["argued_by_kind"])
    True
    """
    name = "coup_explanations.csv"
    df = _load(name, [
        Column("explanation_id", "id"), Column("theme", "category", allowed=EXPLANATION_THEMES),
        Column("countries", "iso3list"), Column("coup_event_ids", "idlist", required=False),
        Column("evidence_event_ids", "idlist", required=False), Column("explanation"), Column("argued_by"),
        Column("argued_by_kind", "category", allowed=ARGUED_BY_KINDS), Column("quote", required=False),
        SOURCE_IDS, Column("original_quote", required=False), Column("original_language", required=False),
        Column("original_source_ids", "idlist", required=False),
    ], row_checks=[_original_quote_is_complete(_source_ids(_stamp(data_path("sources.csv"))))])
    events = load_events()
    category = dict(zip(events["event_id"], events["category"].astype(str)))
    bad = []
    for rownum, (coups, evidence) in enumerate(zip(df["coup_event_ids"], df["evidence_event_ids"]), start=2):
        for event_id in coups:
            if event_id not in category:
                bad.append(f"row {rownum}, column 'coup_event_ids': no event {event_id!r} in data/events.csv")
            elif category[event_id] != "coup":
                bad.append(f"row {rownum}, column 'coup_event_ids': event {event_id!r} is a "
                           f"{category[event_id]!r} event, not a coup")
        bad += [f"row {rownum}, column 'evidence_event_ids': no event {event_id!r} in data/events.csv"
                for event_id in evidence if event_id not in category]
    if bad:
        raise DataError(data_path(name), bad)
    return df


def data_as_of() -> str:
    """The date (``YYYY-MM-DD``) up to which the kit's tables are kept, from ``data/as_of.json``.

    Every notebook shows it at the top, so a reader knows what "latest" means.

    Examples
    --------
    >>> from sahel_kit import data_as_of
    >>> len(data_as_of()) == 10
    True
    """
    path = data_path("as_of.json")
    try:
        value = json.loads(path.read_text(encoding="utf-8"))["as_of"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(path, [f"cannot read the 'as_of' date: {exc}"]) from None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise DataError(path, [f"'as_of' must be a date YYYY-MM-DD, not {value!r}"])
    return value


def load_article(as_frame: bool = True):
    """The cleaned article: a DataFrame of sentences, or the :class:`~sahel_kit.facts.article.Article`.

    Examples
    --------
    >>> from sahel_kit import load_article
    >>> load_article().loc[0, "sentence_id"]
    'title'
    """
    from .article import Article

    article = Article.from_dict(json.loads(data_path("article.json").read_text(encoding="utf-8")))
    if not as_frame:
        return article
    df = pd.DataFrame([vars(s) for s in article.sentences]).rename(columns={"id": "sentence_id"})
    df["section"] = pd.Categorical(df["section"], categories=["title", "standfirst", "body", "why", "takeaway"])
    return df


def boundaries_geojson() -> dict:
    """The region's country polygons as a GeoJSON FeatureCollection (a dict)."""
    return json.loads(data_path("boundaries.geojson").read_text(encoding="utf-8"))


def load_boundaries() -> pd.DataFrame:
    """Country polygons, one row per country: ``iso3``, ``name``, ``name_fr``, ``aes_member``, ``geometry``.

    Examples
    --------
    >>> from sahel_kit import load_boundaries
    >>> sorted(load_boundaries().query("aes_member")["iso3"])
    ['BFA', 'MLI', 'NER']
    """
    rows = [{**f["properties"], "geometry": f["geometry"]} for f in boundaries_geojson()["features"]]
    df = pd.DataFrame(rows)
    df["iso3"] = df["iso3"].astype("string")
    df["aes_member"] = df["aes_member"].astype(bool)
    return df
