"""The ``sahel-kit`` command (also ``python -m sahel_kit``): thin subcommands over the kit's modules.

Each subcommand lives in a module with a ``register(subparsers)`` function that adds its
parser and sets ``func`` (a function taking the parsed arguments and returning an exit
status).  To add one, write such a module and list it in :data:`COMMAND_MODULES`.
Problems a user can fix are printed as ``error: ...`` with exit status 1, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path

__all__ = ["main", "build_parser", "COMMAND_MODULES"]

#: Modules (relative to ``sahel_kit``) whose ``register(subparsers)`` adds a subcommand.
COMMAND_MODULES: tuple[str, ...] = ("cli", "classroom.gift", "classroom.hub", "classroom.report", "classroom.documents",
                                     "facts.translation_cli", "classroom.html_export")


def register(subparsers) -> None:
    """Add ``validate``."""
    p = subparsers.add_parser(
        "validate", help="check quiz files against the schema (default: every quiz of the kit)",
        description="Check quiz files: schema, answers, ids, objectives and source ids. "
                    "Exit status 1 if any file has a problem.")
    p.add_argument("paths", nargs="*", metavar="PATH", help="quiz files or folders of quiz files")
    p.add_argument("--data", action="store_true",
                   help="also check answers that declare data_check against the data tables")
    p.add_argument("--lang", metavar="LANG",
                   help="check a translation instead: the quiz files of data/quizzes/LANG/ against the English "
                        "ones (same ids, types, answers by position) and every table row translated")
    p.set_defaults(func=cmd_validate)


def _expand(paths: list[str]) -> tuple[list[Path], list[str]]:
    from .quizzes.schema import quiz_files

    if not paths:
        return quiz_files(), []
    files, errors = [], []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(p.glob("*.yaml"))
            files += found
            if not found:
                errors.append(f"{p}: no quiz files (*.yaml) in this folder")
        elif p.is_file():
            files.append(p)
        else:
            errors.append(f"{p}: no such file or folder")
    return files, errors


def cmd_validate(args) -> int:
    """Validate quiz files; print one line per file and every problem."""
    from .facts.i18n import using_language
    from .quizzes.datacheck import check_against_data
    from .quizzes.schema import QuizError, _known_sources, load_quiz

    if getattr(args, "lang", None):
        return _validate_translation(args)
    files, errors = _expand(args.paths)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if not files and not errors:
        print("error: no quiz files found", file=sys.stderr)
        return 1
    sources = _known_sources()
    failed = bool(errors)
    for path in files:
        try:
            quiz = load_quiz(path, sources)
            with using_language("en"):  # the English bank against the English tables, whatever SAHEL_KIT_LANG says
                problems = [p for q in quiz.questions for p in check_against_data(q)] if args.data else []
        except QuizError as exc:
            problems = exc.problems
        if problems:
            failed = True
            print(f"FAIL {path}: {len(problems)} problem(s)", file=sys.stderr)
            for p in problems:
                print(f"  - {path}: {p}", file=sys.stderr)
        else:
            n = len(quiz.questions)
            print(f"ok   {path} ({n} question{'' if n == 1 else 's'})")
    return 1 if failed else 0


def _validate_translation(args) -> int:
    """``validate --lang fr``: French quiz files graded like the English ones, and every table row translated."""
    from .facts.i18n import get_language, using_language
    from .facts.translations import check_translations
    from .quizzes.datacheck import check_against_data
    from .quizzes.languages import compare_banks, quiz_files_in
    from .quizzes.schema import QuizError, _known_sources, load_quiz, quiz_path

    lang = get_language(args.lang)
    sources, failed = _known_sources(), False
    files = [path for raw in args.paths for path in _expand([raw])[0]] if args.paths else quiz_files_in(lang)
    for path in files:
        try:
            quiz = load_quiz(path, sources)
            problems = compare_banks(load_quiz(quiz_path(path.stem), sources), quiz)
            if args.data:  # answers against the tables in the quiz's language (a French title for a French answer)
                with using_language(lang):
                    problems += [p for q in quiz.questions for p in check_against_data(q)]
        except QuizError as exc:
            problems = exc.problems
        failed |= bool(problems)
        print(f"{'FAIL' if problems else 'ok  '} {path} ({len(problems)} problem(s))", file=sys.stderr if problems else sys.stdout)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
    missing = [p.stem for p in quiz_files_in("en") if p.stem not in {f.stem for f in quiz_files_in(lang)}]
    if missing and not args.paths:
        failed = True
        print(f"FAIL no {lang} quiz file yet for: {', '.join(missing)}", file=sys.stderr)
    problems = [] if args.paths else check_translations(lang, complete=True)
    for p in problems:
        print(f"  - {p}", file=sys.stderr)
    if problems:
        print(f"FAIL {lang} translations of the tables: {len(problems)} problem(s) "
              f"(sahel-kit translations status --lang {lang})", file=sys.stderr)
    return 1 if failed or problems else 0


def build_parser() -> argparse.ArgumentParser:
    """The parser with every registered subcommand."""
    from . import __version__

    parser = argparse.ArgumentParser(prog="sahel-kit", description="Tools for the sahel-kit teaching kit.")
    parser.add_argument("--version", action="version", version=f"sahel-kit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        import_module(f"sahel_kit.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    from .facts.files import DataError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 1
    try:
        return int(args.func(args) or 0)
    except (DataError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
