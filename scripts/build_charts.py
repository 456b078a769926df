"""Draw the lessons' charts once into sahel_kit/maps/chart_cache/ (see sahel_kit.maps.chart_cache).

Input : data/*.csv and data/as_of.json (the rows each chart draws), sahel_kit/maps/charts.py and palette.py
        (how it is drawn), sahel_kit/locale/*/LC_MESSAGES/sahel_kit.mo (its words in each language)
Output: sahel_kit/maps/chart_cache/<key>.svg for every call in CACHED_CALLS and every language, and
        MANIFEST.json (key -> call, language; the matplotlib version that drew them); stale files are removed
Run   : python scripts/build_charts.py     (make data runs it)
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import matplotlib  # noqa: E402

from sahel_kit.facts.i18n import LANGUAGES, using_language  # noqa: E402
from sahel_kit.maps import chart_cache, charts  # noqa: E402
from sahel_kit.maps.chart_cache import CACHE_DIR, CACHED_CALLS, chart_key  # noqa: E402


def draw_all() -> dict[str, tuple[str, dict]]:
    """key -> (svg, manifest entry), every chart drawn live (the cache is hidden while drawing)."""
    drawn = {}
    real = chart_cache.CACHE_DIR
    with tempfile.TemporaryDirectory() as empty:
        chart_cache.CACHE_DIR = Path(empty)
        try:
            for lang in LANGUAGES:
                with using_language(lang):
                    for name, kwargs in CACHED_CALLS:
                        chart = getattr(charts, name)(**kwargs)
                        key = chart_key(name, lang, chart.title, chart.alt, chart.source, chart.data)
                        drawn[key] = (chart.svg, {"chart": name, "arguments": kwargs, "language": lang})
        finally:
            chart_cache.CACHE_DIR = real
    return drawn


def main() -> int:
    drawn = draw_all()
    CACHE_DIR.mkdir(exist_ok=True)
    for stale in set(CACHE_DIR.glob("*.svg")) - {CACHE_DIR / f"{k}.svg" for k in drawn}:
        stale.unlink()
    for key, (svg, _) in drawn.items():
        (CACHE_DIR / f"{key}.svg").write_text(svg, encoding="utf-8", newline="\n")
    manifest = {"matplotlib": matplotlib.__version__, "charts": {k: entry for k, (_, entry) in sorted(drawn.items())}}
    (CACHE_DIR / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"build_charts: {len(drawn)} chart(s) -> {CACHE_DIR.relative_to(ROOT)} (matplotlib {matplotlib.__version__})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
