"""The interactive quiz: a running score, one card per question (Check / Hint / Try again), a summary.

``sahel_kit.quiz("02_mapping_the_sahel")`` is all a notebook cell needs.  Grading is done
by each question's pure ``check`` (:mod:`sahel_kit.quizzes.questions`); this module only wires
widgets to it and records checked answers through :mod:`sahel_kit.quizzes.progress`.
Feedback goes into widget values (never ``Output`` capture), says ✓/✗ in words, and is
coloured only through JupyterLab's CSS variables.  The object also carries the static
HTML rendering in its MIME bundle, so an executed notebook reads sensibly without a kernel.
This module and the progress dashboard (:mod:`sahel_kit.quizzes.dashboard`, inside its class) are the
only ones of the kit that import ipywidgets.
"""
from __future__ import annotations

import functools
from html import escape

import ipywidgets as w
from ipywidgets.widgets.widget_bool import CheckboxStyle
from ipywidgets.widgets.widget_button import ButtonStyle
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import HTMLStyle, TextStyle

from ..facts.i18n import _, get_language, ngettext, using_language
from .progress import ProgressStore
from .questions import Matching, MultipleSelect, Numeric, Ordering, Question, SingleChoice, TrueFalse, Written
from .base import Feedback
from .html import BORDER, feedback_html, md, plain, quiz_html, rubric_html, sources_html
from .languages import load_quiz_in
from .schema import QuizFile
from .shuffle import EXTENSION_HEADING, core_then_extension, shown_question, student_seed

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
_KEYS = ("Keyboard: <kbd>Tab</kbd> moves to each option and button (not the arrow keys), "
         "<kbd>Space</kbd> chooses an option, <kbd>Enter</kbd> presses a button.")


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


def _answer_input(q: Question, parts: _Shared, order: dict):
    """Return ``(widget, get_answer, input_widgets)`` for a question's type, options in ``order``."""
    if isinstance(q, (SingleChoice, TrueFalse)):
        # a widget label shows text, not markup: `code` and **bold** markers are dropped from labels
        options = ([(plain(o), o) for o in order["options"]] if isinstance(q, SingleChoice)
                   else [(_("True"), True), (_("False"), False)])
        radio = w.RadioButtons(options=options, value=None, layout=parts.auto, style=parts.desc)
        return radio, lambda: radio.value, [radio]
    if isinstance(q, MultipleSelect):
        shown = order["options"]
        boxes = [w.Checkbox(value=False, description=plain(o), indent=False, layout=parts.auto,
                            style=parts.checkbox) for o in shown]
        return parts.box(boxes), lambda: [o for o, b in zip(shown, boxes) if b.value], boxes
    if isinstance(q, Numeric):
        # the unit in the label: no separate Label widget needed
        label = _("Your answer (in {unit}):").format(unit=q.unit) if q.unit else _("Your answer:")
        text = w.Text(placeholder=_("a number, e.g. 12.5"), description=label, style=parts.text,
                      layout=parts.plain)
        return text, lambda: text.value, [text]
    if isinstance(q, Ordering):
        names = [f"{i}." for i in range(1, len(q.items) + 1)]
        drops = [w.Dropdown(options=[(plain(i), i) for i in order["items"]], value=None, description=name, style=parts.labels(names),
                            layout=parts.auto) for name in names]
        return parts.box(drops), lambda: [d.value for d in drops], drops
    if isinstance(q, Matching):
        drops = [w.Dropdown(options=[(plain(r), r) for r in order["right"]], value=None, description=plain(left),
                            style=parts.desc, layout=parts.auto) for left in q.left]
        for drop in drops:
            drop.add_class("sahel-quiz-match")
        return parts.box(drops), lambda: dict(zip(q.left, (d.value for d in drops))), drops
    if isinstance(q, Written):
        label = _("Your answer (at least {least} words):").format(least=q.min_words) if q.min_words else _("Your answer:")
        text = w.Textarea(placeholder=_("Type your answer here"), description=label,
                          style=parts.text, layout=w.Layout(width="100%", height="8em"))
        return text, lambda: text.value, [text]
    raise TypeError(f"no widget for question type {type(q).__name__}")


