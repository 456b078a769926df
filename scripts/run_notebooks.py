"""Run every notebook with nbval from a read-only copy of the repository.

Input : notebooks/*.ipynb, notebooks/fr/*.ipynb (the French edition, when present) and everything git
        tracks (copied to a temporary folder)
Output: nothing in the repository; exit status of the nbval run
Run   : python scripts/run_notebooks.py [extra pytest args]   (make test runs it)
        python scripts/run_notebooks.py --update-references     (after a deliberate change)

Why a copy: classroom hubs often serve the kit read-only, and notebooks must never write into
the repository.  The copy's files are made read-only and fingerprinted before the run; any file
created or changed inside it afterwards fails the run (root ignores permission bits, so the
fingerprint is the check that holds in CI too).  ``SAHEL_KIT_HOME`` points at a fresh folder so
quiz progress starts empty.

Reference outputs: notebooks are stored without outputs, so nbval alone would have nothing to
compare a ``# NBVAL_CHECK_OUTPUT`` cell with.  The expected outputs of those cells live in
``tests/notebook_outputs/<notebook>.json`` (cell id -> outputs) and are put back into the copy
before nbval runs, so a deterministic cell (a table of counts, an SVG map) that changes fails
the run.  ``--update-references`` executes the notebooks and rewrites those files.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REFERENCES = ROOT / "tests" / "notebook_outputs"
MARKER = "# NBVAL_CHECK_OUTPUT"
KEPT_MIME = ("text/plain", "text/html", "image/svg+xml")


def notebooks_in(root: Path) -> list[Path]:
    """The lessons: ``notebooks/*.ipynb``, then the French edition ``notebooks/fr/*.ipynb`` (none is fine)."""
    return sorted((root / "notebooks").glob("*.ipynb")) + sorted((root / "notebooks" / "fr").glob("*.ipynb"))


def reference_file(notebook: Path) -> Path:
    """``tests/notebook_outputs/<name>.json``, or ``tests/notebook_outputs/fr/<name>.json`` for the French edition."""
    return REFERENCES / ("fr" if notebook.parent.name == "fr" else "") / f"{notebook.stem}.json"


def checked_cells(nb: dict) -> list[dict]:
    """The code cells whose output nbval compares."""
    return [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).lstrip().startswith(MARKER)]


def _portable(outputs: list[dict]) -> list[dict]:
    keep = []
    for out in outputs:
        out = {k: v for k, v in out.items() if k != "execution_count"}
        if "data" in out:
            out["data"] = {k: v for k, v in out["data"].items() if k in KEPT_MIME}
            out["metadata"] = {}
        keep.append(out)
    return keep


def inject_references(notebook: Path) -> list[str]:
    """Put the reference outputs into the checked cells of ``notebook``; return problems."""
    nb = json.loads(notebook.read_text(encoding="utf-8"))
    ref_file = reference_file(notebook)
    refs = json.loads(ref_file.read_text(encoding="utf-8")) if ref_file.exists() else {}
    problems = []
    for n, cell in enumerate(checked_cells(nb), start=1):
        if cell.get("id") not in refs:
            problems.append(f"{notebook.name}: checked cell {cell.get('id')!r} has no reference output "
                            "(run: python scripts/run_notebooks.py --update-references)")
            continue
        cell["outputs"], cell["execution_count"] = refs[cell["id"]], n
    notebook.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def update_references(copy: Path, home: Path) -> int:
    import nbformat
    from nbclient import NotebookClient

    REFERENCES.mkdir(parents=True, exist_ok=True)
    os.environ.update(SAHEL_KIT_HOME=str(home), PYTHONDONTWRITEBYTECODE="1")
    os.environ.pop("SAHEL_KIT_LANG", None)  # each notebook sets its own language (the French ones: sk.set_language)
    for path in notebooks_in(copy):
        nb = nbformat.read(path, as_version=4)
        NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        refs = {c["id"]: _portable(c["outputs"]) for c in checked_cells(nb)}
        target = reference_file(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(refs, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"run_notebooks: {len(refs)} reference output(s) -> {target.relative_to(ROOT)}")
    return 0


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
        if argv[:1] == ["--update-references"]:
            return update_references(copy, home)
        problems = [p for nb in notebooks_in(copy) for p in inject_references(nb)]
        if problems:
            print("run_notebooks:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        for p in copy.rglob("*"):
            p.chmod(p.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
        before = fingerprint(copy)
        env = {**os.environ, "SAHEL_KIT_HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("SAHEL_KIT_LANG", None)  # each notebook sets its own language (the French ones: sk.set_language)
        notebooks = [str(p.relative_to(copy)) for p in notebooks_in(copy)]
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
