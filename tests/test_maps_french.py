"""The maps wing in French: legends, titles, descriptions, tooltips, axis labels, source lines and alt texts.

With the kit's language set to French, a map's and a chart's words come from the catalogue: no English
string of the maps wing (the msgids of ``sahel_kit/locale/fr/LC_MESSAGES/sahel_kit.po`` whose reference is
a file of ``sahel_kit/maps/``) shows.  In English the output does not change: the same bytes before and
after a French map was drawn, with the English words and none of the French.
"""
from __future__ import annotations

import importlib.util
import json
import re
from html import unescape

import pytest

import sahel_kit as sk
from sahel_kit.facts.i18n import LOCALE_DIR, using_language
from sahel_kit.maps import charts, palette
from sahel_kit.maps.parts import long_date, number

spec = importlib.util.spec_from_file_location("compile_catalogues", LOCALE_DIR.parents[1] / "scripts" / "compile_catalogues.py")
compiler = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compiler)

PO = LOCALE_DIR / "fr" / "LC_MESSAGES" / "sahel_kit.po"
_FIELD = re.compile(r"\{[^{}]*\}")


def _maps_entries() -> dict:
    """msgid -> French msgstr (first form) of every catalogue entry that comes from the maps wing."""
    text = PO.read_text(encoding="utf-8")
    messages = compiler.parse_po(PO)
    entries = {}
    for block in text.split("\n\n"):
        refs = " ".join(re.findall(r"^#: (.*)$", block, re.M))
        if "sahel_kit/maps/" not in refs and "sahel_kit/facts/outcomes.py" not in refs:
            continue
        msgid = re.search(r'^msgid "(.*)"$', block, re.M).group(1).replace('\\"', '"').replace("\\\\", "\\")
        key = next(k for k in messages if k.split("\x00")[0] == msgid)
        entries[msgid] = messages[key].split("\x00")[0]
    return entries


ENTRIES = _maps_entries()


def _pieces(messages) -> set:
    """The fixed words of the messages, cut at their placeholders: pieces of two words or more."""
    out = set()
    for message in messages:
        for piece in _FIELD.split(message):
            piece = piece.strip(" .,:;()·–—")
            if len(re.findall(r"[A-Za-zÀ-ÿ']{3,}", piece)) >= 2:
                out.add(piece)
    return out


#: The English words the maps wing wraps, and their French: both cut at the placeholders.
ENGLISH = _pieces(ENTRIES) - _pieces(ENTRIES.values())
FRENCH = _pieces(ENTRIES.values()) - _pieces(ENTRIES)


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)
    yield
    sk.set_language(None)


def _leaks(text: str, words) -> list:
    text = unescape(text)
    return sorted(w for w in words if w in text)


def _svg_texts(svg: str) -> str:
    """The text a reader of an SVG sees: its <title>, <desc> and <text> elements."""
    return " ".join(re.sub(r"<[^>]+>", "", t) for t in re.findall(r"<(?:text|title|desc)\b[^>]*>(.*?)</(?:text|title|desc)>", svg, re.S))


def _chart_text(chart) -> str:
    return "\n".join([chart.title, chart.alt, chart.source, _svg_texts(chart.svg)])


def _legends_and_tooltips(m) -> str:
    """The words of a folium map that are the kit's own: legends, layer names, tooltips, title (not the data's popups)."""
    html = m.get_root().render()
    legends = [json.loads(s) for s in re.findall(r'div\.innerHTML = (".*?");\n', html)]
    tooltips = [json.loads(f'"{s}"') for s in re.findall(r'"tooltip": "((?:[^"\\]|\\.)*)"', html)]
    names = re.findall(r'"name": "((?:[^"\\]|\\.)*)"|\.addOverlay\([^,]+, "((?:[^"\\]|\\.)*)"', html)
    return "\n".join([m.title, *legends, *tooltips, *(a or b for a, b in names), m._repr_html_()[:400]])


def test_the_catalogue_covers_the_maps_wing():
    assert len(ENTRIES) > 100
    for words in ["The Sahel and its neighbours", "Boundaries: Made with Natural Earth (public domain).",
                  "Deployment of foreign forces", "Source: {links}", "Kind of event", "exact figure", "United States"]:
        assert words in ENTRIES, words
    assert "Alliance of Sahel States (AES): Mali, Burkina Faso, Niger" in ENGLISH
    assert "Alliance des États du Sahel (AES) : Mali, Burkina Faso, Niger" in FRENCH


def test_palette_words_are_translated_where_shown():
    assert palette.EVENT_COLOURS["coup"][1] == "Coup"   # the constant stays English: translated at use time
    with using_language("fr"):
        from sahel_kit.facts.i18n import _
        assert _(palette.EVENT_COLOURS["coup"][1]) == "Coup d'État"
        assert _(charts.FORCE_NAMES["USA"]) == "États-Unis"


