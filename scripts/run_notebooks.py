"""Run every notebook with nbval from a read-only copy of the repository.

Input : notebooks/*.ipynb and everything git tracks (copied to a temporary folder)
Output: nothing in the repository; exit status of the nbval run
Run   : python scripts/run_notebooks.py [extra pytest args]   (make test runs it)

Why a copy: classroom hubs often serve the kit read-only, and notebooks must never write into
the repository.  The copy's files are made read-only and fingerprinted before the run; any file
created or changed inside it afterwards fails the run (root ignores permission bits, so the
fingerprint is the check that holds in CI too).  ``SAHEL_KIT_HOME`` points at a fresh folder so
quiz progress starts empty.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def tracked_files() -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                         cwd=ROOT, capture_output=True, check=True).stdout
    return [f for f in out.decode().split("\0") if f and (ROOT / f).is_file()]


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="sahel-kit-ro-") as tmp:
        copy, home = Path(tmp) / "repo", Path(tmp) / "home"
        for rel in tracked_files():
            (copy / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, copy / rel)
        home.mkdir()
        for p in copy.rglob("*"):
            p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        before = fingerprint(copy)
        env = {**os.environ, "SAHEL_KIT_HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
        notebooks = sorted(str(p.relative_to(copy)) for p in (copy / "notebooks").glob("*.ipynb"))
        if not notebooks:
            print("run_notebooks: no notebooks found in notebooks/", file=sys.stderr)
            return 1
        cmd = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--nbval-lax",
               "--nbval-current-env", "--rootdir", str(copy), "-o", "testpaths=notebooks", *notebooks, *argv]
        print(f"run_notebooks: nbval over {len(notebooks)} notebooks in a read-only copy ({copy})", flush=True)
        status = subprocess.run(cmd, cwd=copy, env=env).returncode
        after = fingerprint(copy)
        changed = sorted(k for k in after.keys() | before.keys() if after.get(k) != before.get(k))
        for p in copy.rglob("*"):  # let TemporaryDirectory clean up
            p.chmod(p.stat().st_mode | stat.S_IWUSR)
        if changed:
            print("run_notebooks: the notebooks wrote into the repository copy:", *changed, sep="\n  ", file=sys.stderr)
            return status or 1
        print(f"run_notebooks: the repository copy is unchanged; progress went to a fresh SAHEL_KIT_HOME")
        return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
