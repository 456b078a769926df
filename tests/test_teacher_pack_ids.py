"""The teacher pack's primer, capstone and conflict guidance cite kit rows by id: every id must exist."""
from __future__ import annotations

import re

import pytest

import sahel_kit as sk

DOCS = ("background-primer.md", "capstone.md", "teaching-conflict.md")
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


@pytest.mark.parametrize("name", DOCS)
def test_every_cited_id_exists(name, repo_root, known_ids):
    text = (repo_root / "docs" / "teacher-pack" / name).read_text(encoding="utf-8")
    cited = set(ID.findall(text))
    if name == "background-primer.md":
        assert len(cited) >= 40, "the primer should tell the story through the kit's rows"
    missing = sorted(cited - known_ids)
    assert not missing, f"{name} cites ids that no table has: {missing}"


def test_the_capstone_rubric_has_four_criteria_and_four_levels(repo_root):
    text = (repo_root / "docs" / "teacher-pack" / "capstone.md").read_text(encoding="utf-8")
    rubric = text.split("## Rubric", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in rubric.splitlines() if line.startswith("| **")]
    assert len(rows) == 4
    assert all(line.count("|") == 6 for line in rows)  # criterion + four levels