def test_french_dates_and_numbers():
    import pandas as pd

    day = pd.Timestamp("2023-07-26")
    assert long_date(day) == "26 July 2023" and number(1100) == "1,100"
    with using_language("fr"):
        assert long_date(day) == "26 juillet 2023"
        assert long_date(pd.Timestamp("2024-02-01")) == "1er février 2024"
        assert long_date(day, "month", short=True) == "juil. 2023"
        assert number(1100) == "1 100" and number(2500.0, ",.1f") == "2 500,0"


def test_static_map_in_french_has_no_english_words():
    english = sk.static_map(events=sk.load_events(), start=2020, end=2024)
    with using_language("fr"):
        french = sk.static_map(events=sk.load_events(), start=2020, end=2024)   # events' titles in French too
    caption = french._repr_html_().rsplit("<figcaption", 1)[1]   # shown later: still in the map's language
    text = _svg_texts(french.svg) + caption
    assert not _leaks(text, ENGLISH), _leaks(text, ENGLISH)
    assert "Le Sahel et ses voisins" in text and "Capitale" in text and "Coup d'État" in unescape(text)
    assert "Tchad" in text and ">Chad<" not in french.svg           # boundaries' name_fr
    assert 'xml:lang="fr"' in french.svg
    assert french.svg != english.svg


@pytest.mark.parametrize("draw", [
    lambda: sk.timeline_chart(),
    lambda: sk.presence_chart(),
    lambda: sk.troops_chart(),
    lambda: sk.outcomes_chart("fatalities"),
    lambda: sk.outcomes_chart("displacement"),
], ids=["timeline", "presence", "troops", "fatalities", "displacement"])
def test_charts_in_french_have_no_english_words(draw):
    with using_language("fr"):
        chart = draw()
    text = _chart_text(chart)
    assert not _leaks(text, ENGLISH), _leaks(text, ENGLISH)
    assert re.search(r"\b(Source|Année|Date)\b", text)
    assert not re.search(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|January|July|April|September)\b", text), text


def test_troops_chart_french_words_and_dates():
    with using_language("fr"):
        chart = sk.troops_chart()
    text = _chart_text(chart)
    assert "coup d'État au Niger, 26 juil. 2023" in unescape(text)
    assert "Formulation du chiffre" in text and "1 100" in chart.alt


def test_folium_maps_in_french_have_no_english_words():
    with using_language("fr"):
        maps = [sk.add_coups(sk.add_events(sk.add_places(sk.sahel_map(tiles=None)), start=2020, end=2023)),
                sk.presence_timeline_map(tiles=None)]
        texts = [_legends_and_tooltips(m) for m in maps]
    for text in texts:
        assert not _leaks(text, ENGLISH), _leaks(text, ENGLISH)
    assert "Le Sahel et ses voisins" in texts[0] and "Carte interactive" in unescape(maps[0]._repr_html_())
    assert "html lang=&quot;fr&quot;" in maps[0]._repr_html_()
    assert "Coups d'État sur la période" in unescape(texts[0]) and "Tchad" in unescape(texts[0])
    assert "Forces étrangères" in texts[1]


def test_english_output_is_unchanged_by_a_french_map_and_has_no_french():
    """English before and after drawing in French: the same bytes, the English words, none of the French."""
    events = sk.load_events()

    def english():
        static = sk.static_map(events=events, start=2020, end=2024)
        chart = sk.troops_chart()
        folium_map = sk.add_coups(sk.sahel_map(tiles=None))
        return static.svg, static._repr_html_(), _chart_text(chart), chart._repr_html_(), _legends_and_tooltips(folium_map)

    before = english()
    with using_language("fr"):
        english()
    after = english()
    assert before[:4] == after[:4]
    # folium names its elements with random ids: compare the words only
    assert re.sub(r"[0-9a-f]{32}", "", before[4]) == re.sub(r"[0-9a-f]{32}", "", after[4])
    text = "\n".join([_svg_texts(before[0]), before[2], before[4]])
    assert not _leaks(text, FRENCH), _leaks(text, FRENCH)
    for words in ["The Sahel and its neighbours", "Boundaries: Made with Natural Earth (public domain).",
                  "Alliance of Sahel States (AES): Mali, Burkina Faso, Niger", "Wording of the figure",
                  "coup in Niger, 26 Jul 2023", "Coups in the period", "Chad"]:
        assert words in unescape(text), words
    assert "html lang=&quot;en&quot;" in sk.sahel_map(tiles=None)._repr_html_()
    assert 'lang="' not in before[0].split(">", 1)[0]
