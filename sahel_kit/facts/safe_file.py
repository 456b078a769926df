"""Files that several processes may write at once: an exclusive lock and an atomic JSON write.

:func:`locked` holds an exclusive lock on a lock file (``fcntl.flock`` on POSIX, ``msvcrt.locking``
on Windows; a no-op where neither exists, as under Pyodide in the browser edition, where each tab runs
one kernel and nothing else writes the file); :func:`atomic_write_json` writes a temporary file in the same folder, flushes it to
disk and renames it over the target with ``os.replace``, so a reader never sees half a file.
"""
from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path

__all__ = ["atomic_write_json", "locked"]


def atomic_write_json(path: Path, data) -> None:
    """Write ``data`` as JSON to ``path`` via a temporary file in the same folder and ``os.replace``."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.flush()
            with contextlib.suppress(OSError):  # a browser file system may not implement fsync
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _lock_api():
    """``"flock"``, ``"msvcrt"`` or None: how this platform locks a file (None under Pyodide)."""
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        try:
            import msvcrt
        except ImportError:
            return None
        return "msvcrt" if hasattr(msvcrt, "locking") else None
    try:
        import fcntl
    except ImportError:
        return None
    return "flock" if hasattr(fcntl, "flock") else None


@contextlib.contextmanager
def locked(lock_path: Path):
    """Hold an exclusive lock on ``lock_path`` (created if needed) for the ``with`` block.

    Where the platform has no file locking (Pyodide: its ``fcntl`` has no ``flock``) the block runs
    unlocked: there one browser tab is one kernel, the only writer of its files.
    """
    api = _lock_api()
    if api is None:
        yield
        return
    with open(lock_path, "a+b") as fh:
        if api == "msvcrt":  # pragma: no cover - exercised on Windows only
            import msvcrt

            fh.seek(0)
            while True:
                try:
                    msvcrt.locking(fh.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:  # LK_LOCK gives up after ~10 s; keep waiting
                    time.sleep(0.05)
            try:
                yield
            finally:
                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
