"""The sources table labels every source honestly (issue 11; rules in docs/sources-policy.md).

- every row has an allowed ``reliability`` and, for state-owned outlets, the owning state in ``state_media``;
- no row points to a known Wikipedia mirror or content farm without saying in ``note`` why no original is cited;
- every claim whose subject is what a government, army, court, UN body, ECOWAS or the AES said or decided
  cites the statement itself (a source with reliability ``official``), or is listed below with the reason
  none could be cited.
"""
from __future__ import annotations

import csv
import re
import shutil
from urllib.parse import urlparse

import pytest

import sahel_kit as sk
from sahel_kit.cli import main
from sahel_kit.facts import tables
from sahel_kit.facts.files import DataError
from sahel_kit.facts.tables import SOURCE_RELIABILITY

# Known state-owned or state-controlled outlets, matched on the publisher (or, for a copy, on the
# original publisher), and the state that owns, funds or controls them: a label of ownership, not a verdict.
STATE_OUTLETS = {
    r"^Sputnik": "RUS", r"RIA Novosti": "RUS", r"^TASS$": "RUS", r"^RT$": "RUS",
    r"Xinhua": "CHN", r"CGTN": "CHN", r"China Daily": "CHN", r"People's Daily": "CHN",
    r"^TRT": "TUR", r"Anadolu": "TUR", r"^KUNA$|Kuwait News Agency": "KWT", r"Al Jazeera": "QAT",
    r"^RFI$|Radio France Internationale": "FRA", r"France 24": "FRA", r"franceinfo|France Télévisions": "FRA",
    r"^BBC": "GBR", r"^VOA|Voice of America": "USA", r"Deutsche Welle|^DW$": "DEU",
    r"Voice of Nigeria": "NGA", r"^EFE$": "ESP", r"Agenzia Fides": "VAT",
}

# Hosts of Wikipedia mirrors and content farms: a row on one of them must say why no original is cited.
MIRROR_HOSTS = (
    "piglix", "wikimili", "kiwix", "wikizero", "goodnames.eth", "clateway", "talk.dob.jp", "howlingpixel",
    "perceptionl", "wikipedia-on-ipfs", "qaz.wiki", "frwiki.wiki", "dichtienghoa", "worddisk", "wiki.x.io",
    "clmgf", "iiab.me", "time.news", "archyde", "pefafa", "cqonews",
)

# Claims whose subject is what a government, army, court, UN body, ECOWAS or the AES said or decided,
# and which cite the statement itself.
OFFICIAL_STATEMENT_CLAIMS = ("c01", "c03", "c05", "c06", "c10", "c13", "c14", "c23", "c24", "c25", "c35")

# Claims with such a subject for which no official page could be read: why, so the gap stays visible.
NO_OFFICIAL_PAGE = {
    "c09": "The Senate's confirmation record was not found in stored copies; The National reports it.",
    "c12": "Niger's decree appointing Zeine was read on state television; no text of it was found.",
    "c20": "The State Department's coup determination is cited in full from a copy; state.gov's page is not stored.",
    "c32": "The State Department statements are cited in full from copies; state.gov's pages are not stored.",
    "c33": "No statement with these words exists to cite; the claim is unverifiable for that reason.",
}

# Claims whose explanation mentions a statement or announcement but whose subject is not an official
# statement (Africa Corps' Telegram post, AFRICOM's construction news, research figures).
NOT_ABOUT_AN_OFFICIAL_STATEMENT = ("c08", "c16", "c29")


@pytest.fixture(scope="module")
def sources():
    return sk.load_sources()


