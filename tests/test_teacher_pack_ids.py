"""The teacher pack's primer, capstone and conflict guidance cite kit rows by id: every id must exist."""
from __future__ import annotations

import re

import pytest

import sahel_kit as sk

DOCS = ("background-primer.md", "capstone.md", "teaching-conflict.md")
# The English pack and its French edition (same file names); the French pages must cite the same rows.
PACKS = {"en": ("docs", "teacher-pack"), "fr": ("docs", "fr", "dossier-enseignant")}
# A row id as the docs write it: `2022-03-27-moura-killings`, `ner-2023-cnsp-insecurity` (three or more parts).
ID = re.compile(r"`([a-z0-9]+(?:-[a-z0-9]+){2,})`")


@pytest.fixture(scope="module")
def known_ids():
    ids = set()
    for frame, column in ((sk.load_events(), "event_id"), (sk.load_coup_explanations(), "explanation_id"),
                          (sk.load_presence(), "presence_id"), (sk.load_actors(), "actor_id"),
                          (sk.load_sources(), "source_id")):
        ids |= set(frame[column])
    return ids


def pack_text(repo_root, lang, name):
    return repo_root.joinpath(*PACKS[lang], name).read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", sorted(PACKS))
@pytest.mark.parametrize("name", DOCS)
def test_every_cited_id_exists(name, lang, repo_root, known_ids):
    text = pack_text(repo_root, lang, name)
    cited = set(ID.findall(text))
    if name == "background-primer.md":
        assert len(cited) >= 40, "the primer should tell the story through the kit's rows"
    missing = sorted(cited - known_ids)
    assert not missing, f"{name} cites ids that no table has: {missing}"


# Claim and sentence ids (`c23`, `p3-s2`, `w1-s1`, `k1`): too short for ID, but a translation must keep them too.
SHORT_ID = re.compile(r"`(c\d{2}|p\d+-s\d+|w\d+-s\d+|k\d+)`")
# Every English page and its French edition: the pack (same file names) and the instructor guide.
FRENCH_PAGES = {**{f"docs/teacher-pack/{name}": f"docs/fr/dossier-enseignant/{name}" for name in (
    "README.md", "background-primer.md", "capstone.md", "no-code-path.md", "pandas-errors.md", "rubric.md",
    "teaching-conflict.md", *(f"notebook-0{n}.md" for n in range(7)))},
    "docs/instructor-guide.md": "docs/fr/guide-enseignant.md"}


def test_every_english_page_has_its_french_page(repo_root):
    english = {str(p.relative_to(repo_root)) for p in (repo_root / "docs" / "teacher-pack").glob("*.md")}
    assert english <= set(FRENCH_PAGES), f"pages without a French edition: {sorted(english - set(FRENCH_PAGES))}"


@pytest.mark.parametrize("english", sorted(FRENCH_PAGES))
def test_the_french_page_cites_the_same_rows(english, repo_root):
    """A translation never adds or drops a fact: the French page cites exactly the English page's ids."""
    en = (repo_root / english).read_text(encoding="utf-8")
    fr = (repo_root / FRENCH_PAGES[english]).read_text(encoding="utf-8")
    for pattern in (ID, SHORT_ID):
        assert set(pattern.findall(fr)) == set(pattern.findall(en)), f"{FRENCH_PAGES[english]} against {english}"


@pytest.mark.parametrize("lang, heading", [("en", "## Rubric"), ("fr", "## Grille")])
def test_the_capstone_rubric_has_four_criteria_and_four_levels(lang, heading, repo_root):
    text = pack_text(repo_root, lang, "capstone.md")
    rubric = text.split(heading, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in rubric.splitlines() if line.startswith("| **")]
    assert len(rows) == 4
    assert all(line.count("|") == 6 for line in rows)  # criterion + four levels
