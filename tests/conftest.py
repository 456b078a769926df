"""Shared fixtures: the repository root, and a fresh SAHEL_KIT_HOME for every test."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(autouse=True)
def _fresh_kit_home(tmp_path_factory, monkeypatch):
    # No test may read or write a real user's progress.
    monkeypatch.setenv("SAHEL_KIT_HOME", str(tmp_path_factory.mktemp("sahel-kit-home")))
