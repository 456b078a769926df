#!/usr/bin/env python3
"""Vendor the JavaScript and CSS that folium's maps load, so the kit's maps draw without internet.

folium 0.20 links Leaflet and its helpers from CDNs (``folium.folium._default_js``/``_default_css``
and ``folium.plugins.TimestampedGeoJson.default_js``/``default_css``).  This script fetches the
same libraries from the npm registry with the ordinary client (``npm pack NAME@VERSION``), checks
each tarball against the integrity npm reports, copies only the files folium references (minified
builds, plus the images and fonts those CSS files point to), and writes
``sahel_kit/maps/static/`` with ``MANIFEST.json`` (package, version, licence, source file, sha256 of
every vendored file) and the packages' licence texts under ``licenses/``.

Run it again only to change a version: ``python scripts/vendor_map_assets.py`` (needs ``npm``).
``--check`` verifies the committed files against MANIFEST.json without any network.
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "sahel_kit" / "maps" / "static"

# npm package -> (version, licence (SPDX, from its package.json), licence file inside the package or None).
# Versions are folium 0.20's, except where npm lacks that version (noted).
PACKAGES = {
    "leaflet": ("1.9.3", "BSD-2-Clause", "LICENSE"),
    "jquery": ("3.7.1", "MIT", "LICENSE.txt"),
    "bootstrap": ("5.2.2", "MIT", "LICENSE"),
    "@fortawesome/fontawesome-free": ("6.2.0", "CC-BY-4.0 AND OFL-1.1 AND MIT", "LICENSE.txt"),
    # folium links 2.0.2 from cdnjs; npm has 2.0.0, 2.0.4 and 2.0.5 (the same plugin, bug fixes).
    "leaflet.awesome-markers": ("2.0.5", "ISC", "LICENSE"),
    "leaflet-timedimension": ("1.1.1", "MIT", "LICENSE"),
    "moment": ("2.18.1", "MIT", "LICENSE"),
    "iso8601-js-period": ("0.2.1", "Apache-2.0", None),
    # Glyphicons Halflings (the icon font of Bootstrap 3, MIT with Bootstrap): folium's glyphicons CSS
    # and the time slider's play/step buttons use it; folium links Bootstrap 3.0.0's copy.
    "bootstrap@3": ("3.4.1", "MIT", "LICENSE"),
}

# Vendored file -> (npm package, path inside the package).  Only what folium references.
FILES = {
    "leaflet/leaflet.js": ("leaflet", "dist/leaflet.js"),
    "leaflet/leaflet.css": ("leaflet", "dist/leaflet.css"),
    **{f"leaflet/images/{n}": ("leaflet", f"dist/images/{n}") for n in
       ("layers.png", "layers-2x.png", "marker-icon.png", "marker-icon-2x.png", "marker-shadow.png")},
    "jquery/jquery.min.js": ("jquery", "dist/jquery.min.js"),
    "bootstrap/bootstrap.bundle.min.js": ("bootstrap", "dist/js/bootstrap.bundle.min.js"),
    "bootstrap/bootstrap.min.css": ("bootstrap", "dist/css/bootstrap.min.css"),
    "fontawesome/css/all.min.css": ("@fortawesome/fontawesome-free", "css/all.min.css"),
    # The CSS lists woff2 before ttf; every browser that runs Leaflet 1.9 reads woff2, so ttf is left out.
    **{f"fontawesome/webfonts/{n}.woff2": ("@fortawesome/fontawesome-free", f"webfonts/{n}.woff2") for n in
       ("fa-brands-400", "fa-regular-400", "fa-solid-900", "fa-v4compatibility")},
    "awesome-markers/leaflet.awesome-markers.min.js": ("leaflet.awesome-markers", "dist/leaflet.awesome-markers.min.js"),
    "awesome-markers/leaflet.awesome-markers.css": ("leaflet.awesome-markers", "dist/leaflet.awesome-markers.css"),
    **{f"awesome-markers/images/{n}": ("leaflet.awesome-markers", f"dist/images/{n}") for n in
       ("markers-shadow.png", "markers-shadow@2x.png", "markers-soft.png", "markers-soft@2x.png")},
    "timedimension/leaflet.timedimension.min.js": ("leaflet-timedimension", "dist/leaflet.timedimension.min.js"),
    "timedimension/leaflet.timedimension.control.min.css": ("leaflet-timedimension", "dist/leaflet.timedimension.control.min.css"),
    "moment/moment.min.js": ("moment", "min/moment.min.js"),
    "iso8601/iso8601.js": ("iso8601-js-period", "iso8601.js"),
    "glyphicons/glyphicons-halflings-regular.woff2": ("bootstrap@3", "dist/fonts/glyphicons-halflings-regular.woff2"),
    "glyphicons/glyphicons.css": ("bootstrap@3", "dist/css/bootstrap.css"),  # the glyphicon part only, see _glyphicons_css
}

_GLYPH_FACE = ("@font-face{font-family:'Glyphicons Halflings';"
               "src:url(glyphicons-halflings-regular.woff2) format('woff2')}")


def _glyphicons_css(text: str) -> str:
    """Bootstrap 3's glyphicon rules (the font face pointed at the vendored woff2), nothing else."""
    start = text.index(".glyphicon {")
    end = text.index("* {", start)
    body = re.sub(r"\s+", " ", text[start:end]).replace(" { ", "{").replace("; }", "}").replace(": ", ":")
    return "/* Glyphicons from Bootstrap 3.4.1 (MIT) */\n" + _GLYPH_FACE + "\n" + body.strip() + "\n"


