"""Issue 13 data: why the coups happened, civilian harm by every side, civil society, presence coding.

Each test states a promise the lessons rely on, so that an edit that breaks it fails here first.
"""
from __future__ import annotations

import json
import shutil

import pandas as pd
import pytest

import sahel_kit as sk
import sahel_kit.facts.files as files_mod
import sahel_kit.facts.tables as tables
from sahel_kit import DataError

COUPS = {"MLI": "2020-08-18-mali-coup", "BFA": "2022-01-24-burkina-faso-coup", "NER": "2023-07-26-niger-coup"}


@pytest.fixture(scope="module")
def explanations():
    return sk.load_coup_explanations()


# --- the table ---------------------------------------------------------------------------------------

def test_loader_is_public_and_lazy():
    assert "load_coup_explanations" in sk.__all__
    assert sk.load_coup_explanations is tables.load_coup_explanations


def test_every_row_cites_a_known_source(explanations):
    known = set(sk.load_sources()["source_id"])
    assert len(explanations) >= 15
    for row in explanations.itertuples():
        assert row.source_ids, f"{row.explanation_id} cites nothing"
        assert set(row.source_ids) <= known, row.explanation_id


def test_ids_are_unique_and_typed(explanations):
    assert explanations["explanation_id"].is_unique
    assert explanations["theme"].dtype.name == "category"
    assert explanations["argued_by_kind"].dtype.name == "category"
    assert all(isinstance(c, tuple) for c in explanations["coup_event_ids"])


def test_every_theme_of_the_issue_is_argued(explanations):
    wanted = {"insecurity", "army_grievances", "governance", "anti_french_sentiment", "regional_politics"}
    assert wanted <= set(explanations["theme"])


def test_each_side_is_heard(explanations):
    assert {"junta", "ecowas", "researcher", "civil_society"} <= set(explanations["argued_by_kind"])


@pytest.mark.parametrize("iso3", sorted(COUPS))
def test_each_coup_country_has_the_juntas_reason_and_another_view(explanations, iso3):
    rows = explanations[explanations["countries"].map(lambda cs: iso3 in cs)]
    kinds = set(rows["argued_by_kind"])
    assert "junta" in kinds, f"no junta statement for {iso3}"
    assert kinds - {"junta"}, f"only the junta explains the coup in {iso3}"
    assert any(COUPS[iso3] in ids for ids in rows["coup_event_ids"])


@pytest.mark.parametrize("column", ["quote", "original_quote"])
def test_quotes_are_bare_words(explanations, column):
    # The quote columns hold the source's words only: no surrounding quotation marks, no padding.
    for row in explanations.dropna(subset=[column]).itertuples():
        text = getattr(row, column)
        assert text == text.strip()
        assert text[0] not in "\"“«'‘" and text[-1] not in "\"”»'’", row.explanation_id


def test_original_quotes_come_with_their_language_and_sources(explanations):
    # An English rendering of a French statement keeps the English source's words in `quote` and the
    # French original, as printed by the cited pages, in `original_quote`.
    known = set(sk.load_sources()["source_id"])
    originals = explanations.dropna(subset=["original_quote"])
    assert len(originals) >= 4
    for row in originals.itertuples():
        assert row.original_language == "fr", row.explanation_id
        assert row.original_source_ids and set(row.original_source_ids) <= known, row.explanation_id
        assert row.quote and row.quote != row.original_quote, row.explanation_id
    rest = explanations[explanations["original_quote"].isna()]
    assert rest["original_language"].isna().all() and not any(rest["original_source_ids"])


def test_the_mpsr_statement_follows_its_french_original(explanations):
    # The English rendering ("inability to deal effectively with the deterioration of the security
    # situation") differs from the French ("à unir les Burkinabè pour faire face efficacement à la
    # situation"); the explanation follows the French and says so.
    row = explanations.set_index("explanation_id").loc["bfa-2022-01-mpsr-insecurity"]
    assert "à unir les Burkinabè" in row["original_quote"]
    assert "unite" in row["explanation"] and "French original" in row["explanation"]
    assert "deal effectively" in row["quote"]  # what the English source printed stays
    assert set(row["original_source_ids"]) <= set(row["source_ids"])


def test_coup_events_are_coups_and_evidence_exists(explanations):
    ev = sk.load_events().set_index("event_id")
    for row in explanations.itertuples():
        for event_id in row.coup_event_ids:
            assert ev.loc[event_id, "category"] == "coup"
        for event_id in row.evidence_event_ids:
            assert event_id in ev.index


def test_some_arguments_point_to_data(explanations):
    # "Data where it exists": attacks and protests before a coup are events the argument can cite.
    linked = {e for ids in explanations["evidence_event_ids"] for e in ids}
    assert {"2021-11-14-inata-attack", "2022-09-26-gaskinde-convoy-attack"} <= linked


# --- bad rows are named ------------------------------------------------------------------------------

HEADER = ("explanation_id,theme,countries,coup_event_ids,evidence_event_ids,explanation,argued_by,"
          "argued_by_kind,quote,source_ids,original_quote,original_language,original_source_ids")
GOOD = "x1,insecurity,NER,2023-07-26-niger-coup,,Because.,A junta,junta,,natural-earth-admin0-50m,,,"
SRC = "natural-earth-admin0-50m"
TRANSLATED = GOOD.replace(",,natural-earth-admin0-50m,,,", f",We act.,{SRC},Nous agissons.,fr,{SRC}")


