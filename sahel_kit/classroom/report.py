"""``sahel-kit results export|summary``: write a student's results file; report on a class folder.

The summary is written as CSV files (``students.csv``, ``questions.csv``, ``written.csv``,
``skipped.csv``), printed as a table, and optionally as an HTML page in which every text is escaped;
written answers are listed per question with each student's text and self-rating.
"""
from __future__ import annotations

import sys
from html import escape
from pathlib import Path

import pandas as pd

from .results import Summary, summarise

__all__ = ["write_csv", "summary_html", "summary_text", "register"]

HARDEST = 10


def write_csv(summary: Summary, out_dir: str | Path) -> list[Path]:
    """Write ``students.csv``, ``questions.csv``, ``written.csv`` and ``skipped.csv`` into ``out_dir``; return the paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    skipped = pd.DataFrame(summary.skipped, columns=["file", "reason"])
    paths = []
    for name, df in (("students", summary.students), ("questions", summary.questions),
                     ("written", summary.written), ("skipped", skipped)):
        path = out / f"{name}.csv"
        df.to_csv(path, index=False)
        paths.append(path)
    return paths


def summary_text(summary: Summary) -> str:
    """The printed report: students, the hardest questions, skipped files."""
    parts = [f"{len(summary.students)} student(s)"]
    parts.append(summary.students.to_string(index=False) if len(summary.students) else "(no readable results files)")
    answered = summary.questions[summary.questions["students_answered"] > 0].head(HARDEST)
    if len(answered):
        parts += ["", "Hardest questions (lowest share right first time):", answered.to_string(index=False)]
    if len(summary.written):
        parts.append(f"\n{len(summary.written)} written answer(s) from "
                     f"{summary.written['student'].nunique()} student(s): see written.csv or the HTML page.")
    if summary.ignored_records:
        parts.append(f"\n{summary.ignored_records} record(s) name questions not in the kit's quizzes: ignored.")
    if summary.skipped:
        parts += ["", f"Skipped {len(summary.skipped)} file(s):"] + [f"  {f}: {r}" for f, r in summary.skipped]
    return "\n".join(parts)


def _written_html(summary: Summary) -> str:
    """Per written question: its prompt, then each student's answer and self-rating (all escaped)."""
    if summary.written.empty:
        return "<p>No written answers.</p>"
    parts = []
    for (nb, qid), g in summary.written.groupby(["notebook", "question_id"], sort=False):
        prompt = summary.prompts.get((nb, qid), "")
        rows = "".join(f"<tr><td>{escape(r.student)}</td><td style=\"white-space: pre-wrap\">{escape(r.answer)}</td>"
                       f"<td>{escape(r.self_rating)}</td></tr>" for r in g.itertuples())
        parts.append(f"<h3><code>{escape(nb)}</code> / <code>{escape(qid)}</code></h3>"
                     + (f"<p>{escape(prompt)}</p>" if prompt else "")
                     + f"<table><thead><tr><th>student</th><th>answer</th><th>self-rating</th></tr></thead>"
                       f"<tbody>{rows}</tbody></table>")
    return "".join(parts)


def summary_html(summary: Summary) -> str:
    """A standalone HTML page of the summary; every name, file name, reason and answer is escaped."""
    skipped = "".join(f"<li><code>{escape(f)}</code>: {escape(r)}</li>" for f, r in summary.skipped)
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sahel-kit class results"
            "</title></head><body><h1>Class results</h1>"
            f"<h2>Students ({len(summary.students)})</h2>{summary.students.to_html(index=False, escape=True)}"
            f"<h2>Questions, hardest first</h2>{summary.questions.to_html(index=False, escape=True, na_rep='')}"
            f"<h2>Written answers ({len(summary.written)})</h2>{_written_html(summary)}"
            f"<h2>Skipped files ({len(summary.skipped)})</h2><ul>{skipped}</ul></body></html>\n")


def register(subparsers) -> None:
    """Add ``results export`` and ``results summary``."""
    p = subparsers.add_parser("results", help="export your results for a teacher, or summarise a class",
                              description="Results without an LMS: students export a file, the teacher "
                                          "collects the files in a folder and summarises them.")
    sub = p.add_subparsers(dest="results_action", metavar="ACTION", required=True)
    e = sub.add_parser("export", help="write your results file from your saved progress",
                       description="Write a results file (JSON) from the answers saved in your progress "
                                   "($SAHEL_KIT_HOME or ~/.sahel-kit), to hand in to your teacher.")
    e.add_argument("--name", required=True, help="your name as your teacher should see it")
    e.add_argument("--out", metavar="FILE", help="where to write the file (default: results-<name>.json "
                                                 "in your kit folder)")
    e.set_defaults(func=_export)
    s = sub.add_parser("summary", help="summarise a folder of results files (teacher)",
                       description="Read every *.json results file in DIR and write per-student scores "
                                   "(students.csv) and per-question difficulty (questions.csv); files "
                                   "that cannot be used are listed in skipped.csv with the reason.")
    s.add_argument("dir", metavar="DIR", help="folder holding the students' results files")
    s.add_argument("--out", metavar="OUTDIR", help="folder for the CSV files (default: DIR)")
    s.add_argument("--html", metavar="FILE", help="also write the summary as an HTML page")
    s.set_defaults(func=_summary)


def _export(args) -> int:
    from ..quizzes.progress import ProgressStore, export_results

    try:
        path = export_results(args.name, args.out)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    n = len(ProgressStore().records())
    print(f"wrote {path} ({n} answer(s)); hand this file to your teacher")
    return 0


def _summary(args) -> int:
    if not Path(args.dir).is_dir():
        print(f"error: {args.dir}: not a folder", file=sys.stderr)
        return 1
    summary = summarise(args.dir)
    print(summary_text(summary))
    paths = write_csv(summary, args.out or args.dir)
    if args.html:
        Path(args.html).write_text(summary_html(summary), encoding="utf-8")
        paths.append(Path(args.html))
    print("\nwrote " + ", ".join(str(p) for p in paths))
    return 0
