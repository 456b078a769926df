"""Static HTML pages of the executed lessons, with every quiz in its readable static form.

A quiz's output carries two views: the interactive widget and a static HTML rendering
(questions and options shown, hints and answers folded behind ``<details>``).  nbconvert
prefers the widget view, which needs a live kernel, so an exported page showed an empty box.
:func:`export_html` executes each notebook (progress goes to a throw-away kit home, maps use the
kit's offline assets inlined, so the pages need no internet), then :class:`StaticQuizzes` drops
the widget view from every output that also has static HTML, and the saved widget state, before
nbconvert writes the page.  Charts (PNG/SVG) and the SVG maps are in the outputs already.

``sahel-kit html [NOTEBOOK ...] [--out build/html]`` (``make html``) runs it.
"""
from __future__ import annotations

import os
import sys
import tempfile
from html import escape
from pathlib import Path

__all__ = ["export_html", "StaticQuizzes", "static_quiz_outputs", "WIDGET_MIME"]

WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
REPO_NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"


def static_quiz_outputs(nb) -> int:
    """Drop the widget view from outputs that also hold static HTML, and the notebook's widget state.

    Returns how many outputs changed.  A widget with no static HTML keeps its view (nbconvert shows
    its text/plain), so nothing is lost that was readable.
    """
    changed = 0
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            if WIDGET_MIME in data and "text/html" in data:
                del data[WIDGET_MIME]
                changed += 1
    nb.metadata.pop("widgets", None)  # else the page loads a widget manager from a CDN
    return changed


def _preprocessor_base():
    from nbconvert.preprocessors import Preprocessor

    return Preprocessor


class StaticQuizzes:
    """An nbconvert preprocessor applying :func:`static_quiz_outputs` (built on first use)."""

    def __new__(cls, **kwargs):
        base = _preprocessor_base()

        class _StaticQuizzes(base):
            def preprocess(self, nb, resources):
                static_quiz_outputs(nb)
                return nb, resources

        return _StaticQuizzes(**kwargs)


def _notebooks(paths) -> list[Path]:
    if not paths:
        found = sorted(p for p in REPO_NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        if not found:
            raise FileNotFoundError(f"no notebooks in {REPO_NOTEBOOKS}")
        return found
    out = []
    for raw in map(Path, paths):
        if raw.is_dir():
            out += sorted(p for p in raw.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
        elif raw.is_file() and raw.suffix == ".ipynb":
            out.append(raw)
        else:
            raise FileNotFoundError(f"{raw}: not a notebook (.ipynb) or a folder of notebooks")
    return out


def export_html(notebooks=None, out: str | Path = "build/html", *, execute: bool = True,
                timeout: int = 600, kernel_name: str = "python3", log=print) -> list[Path]:
    """Execute lessons and write one static HTML page each (plus ``index.html``); return the pages.

    Parameters
    ----------
    notebooks : iterable of str or Path, optional
        Notebooks or folders; default every notebook of the kit (``notebooks/``, French edition included).
    out : str or Path
        Output folder (created).
    execute : bool, default True
        Run each notebook first (in its own folder); False exports the outputs it already has.
    timeout : int
        Seconds allowed per cell.
    """
    import nbformat
    from nbconvert import HTMLExporter

    files = _notebooks(notebooks)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab")
    exporter.register_preprocessor(StaticQuizzes(), enabled=True)
    pages = []
    with tempfile.TemporaryDirectory(prefix="sahel-kit-html-") as home:
        env = {"SAHEL_KIT_HOME": home, "SAHEL_KIT_OFFLINE_MAPS": "inline", "PYTHONDONTWRITEBYTECODE": "1"}
        saved = {k: os.environ.get(k) for k in env}
        os.environ.update(env)  # the kernel inherits them
        try:
            for path in files:
                nb = nbformat.read(path, as_version=4)
                if execute:
                    from nbclient import NotebookClient

                    log(f"html: running {path.name} ...")
                    NotebookClient(nb, timeout=timeout, kernel_name=kernel_name,
                                   resources={"metadata": {"path": str(path.parent)}}).execute()
                body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
                rel = path.parent.name if path.parent != REPO_NOTEBOOKS and path.parent.parent == REPO_NOTEBOOKS else ""
                page = out / rel / f"{path.stem}.html"
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(body, encoding="utf-8")
                pages.append(page)
                log(f"html: wrote {page} ({page.stat().st_size / 1e6:.1f} MB)")
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    items = "\n".join(f'<li><a href="{escape(p.relative_to(out).as_posix())}">{escape(p.stem)}</a></li>' for p in pages)
    (out / "index.html").write_text(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>sahel-kit lessons</title></head>"
        f"<body><h1>sahel-kit lessons (static pages)</h1><p>Executed lessons; quizzes show their questions "
        f"and folded answers. To answer them interactively, open the notebooks in Jupyter.</p><ul>\n{items}\n</ul>"
        "</body></html>\n", encoding="utf-8")
    return pages


def register(subparsers) -> None:
    """Add ``html``."""
    p = subparsers.add_parser(
        "html", help="export executed lessons as static HTML pages (quizzes readable, answers folded)",
        description="Execute the lessons and write static HTML pages in which each quiz shows its "
                    "questions and options with the answers folded; maps work without internet.")
    p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="notebooks or folders (default: all lessons)")
    p.add_argument("--out", default="build/html", help="output folder (default: build/html)")
    p.add_argument("--no-execute", action="store_true", help="export the outputs the notebooks already hold")
    p.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    p.set_defaults(func=cmd_html)


def cmd_html(args) -> int:
    try:
        pages = export_html(args.notebooks or None, args.out, execute=not args.no_execute, timeout=args.timeout)
    except FileNotFoundError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ImportError as exc:
        print(f"error: sahel-kit html needs nbconvert and nbclient ({exc}); install them with "
              "pip install 'sahel-kit[lab]'", file=sys.stderr)
        return 1
    except Exception as exc:  # a cell failed: nbclient's CellExecutionError names the cell
        if type(exc).__name__ != "CellExecutionError":
            raise
        print(f"error: a cell failed while running the lessons:\n{exc}", file=sys.stderr)
        return 1
    print(f"html: {len(pages)} page(s) and index.html in {args.out}")
    return 0