@pytest.fixture
def data_copy(tmp_path, monkeypatch, repo_root):
    copy = tmp_path / "data"
    shutil.copytree(repo_root / "data", copy)
    monkeypatch.setattr(files_mod, "data_dir", lambda: copy)
    tables._source_ids.cache_clear()
    yield copy
    tables._source_ids.cache_clear()


def _write(path, *rows):
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def test_a_good_row_loads(data_copy):
    _write(data_copy / "coup_explanations.csv", HEADER, GOOD)
    df = tables.load_coup_explanations()
    assert df.loc[0, "coup_event_ids"] == ("2023-07-26-niger-coup",)
    assert df.loc[0, "evidence_event_ids"] == ()


def test_a_translated_quote_with_its_original_loads(data_copy):
    _write(data_copy / "coup_explanations.csv", HEADER, GOOD, TRANSLATED.replace("x1,", "x2,", 1))
    df = tables.load_coup_explanations()
    assert pd.isna(df.loc[0, "original_quote"]) and df.loc[0, "original_source_ids"] == ()
    assert df.loc[1, "original_quote"] == "Nous agissons."
    assert df.loc[1, "original_language"] == "fr"
    assert df.loc[1, "original_source_ids"] == (SRC,)


@pytest.mark.parametrize("bad, column, message", [
    (GOOD.replace("insecurity", "bad_luck"), "theme", "not one of"),
    (GOOD.replace(",junta,", ",oracle,"), "argued_by_kind", "not one of"),
    (GOOD.replace("natural-earth-admin0-50m", "no-such-source"), "source_ids", "unknown source"),
    (GOOD.replace(",NER,", ",Niger,"), "countries", "not valid"),
    (GOOD.replace("Because.", ""), "explanation", "is empty"),
    (GOOD.replace("2023-07-26-niger-coup", "2024-07-06-aes-confederation"), "coup_event_ids", "not a coup"),
    (GOOD.replace("2023-07-26-niger-coup", "2099-01-01-no-coup"), "coup_event_ids", "no event"),
    (GOOD.replace(",,Because", ",2099-01-01-nothing,Because"), "evidence_event_ids", "no event"),
    (TRANSLATED.replace(",fr,", ",,"), "original_language", "required when original_quote is set"),
    (TRANSLATED.replace(",fr,", ",French,"), "original_language", "not an ISO 639-1 code"),
    (TRANSLATED.replace(",fr,", ",FR,"), "original_language", "not an ISO 639-1 code"),
    (TRANSLATED[: -len(SRC)], "original_source_ids", "required when original_quote is set"),
    (TRANSLATED[: -len(SRC)] + "no-such-source", "original_source_ids", "unknown source"),
    (TRANSLATED[: -len(SRC)] + "Not An Id", "original_source_ids", "not valid"),
    (TRANSLATED.replace("Nous agissons.", "We act."), "original_quote", "the same as quote"),
    (GOOD[:-1] + f"fr,{SRC}", "original_language", "original_quote is empty"),
    (GOOD + SRC, "original_source_ids", "original_quote is empty"),
])
def test_a_bad_row_names_file_row_and_column(data_copy, bad, column, message):
    _write(data_copy / "coup_explanations.csv", HEADER, GOOD, bad.replace("x1,", "x2,", 1))
    with pytest.raises(DataError, match=rf"coup_explanations\.csv[\s\S]*row 3, column '{column}': .*{message}"):
        tables.load_coup_explanations()


# --- civilian harm, civil society, up to date -------------------------------------------------------

def test_civilian_harm_by_every_side():
    ev = sk.load_events()
    harm = ev[ev["category"] == "civilian_harm"]
    assert set().union(*harm["countries"]) >= {"MLI", "BFA", "NER"}
    actors = set().union(*harm["actors"])
    assert actors & {"jnim", "isgs"}, "no armed group"
    assert actors & {"malian-armed-forces", "burkina-faso-armed-forces"}, "no national army"
    assert "operation-barkhane" in actors, "no foreign force"
    assert "wagner-group" in actors, "no Russian paramilitaries"


def test_every_civilian_toll_says_who_reported_it():
    harm = sk.load_events().query("category == 'civilian_harm'")
    reporters = ("according to", "said", "reported", "found", "counted", "put the toll", "gave")
    for row in harm.itertuples():
        assert any(word in row.description for word in reporters), row.event_id


def test_civil_society_in_all_three_countries():
    cs = sk.load_events().query("category == 'civil_society'")
    assert set().union(*cs["countries"]) >= {"MLI", "BFA", "NER"}
    actors = sk.load_actors()
    movements = actors[actors["kind"] == "civil_society"]
    assert set(movements["country"].dropna()) >= {"MLI", "BFA", "NER"}


def test_timeline_reaches_the_as_of_date_but_not_past_it():
    ev = sk.load_events()
    as_of = pd.Timestamp(sk.data_as_of())
    assert ev["date"].max() <= as_of
    assert ev["date"].max() >= pd.Timestamp("2026-01-01")
    note = json.loads(files_mod.data_path("as_of.json").read_text(encoding="utf-8"))["note"]
    assert note.strip()


# --- presence coding ---------------------------------------------------------------------------------

def test_paramilitary_means_a_private_force_and_africa_corps_is_a_state_force():
    presence = sk.load_presence()
    actors = sk.load_actors()
    private = set(actors.loc[actors["kind"] == "private_military_company", "name"])
    for row in presence.itertuples():
        if row.kind == "paramilitary":
            assert row.force in private, f"{row.presence_id}: {row.force} is not a private military company"
        if "Africa Corps" in row.force:
            assert row.kind != "paramilitary", row.presence_id
    assert actors.set_index("actor_id").loc["africa-corps", "kind"] == "armed_force"
