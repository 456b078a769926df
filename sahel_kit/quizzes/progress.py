"""A student's answers, kept in ``$SAHEL_KIT_HOME/progress.json`` (default ``~/.sahel-kit/``).

Never written inside the repository, which may be read-only on a classroom hub.  Every
write holds a lock file (``fcntl`` on POSIX, ``msvcrt`` on Windows), re-reads the file,
appends, and replaces the file atomically (temporary file + ``os.replace``): two notebooks
checking answers at once lose nothing, and a crash never leaves half a file.  A corrupt or
unreadable file is moved to ``progress.corrupt-<time>.json`` beside it, a fresh one is
started, and a warning says where the backup is.

The file: ``{"schema": 1, "records": [record, ...]}`` where a record is
``{"notebook", "question_id", "answer", "correct", "attempt", "timestamp", "status"}`` (attempt counts
from 1 per notebook and question; timestamp is ISO 8601 UTC).  ``status`` is ``correct``,
``wrong``, ``revealed`` (the student pressed "Show answer": not correct), ``submitted`` (a written
answer: the text is ``answer``) or ``rated`` (a written answer's self-rating, in ``rating``:
criterion -> ``yes`` / ``partly`` / ``not yet``; a rating is not an attempt).  Files written before
``status`` existed stay valid: their records count as ``correct`` or ``wrong``.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import warnings
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from ..facts.safe_file import atomic_write_json, locked

__all__ = ["ProgressNotSaved", "ProgressStore", "Progress", "progress", "kit_home", "export_results", "load_results",
           "check_name", "record_status", "results_filename", "RESULTS_SCHEMA", "STATUSES"]

SCHEMA = 1
RESULTS_SCHEMA = "sahel-kit-results/1"
RECORD_KEYS = ("notebook", "question_id", "answer", "correct", "attempt", "timestamp")
STATUSES = ("correct", "wrong", "revealed", "submitted", "rated")
_NAME = re.compile(r"[^\W\d_][\w .'\-]{0,79}")


# In the browser edition (Pyodide) the home folder lives in the tab's memory and is lost on reload;
# JupyterLite keeps /drive (the file browser's files) in the browser's storage.
BROWSER_HOME = Path("/drive/sahel-kit")


def kit_home() -> Path:
    """The folder for user state: ``$SAHEL_KIT_HOME`` if set; under Pyodide (the browser edition)
    ``/drive/sahel-kit``, kept in this browser's storage and shown in the file browser; else
    ``~/.sahel-kit``."""
    if os.environ.get("SAHEL_KIT_HOME"):
        return Path(os.environ["SAHEL_KIT_HOME"]).expanduser()
    if sys.platform == "emscripten" and BROWSER_HOME.parent.is_dir():
        return BROWSER_HOME
    return (Path.home() / ".sahel-kit").expanduser()


class ProgressNotSaved(OSError):
    """An answer was checked but could not be written to the progress file.

    ``record`` is the record that was not saved (its ``correct`` and ``attempt`` still hold, so a
    quiz can grade the answer and say it was not kept), ``path`` the progress file, and
    ``__cause__`` the original error.
    """

    def __init__(self, path: Path, record: dict, cause: BaseException):
        super().__init__(f"your answer was checked but NOT saved: {path} could not be written "
                         f"({type(cause).__name__}: {cause})")
        self.path, self.record = path, record


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _jsonable(value):
    """An answer as JSON: sets become sorted lists, tuples lists, anything unknown its text."""
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    return str(value)


class ProgressStore:
    """Append-only, concurrency-safe store of checked answers.

    Parameters
    ----------
    home : str or Path, optional
        Folder of ``progress.json``; default :func:`kit_home`.

    Examples
    --------
    >>> store = ProgressStore(tmp_path)  # doctest: +SKIP
    >>> store.record("00_start_here", "tolerance", "1050", True)["attempt"]  # doctest: +SKIP
    1
    """

    def __init__(self, home: str | Path | None = None):
        self.home = Path(home) if home is not None else kit_home()
        self.path = self.home / "progress.json"
        self.backups: list[Path] = []

    @contextlib.contextmanager
    def _transaction(self):
        self.home.mkdir(parents=True, exist_ok=True)
        with locked(self.home / "progress.json.lock"):
            yield self._read()

    def records(self, notebook: str | None = None) -> list[dict]:
        """Every recorded answer, oldest first (only ``notebook``'s when given)."""
        if not self.path.exists():
            return []
        with self._transaction() as data:
            return [r for r in data["records"] if notebook is None or r["notebook"] == notebook]

    def record(self, notebook: str, question_id: str, answer, correct: bool, status: str | None = None,
               rating: dict | None = None) -> dict:
        """Append one checked answer and return its record (with its attempt number).

        ``status`` defaults to ``correct`` or ``wrong``; see the module docstring for the others.
        A ``rated`` record (a self-rating, with ``rating``) takes the attempt number of the answer it rates.

        Raises :class:`ProgressNotSaved` (an ``OSError``) when the file cannot be written (read-only
        or full disk, a browser storage failure, no locking on the platform); its ``record`` holds
        the graded answer, so the caller can still show the feedback.
        """
        status = status or ("correct" if correct else "wrong")
        if status not in STATUSES:
            raise ValueError(f"status {status!r} is not one of {', '.join(STATUSES)}")
        rec = dict(zip(RECORD_KEYS, (notebook, question_id, _jsonable(answer), bool(correct), 1, _now())))
        rec["status"] = status
        if rating is not None:
            rec["rating"] = _jsonable(rating)
        try:
            with self._transaction() as data:
                attempt = sum(r["notebook"] == notebook and r["question_id"] == question_id
                              and r.get("status") != "rated" for r in data["records"])
                rec["attempt"] = attempt + (status != "rated" or attempt == 0)
                data["records"].append(rec)
                atomic_write_json(self.path, data)
        except (OSError, AttributeError, ImportError, NotImplementedError) as exc:
            raise ProgressNotSaved(self.path, rec, exc) from exc
        return rec

    def _read(self) -> dict:
        if not self.path.exists():
            return {"schema": SCHEMA, "records": []}
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            problem = _shape_problem(data)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            problem = f"{type(exc).__name__}: {exc}"
        if problem is None:
            return data
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        backup = self.path.with_name(f"progress.corrupt-{stamp}.json")
        n = 1
        while backup.exists():
            n += 1
            backup = self.path.with_name(f"progress.corrupt-{stamp}-{n}.json")
        os.replace(self.path, backup)
        self.backups.append(backup)
        warnings.warn(f"Your progress file {self.path} could not be read ({problem}). It was moved to "
                      f"{backup} and a fresh progress file was started.", RuntimeWarning, stacklevel=4)
        return {"schema": SCHEMA, "records": []}

    def summary(self) -> pd.DataFrame:
        """Per notebook: questions answered, correct, right first time, answers revealed, written
        answers submitted, and attempts (a self-rating is not an attempt)."""
        df = pd.DataFrame([dict(r, status=record_status(r)) for r in self.records()],
                          columns=[*RECORD_KEYS, "status"])
        cols = ["notebook", "answered", "correct", "right_first_time", "revealed", "written", "attempts"]
        if df.empty:
            return pd.DataFrame(columns=cols)
        g = df.groupby("notebook", sort=True)

        def questions(mask):
            return df[mask].groupby("notebook")["question_id"].nunique()
        out = pd.DataFrame({
            "answered": g["question_id"].nunique(),
            "correct": questions(df["correct"]),
            "right_first_time": questions(df["correct"] & (df["attempt"] == 1)),
            "revealed": questions(df["status"] == "revealed"),
            "written": questions(df["status"] == "submitted"),
            "attempts": df[df["status"] != "rated"].groupby("notebook").size(),
        }).fillna(0).astype(int)
        return out.reset_index()[cols]


def record_status(record: dict) -> str:
    """A record's status; records written before statuses existed are ``correct`` or ``wrong``."""
    status = record.get("status")
    return status if status in STATUSES else "correct" if record.get("correct") else "wrong"


def _shape_problem(data) -> str | None:
    if not isinstance(data, dict) or not isinstance(data.get("records"), list):
        return "not a progress file: expected {'schema': 1, 'records': [...]}"
    bad = [i for i, r in enumerate(data["records"]) if not isinstance(r, dict) or not set(RECORD_KEYS) <= set(r)]
    return f"record(s) {bad[:5]} lack fields {', '.join(RECORD_KEYS)}" if bad else None


class Progress:
    """The progress dashboard: ``.table`` is a DataFrame; in Jupyter it shows as an HTML table."""

    def __init__(self, store: ProgressStore):
        self.path, self.table = store.path, store.summary()

    def __repr__(self):
        return f"Progress in {self.path}\n{self.table.to_string(index=False)}"

    def _repr_html_(self):
        from html import escape

        from ..facts.i18n import _, get_language

        path = escape(str(self.path))
        if self.table.empty:
            return "<p>" + _("No answers recorded yet (they will be kept in <code>{path}</code>).").format(path=path) + "</p>"
        shown = (self.table if get_language() == "en"  # English keeps the column names a student can index
                 else self.table.rename(columns=lambda c: _(c.replace("_", " "))))
        return ("<p>" + _("Your progress, per notebook (kept in <code>{path}</code>):").format(path=path) + "</p>"
                + shown.to_html(index=False, escape=True))


def progress(home: str | Path | None = None) -> Progress:
    """Show per notebook how many questions you answered, got right, and got right first time.

    Examples
    --------
    >>> import sahel_kit
    >>> sahel_kit.progress().table.columns.tolist()  # doctest: +SKIP
    ['notebook', 'answered', 'correct', 'right_first_time', 'attempts']
    """
    return Progress(ProgressStore(home))


def check_name(name) -> str | None:
    """Return why ``name`` cannot be a student name, or None (letters first; letters, digits, ``.'-``).

    :func:`export_results` refuses such a name, and a teacher's summary skips a file that holds one.
    """
    if not isinstance(name, str) or not _NAME.fullmatch(name.strip()):
        return ("the student name must start with a letter and hold only letters, digits, spaces "
                "and . ' - (at most 80 characters)")
    return None


def results_filename(name: str) -> str:
    """``results-<name as a slug>.json``, the default name of a student's results file."""
    slug = "".join(c if c.isalnum() else "-" for c in name.strip().lower()).strip("-") or "student"
    return f"results-{slug}.json"


def export_results(name: str, out: str | Path | None = None, home: str | Path | None = None) -> Path:
    """Write a results file for a teacher and return its path.

    The file is JSON: ``{"schema": "sahel-kit-results/1", "student": name, "kit_version",
    "exported": ISO time, "records": [progress records]}``.  Default location:
    ``<kit home>/results-<name>.json``.

    Parameters
    ----------
    name : str
        The student's name as the teacher should see it.
    out : str or Path, optional
        Where to write the file.
    home : str or Path, optional
        The kit home holding ``progress.json`` (default :func:`kit_home`).
    """
    problem = check_name(name)
    if problem:
        raise ValueError(f"the student's name {name!r} cannot be used: {problem}, e.g. 'Aminata D.'")
    from .. import __version__

    store = ProgressStore(home)
    path = Path(out) if out is not None else store.home / results_filename(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc = {"schema": RESULTS_SCHEMA, "student": name.strip(), "kit_version": __version__,
           "exported": _now(), "records": store.records()}
    atomic_write_json(path, doc)
    return path


def load_results(path: str | Path) -> dict:
    """Read a results file written by :func:`export_results`, checking its schema."""
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(doc, dict) or doc.get("schema") != RESULTS_SCHEMA or _shape_problem(doc):
        raise ValueError(f"{path}: not a sahel-kit results file (schema {RESULTS_SCHEMA})")
    return doc
