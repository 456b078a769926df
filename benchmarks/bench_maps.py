"""Weigh the kit's map and chart outputs: bytes of each rendered map or chart.

Run as a script (``python benchmarks/bench_maps.py``) it imports the kit, builds
``sahel_map()``, ``presence_timeline_map()`` and ``static_map()`` with their defaults and
prints one JSON object.  :func:`measure_in_subprocess` runs it in a fresh interpreter
with a temporary working directory and ``SAHEL_KIT_HOME``, so a missing or broken map
helper is reported as ``not available`` / ``error`` instead of stopping the benchmark.
"""
from __future__ import annotations

import json

from bench_proc import run_json_script

__all__ = ["html_text", "svg_text", "measure_all", "measure_in_subprocess", "MAPS"]


def html_text(obj):
    """Return ``(html, how)`` for a folium map (its full page) or any object with HTML.

    Examples
    --------
    >>> html_text("<p>x</p>")
    ('<p>x</p>', 'str')
    """
    if hasattr(obj, "get_root"):
        return obj.get_root().render(), "get_root().render()"
    if hasattr(obj, "_repr_html_"):
        return obj._repr_html_(), "_repr_html_()"
    if isinstance(obj, str):
        return obj, "str"
    raise TypeError(f"cannot render a {type(obj).__name__} to HTML (no get_root, no _repr_html_)")


def svg_text(obj):
    """Return ``(svg, how)`` for an SVG string or an object exposing its SVG.

    Examples
    --------
    >>> svg_text("<svg></svg>")
    ('<svg></svg>', 'str')
    """
    if isinstance(obj, str):
        return obj, "str"
    for attr in ("_repr_svg_", "to_svg"):
        if callable(getattr(obj, attr, None)):
            return getattr(obj, attr)(), f"{attr}()"
    for attr in ("svg", "data"):
        if isinstance(getattr(obj, attr, None), str):
            return getattr(obj, attr), f".{attr}"
    if hasattr(obj, "_repr_html_"):
        return obj._repr_html_(), "_repr_html_()"
    raise TypeError(f"cannot find the SVG of a {type(obj).__name__} (no _repr_svg_, to_svg, svg)")


#: map name -> how its output is turned into text
MAPS = {"sahel_map": html_text, "presence_timeline_map": html_text, "static_map": svg_text,
        # the charts' notebook output (an <img> with the SVG as a data URI, alt text and caption)
        "timeline_chart": html_text, "presence_chart": html_text, "troops_chart": html_text,
        "outcomes_chart": html_text}


def measure_all(module):
    """Build every map of ``module`` (the imported kit) and return name -> result dict."""
    results = {}
    for name, render in MAPS.items():
        try:
            factory = getattr(module, name)
        except (AttributeError, ImportError) as exc:  # helper module not written (yet)
            results[name] = {"bytes": None, "status": "not available", "detail": f"{type(exc).__name__}: {exc}"}
            continue
        try:
            text, how = render(factory())
        except Exception as exc:  # reported per map; the other maps are still measured
            results[name] = {"bytes": None, "status": "error", "detail": f"{type(exc).__name__}: {exc}"}
            continue
        results[name] = {"bytes": len(text.encode("utf-8")), "status": "ok", "detail": how}
    return results


def measure_in_subprocess(timeout=300):
    """Run this file in a fresh interpreter (temporary cwd and home) and return its results."""
    ok, out = run_json_script(__file__, prefix="sahel-bench-maps-", timeout=timeout)
    return out if ok else {name: {"bytes": None, "status": "error", "detail": out} for name in MAPS}


if __name__ == "__main__":
    import sahel_kit

    print(json.dumps(measure_all(sahel_kit)))
