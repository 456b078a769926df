"""The interactive quiz: a running score, one card per question (Check / Hint / Try again), a summary.

``sahel_kit.quiz("02_mapping_the_sahel")`` is all a notebook cell needs.  Grading is done
by each question's pure ``check`` (:mod:`sahel_kit.quizzes.questions`); this module only wires
widgets to it and records checked answers through :mod:`sahel_kit.quizzes.progress`.
Feedback goes into widget values (never ``Output`` capture), says ✓/✗ in words, and is
coloured only through JupyterLab's CSS variables.  The object also carries the static
HTML rendering in its MIME bundle, so an executed notebook reads sensibly without a kernel.
This is the only module of the kit that imports ipywidgets.
"""
from __future__ import annotations

from html import escape

import ipywidgets as w
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_button import ButtonStyle
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle

from .progress import ProgressStore
from .questions import Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice, TrueFalse
from .html import BORDER, feedback_html, md, plain, quiz_html, sources_html
from .schema import QuizFile, load_quiz

__all__ = ["Quiz", "quiz"]

# Keyboard focus must be visible in both themes (the widgets' own ring is a thin light-blue line,
# and !important because their rule is more specific); a matching item's label is often a whole
# sentence, which a widget label would cut off with "...": it wraps, with its dropdown below it.
_CSS = ("<style>.sahel-quiz button:focus-visible, .sahel-quiz input:focus-visible, "
        ".sahel-quiz select:focus-visible {outline: 2px solid var(--jp-brand-color1, currentColor) !important; "
        "outline-offset: 2px !important}"
        ".sahel-quiz .sahel-quiz-match {flex-wrap: wrap; height: auto !important; margin-bottom: 6px}"
        ".sahel-quiz .sahel-quiz-match > .widget-label {white-space: normal !important; overflow: visible "
        "!important; height: auto !important; width: 100% !important; max-width: 100% !important; "
        "text-align: left !important; line-height: 1.4; margin-bottom: 2px}"
        ".sahel-quiz .sahel-quiz-match > select {flex: 1 1 100%; max-width: 100%; "
        "min-height: var(--jp-widgets-inline-height, 28px)}</style>")


# In JupyterLab the arrow keys move to another cell, even from a radio button: say how to use Tab.
_KEYS = ("<p><small>Keyboard: <kbd>Tab</kbd> moves to each option and button (not the arrow keys), "
         "<kbd>Space</kbd> chooses an option, <kbd>Enter</kbd> presses a button.</small></p>")


class _Shared:
    """Layouts and styles shared by a quiz's widgets.

    Every widget otherwise creates its own ``Layout`` and style model (two extra comm models per
    widget, most of a quiz's models); these are never changed after creation, so one of each
    kind serves the whole quiz.
    """

    def __init__(self):
        self.plain = w.Layout()
        self.auto = w.Layout(width="auto")
        self.hidden = w.Layout(display="none")
        self.card = w.Layout(border=f"1px solid {BORDER}", padding="4px 12px", margin="8px 0")
        self.html = HTMLStyle()
        self.button = ButtonStyle()
        self.desc = DescriptionStyle(description_width="initial")
        self.checkbox = CheckboxStyle()
        self.text = TextStyle(description_width="initial")
        self._widths = {}

    def html_widget(self, value: str = "") -> w.HTML:
        return w.HTML(value, layout=self.plain, style=self.html)

    def button_widget(self, description: str, tooltip: str, **kw) -> w.Button:
        kw.setdefault("layout", self.plain)
        return w.Button(description=description, tooltip=tooltip, style=self.button, **kw)

    def box(self, children, vertical=True, layout=None):
        return (w.VBox if vertical else w.HBox)(children, layout=layout or self.plain)

    def labels(self, labels) -> w.DescriptionStyle:
        """One description width for a column of dropdowns, so that they line up."""
        width = f"{min(max(len(str(x)) for x in labels), 40) + 2}ch"
        if width not in self._widths:
            self._widths[width] = DescriptionStyle(description_width=width)
        return self._widths[width]


