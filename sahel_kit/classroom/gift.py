"""The quiz bank as a Moodle GIFT file (``sahel-kit export-gift``).

How each type maps (GIFT has six question kinds; the kit's six types all find a home):

========== ===================================================================================
single     multiple choice, one right option: ``=right`` / ``~wrong``, per-option ``#feedback``
multiple   multiple choice with several right options: each right option ``~%w%`` (w = 100/n
           right), each wrong one ``~%-w%`` (w = 100/n wrong), so choosing exactly the right set
           scores 100 % and extra choices cost marks (the kit gives all or nothing)
true_false ``{TRUE#feedback if wrong#feedback if right}``
numeric    ``{#answer:tolerance}``; the unit is added to the prompt; ``wrong_feedback`` becomes
           the catch-all ``~#`` answer
matching   ``=left -> right``; distractors (right-hand choices with no left item) become
           ``= -> choice`` lines, which Moodle reads as extra wrong answers
ordering   GIFT has no ordering type: written as matching, each item to its position (1, 2, ...)
========== ===================================================================================

Options and items are written in the same Markdown subset as prompts (as the kit's static HTML
shows them).  Everywhere: the explanation (with its sources as links) is the general feedback ``####``; hints
cannot be expressed in GIFT and are left out; ``wrong_feedback`` is appended to each wrong
option's feedback (choice types) or, with the per-item feedback, to the general feedback
(matching, ordering).  Texts are
written as ``[markdown]``; every GIFT special character (``~ = # { } :`` and backslash) is escaped
with a backslash, newlines become ``\\n``; ``<``, ``>``, ``&`` become HTML entities so that
nothing a quiz file holds can turn into markup in Moodle.
"""
from __future__ import annotations

import re
import sys
from html import escape as html_escape

from .output import write_output
from ..facts.i18n import LANGUAGES, _, get_language
from ..quizzes.questions import (Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice, TrueFalse,
                                 Written)
from ..quizzes.html import source_ref

__all__ = ["escape", "question_gift", "export_gift", "register", "GIFT_SPECIAL", "GiftError"]

GIFT_SPECIAL = "~=#{}:"
_MD_SPECIAL = re.compile(r"([\\`*_\[\]])")


class GiftError(ValueError):
    """A question cannot be written in GIFT; the message names the question and the text."""


def escape(text: str) -> str:
    """Escape GIFT's special characters: backslash first, then ``~ = # { } :``; newlines to ``\\n``.

    Examples
    --------
    >>> escape("a=b {c}")
    'a\\\\=b \\\\{c\\\\}'
    """
    out = str(text).replace("\\", "\\\\")
    for ch in GIFT_SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _md(text: str) -> str:
    """A field written in the kit's Markdown subset: HTML-escaped, then GIFT-escaped."""
    return escape(html_escape(str(text), quote=False))


def _plain(text: str) -> str:
    """Text inside a Markdown link label (a source title): HTML- and Markdown-escaped, then GIFT-escaped."""
    return escape(_MD_SPECIAL.sub(r"\\\1", html_escape(str(text), quote=False)))


def _weight(n: int, sign: int = 1) -> str:
    value = f"{100 / n:.5f}".rstrip("0").rstrip(".")
    return f"%{'-' if sign < 0 else ''}{value}%"


def _general(q: Question, sources: dict, extra: str = "", lang: str = "en") -> str:
    parts = [q.explanation] + ([extra] if extra else [])
    text = _md("\n\n".join(parts))
    links = []
    for sid in q.sources:
        title, url = source_ref(sid, sources)
        if url:
            safe_url = url.replace("(", "%28").replace(")", "%29").replace(" ", "%20")
            links.append(f"[{_plain(title)}]({escape(safe_url)})")
        else:
            links.append(_plain(title))
    if links:
        text += escape("\n\n" + _("Sources:", lang) + " ") + "; ".join(links)
    return f"\t####{text}\n"


def _option_feedback(q: Question, option, right: bool) -> str:
    notes = [q.feedback[option]] if option in q.feedback else []
    if not right and q.wrong_feedback:
        notes.append(q.wrong_feedback)
    return f"#{_md(' '.join(notes))}" if notes else ""


