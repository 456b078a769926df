"""Translated table text: beside the tables, facts kept once, every problem named by file, row and column."""
from __future__ import annotations

import csv
import shutil

import pandas as pd
import pytest

import sahel_kit as sk
import sahel_kit.facts.files as data_mod
import sahel_kit.facts.tables as tables
from sahel_kit import DataError
from sahel_kit.cli import main
from sahel_kit.facts.translations import TEXT_TABLES, check_translations, translation_status

LOADERS = {"events": sk.load_events, "claims": sk.load_claims, "actors": sk.load_actors, "places": sk.load_places,
           "presence": sk.load_presence, "fatalities": sk.load_fatalities, "displacement": sk.load_displacement,
           "us_troop_figures": sk.load_troop_figures}
if hasattr(tables, "load_coup_explanations"):
    LOADERS["coup_explanations"] = tables.load_coup_explanations


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)
    yield
    sk.set_language(None)


@pytest.fixture
def data_copy(tmp_path, monkeypatch, repo_root):
    copy = tmp_path / "data"
    shutil.copytree(repo_root / "data", copy)
    monkeypatch.setattr(data_mod, "data_dir", lambda: copy)
    tables._source_ids.cache_clear()
    yield copy
    tables._source_ids.cache_clear()


def test_every_table_with_text_is_registered_and_has_a_translating_loader():
    assert set(LOADERS) == {t for t in TEXT_TABLES if sk.data_path(f"{t}.csv").is_file()}
    for name, spec in TEXT_TABLES.items():
        if name in LOADERS:
            df = LOADERS[name](lang="en")
            assert spec.id_column in df.columns and set(spec.text_columns) <= set(df.columns), name


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_french_keeps_the_facts_and_the_column_names(name):
    english, french = LOADERS[name](), LOADERS[name](lang="fr")
    assert list(french.columns) == list(english.columns)
    assert list(french.dtypes) == list(english.dtypes)
    spec = TEXT_TABLES[name]
    text = set(spec.text_columns) | {column for column, _, _ in spec.originals}
    facts = [c for c in english.columns if c not in text]
    pd.testing.assert_frame_equal(french[facts], english[facts])


def test_a_quotation_shows_in_its_original_french_and_is_never_translated():
    if "coup_explanations" not in LOADERS:
        pytest.skip("no coup_explanations table")
    en = LOADERS["coup_explanations"]().set_index("explanation_id")
    fr = LOADERS["coup_explanations"](lang="fr").set_index("explanation_id")
    french_originals = en.index[(en["original_language"] == "fr").fillna(False)]
    assert len(french_originals) >= 1
    for i in en.index:
        expected = en.loc[i, "original_quote"] if i in french_originals else en.loc[i, "quote"]
        assert fr.loc[i, "quote"] is expected or fr.loc[i, "quote"] == expected, i
    assert "quote" not in TEXT_TABLES["coup_explanations"].text_columns


def _rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_a_translated_row_shows_french_and_an_untranslated_row_english(data_copy):
    # every event is translated: take one row out of a copy to have an untranslated example
    path = data_copy / "translations" / "fr" / "events.csv"
    rows = _rows(path)
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(r for r in rows if r[0] != "2023-07-26-niger-coup")
    fr = sk.load_events(lang="fr").set_index("event_id")
    en = sk.load_events().set_index("event_id")
    assert fr.loc["2013-01-11-operation-serval", "title"] == "La France lance l'opération Serval au Mali"
    assert en.loc["2013-01-11-operation-serval", "title"] == "France launches Operation Serval in Mali"
    untranslated = [i for i in en.index if fr.loc[i, "title"] == en.loc[i, "title"]]
    assert untranslated == ["2023-07-26-niger-coup"]
    # an optional column left empty keeps the original (a name)
    places = sk.load_places(lang="fr").set_index("place_id")
    assert places.loc["niamey", "name"] == "Niamey" and places.loc["niamey", "description"].startswith("Capitale")


def test_the_kit_language_comes_from_set_language_then_the_environment(monkeypatch):
    assert sk.get_language() == "en"
    monkeypatch.setenv("SAHEL_KIT_LANG", "fr_FR.UTF-8")
    assert sk.get_language() == "fr"
    assert sk.load_events().set_index("event_id").loc["2012-03-22-mali-coup", "title"].startswith("Des militaires")
    assert sk.set_language("en") == "en"  # the session's choice wins over the environment
    assert sk.load_events().set_index("event_id").loc["2012-03-22-mali-coup", "title"].startswith("Soldiers")
    assert sk.load_events(lang="fr").set_index("event_id").loc["2012-03-22-mali-coup", "title"].startswith("Des")
    with pytest.raises(ValueError, match="unknown language 'xx'.*en, fr"):
        sk.set_language("xx")
    monkeypatch.setenv("SAHEL_KIT_LANG", "klingon")
    with pytest.raises(ValueError, match="SAHEL_KIT_LANG: unknown language 'klingon'"):
        sk.set_language(None)
    monkeypatch.delenv("SAHEL_KIT_LANG")


def test_the_translation_files_have_no_problem():
    assert check_translations("fr", complete=False) == []