def _answer_input(q: Question, parts: _Shared):
    """Return ``(widget, get_answer, input_widgets)`` for a question's type."""
    if isinstance(q, (SingleChoice, TrueFalse)):
        # a widget label shows text, not markup: `code` and **bold** markers are dropped from labels
        options = ([(plain(o), o) for o in q.options] if isinstance(q, SingleChoice)
                   else [("True", True), ("False", False)])
        radio = w.RadioButtons(options=options, value=None, layout=parts.auto, style=parts.desc)
        return radio, lambda: radio.value, [radio]
    if isinstance(q, MultipleSelect):
        boxes = [w.Checkbox(value=False, description=plain(o), indent=False, layout=parts.auto,
                            style=parts.checkbox) for o in q.options]
        return parts.box(boxes), lambda: [o for o, b in zip(q.options, boxes) if b.value], boxes
    if isinstance(q, Numeric):
        unit = f" (in {q.unit})" if q.unit else ""  # the unit in the label: no separate Label widget needed
        text = w.Text(placeholder="a number, e.g. 12.5", description=f"Your answer{unit}:", style=parts.text,
                      layout=parts.plain)
        return text, lambda: text.value, [text]
    if isinstance(q, Ordering):
        names = [f"{i}." for i in range(1, len(q.items) + 1)]
        drops = [w.Dropdown(options=[(plain(i), i) for i in q.items], value=None, description=name, style=parts.labels(names),
                            layout=parts.auto) for name in names]
        return parts.box(drops), lambda: [d.value for d in drops], drops
    if isinstance(q, Matching):
        drops = [w.Dropdown(options=[(plain(r), r) for r in q.right], value=None, description=plain(left),
                            style=parts.desc, layout=parts.auto) for left in q.left]
        for drop in drops:
            drop.add_class("sahel-quiz-match")
        return parts.box(drops), lambda: dict(zip(q.left, (d.value for d in drops))), drops
    raise TypeError(f"no widget for question type {type(q).__name__}")


class _Card:
    """One question: prompt, answer input, buttons, hint and feedback."""

    def __init__(self, owner: "Quiz", q: Question, number: int, total: int):
        self.owner, self.q = owner, q
        self.answered = self.correct = self.first_time = False
        self.session_attempts = 0
        parts = owner.parts
        self.prompt = parts.html_widget(f"<p><strong>Question {number} of {total}.</strong> {md(q.prompt)}</p>")
        self.input, self.get_answer, self.inputs = _answer_input(q, parts)
        self.check_button = parts.button_widget("Check", "Check your answer", button_style="primary")
        self.hint_button = parts.button_widget("Hint", "Show a clue", disabled=not q.hint,
                                               layout=parts.plain if q.hint else parts.hidden)
        self.retry_button = parts.button_widget("Try again", "Answer this question again", disabled=True)
        self.hint = parts.html_widget()
        self.feedback = parts.html_widget()
        self.check_button.on_click(lambda _: self.check())
        self.hint_button.on_click(lambda _: self.show_hint())
        self.retry_button.on_click(lambda _: self.try_again())
        buttons = parts.box([self.check_button, self.hint_button, self.retry_button], vertical=False)
        self.box = parts.box([self.prompt, self.input, buttons, self.hint, self.feedback], layout=parts.card)
        self.box.add_class("sahel-quiz-card")

    def _lock(self, locked: bool) -> None:
        for widget in self.inputs:
            widget.disabled = locked
        self.check_button.disabled = locked

    def check(self) -> None:
        """Grade the current answer, record it, and show the feedback."""
        answer = self.get_answer()
        fb = self.q.check(answer)
        if not fb.valid:
            self.feedback.value = feedback_html(fb)
            return
        self.session_attempts += 1
        attempt, note, store = self.session_attempts, "", self.owner.store
        known_backups = len(store.backups)
        try:
            attempt = store.record(self.owner.spec.notebook, self.q.id, answer, fb.correct)["attempt"]
        except OSError as exc:
            note = f"<p><small>Your answer could not be saved ({escape(str(exc))}).</small></p>"
        for backup in store.backups[known_backups:]:  # a warning from a button callback is not shown: say it here
            note += (f"<p><small>Your progress file could not be read, so a fresh one was started; the old one "
                     f"was moved to <code>{escape(str(backup))}</code>.</small></p>")
        if not self.answered:
            self.first_time = fb.correct and attempt == 1
        self.answered, self.correct = True, self.correct or fb.correct
        self.feedback.value = (feedback_html(fb, sources_html(self.q.sources, self.owner.spec.sources))
                               + f"<p><small>Attempt {attempt}.</small></p>{note}")
        self._lock(True)
        self.retry_button.disabled = fb.correct
        self.owner.update_score()

    def show_hint(self) -> None:
        """Show the hint (not recorded, costs nothing)."""
        self.hint.value = f"<p><strong>Hint:</strong> {md(self.q.hint)}</p>"
        self.hint_button.disabled = True

    def try_again(self) -> None:
        """Clear the answer and its feedback for another attempt."""
        for widget in self.inputs:
            widget.value = False if isinstance(widget, w.Checkbox) else "" if isinstance(widget, w.Text) else None
        self.feedback.value = ""
        self.retry_button.disabled = True
        self._lock(False)


