"""Shared fixtures: the repository root, and a fresh SAHEL_KIT_HOME for every test."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# The suite is written against the English kit: a developer's SAHEL_KIT_LANG=fr must not turn it French,
# not even in module- or session-scoped fixtures (which run before any function-scoped one).
os.environ.pop("SAHEL_KIT_LANG", None)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _fresh_kit_home(tmp_path_factory, monkeypatch):
    # No test may read or write a real user's progress.
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path_factory.mktemp("sahel-kit-home")))


@pytest.fixture(autouse=True)
def _english_unless_the_test_says_otherwise(monkeypatch):
    # A test that sets the kit's language (sk.set_language) never leaks it into the next test.
    from sahel_kit.facts.i18n import set_language

    set_language(None)
    yield
    set_language(None)
