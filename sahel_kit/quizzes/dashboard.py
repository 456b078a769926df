"""The progress dashboard a notebook shows with ``sk.progress()``: the table, and "Export my results".

Students on Binder, or on a hub where the kit is not installed in a terminal, hand in their results
without a command line: they type their name, press **Export my results**, and the results file
(:func:`~sahel_kit.quizzes.progress.export_results`) is written next to the notebook (the current
folder) or, when that folder cannot be written, in the kit home.  A download link follows: a
``data:`` URI with the ``download`` attribute, which works in JupyterLab, Notebook 7 and Binder
without any server path.  ipywidgets is imported only when the dashboard is built.
"""
from __future__ import annotations

import base64
from html import escape
from pathlib import Path

from ..facts.i18n import _
from .progress import Progress, ProgressStore, check_name, export_results, results_filename

__all__ = ["Dashboard", "progress", "MAX_LINK_BYTES"]

MAX_LINK_BYTES = 3_000_000  # above this, no data: link (a browser may refuse it); the path is given instead


class Dashboard(Progress):
    """:class:`~sahel_kit.quizzes.progress.Progress` plus a labelled name field and an export button.

    Parameters
    ----------
    store : ProgressStore
        The student's progress.
    folder : str or Path, optional
        Where to write the results file first (default: the current folder, i.e. next to the notebook).
    """

    def __init__(self, store: ProgressStore, folder: str | Path | None = None):
        import ipywidgets as w

        super().__init__(store)
        self.store, self.folder = store, Path(folder) if folder is not None else Path.cwd()
        self.exported: Path | None = None
        self.table_html = w.HTML(self._repr_html_())
        self.name_field = w.Text(description=_("Your name (as your teacher should see it):"),
                                 placeholder=_("e.g. Aminata D."), style={"description_width": "initial"},
                                 layout=w.Layout(width="auto"))
        self.export_button = w.Button(description=_("Export my results"), button_style="primary",
                                      tooltip=_("Write your results file and show a link to download it"))
        self.export_status = w.HTML()
        self.export_button.on_click(lambda _button: self.export())
        self.widget = w.VBox([self.table_html, self.name_field, self.export_button, self.export_status])
        self.widget.add_class("sahel-progress")

    def export(self) -> Path | None:
        """Write the results file (here, or in the kit home when this folder is read-only); show a link."""
        name = self.name_field.value
        problem = check_name(name)
        if problem:
            self.export_status.value = '<p role="alert">' + _("Type your name first: {problem}.").format(
                problem=escape(_(problem))) + "</p>"
            return None
        filename = results_filename(name)
        where = _("next to this notebook")
        try:
            path = export_results(name, self.folder / filename, home=self.store.home)
        except OSError:  # a read-only folder (a shared course folder, a read-only hub mount): the kit home
            where = _("in your kit folder (this notebook's folder is read-only)")
            try:
                path = export_results(name, self.store.home / filename, home=self.store.home)
            except OSError as exc:
                self.export_status.value = ('<p role="alert">' + _("Your results could not be written ({error}).").format(
                    error=f"{escape(type(exc).__name__)}: {escape(str(exc))}") + "</p>")
                return None
        self.exported = path
        self.export_status.value = self._link(path, where)
        return path

    @staticmethod
    def _link(path: Path, where: str) -> str:
        data = path.read_bytes()
        said = ('<p role="status">' + _("Saved <code>{name}</code> {where}: <code>{path}</code>.").format(
            name=escape(path.name), where=escape(where), path=escape(str(path))) + "</p>")
        if len(data) > MAX_LINK_BYTES:
            return said + "<p>" + _("Download it from the file browser and hand it to your teacher.") + "</p>"
        uri = "data:application/json;base64," + base64.b64encode(data).decode("ascii")
        return (said + f'<p><a href="{uri}" download="{escape(path.name, quote=True)}">'
                + _("Download {name}").format(name=escape(path.name)) + "</a> "
                + _("and hand it to your teacher (upload it, e-mail it, or copy it to a USB stick).") + "</p>")

    def _repr_mimebundle_(self, include=None, exclude=None):
        bundle = self.widget._repr_mimebundle_(include=include, exclude=exclude)
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        data["text/html"] = self._repr_html_()  # what a notebook shows without a kernel
        data["text/plain"] = repr(self)
        return bundle


def progress(home: str | Path | None = None, folder: str | Path | None = None) -> Dashboard:
    """Show per notebook how many questions you answered, got right, and got right first time, with
    an "Export my results" button that writes the file for your teacher and gives a download link.

    Parameters
    ----------
    home : str or Path, optional
        The kit home holding ``progress.json`` (default ``$SAHEL_KIT_HOME`` or ``~/.sahel-kit``).
    folder : str or Path, optional
        Where the results file goes (default: the current folder, next to the notebook).

    Examples
    --------
    >>> import sahel_kit as sk
    >>> sk.progress().table.columns.tolist()  # doctest: +SKIP
    ['notebook', 'answered', 'correct', 'right_first_time', 'revealed', 'written', 'attempts']
    """
    return Dashboard(ProgressStore(home), folder)
