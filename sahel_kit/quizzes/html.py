"""Quiz text as safe HTML: escaping, a small Markdown subset, and the static rendering of a quiz.

Everything from a quiz file is HTML-escaped first; then only ``**bold**``, ``*italics*``,
```code``` and ``[links](https://...)`` (http and https only) become markup.  The static
rendering (questions, options, hint and answer behind ``<details>``) is what a notebook
shows where no kernel runs: nbviewer, GitHub, a built book.  Colours come only from
JupyterLab's CSS variables, so light and dark themes both work.
"""
from __future__ import annotations

import re
from html import escape

from .questions import Feedback, Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice

__all__ = ["md", "plain", "feedback_html", "question_html", "quiz_html", "sources_html", "source_ref", "source_links",
           "choice_note"]

_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s()<>\"']+)\)")
_CODE = re.compile(r"`([^`\n]+)`")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")

BORDER = "var(--jp-border-color1, currentColor)"
TONES = {"correct": "var(--jp-success-color1, currentColor)", "wrong": "var(--jp-error-color1, currentColor)",
         "invalid": "var(--jp-warn-color1, currentColor)"}


def _inline(text: str) -> str:
    parts = _CODE.split(text)
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(f"<code>{escape(part)}</code>")
        else:
            s = escape(part)
            out.append(_ITALIC.sub(r"<em>\1</em>", _BOLD.sub(r"<strong>\1</strong>", s)))
    return "".join(out)


def md(text: str) -> str:
    """Escape ``text`` and render the safe Markdown subset.

    Examples
    --------
    >>> md("**Niamey** <script>")
    '<strong>Niamey</strong> &lt;script&gt;'
    """
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(_inline(text[pos:m.start()]))
        out.append(f'<a href="{escape(m[2], quote=True)}" target="_blank" rel="noopener noreferrer">'
                   f"{_inline(m[1])}</a>")
        pos = m.end()
    out.append(_inline(text[pos:]))
    return "".join(out)


def plain(text: str) -> str:
    """The text a widget label can show: the Markdown subset's markers dropped, links as their text.

    Examples
    --------
    >>> plain("The Setup cell (`import sahel_kit as sk`), **first**")
    'The Setup cell (import sahel_kit as sk), first'
    """
    parts = _CODE.split(_LINK.sub(r"\1", text))
    return "".join(p if i % 2 else _ITALIC.sub(r"\1", _BOLD.sub(r"\1", p)) for i, p in enumerate(parts))


def source_ref(sid: str, sources: dict) -> tuple[str, str]:
    """``(title, url)`` of a source id; ``url`` is ``""`` unless it is http(s) (an unknown id is its own title)."""
    title, url = sources.get(sid, (sid, ""))
    return str(title), url if isinstance(url, str) and url.startswith(("https://", "http://")) else ""


def source_links(ids, sources: dict) -> list[str]:
    """Each source id as an escaped HTML link to its URL, or as escaped text when it has no http(s) URL."""
    items = []
    for sid in ids:
        title, url = source_ref(sid, sources)
        items.append(f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
                     f"{escape(title)}</a>" if url else escape(title))
    return items


def sources_html(ids, sources: dict) -> str:
    """``Sources: <a>title</a>, ...`` for source ids; ids without a known http(s) URL show as text."""
    if not ids:
        return ""
    return f"<p><small>Sources: {'; '.join(source_links(ids, sources))}</small></p>"


def feedback_html(fb: Feedback, sources_part: str = "") -> str:
    """The feedback box a widget shows after Check: verdict in words, explanation, option feedback."""
    tone = "invalid" if not fb.valid else "correct" if fb.correct else "wrong"
    body = [f"<p><strong>{escape(fb.message)}</strong></p>"]
    body += [f"<p>{md(note)}</p>" for note in fb.option_feedback]
    if fb.valid and fb.explanation:
        body.append(f"<p>{md(fb.explanation)}</p>{sources_part}")
    return (f'<div class="sahel-quiz-feedback sahel-quiz-{tone}" role="status" '
            f'style="border-left: 4px solid {TONES[tone]}; padding: 2px 10px; margin: 4px 0">{"".join(body)}</div>')


def choice_note(q: SingleChoice | MultipleSelect) -> str:
    """``Choose one.`` or ``Select all that apply.`` for a choice question; ``""`` when its prompt already says so."""
    note = "Choose one." if isinstance(q, SingleChoice) else "Select all that apply."
    return "" if note.lower() in q.prompt.lower() else note


def _choices(q: Question) -> str:
    if isinstance(q, (SingleChoice, MultipleSelect)):
        mark, note = "○" if isinstance(q, SingleChoice) else "☐", choice_note(q)
        rows = "".join(f"<li>{mark} {md(o)}</li>" for o in q.options)
        return (f"<p><em>{note}</em></p>" if note else "") + f'<ul style="list-style: none">{rows}</ul>'
    if isinstance(q, Numeric):
        return f"<p><em>Answer with a number{' in ' + escape(q.unit) if q.unit else ''}.</em></p>"
    if isinstance(q, Ordering):
        rows = "".join(f"<li>{md(i)}</li>" for i in q.items)
        return f"<p><em>Put these in order:</em></p><ul>{rows}</ul>"
    if isinstance(q, Matching):
        # one choice per line: the choices are often sentences with commas of their own
        right = "".join(f"<li>{md(r)}</li>" for r in q.right)
        rows = "".join(f"<li>{md(left)} → ?</li>" for left in q.left)
        return f"<p><em>Match each item:</em></p><ul>{rows}</ul><p><em>to one of:</em></p><ul>{right}</ul>"
    return "<p><em>True or false?</em></p>"


def question_html(q: Question, number: int | None = None, sources: dict | None = None) -> str:
    """One question as static HTML: prompt, choices, then hint and answer each behind ``<details>``."""
    head = f"<strong>Question {number}.</strong> " if number is not None else ""
    hint = f"<details><summary>Hint</summary><p>{md(q.hint)}</p></details>" if q.hint else ""
    answer = (f"<details><summary>Show answer</summary><p><strong>Answer:</strong> {md(q.answer_text())}</p>"
              f"<p>{md(q.explanation)}</p>{sources_html(q.sources, sources or {})}</details>")
    return f'<div class="sahel-quiz-question"><p>{head}{md(q.prompt)}</p>{_choices(q)}{hint}{answer}</div>'


def quiz_html(quiz) -> str:
    """A whole quiz (a :class:`~sahel_kit.quizzes.schema.QuizFile`) as static HTML."""
    cards = "".join(
        f'<li style="border: 1px solid {BORDER}; border-radius: 4px; padding: 4px 12px; margin: 8px 0; '
        f'list-style: none">{question_html(q, n, quiz.sources)}</li>'
        for n, q in enumerate(quiz.questions, start=1))
    return (f'<section class="sahel-quiz" aria-label="Quiz: {escape(quiz.title, quote=True)}">'
            f"<h3>{md(quiz.title)}</h3><p><em>Run this notebook to answer interactively and save your "
            f"progress.</em></p><ol style=\"padding: 0\">{cards}</ol></section>")