@pytest.fixture(scope="module")
def raw_rows(repo_root):
    with (repo_root / "data" / "sources.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_every_source_has_an_allowed_reliability(raw_rows):
    assert raw_rows, "sources.csv is empty"
    bad = [(r["source_id"], r["reliability"]) for r in raw_rows if r["reliability"] not in SOURCE_RELIABILITY]
    assert not bad, f"reliability must be one of {SOURCE_RELIABILITY}: {bad}"
    # The labels are used, not all lumped into one value.
    assert {"official", "wire", "news", "copy", "encyclopedia", "research"} <= {r["reliability"] for r in raw_rows}


def test_state_media_is_an_iso3_code_or_empty(raw_rows):
    bad = [(r["source_id"], r["state_media"]) for r in raw_rows
           if r["state_media"] and not re.fullmatch(r"[A-Z]{3}", r["state_media"])]
    assert not bad


def _owner(name: str) -> str | None:
    for pattern, iso3 in STATE_OUTLETS.items():
        if name and re.search(pattern, name):
            return iso3
    return None


def test_known_state_outlets_are_labelled_with_their_state(raw_rows):
    checked, wrong = 0, []
    for r in raw_rows:
        expected = _owner(r["publisher"]) or _owner(r["original_publisher"])
        if expected:
            checked += 1
            if r["state_media"] != expected:
                wrong.append((r["source_id"], r["publisher"], r["original_publisher"], r["state_media"], expected))
    assert not wrong, f"state outlets without the right state_media label: {wrong}"
    assert checked >= 20, "the outlet list matched almost nothing: is it still right?"


def test_the_outlet_matcher_tells_outlets_apart():
    assert _owner("Sputnik Africa") == "RUS" and _owner("RT") == "RUS" and _owner("TRT World") == "TUR"
    assert _owner("Reuters") is None and _owner("Africanews") is None and _owner("The Straits Times") is None


def test_no_mirror_or_content_farm_without_a_reason(raw_rows):
    hits = [r for r in raw_rows if any(h in urlparse(r["url"]).netloc for h in MIRROR_HOSTS)]
    unexplained = [r["source_id"] for r in hits if "original" not in r["note"].lower()]
    assert not unexplained, f"mirror or content-farm rows must say in note why no original is cited: {unexplained}"
    mislabelled = [r["source_id"] for r in hits if r["reliability"] != "copy"]
    assert not mislabelled, f"mirror or content-farm rows must have reliability 'copy': {mislabelled}"


def test_every_copy_says_what_it_copies(raw_rows):
    assert all(r["note"] for r in raw_rows if r["reliability"] == "copy")


def test_claims_about_official_statements_cite_the_statement(sources):
    official = set(sources.loc[sources["reliability"] == "official", "source_id"])
    claims = sk.load_claims().set_index("claim_id")
    for cid in OFFICIAL_STATEMENT_CLAIMS:
        assert official & set(claims.loc[cid, "source_ids"]), f"{cid} cites no official source"
    for cid, why in NO_OFFICIAL_PAGE.items():
        assert why
        assert not official & set(claims.loc[cid, "source_ids"]), (
            f"{cid} now cites an official source: move it to OFFICIAL_STATEMENT_CLAIMS")


def test_every_claim_about_a_statement_is_classified():
    """A claim whose explanation speaks of a statement must be sorted into one of the lists above."""
    known = set(OFFICIAL_STATEMENT_CLAIMS) | set(NO_OFFICIAL_PAGE) | set(NOT_ABOUT_AN_OFFICIAL_STATEMENT)
    words = re.compile(r"statement|said|announced|declared|letter|communiqu", re.IGNORECASE)
    claims = sk.load_claims()
    unsorted = [c for c, text in zip(claims["claim_id"], claims["explanation"]) if words.search(text) and c not in known]
    assert not unsorted, f"classify these claims in tests/test_sources.py: {unsorted}"


@pytest.fixture
def data_copy(tmp_path, repo_root, monkeypatch):
    """A copy of data/ that the loaders read instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(repo_root / "data", copy)
    monkeypatch.setattr(tables, "data_path", lambda *parts: copy.joinpath(*parts))
    return copy


def _set_cell(path, source_id, column, value):
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows, fields = list(reader), reader.fieldnames
    rownum = next(i for i, r in enumerate(rows, start=2) if r["source_id"] == source_id)
    rows[rownum - 2][column] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return rownum


@pytest.mark.parametrize("column, value, message", [
    ("reliability", "blog", "'blog' is not one of official"),
    ("reliability", "", "is empty"),
    ("state_media", "Russia", "not an ISO 3166-1 alpha-3 code"),
])
def test_a_bad_label_names_file_row_and_column(data_copy, column, value, message):
    rownum = _set_cell(data_copy / "sources.csv", "sputnik-2022-11-09-barkhane-over", column, value)
    with pytest.raises(DataError) as err:
        sk.load_sources()
    text = str(err.value)
    assert "sources.csv" in text and f"row {rownum}, column '{column}'" in text and message in text


def test_a_copy_without_a_note_is_refused(data_copy):
    rownum = _set_cell(data_copy / "sources.csv", "kiwix-agadez", "note", "")
    with pytest.raises(DataError, match=rf"row {rownum}, column 'note'"):
        sk.load_sources()


def test_validate_command_reports_a_bad_reliability(data_copy, capsys):
    rownum = _set_cell(data_copy / "sources.csv", "reuters-2012-06-28-islamists-control-north", "reliability", "Wire")
    assert main(["validate"]) == 1
    err = capsys.readouterr().err
    assert "sources.csv" in err and f"row {rownum}, column 'reliability'" in err and "'Wire'" in err
