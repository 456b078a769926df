"""The kit works from an installed wheel: the data files travel inside the package."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory, repo_root):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                    "--wheel-dir", str(out), str(repo_root)], check=True)
    (path,) = out.glob("sahel_kit-*.whl")
    return path


def test_wheel_contains_the_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in ("sahel_kit/data/sources.csv", "sahel_kit/data/events.csv", "sahel_kit/data/article.json",
                     "sahel_kit/data/boundaries.geojson", "sahel_kit/data/raw/niger-withdrawal-article.txt"):
        assert required in names
    assert any(n.startswith("sahel_kit/data/quizzes/") for n in names)


def test_loaders_work_from_the_installed_wheel(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True)
    code = ("import sahel_kit as sk, pathlib; "
            "print(pathlib.Path(sk.__file__).parent); print(sk.data_path('events.csv').parent); "
            "print(len(sk.load_events()), len(sk.load_sources()), len(sk.load_article()))")
    # The installed copy must win over the editable checkout on sys.path; run away from the repo.
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    pkg, data, counts = out.stdout.strip().splitlines()
    assert pkg.startswith(str(target))
    assert data == os.path.join(pkg, "data")
    n_events, n_sources, n_sentences = map(int, counts.split())
    assert n_sources >= 1 and n_sentences == 20
