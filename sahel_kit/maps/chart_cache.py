"""Pre-drawn SVGs of the lessons' charts, so a lesson shows them without loading matplotlib.

Drawing a chart imports matplotlib, which costs a notebook about 30 MB of memory and half a second; on a shared
hub or an old laptop that is what the kit's budgets (kernel peak <= 150 MB) are for.  The charts the lessons draw
are therefore drawn once, by ``scripts/build_charts.py`` (``make data``), into ``sahel_kit/maps/chart_cache/``.

An entry is found by a key: a hash of everything the picture depends on — the table rows it draws, its title,
alt text and source line, the language and its catalogue, and the code that draws it (``charts.py`` and
``palette.py``).  Change any of them (edit a row of ``data/``, a colour, a label) and the key changes: the chart is
then drawn live with matplotlib, exactly as without a cache, and ``tests/test_chart_cache.py`` fails until
``make data`` redraws the cache.  A cached picture is thus never stale, only absent.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

__all__ = ["CACHE_DIR", "chart_key", "cached_svg", "CACHED_CALLS"]

CACHE_DIR = Path(__file__).resolve().parent / "chart_cache"
_CODE = [Path(__file__).resolve().parent / name for name in ("charts.py", "palette.py")]

#: The chart calls the lessons make (``function name``, keyword arguments), drawn in every language.
CACHED_CALLS = (
    ("timeline_chart", {}),
    ("presence_chart", {}),
    ("troops_chart", {}),
    ("outcomes_chart", {"measure": "fatalities"}),
    ("outcomes_chart", {"measure": "displacement"}),
)


def _catalogue(lang: str) -> bytes:
    if lang == "en":
        return b""
    mo = Path(__file__).resolve().parents[1] / "locale" / lang / "LC_MESSAGES" / "sahel_kit.mo"
    return mo.read_bytes() if mo.is_file() else b""


def chart_key(name: str, lang: str, title: str, alt: str, source: str, data) -> str:
    """The hash naming a chart's picture: its data, words, language and drawing code."""
    h = hashlib.sha256()
    for part in (name, lang, title, alt, source, data.to_csv(index=False)):
        h.update(part.encode("utf-8") + b"\x00")
    h.update(_catalogue(lang))
    for path in _CODE:
        h.update(path.read_bytes())
    return h.hexdigest()[:20]


def cached_svg(key: str) -> str | None:
    """The pre-drawn SVG for ``key``, or ``None`` when there is none (the chart is then drawn live)."""
    path = CACHE_DIR / f"{key}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else None
