"""The cleaning of the seed article: no page furniture left, the right parts, stable bytes."""
from __future__ import annotations

import json

import pytest

from sahel_kit.facts.article import clean_article, split_sentences
from sahel_kit.facts.files import data_path

RAW = data_path("raw", "niger-withdrawal-article.txt").read_text(encoding="utf-8")
JUNK = ("author-image", "Updated On", "New Update", "•", "Key Takeaways", "Why this matters:")


@pytest.fixture(scope="module")
def article():
    return clean_article(RAW)


def test_parts_and_counts(article):
    assert article.title == "U.S. to Withdraw Troops from Niger Amid Russia's Growing Influence"
    assert article.author == "Nasiru Eneji Abdulrasheed"
    assert article.standfirst.startswith("U.S. withdraws troops from Niger")
    assert len(article.body) == 3
    assert len(article.why_this_matters) == 2
    assert len(article.takeaways) == 5


@pytest.mark.parametrize("junk", JUNK)
def test_no_junk_left(article, junk):
    text = "\n".join(s.text for s in article.sentences)
    assert junk not in text


def test_title_appears_once(article):
    assert sum(s.text == article.title for s in article.sentences) == 1


def test_sentence_ids_are_unique_and_stable(article):
    ids = [s.id for s in article.sentences]
    assert len(ids) == len(set(ids))
    assert article.sentence("p3-s2").text.startswith("The U.S. will remove more than 1,000 service members")
    assert article.sentence("p1-s2").text.startswith("U.S. Deputy Secretary of State Kurt Campbell")


def test_unknown_sentence_id_is_named(article):
    with pytest.raises(KeyError, match="p9-s9"):
        article.sentence("p9-s9")


def test_split_keeps_abbreviations_together():
    assert split_sentences("The U.S. Army left. Then U.N. staff came. It was 2024.") == [
        "The U.S. Army left.", "Then U.N. staff came.", "It was 2024."]


def test_stored_json_regenerates_byte_for_byte(article):
    stored = data_path("article.json").read_bytes()
    assert article.to_json().encode("utf-8") == stored


def test_cleaning_is_pure_and_survives_windows_line_endings(article):
    assert clean_article(RAW.replace("\n", "\r\n")) == article
    assert json.loads(article.to_json())["author"] == article.author


def test_too_short_input_is_rejected():
    with pytest.raises(ValueError, match="too short"):
        clean_article("Title only\n")
