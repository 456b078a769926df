"""Time what the kit adds on top of the floor: its import, loaders, maps and quizzes.

Run as a script (``python benchmarks/bench_ops.py REPEAT``) it first imports what the floor
imports (pandas, folium, ipywidgets), then times each kit operation ``REPEAT`` times in
that one interpreter and prints ``{operation: {"seconds": [...], "note": ...}}`` as JSON.  The first
import of ``folium.plugins`` is timed apart: the floor does not pay for it.  When a
lesson's time budget is missed, this table says which operation to make cheaper.
"""
from __future__ import annotations

import json
import sys

from bench_proc import run_json_script
import time

__all__ = ["time_ops", "measure_in_subprocess"]

LOADERS = ("load_article", "load_claims", "load_sources", "load_events", "load_places", "load_presence",
           "load_actors", "load_boundaries")


def _widget_models():
    """Number of live ipywidgets models (each one is a comm and saved state in a notebook)."""
    from ipywidgets.widgets import widget

    return len(getattr(widget, "_instances", {}))


def _timed(func, repeat, count_widgets=False):
    """Call ``func`` ``repeat`` times; return ``{"seconds": [...], "note": str}``."""
    out, note = [], ""
    for i in range(repeat):
        before = _widget_models() if count_widgets else 0
        start = time.perf_counter()
        func()
        out.append(time.perf_counter() - start)
        if count_widgets and i == 0:
            note = f"{_widget_models() - before} widget models per call"
    return {"seconds": out, "note": note}


def time_ops(repeat=3):
    """Return ``{operation: {"seconds": [...], "note": str}}``; an operation that fails has no
    seconds and its error as the note; a quiz's note counts the widget models it creates."""
    import folium  # noqa: F401  (the floor's imports, paid before timing)
    import ipywidgets  # noqa: F401
    import pandas  # noqa: F401

    ops = {"import sahel_kit (after the floor's imports)": _timed(lambda: __import__("sahel_kit"), 1)}
    import sahel_kit as sk

    ops["import folium.plugins (first time)"] = _timed(lambda: __import__("folium.plugins"), 1)
    calls = {f"{name}()": getattr(sk, name) for name in LOADERS}
    calls["sahel_map() + _repr_html_()"] = lambda: sk.sahel_map()._repr_html_()
    calls["presence_timeline_map() + _repr_html_()"] = lambda: sk.presence_timeline_map()._repr_html_()
    calls["static_map()"] = lambda: sk.static_map()
    calls["import matplotlib (first chart)"] = lambda: __import__("matplotlib.figure")
    for chart in ("timeline_chart", "presence_chart", "troops_chart", "outcomes_chart"):
        calls[f"{chart}() + _repr_html_()"] = lambda chart=chart: getattr(sk, chart)()._repr_html_()
    from sahel_kit.quizzes.schema import quiz_files

    for path in quiz_files():
        calls[f"quiz({path.stem!r})"] = lambda stem=path.stem: sk.quiz(stem)
    for label, func in calls.items():
        try:
            ops[label] = _timed(func, repeat, count_widgets=label.startswith("quiz("))
        except Exception as exc:  # reported in the table; the other operations are still timed
            ops[label] = {"seconds": [], "note": f"{type(exc).__name__}: {exc}"}
    return ops


def measure_in_subprocess(repeat=3, timeout=600):
    """Run :func:`time_ops` in a fresh interpreter (temporary cwd and home); return its dict."""
    ok, out = run_json_script(__file__, [repeat], prefix="sahel-bench-ops-", timeout=timeout)
    return out if ok else {"kit operations": {"seconds": [], "note": out}}


if __name__ == "__main__":
    print(json.dumps(time_ops(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
