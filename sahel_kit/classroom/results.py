"""A teacher's summary of a folder of results files (``sahel-kit results summary DIR``).

Students write their file with ``sahel-kit results export --name NAME`` (or
:func:`sahel_kit.quizzes.progress.export_results`); the teacher collects the files in a folder.
Every ``*.json`` file there is read defensively: files that are not regular files, empty, larger
than :data:`MAX_BYTES`, not UTF-8 JSON, of the wrong schema, with a student name that is not
plain text, with malformed records, or duplicates (same content, or an older export of the same
student) are skipped and reported with the reason — never a crash.  Records of questions that
are not in the kit's quizzes are ignored and counted.  Names, file names and reasons are made
safe for a terminal and a spreadsheet (no leading ``= + - @``); the HTML report escapes all text.
Written answers (issue 12) are listed per question with the student's text and self-rating
(:attr:`Summary.written`); they count as answered but never as right or wrong, and a question whose
answer was shown ("Show answer") counts as revealed, not correct.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..quizzes.progress import STATUSES, check_name, load_results, record_status

__all__ = ["MAX_BYTES", "MAX_RECORDS", "Summary", "summarise", "check_name", "safe_label", "safe_text"]

MAX_BYTES = 2_000_000
MAX_RECORDS = 20_000
MAX_TEXT = 5000
STUDENT_COLUMNS = ["student", "file", "answered", "correct", "right_first_time", "revealed", "written",
                   "attempts", "score_pct"]
QUESTION_COLUMNS = ["notebook", "question_id", "students_answered", "students_correct",
                    "right_first_time", "pct_right_first_time", "mean_attempts", "students_revealed"]
WRITTEN_COLUMNS = ["notebook", "question_id", "student", "answer", "self_rating", "submitted"]


def safe_label(text, limit: int = 120) -> str:
    """``text`` with unprintable characters as ``?``, cut to ``limit``, never starting a formula."""
    out = "".join(c if c.isprintable() else "?" for c in str(text))[:limit]
    return "'" + out if out[:1] in ("=", "+", "-", "@") else out


def safe_text(text, limit: int = MAX_TEXT) -> str:
    """A student's written answer for a table: line breaks kept, other control characters as ``?``,
    cut to ``limit``, and (as :func:`safe_label`) never starting a spreadsheet formula."""
    out = "".join(c if c.isprintable() or c in "\n\t" else "?" for c in str(text))[:limit]
    stripped = out.lstrip()
    return "'" + out if stripped[:1] in ("=", "+", "-", "@") or out[:1] in ("\t", "\r") else out


@dataclass
class Summary:
    """Per-student scores, per-question difficulty, written answers, and every skipped file with its reason."""

    students: pd.DataFrame
    questions: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    ignored_records: int = 0
    written: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=WRITTEN_COLUMNS))
    prompts: dict = field(default_factory=dict)  # (notebook, question_id) -> prompt of a written question


def _bank() -> tuple[list[tuple[str, str]], dict]:
    """Every (notebook, question id) of the kit's quizzes, and the prompts of the written ones."""
    from ..quizzes.schema import load_quizzes

    quizzes = load_quizzes()
    bank = [(quiz.notebook, q.id) for quiz in quizzes for q in quiz.questions]
    return bank, {(quiz.notebook, q.id): q.prompt for quiz in quizzes for q in quiz.questions if q.type == "written"}


def _record_problem(n: int, r: dict) -> str | None:
    kinds = {"notebook": str, "question_id": str, "timestamp": str}
    for key, kind in kinds.items():
        if not isinstance(r.get(key), kind):
            return f"record {n}: field {key!r} is not text"
    if not isinstance(r.get("correct"), bool):
        return f"record {n}: field 'correct' is not true/false"
    attempt = r.get("attempt")
    if isinstance(attempt, bool) or not isinstance(attempt, int) or attempt < 1:
        return f"record {n}: field 'attempt' is not a whole number from 1"
    if "status" in r and r["status"] not in STATUSES:
        return f"record {n}: field 'status' is not one of {', '.join(STATUSES)}"
    rating = r.get("rating")
    if rating is not None and not (isinstance(rating, dict) and all(isinstance(v, str) for v in rating.values())):
        return f"record {n}: field 'rating' is not a mapping of criterion to text"
    return None


def _read(path: Path) -> tuple[dict | None, str]:
    """Return ``(document, "")`` or ``(None, reason)`` for one results file."""
    if path.is_symlink() or not path.is_file():
        return None, "not a regular file"
    size = path.stat().st_size
    if size == 0:
        return None, "empty file"
    if size > MAX_BYTES:
        return None, f"too large ({size} bytes; a results file is far below {MAX_BYTES})"
    try:
        doc = load_results(path)
    except UnicodeDecodeError:
        return None, "not UTF-8 text (binary data?)"
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError as exc:
        return None, "wrong schema or not JSON: " + str(exc).replace(str(path), path.name)[:200]
    problem = check_name(doc.get("student"))
    if problem:
        return None, problem
    if len(doc["records"]) > MAX_RECORDS:
        return None, f"too many records ({len(doc['records'])}; limit {MAX_RECORDS})"
    for n, r in enumerate(doc["records"], start=1):
        problem = _record_problem(n, r)
        if problem:
            return None, problem
    return doc, ""