RATINGS = (("Yes", "yes"), ("Partly", "partly"), ("Not yet", "not yet"))


def _unsaved(exc: BaseException) -> str:
    """The visible note when an answer was graded but could not be saved (never a silent button)."""
    error = f"{escape(type(exc).__name__)}: {escape(str(exc))}"
    return (f'<p role="alert"><strong>⚠ {_("Not saved:")}</strong> '
            + _("your answer was checked, but it could not be saved ({error}), so it will not appear in your progress "
                "or your exported results. Tell your teacher, or note it down.").format(error=error) + "</p>")


def _in_quiz_language(method):
    """Run a card's or quiz's method in the quiz's language (button callbacks run later, outside any setting)."""
    @functools.wraps(method)
    def run(self, *args, **kwargs):
        owner = getattr(self, "owner", self)
        with using_language(owner.lang):
            return method(self, *args, **kwargs)
    return run


class _Card:
    """One question: prompt, answer input, buttons, hint and feedback.

    The feedback order teaches: a first wrong answer shows the chosen option's feedback and the
    hint, not the explanation, and allows one more try; the answer and its explanation (with
    sources) come after a right answer, after a second attempt, or on "Show answer" (recorded as
    revealed, never as correct).  A written question has "Submit" instead of "Check", then shows the
    model answer and the rubric with one self-rating per criterion.
    """

    def __init__(self, owner: "Quiz", q: Question, number: int, total: int):
        self.owner, self.q = owner, q
        self.written = isinstance(q, Written)
        self.answered = self.correct = self.first_time = self.revealed = self.finished = self.unsaved = False
        self.session_attempts = 0
        self.rating_box = self.ratings = self.rating_button = self.rating_status = None
        parts = owner.parts
        self.prompt = parts.html_widget(f"<p><strong>{_('Question {number} of {total}.').format(number=number, total=total)}"
                                        f"</strong> {md(q.prompt)}</p>")
        self.order = shown_question(q, owner.seed, owner.spec.notebook)
        self.input, self.get_answer, self.inputs = _answer_input(q, parts, self.order)
        if self.written:
            self.check_button = parts.button_widget(_("Submit"), _("Submit your answer, then compare it with a model answer"),
                                                    button_style="primary")
            self.retry_button = parts.button_widget(_("Edit my answer"), _("Change your answer and submit it again"),
                                                    disabled=True)
            self.show_button = parts.button_widget(_("Show answer"), "", disabled=True, layout=parts.hidden)
        else:
            self.check_button = parts.button_widget(_("Check"), _("Check your answer"), button_style="primary")
            self.retry_button = parts.button_widget(_("Try again"), _("Answer this question again"), disabled=True)
            self.show_button = parts.button_widget(
                _("Show answer"), _("Show the answer and its explanation (recorded as shown, not as correct)"))
        self.hint_button = parts.button_widget(_("Hint"), _("Show a clue"), disabled=not q.hint,
                                               layout=parts.plain if q.hint else parts.hidden)
        self.hint = parts.html_widget()
        self.feedback = parts.html_widget()
        self.check_button.on_click(lambda _button: self.check())
        self.hint_button.on_click(lambda _button: self.show_hint())
        self.retry_button.on_click(lambda _button: self.try_again())
        self.show_button.on_click(lambda _button: self.show_answer())
        buttons = parts.box([self.check_button, self.hint_button, self.retry_button, self.show_button], vertical=False)
        self.box = parts.box([self.prompt, self.input, buttons, self.hint, self.feedback], layout=parts.card)
        self.box.add_class("sahel-quiz-card")

    def _lock(self, locked: bool) -> None:
        for widget in self.inputs:
            widget.disabled = locked
        self.check_button.disabled = locked

    def _save(self, answer, correct: bool, status: str | None = None, rating: dict | None = None) -> tuple[int, str]:
        """Record an answer; return ``(attempt, note)``, the note saying visibly when it was not saved."""
        store, note = self.owner.store, ""
        known_backups = len(store.backups)
        attempt = max(self.session_attempts, 1)
        try:
            attempt = store.record(self.owner.spec.notebook, self.q.id, answer, correct, status=status,
                                   rating=rating)["attempt"]
        except Exception as exc:  # OSError, ProgressNotSaved (browser edition), anything: grade and say so
            note, self.unsaved = _unsaved(exc), True
        for backup in store.backups[known_backups:]:  # a warning from a button callback is not shown: say it here
            note += ("<p><small>" + _("Your progress file could not be read, so a fresh one was started; the old one "
                                      "was moved to <code>{path}</code>.").format(path=escape(str(backup)))
                     + "</small></p>")
        return attempt, note

    def _sources(self) -> str:
        return sources_html(self.q.sources, self.owner.spec.sources)

    @_in_quiz_language
    def check(self) -> None:
        """Grade (or, for a written question, submit) the current answer, record it, and show the feedback."""
        answer = self.get_answer()
        fb = self.q.check(answer)
        if not fb.valid:
            self.feedback.value = feedback_html(fb)
            return
        self.session_attempts += 1
        attempt, note = self._save(answer, fb.correct, "submitted" if fb.submitted else None)
        if self.written:
            self._submitted(fb, attempt, note)
            return
        if not self.answered:
            self.first_time = fb.correct and attempt == 1
        self.answered, self.correct = True, self.correct or fb.correct
        explain = fb.correct or attempt >= 2 or self.session_attempts >= 2
        answer_text = "" if fb.correct or not explain else self.q.answer_text()
        self.feedback.value = (feedback_html(fb, self._sources(), explain=explain, hint=self.q.hint, answer=answer_text)
                               + "<p><small>" + (_("Attempt {attempt}.") if explain else _(
                                   "Attempt {attempt}. Try again, or press <em>Show answer</em>.")).format(attempt=attempt)
                               + "</small></p>"
                               + note)
        self._lock(True)
        self.finished = explain
        self.retry_button.disabled = explain
        self.show_button.disabled = explain
        if not explain and self.q.hint:  # the hint is in the feedback now
            self.hint_button.disabled = True
        self.owner.update_score()

    @_in_quiz_language
    def show_answer(self) -> None:
        """Show the answer and explanation; recorded as revealed (not correct) and closes the question."""
        if self.finished or self.written:
            return
        self.session_attempts += 1
        attempt, note = self._save(None, False, "revealed")
        self.answered = self.revealed = self.finished = True
        fb = Feedback(False, _("Answer shown (recorded as shown, not as correct)."), self.q.explanation)
        self.feedback.value = (feedback_html(fb, self._sources(), answer=self.q.answer_text())
                               .replace("sahel-quiz-wrong", "sahel-quiz-revealed") + note)
        self._lock(True)
        self.retry_button.disabled = self.show_button.disabled = True
        self.owner.update_score()

    def _submitted(self, fb, attempt: int, note: str) -> None:
        self.answered = True
        extra = (f"<p><strong>{_('Model answer:')}</strong> {md(self.q.model_answer)}</p>{rubric_html(self.q)}"
                 "<p>" + _("Rate your answer against each point of the rubric, then press <em>Save my rating</em>.")
                 + "</p>")
        self.feedback.value = (feedback_html(fb, self._sources(), extra=extra)
                               + f"<p><small>{_('Submission {attempt}.').format(attempt=attempt)}</small></p>{note}")
        self._lock(True)
        self.retry_button.disabled = False
        if self.rating_box is None:  # made on first Submit only: a quiz that is not written in stays small
            parts = self.owner.parts
            self.ratings = []
            for n, criterion in enumerate(self.q.rubric, start=1):
                drop = w.Dropdown(options=[(_("choose…"), None), *((_(label), v) for label, v in RATINGS)], value=None,
                                  description=_("Point {n}: {criterion}").format(n=n, criterion=plain(criterion)),
                                  style=parts.desc, layout=parts.auto)
                drop.add_class("sahel-quiz-match")  # a long criterion wraps above its dropdown
                self.ratings.append(drop)
            self.rating_button = parts.button_widget(_("Save my rating"), _("Save how well your answer meets each point"))
            self.rating_button.on_click(lambda _button: self.save_rating())
            self.rating_status = parts.html_widget()
            self.rating_box = parts.box([parts.html_widget(f"<p><strong>{_('Rate your answer:')}</strong> "
                                                           f"{_('does it do this?')}</p>"), *self.ratings, self.rating_button,
                                         self.rating_status])
            self.box.children = (*self.box.children, self.rating_box)
        self.rating_button.disabled = False
        self.owner.update_score()

    @_in_quiz_language
    def save_rating(self) -> None:
        """Record the self-rating of a written answer (one of Yes / Partly / Not yet per rubric point)."""
        rating = {c: d.value for c, d in zip(self.q.rubric, self.ratings)}
        missing = [str(n) for n, v in enumerate(rating.values(), start=1) if v is None]
        if missing:
            self.rating_status.value = ('<p role="status">' + _("Rate every point first (missing: {missing}).").format(
                missing=", ".join(missing)) + "</p>")
            return
        _attempt, note = self._save(self.get_answer(), False, "rated", rating)
        met = sum(v == "yes" for v in rating.values())
        partly = sum(v == "partly" for v in rating.values())
        saved = (_("Rating saved: {met} of {total} points met, {partly} partly.") if partly
                 else _("Rating saved: {met} of {total} points met."))
        self.rating_status.value = (f'<p role="status">{saved.format(met=met, total=len(rating), partly=partly)}</p>'
                                    f"{note}")

    @_in_quiz_language
    def show_hint(self) -> None:
        """Show the hint (not recorded, costs nothing)."""
        self.hint.value = f"<p><strong>{_('Hint:')}</strong> {md(self.q.hint)}</p>"
        self.hint_button.disabled = True

    @_in_quiz_language
    def try_again(self) -> None:
        """Clear the answer and its feedback for another attempt (a written answer is kept, to edit)."""
        if not self.written:
            for widget in self.inputs:
                widget.value = (False if isinstance(widget, w.Checkbox) else "" if isinstance(widget, (w.Text, w.Textarea))
                                else None)
        self.feedback.value = ""
        self.retry_button.disabled = True
        if self.rating_button is not None:
            self.rating_button.disabled = True
        self._lock(False)


