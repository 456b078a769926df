"""Build data/boundaries.geojson from the Natural Earth Sahel subset.

Input : data/raw/natural-earth/sahel_region_simplified.geojson (24 countries, 3-decimal
        coordinates; provenance in data/raw/natural-earth/README.md)
Output: data/boundaries.geojson (deterministic bytes, one feature per line)
Run   : python scripts/build_boundaries.py   (or: make data)

Natural Earth
-------------
Country shapes are Natural Earth 1:50m Admin 0 - Countries, version 5.1.1, which is in the
public domain; the output credits it ("Made with Natural Earth") and cites the source id
``natural-earth-admin0-50m`` of data/sources.csv.  Natural Earth draws *de facto* boundaries:
Western Sahara (ESH) is a separate, disputed territory and Morocco's polygon does not include
it.  Map legends and descriptions that show Morocco or Western Sahara say so.

What the script does, and nothing else: it keeps the geometry exactly as in the input (no
hand edits; coordinates are re-rounded to 3 decimals, which changes nothing in the shipped
input), keeps the properties ``iso3``, ``name``, ``name_fr`` and adds ``aes_member`` (true for
the Alliance of Sahel States: Mali, Burkina Faso, Niger).  ``pop_est`` and the other Natural
Earth fields are dropped: they are not verified figures.
"""
from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw" / "natural-earth" / "sahel_region_simplified.geojson"
OUT = ROOT / "data" / "boundaries.geojson"

AES_MEMBERS = ("BFA", "MLI", "NER")
ATTRIBUTION = "Made with Natural Earth (public domain)"
SOURCE_IDS = ["natural-earth-admin0-50m"]
DECIMALS = 3


def _round(coords):
    """Round nested coordinate lists to ``DECIMALS`` places (ints stay as written by json)."""
    if isinstance(coords[0], (int, float)):
        return [round(float(c), DECIMALS) for c in coords]
    return [_round(c) for c in coords]


def _feature(feature: dict, index: int) -> dict:
    props = feature.get("properties") or {}
    geom = feature.get("geometry") or {}
    missing = [k for k in ("iso_a3", "name", "name_fr") if not props.get(k)]
    if missing or geom.get("type") not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"{RAW}: feature {index}: missing {missing or ''} "
                         f"or geometry type {geom.get('type')!r} is not Polygon/MultiPolygon")
    iso3 = props["iso_a3"]
    return {
        "type": "Feature",
        "properties": {"iso3": iso3, "name": props["name"], "name_fr": props["name_fr"],
                       "aes_member": iso3 in AES_MEMBERS},
        "geometry": {"type": geom["type"], "coordinates": _round(geom["coordinates"])},
    }


def build(raw: Path = RAW) -> str:
    """Return the text of data/boundaries.geojson built from ``raw``."""
    source = json.loads(Path(raw).read_text(encoding="utf-8"))
    features = sorted((_feature(f, i) for i, f in enumerate(source["features"])),
                      key=lambda f: f["properties"]["iso3"])
    head = json.dumps({"type": "FeatureCollection", "attribution": ATTRIBUTION, "source_ids": SOURCE_IDS},
                      ensure_ascii=False, separators=(",", ":"))
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return head[:-1] + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8", newline="\n")
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size:,} bytes)")
