"""Build data/article.json from data/raw/niger-withdrawal-article.txt.

Input : data/raw/niger-withdrawal-article.txt (the seed article, verbatim)
Output: data/article.json (the cleaned Article, deterministic bytes)
Run   : python scripts/build_article.py   (or: make data)
"""
from pathlib import Path
import sys

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sahel_kit.facts.article import clean_article  # noqa: E402

RAW = ROOT / "data" / "raw" / "niger-withdrawal-article.txt"
OUT = ROOT / "data" / "article.json"


def build() -> str:
    return clean_article(RAW.read_text(encoding="utf-8")).to_json()


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)}")