def _answers(q: Question, sources: dict, lang: str = "en") -> tuple[str, str]:
    """Return ``(suffix for the prompt, body between the braces)`` for ``q``."""
    if isinstance(q, Written):
        return "", ""  # an essay question: empty braces after the prompt; Moodle's teacher grades it
    if isinstance(q, SingleChoice):
        lines = [f"\t{'=' if o == q.answer else '~'}{_md(o)}{_option_feedback(q, o, o == q.answer)}\n"
                 for o in q.options]
        return "", "\n" + "".join(lines) + _general(q, sources, lang=lang)
    if isinstance(q, MultipleSelect):
        n_right, n_wrong = len(q.answer), len(q.options) - len(q.answer)
        lines = [f"\t~{_weight(n_right) if o in q.answer else _weight(n_wrong, -1)}{_md(o)}"
                 f"{_option_feedback(q, o, o in q.answer)}\n" for o in q.options]
        return "", "\n" + "".join(lines) + _general(q, sources, lang=lang)  # Moodle says "Select one or more"
    if isinstance(q, TrueFalse):
        wrong = " ".join(t for t in (q.feedback.get(not q.answer, ""), q.wrong_feedback) if t)
        right = q.feedback.get(q.answer, "")
        fb = f"#{_md(wrong)}#{_md(right)}" if right else f"#{_md(wrong)}" if wrong else ""
        return "", f"{'TRUE' if q.answer else 'FALSE'}{fb}\n" + _general(q, sources, lang=lang)
    if isinstance(q, Numeric):
        unit = escape(" " + _("(Answer in {unit}.)", lang).format(unit=q.unit)) if q.unit else ""
        catch_all = f"\t~#{_md(q.wrong_feedback)}\n" if q.wrong_feedback else ""
        return unit, f"#\n\t={q.answer:.15g}:{q.tolerance:.15g}\n{catch_all}" + _general(q, sources, lang=lang)
    if isinstance(q, Matching):
        pairs = [(left, q.answer[left]) for left in q.left]
        pairs += [("", r) for r in q.right if r not in q.answer.values()]
    elif isinstance(q, Ordering):
        pairs = [(item, str(q.answer.index(item) + 1)) for item in q.items]
    else:
        raise TypeError(f"question {q.id!r}: no GIFT mapping for type {type(q).__name__}")
    for left, right in pairs:
        if "->" in left or "->" in right:
            raise GiftError(f"question {q.id!r}: {left or right!r} contains '->', which GIFT matching "
                             "cannot escape; reword it (e.g. with '→')")
    lines = [f"\t={_md(left)} -> {_md(right)}\n" for left, right in pairs]
    suffix = escape(" " + _("(Match each item to its position: 1 is first.)", lang)) if isinstance(q, Ordering) else ""
    notes = [f"{item}: {note}" for item, note in q.feedback.items()] + [q.wrong_feedback] * bool(q.wrong_feedback)
    return suffix, "\n" + "".join(lines) + _general(q, sources, "\n\n".join(notes), lang)


def question_gift(q: Question, notebook: str, sources: dict | None = None, lang: str = "en") -> str:
    """One question as a GIFT block (comment, ``::name::``, ``[markdown]`` prompt, answers)."""
    suffix, body = _answers(q, sources or {}, lang)
    notes = ""
    if isinstance(q, Written):  # Moodle's essay takes no answer; the teacher finds them here, as comments
        notes = "".join(f"// {label}: {' '.join(text.split())}\n" for label, text in
                        [(_("model answer", lang), q.model_answer)]
                        + [(_("rubric {n}", lang).format(n=n), c) for n, c in enumerate(q.rubric, 1)])
    return (f"// {notebook} / {q.id} ({q.type})\n{notes}"
            f"::{escape(f'{notebook}/{q.id}')}::[markdown]{_md(q.prompt)}{suffix}{{{body}}}\n")


def export_gift(notebooks=None, lang: str | None = None) -> str:
    """The question bank (every quiz, or only ``notebooks``) as GIFT text, one category per quiz.

    ``lang="fr"``: the French quiz files, in the category ``sahel-kit/fr/<notebook>`` so that both
    banks can sit side by side in one Moodle course.
    """
    from ..quizzes.schema import _known_sources, load_quizzes, quiz_files

    lang = get_language(lang)
    if lang == "en":
        quizzes, category = load_quizzes(notebooks), "sahel-kit"
    else:
        from ..quizzes.languages import load_quiz_in

        sources = _known_sources()
        quizzes = [load_quiz_in(n, lang, sources) for n in (notebooks or [p.stem for p in quiz_files()])]
        category = f"sahel-kit/{lang}"
    out = [f"// {_('sahel-kit question bank, exported by `sahel-kit export-gift` (Moodle GIFT format).', lang)}\n"
           f"// {_('Import in Moodle: Question bank > Import > GIFT. Hints are not exported.', lang)}\n"]
    for quiz in quizzes:
        out.append(f"\n$CATEGORY: {category}/{quiz.notebook}\n")
        out += ["\n" + question_gift(q, quiz.notebook, quiz.sources, lang) for q in quiz.questions]
    return "".join(out)


def register(subparsers) -> None:
    """Add ``export-gift``."""
    p = subparsers.add_parser(
        "export-gift", help="write the question bank as a Moodle GIFT file",
        description="Write every quiz (or the named ones) in Moodle's GIFT format, one category per "
                    "notebook. Ordering questions become matching (item -> position); hints are left out.")
    p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="quiz names, e.g. 02_mapping_the_sahel")
    p.add_argument("--out", metavar="FILE", help="write to FILE instead of the standard output")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the bank (default: SAHEL_KIT_LANG, else en)")
    p.set_defaults(func=_cmd)


def _cmd(args) -> int:
    try:
        text = export_gift(args.notebooks or None, getattr(args, "lang", None))
    except GiftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return write_output(text, args.out, f" ({text.count('$CATEGORY')} categories)")