def test_status_counts_translated_rows_per_table():
    status = {t: (done, rows) for t, done, rows, stale in translation_status("fr")}
    assert status["events"][1] == len(sk.load_events())
    assert 6 <= status["events"][0] <= status["events"][1]
    assert all(0 <= done <= rows for done, rows in status.values())


def test_a_bad_translation_is_named_by_file_row_and_column(data_copy):
    path = data_copy / "translations" / "fr" / "events.csv"
    rows = _rows(path)  # row numbers as a spreadsheet shows them: the header is row 1
    end, first = len(rows), 1 + [r[0] for r in rows].index("2012-03-22-mali-coup")
    with path.open("a", encoding="utf-8") as fh:
        fh.write("no-such-event,Un titre,Une description\n2012-03-22-mali-coup,Encore,Doublon\n")
    problems = check_translations("fr", complete=False)
    assert any(f"events.csv: row {end + 1}, column 'event_id': no event_id 'no-such-event' in data/events.csv" in p
               for p in problems), problems
    assert any(f"row {end + 2}, column 'event_id': duplicate id '2012-03-22-mali-coup' (first in row {first})" in p
               for p in problems), problems
    with pytest.raises(DataError, match="no-such-event"):
        sk.load_events(lang="fr")
    assert len(sk.load_events()) > 0  # English never reads the translation


def test_an_unknown_or_missing_column_is_a_problem(data_copy):
    (data_copy / "translations" / "fr" / "places.csv").write_text(
        "place_id,lat,descr\nniamey,13.5,Capitale\n", encoding="utf-8")
    problems = check_translations("fr", complete=False, tables=["places"])
    assert any("column 'lat': not a text column of places.csv" in p for p in problems), problems
    assert any("missing column 'description'" in p for p in problems), problems


def test_an_untranslated_row_is_named_and_placeholders_do_not_count(data_copy):
    path = data_copy / "translations" / "fr" / "places.csv"
    path.write_text(path.read_text(encoding="utf-8") + 'bamako-extra,,\n', encoding="utf-8")
    path.write_text("place_id,name,description\nniamey,,EN: Capital and largest city of Niger\n", encoding="utf-8")
    problems = check_translations("fr", complete=True, tables=["places"])
    assert any(p.startswith("data/places.csv: row 2 (place_id 'niamey'), column(s) 'description': no fr translation")
               for p in problems), problems
    assert len(problems) == len(sk.load_places())
    assert sk.load_places(lang="fr").set_index("place_id").loc["niamey", "description"].startswith("Capital and")


def test_cli_status_check_and_todo(data_copy, capsys):
    assert main(["translations", "status", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "events" in out and "all tables" in out
    assert main(["translations", "check", "--lang", "fr"]) == 0
    # a table with rows left to translate (on a copy: the real places.csv may be complete)
    (data_copy / "translations" / "fr" / "places.csv").write_text(
        "place_id,name,description\nniamey,,Capitale du Niger\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["translations", "todo", "--lang", "fr", "--table", "places"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "place_id,name,description" and "EN: " in lines[1]
    assert len(lines) == len(sk.load_places()) and not any(line.startswith("niamey,") for line in lines)


def test_cli_check_fails_on_a_bad_file(data_copy, capsys):
    (data_copy / "translations" / "fr" / "claims.csv").write_text("claim_id,claim,explanation\nc999,x,y\n",
                                                                  encoding="utf-8")
    assert main(["translations", "check", "--lang", "fr"]) == 1
    assert "c999" in capsys.readouterr().err


def test_a_row_whose_english_changed_is_stale_until_stamped(data_copy, capsys):
    events = data_copy / "events.csv"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("France launches Operation Serval in Mali", "France launches Serval in Mali"),
                      encoding="utf-8")
    problems = check_translations("fr", complete=True, tables=["events"])
    stale = [p for p in problems if "the English text changed since it was translated" in p]
    assert len(stale) == 1 and "'2013-01-11-operation-serval'" in stale[0] and "translations stamp" in stale[0]
    assert check_translations("fr", complete=False, tables=["events"]) == []  # structure is still fine
    assert {t: s for t, _, _, s in translation_status("fr")}["events"] == 1
    assert main(["translations", "stamp", "--lang", "fr", "--table", "events"]) == 1  # names or --all required
    assert main(["translations", "stamp", "2013-01-11-operation-serval", "--lang", "fr", "--table", "events"]) == 0
    assert not [p for p in check_translations("fr", complete=True, tables=["events"]) if "changed since" in p]
    assert sk.load_events(lang="fr").set_index("event_id").loc["2013-01-11-operation-serval", "title"].startswith("La France")


def test_todo_rows_paste_into_the_file_and_count_as_untranslated(data_copy, capsys):
    assert main(["translations", "todo", "--lang", "fr", "--table", "claims"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:]
    path = data_copy / "translations" / "fr" / "claims.csv"
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(rows) + "\n", encoding="utf-8")
    assert check_translations("fr", complete=False, tables=["claims"]) == []
    still = check_translations("fr", complete=True, tables=["claims"])
    assert len(still) == len(rows) and all("no fr translation" in p for p in still)
