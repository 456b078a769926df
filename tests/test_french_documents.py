"""sahel-kit answer-key, handout and export-gift with --lang fr: French quiz text and French headings."""
from __future__ import annotations

import pytest

import sahel_kit as sk
from sahel_kit.classroom.documents import answer_key, handout
from sahel_kit.classroom.gift import export_gift
from sahel_kit.cli import main

ENGLISH_HEADINGS = ["After this lesson you will be able to", "Name:", "Why:", "Tempting wrong answers", "Answer:",
                    "answer key", "Write the letter", "Number these in order", "Choose one.", "Sources:"]


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv("SAHEL_KIT_LANG", raising=False)
    sk.set_language(None)
    yield
    sk.set_language(None)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_french_handout_and_key_have_french_headings_and_text(fmt):
    sheet, key = handout(fmt, ["00_start_here"], lang="fr"), answer_key(fmt, ["00_start_here"], lang="fr")
    assert "Vérifiez vos acquis" in sheet and "À la fin de cette leçon, vous saurez" in sheet and "Nom :" in sheet
    assert "corrigé" in key and "Pourquoi :" in key and "Réponse :" in key and "Objectif o1 (appliquer)" in key
    for heading in ENGLISH_HEADINGS:
        assert heading not in sheet and heading not in key, heading
    if fmt == "html":
        assert '<html lang="fr">' in sheet
    english = handout(fmt, ["00_start_here"])
    assert "After this lesson you will be able to" in english and "Check yourself" in english


def test_french_gift_bank_has_its_own_category_and_french_notes():
    text = export_gift(["00_start_here"], lang="fr")
    assert text.startswith("// Banque de questions de sahel-kit")
    assert "$CATEGORY: sahel-kit/fr/00_start_here" in text
    assert "Associez chaque élément à sa position" in text and "Sources \\:" in text
    assert "Match each item" not in text and "Sources\\:" not in text
    assert "$CATEGORY: sahel-kit/00_start_here" in export_gift(["00_start_here"])


def test_cli_lang_fr_writes_french_documents(tmp_path, capsys):
    out = tmp_path / "fiche.md"
    assert main(["handout", "--lang", "fr", "00_start_here", "--out", str(out)]) == 0
    assert "Nom :" in out.read_text(encoding="utf-8")
    assert main(["answer-key", "--lang", "fr", "00_start_here"]) == 0
    assert "Pourquoi :" in capsys.readouterr().out
    assert main(["export-gift", "--lang", "fr", "00_start_here"]) == 0
    assert "sahel-kit/fr/00_start_here" in capsys.readouterr().out


def test_a_notebook_without_a_french_file_falls_back_to_english_with_a_warning():
    untranslated = [p.stem for p in sk.data_path("quizzes").glob("*.yaml")
                    if not sk.data_path("quizzes", "fr", p.name).is_file()]
    if not untranslated:
        pytest.skip("every quiz is translated")
    with pytest.warns(UserWarning, match="no fr quiz file"):
        text = handout("md", [untranslated[0]], lang="fr")
    assert "Nom :" in text  # French headings around the English quiz
