"""The ``binder/`` folder builds what ``pyproject.toml`` declares, the way repo2docker reads it.

repo2docker (mybinder.org's builder) uses only ``binder/`` when that folder exists; it picks the
Python from ``runtime.txt`` (``python-X.Y``) and runs ``pip install -r binder/requirements.txt``
from the repository root after copying the whole repository when a line refers to a local path
such as ``-e .`` (repo2docker/buildpacks/python/__init__.py, ``_should_preassemble_pip``).
"""
from __future__ import annotations

import re
import sys
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BINDER = REPO / "binder"
# Files repo2docker reads from binder/; anything else there would be silently ignored.
KNOWN = {"requirements.txt", "runtime.txt", "postBuild", "apt.txt", "start", "environment.yml",
         "Project.toml", "install.R", "DESCRIPTION", "setup.py", "pyproject.toml", "README.md"}

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli", reason="reading pyproject.toml on Python 3.10 needs tomli")


@pytest.fixture(scope="module")
def project():
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;@]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _lines(path: Path) -> list[str]:
    return [ln.split("#", 1)[0].strip() for ln in path.read_text(encoding="utf-8").splitlines()
            if ln.split("#", 1)[0].strip()]


def _version(spec: str) -> tuple[int, int]:
    return tuple(int(x) for x in spec.split(".")[:2])


def test_binder_holds_only_files_repo2docker_reads():
    files = {p.name for p in BINDER.iterdir()}
    assert {"requirements.txt", "runtime.txt"} <= files
    assert files <= KNOWN, f"repo2docker ignores {sorted(files - KNOWN)}"
    # environment.yml would switch repo2docker to conda and skip requirements.txt.
    assert "environment.yml" not in files


def test_runtime_is_a_python_that_pyproject_and_pandas_accept(project):
    text = (BINDER / "runtime.txt").read_text(encoding="utf-8").strip()
    m = re.fullmatch(r"python-(\d+\.\d+)", text)
    assert m, f"binder/runtime.txt must be exactly python-X.Y, not {text!r}"
    binder_python = _version(m[1])
    floor = re.fullmatch(r">=\s*(\d+\.\d+)", project["requires-python"])
    assert floor and binder_python >= _version(floor[1])
    try:
        pandas = metadata("pandas")
    except PackageNotFoundError:  # pragma: no cover
        pytest.skip("pandas not installed")
    needs = re.search(r">=\s*(\d+\.\d+)", pandas["Requires-Python"] or "")
    if int(pandas["Version"].split(".")[0]) >= 3 and needs:
        assert binder_python >= _version(needs[1]), "Binder's Python cannot install pandas 3"


def test_requirements_install_the_kit_itself_and_nothing_pyproject_does_not_declare(project):
    lines = _lines(BINDER / "requirements.txt")
    kit = [ln for ln in lines if ln in ("-e .", "--editable .", "--editable=.", ".")]
    assert kit, "binder/requirements.txt must install the kit itself ('-e .'), so pyproject's dependencies apply"
    declared = {_name(d) for d in project["dependencies"]}
    declared |= {_name(d) for extra in project.get("optional-dependencies", {}).values() for d in extra}
    others = [ln for ln in lines if ln not in kit]
    assert all(not ln.startswith("-") for ln in others), f"unexpected pip options: {others}"
    undeclared = [ln for ln in others if _name(ln) not in declared]
    assert not undeclared, f"in binder/requirements.txt but not in pyproject.toml: {undeclared}"


def test_no_root_level_environment_files_that_binder_would_ignore():
    for name in ("requirements.txt", "environment.yml", "runtime.txt", "postBuild"):
        assert not (REPO / name).exists(), f"{name} at the root is ignored by repo2docker because binder/ exists"


def test_readme_binder_badge_opens_notebook_00_in_jupyterlab(project):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"https://mybinder\.org/v2/gh/[^\s)\]]+", readme)
    if not links:
        pytest.skip("README.md has no Binder badge yet")
    owner_repo = project["urls"]["Source"].removeprefix("https://github.com/").strip("/")
    for link in links:
        m = re.fullmatch(r"https://mybinder\.org/v2/gh/([^/]+/[^/]+)/([^?]+)\?urlpath=lab/tree/(.+)", link)
        assert m, f"Binder link should open a notebook in JupyterLab (?urlpath=lab/tree/...): {link}"
        assert m[1] == owner_repo, f"Binder link points at {m[1]}, pyproject's Source is {owner_repo}"
        if m[3] == "notebooks/fr/00_start_here.ipynb":
            continue  # the French edition's badge: tests/test_notebooks_fr.py checks it once notebooks/fr/ has lessons
        assert m[3] == "notebooks/00_start_here.ipynb" and (REPO / m[3]).is_file()
