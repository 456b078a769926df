"""Printable classroom documents made from the quiz files: the answer key and student handouts.

``sahel-kit answer-key`` gives every question with its answer, the explanation, the feedback
written for tempting wrong answers, and the sources; ``sahel-kit handout`` gives one student
sheet per notebook with the same questions and space to answer, without answers or hints.
Both come as Markdown or as one standalone HTML page (one notebook per printed page).  Text
from the quiz files is escaped: in HTML only the kit's safe Markdown subset becomes markup
(:func:`sahel_kit.quizzes.html.md`); in Markdown ``<``, ``>`` and ``&`` become entities.
"""
from __future__ import annotations

import re
from html import escape

from .output import write_output
from ..facts.i18n import LANGUAGES, _ as translate, get_language
from ..quizzes.questions import (Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice, TrueFalse,
                                 Written)
from ..quizzes.html import choice_note, md as md_html, source_links, source_ref
from ..quizzes.shuffle import EXTENSION_HEADING, SHEET_SEED, core_then_extension, shown_question

__all__ = ["answer_key", "handout", "register", "FORMATS"]

FORMATS = ("md", "html")
_NOT_HTTP_LINK = re.compile(r"\[([^\]\n]*)\]\((?!https?://)")
_CSS = ("body{font-family:sans-serif;max-width:48em;margin:1em auto;line-height:1.4}"
        "section{break-after:page}li{margin:.2em 0}.q{break-inside:avoid;margin-bottom:1.2em}"
        "ul.choices{list-style:none;padding-left:1em}"
        ".lines{height:1.9em;border-bottom:1px solid #777}")  # print only: ruled writing space