class Quiz:
    """A notebook's quiz as widgets; displays as the widgets plus a static HTML fallback.

    Parameters
    ----------
    spec : QuizFile or str
        A loaded quiz or a notebook name.
    store : ProgressStore, optional
        Where checked answers are recorded; default ``$SAHEL_KIT_HOME/progress.json``.
    seed : str, optional
        The student's shuffle seed (default: the id kept in the store's kit home), which fixes the
        order of the options; see :mod:`sahel_kit.quizzes.shuffle`.
    lang : str, optional
        The language of the labels and messages (default: the kit's, see ``sk.set_language``); a
        notebook name is then read from ``data/quizzes/<lang>/``.
    """

    def __init__(self, spec: QuizFile | str, store: ProgressStore | None = None, seed: str | None = None,
                 lang: str | None = None):
        self.lang = get_language(lang)
        with using_language(self.lang):
            self._build(load_quiz_in(spec, self.lang) if isinstance(spec, str) else spec, store, seed)

    def _build(self, spec: QuizFile, store: ProgressStore | None, seed: str | None) -> None:
        self.spec = spec
        self.store = store if store is not None else ProgressStore()
        self.seed = seed if seed is not None else student_seed(self.store.home)
        core, extension = core_then_extension(self.spec.questions)
        n = len(self.spec.questions)
        self.parts = _Shared()
        self.cards = [_Card(self, q, i, n) for i, q in enumerate(core + extension, start=1)]
        self.title = self.parts.html_widget(f"{_CSS}<h3>{md(self.spec.title)}</h3><p><small>{_(_KEYS)}</small></p>")
        self.score = self.parts.html_widget()
        self.summary = self.parts.html_widget()
        boxes = [c.box for c in self.cards]
        if extension:  # one HTML widget: the heading, and why these questions come last
            self.extension_heading = self.parts.html_widget(
                f"<h4>{_(EXTENSION_HEADING)}</h4><p><small>"
                + _("These questions go beyond the lesson's core; try them if you finish early or at home.")
                + "</small></p>")
            boxes.insert(len(core), self.extension_heading)
        self.widget = self.parts.box([self.title, self.score, *boxes, self.summary])
        self.widget.add_class("sahel-quiz")
        self.update_score()

    @_in_quiz_language
    def update_score(self) -> None:
        """Refresh the running score, and the summary once every question has been answered."""
        n = len(self.cards)
        closed = [c for c in self.cards if not c.written]
        written = [c for c in self.cards if c.written]
        answered = sum(c.answered for c in self.cards)
        correct = sum(c.correct for c in closed)
        first = sum(c.first_time for c in closed)
        shown = sum(c.revealed for c in closed)
        extra = "; " + ngettext("{shown} answer shown", "{shown} answers shown", shown).format(shown=shown) if shown else ""
        extra += ("; " + ngettext("{submitted} of {total} written answer submitted",
                                  "{submitted} of {total} written answers submitted", len(written)).format(
                                      submitted=sum(c.answered for c in written), total=len(written)) if written else "")
        score = _("{correct} of {closed} correct, {first} right first time; {answered} of {total} answered").format(
            correct=correct, closed=len(closed), first=first, answered=answered, total=n)
        self.score.value = f'<p role="status"><strong>{_("Score:")}</strong> {score}{extra}.</p>'
        if answered < n:
            self.summary.value = ""
            return
        revisit = [str(i) for i, c in enumerate(self.cards, start=1) if not c.written and not c.correct]
        advice = (_("Questions to revisit: {numbers}.").format(numbers=", ".join(revisit)) if revisit
                  else _("Every question answered correctly. Well done!"))
        saved = (_("Some answers could not be saved (see their cards): they are not in your progress.")
                 if any(c.unsaved for c in self.cards) else
                 _("Your answers are saved; run <code>sahel_kit.progress()</code> to see every notebook "
                   "and export your results."))
        summary = _("you answered all {total} questions: {correct} of {closed} correct, {first} right first time.").format(
            total=n, correct=correct, closed=len(closed), first=first)
        self.summary.value = (f'<div style="border-top: 1px solid {BORDER}; padding-top: 4px">'
                              f"<p><strong>{_('Summary:')}</strong> {summary} {advice}</p><p><small>{saved}</small></p></div>")

    @_in_quiz_language
    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/html"] = quiz_html(self.spec)
        data["text/plain"] = repr(self)
        return bundle

    def __repr__(self):
        return f"<Quiz {self.spec.notebook!r}: {self.spec.title}, {len(self.cards)} questions>"

    @_in_quiz_language
    def _repr_html_(self):
        return quiz_html(self.spec)


def quiz(name: str, store: ProgressStore | None = None, lang: str | None = None) -> Quiz:
    """Render a notebook's quiz.

    Parameters
    ----------
    name : str
        The notebook name, e.g. ``"02_mapping_the_sahel"`` (the quiz file ``data/quizzes/<name>.yaml``).
    store : ProgressStore, optional
        Where answers are recorded; default ``$SAHEL_KIT_HOME/progress.json``.
    lang : str, optional
        ``"fr"``: the French quiz file ``data/quizzes/fr/<name>.yaml`` with French labels (default: the
        kit's language, ``sk.set_language`` or ``SAHEL_KIT_LANG``).

    Examples
    --------
    >>> import sahel_kit
    >>> sahel_kit.quiz("00_start_here")  # doctest: +SKIP
    >>> sahel_kit.quiz("00_start_here", lang="fr")  # doctest: +SKIP
    """
    return Quiz(name, store, lang=lang)
