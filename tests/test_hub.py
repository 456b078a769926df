"""``sahel-kit nbgitpuller-link``: the link opens notebook 00 of the kit's repository on a hub."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from sahel_kit.cli import main
from sahel_kit.classroom.hub import FIRST_NOTEBOOK, default_repo, nbgitpuller_link

REPO = Path(__file__).resolve().parents[1]


def _source_url() -> str:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    return re.search(r'^Source\s*=\s*"([^"]+)"', text, re.M)[1]


def _parts(link):
    parts = urlsplit(link)
    return parts, {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}


def test_link_pulls_the_kit_and_opens_notebook_00_in_lab():
    parts, query = _parts(nbgitpuller_link("https://hub.example.org"))
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    assert query["repo"] == default_repo() == _source_url()
    folder = urlsplit(query["repo"]).path.rstrip("/").rsplit("/", 1)[-1]
    assert query["urlpath"] == f"lab/tree/{folder}/{FIRST_NOTEBOOK}"
    assert query["branch"] == "main"
    assert (REPO / FIRST_NOTEBOOK).is_file()


@pytest.mark.parametrize("hub, path", [
    ("https://hub.example.org/", "/hub/user-redirect/git-pull"),
    ("https://hub.example.org/hub", "/hub/user-redirect/git-pull"),
    ("https://example.org/jupyter/", "/jupyter/hub/user-redirect/git-pull"),
])
def test_hub_address_forms(hub, path):
    assert _parts(nbgitpuller_link(hub, repo="https://github.com/o/kit.git"))[0].path == path


def test_other_repository_branch_and_app():
    _, query = _parts(nbgitpuller_link("http://10.0.0.5:8000", repo="https://gitlab.com/t/kit.git",
                                       branch="spring", app="notebook"))
    assert query == {"repo": "https://gitlab.com/t/kit.git", "branch": "spring",
                     "urlpath": f"tree/kit/{FIRST_NOTEBOOK}"}


@pytest.mark.parametrize("bad", ["hub.example.org", "ftp://hub.example.org", "https://", "https://h.org/?x=1",
                                 "javascript:alert(1)"])
def test_bad_hub_address_is_an_error_not_a_link(bad, capsys):
    assert main(["nbgitpuller-link", bad]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "hub" in err


def test_cli_prints_the_link_and_has_help(capsys):
    assert main(["nbgitpuller-link", "https://hub.example.org"]) == 0
    assert capsys.readouterr().out.strip() == nbgitpuller_link("https://hub.example.org")
    with pytest.raises(SystemExit):
        main(["nbgitpuller-link", "--help"])
    assert "nbgitpuller" in capsys.readouterr().out
