"""A teacher's summary of a folder of results files (``sahel-kit results summary DIR``).

Students write their file with ``sahel-kit results export --name NAME`` (or
:func:`sahel_kit.quizzes.progress.export_results`); the teacher collects the files in a folder.
Every ``*.json`` file there is read defensively: files that are not regular files, empty, larger
than :data:`MAX_BYTES`, not UTF-8 JSON, of the wrong schema, with a student name that is not
plain text, with malformed records, or duplicates (same content, or an older export of the same
student) are skipped and reported with the reason — never a crash.  Records of questions that
are not in the kit's quizzes are ignored and counted.  Names, file names and reasons are made
safe for a terminal and a spreadsheet (no leading ``= + - @``); the HTML report escapes all text.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..quizzes.progress import check_name, load_results

__all__ = ["MAX_BYTES", "MAX_RECORDS", "Summary", "summarise", "check_name", "safe_label"]

MAX_BYTES = 2_000_000
MAX_RECORDS = 20_000
STUDENT_COLUMNS = ["student", "file", "answered", "correct", "right_first_time", "attempts", "score_pct"]
QUESTION_COLUMNS = ["notebook", "question_id", "students_answered", "students_correct",
                    "right_first_time", "pct_right_first_time", "mean_attempts"]


def safe_label(text, limit: int = 120) -> str:
    """``text`` with unprintable characters as ``?``, cut to ``limit``, never starting a formula."""
    out = "".join(c if c.isprintable() else "?" for c in str(text))[:limit]
    return "'" + out if out[:1] in ("=", "+", "-", "@") else out


@dataclass
class Summary:
    """Per-student scores, per-question difficulty, and every skipped file with its reason."""

    students: pd.DataFrame
    questions: pd.DataFrame
    skipped: list[tuple[str, str]] = field(default_factory=list)
    ignored_records: int = 0


def _bank() -> list[tuple[str, str]]:
    from ..quizzes.schema import load_quizzes

    return [(quiz.notebook, q.id) for quiz in load_quizzes() for q in quiz.questions]


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


def summarise(folder: str | Path, bank: list[tuple[str, str]] | None = None) -> Summary:
    """Read every ``*.json`` results file in ``folder`` and summarise the class.

    Parameters
    ----------
    folder : str or Path
        The folder of results files.
    bank : list of (notebook, question_id), optional
        The questions that count; default every question of the kit's quizzes.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder}: not a folder of results files")
    bank = _bank() if bank is None else bank
    known = set(bank)
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
    rows, recs, ignored = [], [], 0
    for label, doc in kept.values():
        student = " ".join(doc["student"].split())
        mine = [r for r in doc["records"] if (r["notebook"], r["question_id"]) in known]
        ignored += len(doc["records"]) - len(mine)
        recs += [dict(r, student=student) for r in mine]
        answered = {(r["notebook"], r["question_id"]) for r in mine}
        correct = {(r["notebook"], r["question_id"]) for r in mine if r["correct"]}
        first = {(r["notebook"], r["question_id"]) for r in mine if r["correct"] and r["attempt"] == 1}
        rows.append([student, label, len(answered), len(correct), len(first), len(mine),
                     round(100 * len(correct) / len(bank), 1) if bank else 0.0])
    students = pd.DataFrame(rows, columns=STUDENT_COLUMNS).sort_values("student", kind="stable")
    return Summary(students.reset_index(drop=True), _difficulty(bank, recs), skipped, ignored)


def _difficulty(bank: list[tuple[str, str]], recs: list[dict]) -> pd.DataFrame:
    df = pd.DataFrame(recs, columns=["student", "notebook", "question_id", "correct", "attempt"])
    rows = []
    groups = {k: g for k, g in df.groupby(["notebook", "question_id"], sort=False)} if len(df) else {}
    for nb, qid in bank:
        g = groups.get((nb, qid))
        if g is None:
            rows.append([nb, qid, 0, 0, 0, None, None])
            continue
        first = g[(g["attempt"] == 1) & g["correct"]]["student"].nunique()
        answered = g["student"].nunique()
        rows.append([nb, qid, answered, g[g["correct"]]["student"].nunique(), first,
                     round(100 * first / answered, 1), round(len(g) / answered, 2)])
    out = pd.DataFrame(rows, columns=QUESTION_COLUMNS)
    out["pct_right_first_time"] = out["pct_right_first_time"].astype("float64")
    out["mean_attempts"] = out["mean_attempts"].astype("float64")
    return out.sort_values("pct_right_first_time", kind="stable", na_position="last").reset_index(drop=True)