def _timedimension_css(text: str) -> str:
    """The time slider's CSS with its Glyphicons font taken from the vendored copy instead of a CDN."""
    fixed, n = re.subn(r"@font-face\{font-family:'Glyphicons Halflings';src:[^}]*\}",
                       _GLYPH_FACE.replace("url(", "url(../glyphicons/"), text, count=1)
    if n != 1:
        raise SystemExit("leaflet.timedimension.control.min.css: its Glyphicons @font-face was not found")
    return fixed


TRANSFORMS = {"glyphicons/glyphicons.css": _glyphicons_css,
              "timedimension/leaflet.timedimension.control.min.css": _timedimension_css}


def _npm_pack(spec: str, dest: Path) -> Path:
    """``npm pack spec`` into ``dest``; check the tarball's sha512 against npm's integrity; unpack it."""
    out = subprocess.run(["npm", "pack", spec, "--json", "--pack-destination", str(dest)],
                         check=True, capture_output=True, text=True).stdout
    info = json.loads(out)[0]
    tgz = dest / info["filename"]
    algo, _, digest = info["integrity"].partition("-")
    got = base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode()
    if got != digest:
        raise SystemExit(f"{spec}: tarball {algo} {got} does not match npm's integrity {digest}")
    folder = dest / info["filename"].removesuffix(".tgz")
    with tarfile.open(tgz) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def vendor(out: Path = OUT) -> dict:
    with tempfile.TemporaryDirectory(prefix="sahel-kit-npm-") as tmp:
        unpacked = {}
        for key, (version, _, _) in PACKAGES.items():
            name = key.split("@")[0] if not key.startswith("@") else key
            unpacked[key] = _npm_pack(f"{name}@{version}", Path(tmp))
        if out.exists():
            shutil.rmtree(out)
        (out / "licenses").mkdir(parents=True)
        manifest = {"generated_by": "scripts/vendor_map_assets.py", "packages": {}, "files": {}}
        for key, (version, spdx, licence_file) in PACKAGES.items():
            name = key.split("@")[0] if not key.startswith("@") else key
            lic = None
            if licence_file:
                lic = f"licenses/{name.replace('/', '__')}-{version}.txt"
                shutil.copyfile(unpacked[key] / licence_file, out / lic)
            manifest["packages"][key] = {"npm": name, "version": version, "license": spdx, "license_file": lic}
        for rel, (key, src) in FILES.items():
            target = out / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if rel in TRANSFORMS:
                target.write_text(TRANSFORMS[rel]((unpacked[key] / src).read_text(encoding="utf-8")), encoding="utf-8")
            else:
                shutil.copyfile(unpacked[key] / src, target)
            manifest["files"][rel] = {"package": key, "source": src, "transformed": rel in TRANSFORMS,
                                      "sha256": sha256(target), "bytes": target.stat().st_size}
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def check(out: Path = OUT) -> list[str]:
    """Problems with the committed files (missing, changed or unlisted), without any network."""
    manifest = json.loads((out / "MANIFEST.json").read_text(encoding="utf-8"))
    problems = [f"{rel}: missing" for rel in manifest["files"] if not (out / rel).is_file()]
    problems += [f"{rel}: sha256 differs from MANIFEST.json" for rel, meta in manifest["files"].items()
                 if (out / rel).is_file() and sha256(out / rel) != meta["sha256"]]
    listed = set(manifest["files"]) | {"MANIFEST.json"} | {p["license_file"] for p in manifest["packages"].values() if p["license_file"]}
    problems += [f"{p.relative_to(out)}: not listed in MANIFEST.json" for p in sorted(out.rglob("*"))
                 if p.is_file() and str(p.relative_to(out)) not in listed and p.suffix != ".py" and "__pycache__" not in p.parts]
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the committed files, no network")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if args.check:
        problems = check(args.out)
        print("\n".join(problems) or f"{args.out}: every vendored file matches MANIFEST.json")
        return 1 if problems else 0
    manifest = vendor(args.out)
    total = sum(f["bytes"] for f in manifest["files"].values())
    print(f"vendored {len(manifest['files'])} files ({total / 1024:.0f} KiB) into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