def summarise(folder: str | Path, bank: list[tuple[str, str]] | None = None,
              written: dict | None = None) -> Summary:
    """Read every ``*.json`` results file in ``folder`` and summarise the class.

    Parameters
    ----------
    folder : str or Path
        The folder of results files.
    bank : list of (notebook, question_id), optional
        The questions that count; default every question of the kit's quizzes.
    written : dict, optional
        ``(notebook, question_id) -> prompt`` of the written questions among ``bank`` (default: read
        from the quizzes when ``bank`` is not given, else none).
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder of results files")
    if bank is None:
        bank, default_written = _bank()
        written = default_written if written is None else written
    written = written or {}
    known = set(bank)
    closed = [k for k in bank if k not in written]
    skipped, kept, by_hash = [], {}, {}
    for path in sorted(p for p in folder.iterdir() if p.name.lower().endswith(".json")):
        doc, reason = _read(path)
        label = safe_label(path.name)
        if doc is None:
            skipped.append((label, safe_label(reason, 300)))
            continue
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if digest in by_hash:
            skipped.append((label, f"duplicate of {by_hash[digest]}"))
            continue
        by_hash[digest] = label
        key = " ".join(doc["student"].split()).casefold()
        if key in kept:
            older, newer = sorted([kept[key], (label, doc)], key=lambda item: str(item[1].get("exported", "")))
            skipped.append((older[0], f"older export of the same student as {newer[0]}"))
            kept[key] = newer
        else:
            kept[key] = (label, doc)
    rows, recs, texts, ignored = [], [], [], 0
    for label, doc in kept.values():
        student = " ".join(doc["student"].split())
        mine = [dict(r, status=record_status(r)) for r in doc["records"] if (r["notebook"], r["question_id"]) in known]
        ignored += len(doc["records"]) - len(mine)
        attempts = [r for r in mine if r["status"] != "rated"]
        recs += [dict(r, student=student) for r in attempts]
        texts += _written_answers(student, mine, written)

        def keys(keep):
            return {(r["notebook"], r["question_id"]) for r in attempts if keep(r)}
        correct = keys(lambda r: r["correct"] and (r["notebook"], r["question_id"]) not in written)
        rows.append([student, label, len(keys(lambda r: True)), len(correct),
                     len(keys(lambda r: r["correct"] and r["attempt"] == 1 and (r["notebook"], r["question_id"])
                               not in written)),
                     len(keys(lambda r: r["status"] == "revealed")), len(keys(lambda r: r["status"] == "submitted")),
                     len(attempts), round(100 * len(correct) / len(closed), 1) if closed else 0.0])
    students = pd.DataFrame(rows, columns=STUDENT_COLUMNS).sort_values("student", kind="stable")
    text_df = pd.DataFrame(texts, columns=WRITTEN_COLUMNS)
    return Summary(students.reset_index(drop=True), _difficulty(bank, recs, written), skipped, ignored,
                   text_df, dict(written))


def _written_answers(student: str, records: list[dict], written: dict) -> list[list]:
    """Per written question: the student's last submitted text and the last self-rating given after it."""
    out = []
    for key in written:
        mine = [r for r in records if (r["notebook"], r["question_id"]) == key]
        submitted = [r for r in mine if r["status"] == "submitted"]
        if not submitted:
            continue
        last = submitted[-1]
        after = mine[mine.index(last) + 1:]
        rated = [r for r in after if r["status"] == "rated" and isinstance(r.get("rating"), dict)]
        rating = "; ".join(f"{c}: {v}" for c, v in rated[-1]["rating"].items()) if rated else ""
        out.append([key[0], key[1], student, safe_text(last.get("answer", "")), safe_text(rating, 1000),
                    safe_label(last["timestamp"], 40)])
    return out


def _difficulty(bank: list[tuple[str, str]], recs: list[dict], written: dict) -> pd.DataFrame:
    df = pd.DataFrame(recs, columns=["student", "notebook", "question_id", "correct", "attempt", "status"])
    rows = []
    groups = {k: g for k, g in df.groupby(["notebook", "question_id"], sort=False)} if len(df) else {}
    for nb, qid in bank:
        g = groups.get((nb, qid))
        if g is None:
            rows.append([nb, qid, 0, 0, 0, None, None, 0])
            continue
        answered = g["student"].nunique()
        revealed = g[g["status"] == "revealed"]["student"].nunique()
        if (nb, qid) in written:  # submitted, never right or wrong: no difficulty figure
            rows.append([nb, qid, answered, 0, 0, None, round(len(g) / answered, 2), 0])
            continue
        first = g[(g["attempt"] == 1) & g["correct"]]["student"].nunique()
        rows.append([nb, qid, answered, g[g["correct"]]["student"].nunique(), first,
                     round(100 * first / answered, 1), round(len(g) / answered, 2), revealed])
    out = pd.DataFrame(rows, columns=QUESTION_COLUMNS)
    out["pct_right_first_time"] = out["pct_right_first_time"].astype("float64")
    out["mean_attempts"] = out["mean_attempts"].astype("float64")
    return out.sort_values("pct_right_first_time", kind="stable", na_position="last").reset_index(drop=True)
