"""Import cost and install size: fresh-interpreter import timings, ``-X importtime``, disk usage.

Every timing runs in a new interpreter started from a temporary working directory, so
the checkout's folders on ``sys.path`` cannot change what is imported.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from importlib import metadata

__all__ = ["import_probe", "import_runs", "parse_importtime", "importtime", "extra_imports",
           "canonical", "runtime_closure", "dist_bytes", "disk_usage"]

#: modules that issue 7 wants imported lazily (only when a map or a quiz is made)
HEAVY = ("folium", "branca", "jinja2", "ipywidgets", "IPython")

# Peak memory is VmHWM (reset by exec); ru_maxrss would carry over the forking parent's peak.
_SNIPPET = """\
import json, os, re, sys, time
t, c = time.perf_counter(), time.process_time()
import {module}
s, cpu = time.perf_counter() - t, time.process_time() - c
hwm = None
if os.path.exists("/proc/self/status"):
    with open("/proc/self/status") as f:
        hwm = int(re.search(r"VmHWM:\\s*(\\d+)", f.read()).group(1)) * 1024
print(json.dumps({{"seconds": s, "cpu_seconds": cpu, "peak_bytes": hwm, "heavy": sorted(m for m in {heavy!r} if m in sys.modules)}}))
"""


def _python(args, **kwargs):
    with tempfile.TemporaryDirectory(prefix="sahel-bench-py-") as tmp:
        return subprocess.run([sys.executable, *args], cwd=tmp, capture_output=True, text=True,
                              check=True, **kwargs)


def import_probe(module):
    """Import ``module`` in a fresh interpreter; return its wall and CPU seconds, peak RSS
    (bytes, None off Linux) and which of :data:`HEAVY` got loaded."""
    proc = _python(["-c", _SNIPPET.format(module=module, heavy=HEAVY)])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def import_runs(modules, runs):
    """Time each module's import ``runs`` times, interleaved, after one discarded warm-up each."""
    for module in modules:
        import_probe(module)
    out = {m: [] for m in modules}
    for _ in range(runs):
        for module in modules:
            out[module].append(import_probe(module))
    return out


_IMPORTTIME = re.compile(r"^import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)\s*$")


def parse_importtime(text):
    """Parse ``python -X importtime`` output into dicts (self_us, cumulative_us, depth, name).

    Examples
    --------
    >>> parse_importtime("import time:       120 |        450 |   pandas.core")
    [{'self_us': 120, 'cumulative_us': 450, 'depth': 1, 'name': 'pandas.core'}]
    """
    rows = []
    for line in text.splitlines():
        match = _IMPORTTIME.match(line)
        if match:
            self_us, cum_us, indent, name = match.groups()
            rows.append({"self_us": int(self_us), "cumulative_us": int(cum_us),
                         "depth": (len(indent) - 1) // 2, "name": name})
    return rows


def importtime(module):
    """Return the parsed ``-X importtime`` rows of ``import module`` in a fresh interpreter."""
    return parse_importtime(_python(["-X", "importtime", "-c", f"import {module}"]).stderr)


def extra_imports(rows, baseline_rows, top=8):
    """Modules in ``rows`` absent from ``baseline_rows``: their total self time and the slowest.

    Returns a dict ``{"count", "self_ms", "top": [(name, self_ms), ...]}``.
    """
    base = {r["name"] for r in baseline_rows}
    extra = [r for r in rows if r["name"] not in base]
    extra.sort(key=lambda r: r["self_us"], reverse=True)
    return {"count": len(extra), "self_ms": sum(r["self_us"] for r in extra) / 1000,
            "top": [(r["name"], r["self_us"] / 1000) for r in extra[:top]]}


def canonical(name):
    """Normalise a distribution name (PEP 503), e.g. ``canonical("PyYAML") == "pyyaml"``."""
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_closure(root="sahel-kit"):
    """Return ``{name: Distribution}`` for the runtime dependencies of ``root``, recursively.

    Extras are left out (``extra == ""``); a requirement not installed maps to None.
    """
    from packaging.requirements import Requirement

    found, todo = {}, [canonical(r.name) for r in map(Requirement, _requires(root))]
    while todo:
        name = todo.pop()
        if name in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            found[name] = None
            continue
        found[name] = dist
        todo += [canonical(r.name) for r in map(Requirement, _requires(name))]
    return found


def _requires(name):
    from packaging.requirements import Requirement

    reqs = metadata.distribution(name).requires or []
    return [r for r in reqs if not Requirement(r).marker or Requirement(r).marker.evaluate({"extra": ""})]


def dist_bytes(dist):
    """Sum the sizes of the files a distribution installed (its RECORD); 0 if it lists none."""
    total = 0
    for f in dist.files or []:
        path = dist.locate_file(f)
        if os.path.isfile(path):
            total += os.path.getsize(path)
    return total


def disk_usage(path):
    """Return bytes on disk under ``path`` (allocated blocks; symlinks not followed, hard links once)."""
    seen, total = set(), 0
    for root, dirs, files in os.walk(path):
        for name in files + dirs:
            st = os.lstat(os.path.join(root, name))
            if (st.st_dev, st.st_ino) not in seen:
                seen.add((st.st_dev, st.st_ino))
                total += st.st_blocks * 512
    return total
