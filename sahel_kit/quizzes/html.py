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

from ..facts.i18n import _
from .questions import Feedback, Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice, Written

__all__ = ["md", "plain", "feedback_html", "question_html", "quiz_html", "sources_html", "source_ref", "source_links",
           "choice_note", "rubric_html"]

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
    return f"<p><small>{_('Sources:')} {'; '.join(source_links(ids, sources))}</small></p>"


def feedback_html(fb: Feedback, sources_part: str = "", *, explain: bool = True, hint: str = "",
                  answer: str = "", extra: str = "") -> str:
    """The feedback box a widget shows after Check: verdict in words, option feedback, then either
    the hint (``explain=False``: a first wrong attempt) or the answer, explanation and sources."""
    tone = "invalid" if not fb.valid else "correct" if fb.correct or fb.submitted else "wrong"
    body = [f"<p><strong>{escape(fb.message)}</strong></p>"]
    body += [f"<p>{md(note)}</p>" for note in fb.option_feedback]
    if fb.valid and not explain and hint:
        body.append(f"<p><strong>{_('Hint:')}</strong> {md(hint)}</p>")
    if fb.valid and explain:
        if answer:
            body.append(f"<p><strong>{_('Answer:')}</strong> {md(answer)}</p>")
        body.append(extra)
        if fb.explanation:
            body.append(f"<p>{md(fb.explanation)}</p>{sources_part}")
    return (f'<div class="sahel-quiz-feedback sahel-quiz-{tone}" role="status" '
            f'style="border-left: 4px solid {TONES[tone]}; padding: 2px 10px; margin: 4px 0">{"".join(body)}</div>')


def choice_note(q: SingleChoice | MultipleSelect) -> str:
    """``Choose one.`` or ``Select all that apply.`` for a choice question; ``""`` when its prompt already says so."""
    note = "Choose one." if isinstance(q, SingleChoice) else "Select all that apply."
    shown = _(note)  # the English note is the key; a translated prompt may say it in its own words
    return "" if note.lower() in q.prompt.lower() or shown.lower() in q.prompt.lower() else note


def _choices(q: Question, order: dict) -> str:
    if isinstance(q, (SingleChoice, MultipleSelect)):
        mark, note = "○" if isinstance(q, SingleChoice) else "☐", choice_note(q)
        rows = "".join(f"<li>{mark} {md(o)}</li>" for o in order.get("options", q.options))
        return (f"<p><em>{_(note)}</em></p>" if note else "") + f'<ul style="list-style: none">{rows}</ul>'
    if isinstance(q, Numeric):
        text = _("Answer with a number in {unit}.").format(unit=escape(q.unit)) if q.unit else _("Answer with a number.")
        return f"<p><em>{text}</em></p>"
    if isinstance(q, Ordering):
        rows = "".join(f"<li>{md(i)}</li>" for i in order.get("items", q.items))
        return f"<p><em>{_('Put these in order:')}</em></p><ul>{rows}</ul>"
    if isinstance(q, Matching):
        # one choice per line: the choices are often sentences with commas of their own
        right = "".join(f"<li>{md(r)}</li>" for r in order.get("right", q.right))
        rows = "".join(f"<li>{md(left)} → ?</li>" for left in q.left)
        return f"<p><em>{_('Match each item:')}</em></p><ul>{rows}</ul><p><em>{_('to one of:')}</em></p><ul>{right}</ul>"
    if isinstance(q, Written):
        text = (_("Write your answer (at least {least} words), then compare it with the model answer.").format(
            least=q.min_words) if q.min_words else _("Write your answer, then compare it with the model answer."))
        return f"<p><em>{text}</em></p>"
    return f"<p><em>{_('True or false?')}</em></p>"


def rubric_html(q: Written) -> str:
    """The rubric of a written question as an escaped HTML list."""
    rows = "".join(f"<li>{md(c)}</li>" for c in q.rubric)
    return f"<p><strong>{_('Rubric:')}</strong> {_('a good answer')}</p><ul>{rows}</ul>"


def question_html(q: Question, number: int | None = None, sources: dict | None = None, order: dict | None = None) -> str:
    """One question as static HTML: prompt, choices, then hint and answer each behind ``<details>``.

    ``order`` gives the shown order of options, items or matching choices (see
    :func:`sahel_kit.quizzes.shuffle.shown_question`); default the file's order.
    """
    head = f"<strong>{_('Question {number}.').format(number=number)}</strong> " if number is not None else ""
    hint = f"<details><summary>{_('Hint')}</summary><p>{md(q.hint)}</p></details>" if q.hint else ""
    if isinstance(q, Written):
        answer = (f"<details><summary>{_('Show model answer')}</summary><p><strong>{_('Model answer:')}</strong> "
                  f"{md(q.model_answer)}</p>{rubric_html(q)}"
                  f"<p>{md(q.explanation)}</p>{sources_html(q.sources, sources or {})}</details>")
    else:
        answer = (f"<details><summary>{_('Show answer')}</summary><p><strong>{_('Answer:')}</strong> {md(q.answer_text())}</p>"
                  f"<p>{md(q.explanation)}</p>{sources_html(q.sources, sources or {})}</details>")
    return f'<div class="sahel-quiz-question"><p>{head}{md(q.prompt)}</p>{_choices(q, order or {})}{hint}{answer}</div>'


def quiz_html(quiz) -> str:
    """A whole quiz (a :class:`~sahel_kit.quizzes.schema.QuizFile`) as static HTML.

    Core questions first, then the extension questions under "If you have more time"; options in
    the fixed order of the printed sheets (:data:`~sahel_kit.quizzes.shuffle.SHEET_SEED`).
    """
    from .shuffle import EXTENSION_HEADING, SHEET_SEED, core_then_extension, shown_question

    core, extension = core_then_extension(quiz.questions)

    def cards(questions, start):
        return "".join(
            f'<li style="border: 1px solid {BORDER}; border-radius: 4px; padding: 4px 12px; margin: 8px 0; '
            f'list-style: none">{question_html(q, n, quiz.sources, shown_question(q, SHEET_SEED, quiz.notebook))}</li>'
            for n, q in enumerate(questions, start=start))
    more = (f"<h4>{_(EXTENSION_HEADING)}</h4><ol style=\"padding: 0\">{cards(extension, len(core) + 1)}</ol>"
            if extension else "")
    label = _("Quiz: {title}").format(title=quiz.title)
    return (f'<section class="sahel-quiz" aria-label="{escape(label, quote=True)}">'
            f"<h3>{md(quiz.title)}</h3><p><em>{_('Run this notebook to answer interactively and save your progress.')}"
            f"</em></p><ol style=\"padding: 0\">{cards(core, 1)}</ol>{more}</section>")
