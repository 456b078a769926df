"""The order in which options are shown: shuffled, stable for one student, different between students.

A quiz file lists the right option wherever its author put it (often first).  The widgets show the
options of single, multiple, ordering and matching questions in an order drawn from a random
generator seeded with a hash of *(student seed, notebook, question id)*: a reload shows the same order,
another student sees another.  The student seed is a random id written once in the kit home
(``shuffle-id``); when the kit home cannot be written, its path is the seed.  Printed sheets use one
fixed seed (:data:`SHEET_SEED`), so a handout and its answer key show the same order.  Grading never
depends on the order: ``check`` takes option texts, not positions.  The GIFT export keeps the file's
order and lets Moodle shuffle.
"""
from __future__ import annotations

import hashlib
import random
import secrets
from pathlib import Path

from .base import Question

__all__ = ["student_seed", "display_order", "shown_question", "core_then_extension", "SHEET_SEED", "SEED_FILE",
           "EXTENSION_HEADING"]

SHEET_SEED = "sahel-kit printed sheet"
SEED_FILE = "shuffle-id"
EXTENSION_HEADING = "If you have more time"


def core_then_extension(questions) -> tuple[tuple, tuple]:
    """``(core, extension)``: the questions of the 45-minute core, then those marked ``extension``, each in file order."""
    questions = tuple(questions)
    return tuple(q for q in questions if not q.extension), tuple(q for q in questions if q.extension)


def student_seed(home: str | Path) -> str:
    """The student's shuffle seed: a random id kept in ``<home>/shuffle-id`` (made on first use).

    Falls back to the kit home's path when the file can be neither read nor written (a read-only
    home still gives each student a stable order, as long as their homes differ).
    """
    path = Path(home) / SEED_FILE
    try:
        text = path.read_text(encoding="utf-8").strip()
        if text:
            return text
    except (OSError, UnicodeDecodeError):
        pass
    new = secrets.token_hex(16)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as fh:  # "x": two notebooks starting at once keep one id
            fh.write(new + "\n")
        return new
    except FileExistsError:
        try:
            return path.read_text(encoding="utf-8").strip() or new
        except (OSError, UnicodeDecodeError):
            pass
    except OSError:
        pass
    return f"home:{Path(home).expanduser().absolute()}"


def _rng(seed: str, notebook: str, qid: str, field: str) -> random.Random:
    digest = hashlib.sha256("\0".join((seed, notebook, qid, field)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def display_order(items, seed: str, notebook: str, qid: str, field: str = "options", avoid=None) -> tuple:
    """``items`` in the order one student (``seed``) sees them for one question's ``field``.

    ``avoid`` (an ordering question's answer) is never returned: if the shuffle gives it, the next
    draw of the same generator is taken, so the result stays deterministic.

    Examples
    --------
    >>> a = display_order("ABCD", "student-1", "nb", "q1")
    >>> a == display_order("ABCD", "student-1", "nb", "q1") and sorted(a) == list("ABCD")
    True
    """
    items = list(items)
    rng = _rng(seed, notebook, qid, field)
    avoid = tuple(avoid) if avoid is not None else None
    for _ in range(100):
        rng.shuffle(items)
        if avoid is None or tuple(items) != avoid or len(set(items)) < 2:
            break
    return tuple(items)


def shown_question(q: Question, seed: str, notebook: str) -> dict:
    """The display order of ``q``'s options (``options``, ``items`` or ``right``) for one student.

    Returns a mapping from field name to the ordered tuple; empty for types without options to order
    (true/false keeps True before False, numeric and written have none).
    """
    if q.type in ("single", "multiple"):
        return {"options": display_order(q.options, seed, notebook, q.id)}
    if q.type == "ordering":
        return {"items": display_order(q.items, seed, notebook, q.id, "items", avoid=q.answer)}
    if q.type == "matching":
        return {"right": display_order(q.right, seed, notebook, q.id, "right")}
    return {}
