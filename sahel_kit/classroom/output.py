"""Where a classroom command's document goes: a file named by ``--out``, or the standard output."""
from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["write_output"]


def write_output(text: str, out: str | None, note: str = "") -> int:
    """Write a command's document to the file ``out`` (saying so, with ``note``) or to the standard output."""
    if out:
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {out}{note}")
    else:
        sys.stdout.write(text)
    return 0
