"""Loading validates: every malformed cell is reported with its file, row and column."""
from __future__ import annotations

import shutil

import pytest

import sahel_kit.facts.files as data_mod
import sahel_kit.facts.tables as tables
from sahel_kit import DataError


@pytest.fixture
def data_copy(tmp_path, monkeypatch, repo_root):
    """A writable copy of data/ that the loaders read instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(repo_root / "data", copy)
    monkeypatch.setattr(data_mod, "data_dir", lambda: copy)
    tables._source_ids.cache_clear()
    yield copy
    tables._source_ids.cache_clear()


def write(path, *rows):
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


EVENT_HEADER = "event_id,date,date_precision,title,description,countries,actors,place_id,category,source_ids"
OK_EVENT = "e1,2023-07-26,day,A coup,Soldiers took power.,NER,,,coup,natural-earth-admin0-50m"


def test_a_good_row_loads(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT)
    ev = tables.load_events()
    assert ev.loc[0, "date"].year == 2023
    assert ev["category"].dtype.name == "category"
    assert ev.loc[0, "countries"] == ("NER",)


def test_missing_column_names_file_and_column(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER.replace(",category", ""), OK_EVENT.replace(",coup", ""))
    with pytest.raises(DataError, match=r"events\.csv[\s\S]*missing column 'category'"):
        tables.load_events()


@pytest.mark.parametrize("bad, column, message", [
    ("2023-13-40", "date", "not a date|not a real calendar date"),
    ("26/07/2023", "date", "not a date"),
])
def test_bad_date_names_row_and_column(data_copy, bad, column, message):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT, OK_EVENT.replace("e1,2023-07-26", f"e2,{bad}"))
    with pytest.raises(DataError, match=rf"row 3, column '{column}': .*({message})"):
        tables.load_events()


def test_precision_must_match_date(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace("2023-07-26,day", "2023-07,day"))
    with pytest.raises(DataError, match="row 2, column 'date_precision'"):
        tables.load_events()


def test_unknown_source_id(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace("natural-earth-admin0-50m", "no-such-source"))
    with pytest.raises(DataError, match="row 2, column 'source_ids': unknown source id.*no-such-source"):
        tables.load_events()


def test_row_without_source(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace(",natural-earth-admin0-50m", ","))
    with pytest.raises(DataError, match="row 2, column 'source_ids': is empty"):
        tables.load_events()


def test_unknown_category_lists_the_allowed_ones(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace(",coup,", ",putsch,"))
    with pytest.raises(DataError, match="'putsch' is not one of conflict, coup"):
        tables.load_events()


def test_duplicate_ids(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT, OK_EVENT)
    with pytest.raises(DataError, match="row 3, column 'event_id': duplicate id 'e1' \\(first in row 2\\)"):
        tables.load_events()


def test_all_problems_reported_at_once(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace("2023-07-26", "x").replace(",coup,", ",y,"))
    with pytest.raises(DataError) as info:
        tables.load_events()
    assert len(info.value.problems) == 2


def test_coordinate_outside_region(data_copy):
    header = "place_id,name,kind,country,lat,lon,description,source_ids"
    write(data_copy / "places.csv", header,
          "paris,Paris,capital,FRA,48.8566,2.3522,Not in the Sahel.,natural-earth-admin0-50m")
    with pytest.raises(DataError, match=r"places\.csv[\s\S]*row 2, column 'lat': 48.8566 is outside"):
        tables.load_places()


def test_text_in_a_number_column(data_copy):
    header = "place_id,name,kind,country,lat,lon,description,source_ids"
    write(data_copy / "places.csv", header, "x,X,city,NER,north,2.1,Somewhere.,natural-earth-admin0-50m")
    with pytest.raises(DataError, match="row 2, column 'lat': 'north' is not a number"):
        tables.load_places()


def test_end_before_start(data_copy):
    header = "actor_id,name,kind,role,affiliation,country,start_date,end_date,source_ids"
    write(data_copy / "actors.csv", header, "a,A,person,President,,NER,2023-07-26,2021-04-02,natural-earth-admin0-50m")
    with pytest.raises(DataError, match="row 2, column 'end_date'"):
        tables.load_actors()


def test_unreadable_file(data_copy):
    (data_copy / "events.csv").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(DataError, match="events.csv.*\n.*cannot be read"):
        tables.load_events()


def test_missing_data_folder_says_where_it_looked(monkeypatch, tmp_path):
    monkeypatch.setattr(data_mod, "_PKG", tmp_path / "sahel_kit")
    with pytest.raises(FileNotFoundError, match="sahel-kit data not found"):
        data_mod.data_dir()


def test_loaders_hand_out_copies_and_notice_edits(data_copy):
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT)
    first = tables.load_events()
    first.loc[0, "title"] = "changed by a student"
    assert tables.load_events().loc[0, "title"] == "A coup"
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT, OK_EVENT.replace("e1,", "e2,"))
    assert len(tables.load_events()) == 2
    write(data_copy / "events.csv", EVENT_HEADER, OK_EVENT.replace("2023-07-26", "bad"))
    with pytest.raises(DataError, match="row 2, column 'date'"):
        tables.load_events()