class Quiz:
    """A notebook's quiz as widgets; displays as the widgets plus a static HTML fallback.

    Parameters
    ----------
    spec : QuizFile or str
        A loaded quiz or a notebook name.
    store : ProgressStore, optional
        Where checked answers are recorded; default ``$SAHEL_KIT_HOME/progress.json``.
    """

    def __init__(self, spec: QuizFile | str, store: ProgressStore | None = None):
        self.spec = load_quiz(spec) if isinstance(spec, str) else spec
        self.store = store if store is not None else ProgressStore()
        n = len(self.spec.questions)
        self.parts = _Shared()
        self.cards = [_Card(self, q, i, n) for i, q in enumerate(self.spec.questions, start=1)]
        self.title = self.parts.html_widget(f"{_CSS}<h3>{md(self.spec.title)}</h3>{_KEYS}")
        self.score = self.parts.html_widget()
        self.summary = self.parts.html_widget()
        self.widget = self.parts.box([self.title, self.score, *[c.box for c in self.cards], self.summary])
        self.widget.add_class("sahel-quiz")
        self.update_score()

    def update_score(self) -> None:
        """Refresh the running score, and the summary once every question has been answered."""
        n = len(self.cards)
        answered = sum(c.answered for c in self.cards)
        correct = sum(c.correct for c in self.cards)
        first = sum(c.first_time for c in self.cards)
        self.score.value = (f'<p role="status"><strong>Score:</strong> {correct} of {n} correct, '
                            f"{first} right first time; {answered} of {n} answered.</p>")
        if answered < n:
            self.summary.value = ""
            return
        revisit = [str(i) for i, c in enumerate(self.cards, start=1) if not c.correct]
        advice = (f"Questions to revisit: {', '.join(revisit)}." if revisit
                  else "Every question answered correctly. Well done!")
        self.summary.value = (f'<div style="border-top: 1px solid {BORDER}; padding-top: 4px">'
                              f"<p><strong>Summary:</strong> you answered all {n} questions: {correct} correct, "
                              f"{first} right first time. {advice}</p><p><small>Your answers are saved; run "
                              f"<code>sahel_kit.progress()</code> to see every notebook.</small></p></div>")

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/html"] = quiz_html(self.spec)
        data["text/plain"] = repr(self)
        return bundle

    def __repr__(self):
        return f"<Quiz {self.spec.notebook!r}: {self.spec.title}, {len(self.cards)} questions>"

    def _repr_html_(self):
        return quiz_html(self.spec)


def quiz(name: str, store: ProgressStore | None = None) -> Quiz:
    """Render a notebook's quiz.

    Parameters
    ----------
    name : str
        The notebook name, e.g. ``"02_mapping_the_sahel"`` (the quiz file ``data/quizzes/<name>.yaml``).
    store : ProgressStore, optional
        Where answers are recorded; default ``$SAHEL_KIT_HOME/progress.json``.

    Examples
    --------
    >>> import sahel_kit
    >>> sahel_kit.quiz("00_start_here")  # doctest: +SKIP
    """
    return Quiz(load_quiz(name), store)
