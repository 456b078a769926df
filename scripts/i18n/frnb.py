"""Shared steps of the French-notebook build scripts (build_fr_01.py, build_fr_02.py, ...).

The pattern is scripts/i18n/build_fr_00.py's: the French lesson is written cell for cell over the English one
(same cell ids, tags and order), from a dict ``FR`` of French sources keyed by English cell id. Two additions:

- ``TRANSLATED_FROM`` keeps a hash of the English text each French cell was translated from; the build stops,
  naming the cells, when the English changed since (run with ``--print-hashes`` after updating the French);
- ``EXTRA`` adds cells that only the French edition has (a reading guide, a French-language report to compare),
  as ``{english_cell_id_to_follow: [cell, ...]}`` with new, unique ids (``fr-...``).

A code cell of the English lesson without a ``#`` comment (other than ``# NBVAL_CHECK_OUTPUT``) and not in ``FR`` is copied as it is (its code is the
same in both languages); any other untranslated cell stops the build.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path


def english_hash(cell: dict) -> str:
    return hashlib.sha256("".join(cell["source"]).encode("utf-8")).hexdigest()[:12]


def markdown(cell_id: str, text: str, extension: bool = False) -> dict:
    cell = {"cell_type": "markdown", "id": cell_id, "metadata": {}, "source": text}
    if extension:
        cell["metadata"]["tags"] = ["extension"]
    return cell


def code(cell_id: str, text: str, extension: bool = False) -> dict:
    cell = {"cell_type": "code", "execution_count": None, "id": cell_id, "metadata": {}, "outputs": [], "source": text}
    if extension:
        cell["metadata"]["tags"] = ["extension"]
    return cell


def build(name: str, fr: dict, translated_from: dict, extra: dict | None = None, argv: list[str] | None = None) -> Path:
    argv = sys.argv[1:] if argv is None else argv
    args = [a for a in argv if not a.startswith("--")]
    root = Path(args[0] if args else Path(__file__).resolve().parents[2])
    english = json.loads((root / "notebooks" / f"{name}.ipynb").read_text(encoding="utf-8"))
    extra = extra or {}
    if "--print-hashes" in argv:  # after updating the translation of changed cells: paste this over TRANSLATED_FROM
        print({c["id"]: english_hash(c) for c in english["cells"] if c["id"] in fr})
        sys.exit(0)
    changed = [c["id"] for c in english["cells"] if c["id"] in fr and translated_from.get(c["id"]) != english_hash(c)]
    if changed:
        sys.exit(f"the English text of these cells changed since they were translated: {changed}; update their "
                 "French text, then run with --print-hashes and paste the result over TRANSLATED_FROM")
    english_ids = {c["id"] for c in english["cells"]}
    unknown = sorted(set(fr) - english_ids) + sorted(set(extra) - english_ids)
    if unknown:
        sys.exit(f"translations or extra cells refer to cells the English lesson no longer has: {unknown}")
    cells, missing = [], []
    for cell in english["cells"]:
        new = dict(cell)
        if cell["id"] in fr:
            new["source"] = fr[cell["id"]]
        elif cell["cell_type"] == "markdown" or "#" in "".join(cell["source"]).replace("# NBVAL_CHECK_OUTPUT", ""):
            missing.append(cell["id"])
        cells.append(new)
        cells.extend(dict(c) for c in extra.get(cell["id"], []))
    if missing:
        sys.exit(f"untranslated cells (English lesson changed?): {missing}")
    ids = [c["id"] for c in cells]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate cell ids in the French lesson")
    for cell in cells:
        source = cell["source"] if isinstance(cell["source"], str) else "".join(cell["source"])
        cell["source"] = source.splitlines(keepends=True)  # as nbformat stores it
        if cell["cell_type"] == "code":
            cell["outputs"], cell["execution_count"] = [], None
    nb = {**english, "cells": cells}
    out = root / "notebooks" / "fr" / f"{name}.ipynb"
    out.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(root)} ({len(cells)} cells)")
    return out