class _Doc:
    """Collects blocks in Markdown or HTML; ``t`` renders a text field of a quiz file safely."""

    def __init__(self, fmt: str, lang: str = "en"):
        if fmt not in FORMATS:
            raise ValueError(f"format {fmt!r} is not one of {', '.join(FORMATS)}")
        self.fmt, self.parts, self.lang = fmt, [], lang

    def _(self, message: str) -> str:
        """A heading or label of the document in its language (gettext catalogue)."""
        return translate(message, self.lang)

    def t(self, text) -> str:
        if self.fmt == "html":
            return md_html(str(text))
        # Markdown: no raw HTML, and only http(s) links stay links (as in the kit's subset).
        return _NOT_HTTP_LINK.sub(r"\\[\1\\](", escape(str(text), quote=False))

    def h(self, level: int, text: str):
        self.parts.append(f"<h{level}>{text}</h{level}>" if self.fmt == "html" else f"{'#' * level} {text}\n")

    def p(self, text: str):
        self.parts.append(f"<p>{text}</p>" if self.fmt == "html" else f"{text}\n")

    def ul(self, items, plain: bool = False):
        if self.fmt == "html":
            cls = ' class="choices"' if plain else ""
            self.parts.append(f"<ul{cls}>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
        else:
            self.parts.append("".join(f"- {i}\n" for i in items))

    def open(self, cls: str):
        if self.fmt == "html":
            self.parts.append(f'<div class="{cls}">' if cls == "q" else "<section>")

    def close(self, cls: str):
        if self.fmt == "html":
            self.parts.append("</div>" if cls == "q" else "</section>")
        elif cls != "q":
            self.parts.append("---\n")

    def render(self, title: str) -> str:
        if self.fmt == "md":
            return "\n".join(self.parts)
        return (f'<!DOCTYPE html>\n<html lang="{self.lang}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
                f"<style>{_CSS}</style></head><body>\n" + "\n".join(self.parts) + "\n</body></html>\n")


def _bold(doc: _Doc, text: str) -> str:
    return f"<strong>{text}</strong>" if doc.fmt == "html" else f"**{text}**"


def _em(doc: _Doc, text: str) -> str:
    return f"<em>{text}</em>" if doc.fmt == "html" else f"*{text}*"


def _writing_space(doc: _Doc, q: Written) -> None:
    """Ruled lines to write on: about one line per 12 words asked for, at least 6, at most 16."""
    n = min(16, max(6, q.min_words // 12 + 2))
    doc.p(_em(doc, doc._("Write your answer (at least {least} words):").format(least=q.min_words) if q.min_words
              else doc._("Write your answer:")))
    if doc.fmt == "html":
        doc.parts.append('<div class="writing">' + '<div class="lines"></div>' * n + "</div>")
    else:
        doc.parts.append("\n".join(["\\_" * 60 + "  "] * n) + "\n")


def _choices(doc: _Doc, q: Question, key: bool, order: dict) -> None:
    """The answer space (handout) or the marked choices (key) of one question, options in ``order``."""
    def mark(ok):
        return ("✓ " if ok else "✗ ") if key else "☐ "
    if isinstance(q, Written):
        if key:
            doc.p(_bold(doc, doc._("Rubric (a good answer):")))
            doc.ul([doc.t(c) for c in q.rubric])
        else:
            _writing_space(doc, q)
    elif isinstance(q, (SingleChoice, MultipleSelect)):
        right = {q.answer} if isinstance(q, SingleChoice) else set(q.answer)
        note = doc._(choice_note(q)) if choice_note(q) else ""
        if note and note.lower() not in q.prompt.lower():  # a translated prompt may say it already
            doc.p(_em(doc, note))
        doc.ul([mark(o in right) + doc.t(o) for o in order["options"]], plain=True)
    elif isinstance(q, TrueFalse):
        doc.ul([mark(q.answer) + doc._("True"), mark(not q.answer) + doc._("False")], plain=True)
    elif isinstance(q, Numeric) and not key:
        doc.p(doc._("Answer: ______________ {unit}").format(unit=doc.t(q.unit)))
    elif isinstance(q, Ordering) and not key:
        doc.p(_em(doc, doc._("Number these in order (1 = first):")))
        doc.ul(["____ " + doc.t(i) for i in order["items"]], plain=True)
    elif isinstance(q, Matching) and not key:
        # The sheet's shuffled order, so that the file's order (often that of the answers) gives nothing away.
        choices = order["right"]
        letters = [chr(ord("A") + n) for n in range(len(choices))]
        doc.p(_em(doc, doc._("Write the letter of the matching choice:")) + " " + "; ".join(
            f"{L}. {doc.t(r)}" for L, r in zip(letters, choices)))
        doc.ul(["____ " + doc.t(left) for left in q.left], plain=True)


def _sources(doc: _Doc, q: Question, sources: dict) -> None:
    if doc.fmt == "html":
        items = source_links(q.sources, sources)
    else:
        items = []
        for sid in q.sources:
            title, url = source_ref(sid, sources)
            label = escape(title, quote=False).replace("[", "\\[").replace("]", "\\]")
            items.append(f"[{label}](<{url}>)" if url and ">" not in url else label)
    if items:
        doc.p(doc._("Sources:") + " " + "; ".join(items))


def _answer_text(doc: _Doc, q: Question) -> str:
    """The answer in the document's language: quiz text is already translated, the kit's own words are not."""
    if isinstance(q, TrueFalse):
        return doc._("True" if q.answer else "False")
    if isinstance(q, Numeric) and doc.lang != "en":
        unit = f" {q.unit}" if q.unit else ""
        within = doc._("answers within ±{tolerance} count").format(tolerance=f"{q.tolerance:g}{unit}")
        return f"{q.answer:g}{unit}" + (f" ({within})" if q.tolerance else "")
    return q.answer_text()


def _quizzes(notebooks, lang: str):
    from ..quizzes.schema import _known_sources, load_quizzes, quiz_files

    if lang == "en":
        return load_quizzes(notebooks)
    from ..quizzes.languages import load_quiz_in

    sources = _known_sources()
    return [load_quiz_in(n, lang, sources) for n in (notebooks or [p.stem for p in quiz_files()])]


def _document(fmt: str, notebooks, key: bool, lang: str | None = None) -> str:
    doc = _Doc(fmt, get_language(lang))
    for quiz in _quizzes(notebooks, doc.lang):
        doc.open("section")
        doc.h(1, doc.t(quiz.title) + (" — " + doc._("answer key") if key else ""))
        code = f"`{escape(quiz.notebook)}`" if fmt == "md" else f"<code>{escape(quiz.notebook)}</code>"
        doc.p(doc._("Notebook {notebook}").format(notebook=code))
        if not key:
            doc.p(doc._("Name: ______________________________ &nbsp; Date: ______________"))
            doc.p(doc._("After this lesson you will be able to:"))
            doc.ul([doc.t(text) for text in quiz.objectives.values()])
        core, extension = core_then_extension(quiz.questions)
        for n, q in enumerate(core + extension, start=1):
            if extension and q is extension[0]:
                doc.h(2, doc._(EXTENSION_HEADING))
            doc.open("q")
            doc.p(_bold(doc, doc._("Question {number}.").format(number=n)) + " " + doc.t(q.prompt))
            _choices(doc, q, key, shown_question(q, SHEET_SEED, quiz.notebook))
            if key:
                label = doc._("Model answer:" if isinstance(q, Written) else "Answer:")
                doc.p(_bold(doc, label) + " " + doc.t(_answer_text(doc, q)))
                doc.p(_bold(doc, doc._("Why:")) + " " + doc.t(q.explanation))
                wrong = [f"{doc.t(str(k))}: {doc.t(v)}" for k, v in q.feedback.items()]
                wrong += [doc.t(q.wrong_feedback)] if q.wrong_feedback else []
                if wrong:
                    doc.p(_bold(doc, doc._("Tempting wrong answers:")))
                    doc.ul(wrong)
                objective = quiz.objectives.get(q.objective, q.objective)
                doc.p(_em(doc, doc._("Objective {objective} ({level}):").format(
                    objective=escape(q.objective), level=escape(doc._(q.level)))) + f" {doc.t(objective)}"
                      + (f" · {_em(doc, doc._('Hint given:'))} {doc.t(q.hint)}" if q.hint else ""))
                _sources(doc, q, quiz.sources)
            doc.close("q")
        doc.close("section")
    title = "sahel-kit " + doc._("answer key" if key else "student handouts")
    return doc.render(title)


def answer_key(fmt: str = "md", notebooks=None, lang: str | None = None) -> str:
    """Every question (of every quiz, or of ``notebooks``) with answer, explanation and sources.

    Examples
    --------
    >>> "Answer:" in answer_key("md", ["00_start_here"])
    True
    """
    return _document(fmt, notebooks, key=True, lang=lang)


def handout(fmt: str = "md", notebooks=None, lang: str | None = None) -> str:
    """One printable student sheet per notebook: objectives and questions, no answers or hints.

    ``lang="fr"``: the French quiz files (``data/quizzes/fr/``) and French headings.
    """
    return _document(fmt, notebooks, key=False, lang=lang)


def register(subparsers) -> None:
    """Add ``answer-key`` and ``handout``."""
    for name, func, text in (
            ("answer-key", answer_key, "the answer key: every question with its answer, the explanation, "
                                       "feedback for tempting wrong answers and the sources"),
            ("handout", handout, "printable student sheets, one per notebook, with space to answer and "
                                 "no answers")):
        p = subparsers.add_parser(name, help=text.split(":")[0].split(",")[0], description=f"Write {text}.")
        p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="quiz names (default: all)")
        p.add_argument("--format", choices=FORMATS, default="md", help="Markdown (default) or HTML")
        p.add_argument("--out", metavar="FILE", help="write to FILE instead of the standard output")
        p.add_argument("--lang", choices=LANGUAGES, help="language of the document (default: SAHEL_KIT_LANG, else en)")
        p.set_defaults(func=lambda args, f=func: write_output(f(args.format, args.notebooks or None, args.lang),
                                                              args.out))
