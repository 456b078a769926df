"""Benchmark the kit on this machine, in one run: notebooks against the floor, memory, imports, sizes.

Input : benchmarks/floor.ipynb, notebooks/*.ipynb (or the notebooks named on the command
        line), the installed kit and its .venv
Output: tables on stdout; benchmarks/results/latest.json and latest.md (git-ignored)
Run   : make bench   or   .venv/bin/python benchmarks/run.py [--repeat N] [--import-runs N]

Nothing is written in the repository except ``benchmarks/results/``: notebooks run from a
temporary copy of their folder with a temporary ``SAHEL_KIT_HOME``.  Progress goes to stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

import bench_maps
import bench_notebooks
import bench_ops
import bench_probes
import bench_tables
from bench_report import markdown_table, text_table

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
#: imports timed in fresh interpreters; ``sys`` is the empty interpreter, and with the
#: last three it explains the kernel's memory (ipykernel.kernelapp is what a kernel loads)
IMPORTS = ("pandas", "sahel_kit", "sys", "folium", "ipywidgets", "ipykernel.kernelapp")


def parse_args(argv):
    """Parse the command line (see ``--help``)."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("notebooks", nargs="*", type=Path,
                   help="notebooks to time (default: notebooks/*.ipynb)")
    p.add_argument("--repeat", type=int, default=3, help="runs per notebook, median reported (default 3)")
    p.add_argument("--import-runs", type=int, default=9, help="fresh-interpreter runs per import (default 9)")
    p.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell (default 600)")
    p.add_argument("--out", type=Path, default=BENCH / "results", help="results folder (default benchmarks/results)")
    args = p.parse_args(argv)
    if args.repeat < 1 or args.import_runs < 1:
        p.error("--repeat and --import-runs must be at least 1")
    return args


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def machine():
    """Describe where and on what the figures were taken."""
    from importlib import metadata

    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
    except FileNotFoundError:  # no git on this machine (e.g. an unpacked sdist)
        commit = ""
    return {"date_utc": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "platform": platform.platform(),
            "python": platform.python_version(), "cpus": os.cpu_count(), "commit": commit or "unknown",
            **{d: metadata.version(d) for d in ("pandas", "folium", "ipywidgets", "nbclient", "ipykernel")}}


def measure_notebooks(paths, args):
    """Time the floor and each notebook, interleaved round by round so that any change in
    the machine's load hits the floor and the lessons alike (one discarded warm-up first)."""
    floor = BENCH / "floor.ipynb"
    log("floor: warm-up run (discarded)")
    bench_notebooks.run_in_copy(floor, BENCH, args.timeout)
    runs = {"floor": [], **{p.name: [] for p in paths}}
    for round_ in range(1, args.repeat + 1):
        for name, path, folder in [("floor", floor, BENCH), *((p.name, p, p.parent) for p in paths)]:
            if any(r["error"] for r in runs[name]):
                continue  # a lesson that failed once is not run again
            log(f"round {round_}/{args.repeat}: {name}")
            runs[name].append(bench_notebooks.run_in_copy(path, folder, args.timeout))
            if runs[name][-1]["error"]:
                log(f"{name}: stopped at an error: {runs[name][-1]['error']}")
    return {"floor": bench_notebooks.aggregate(runs.pop("floor")),
            "notebooks": {name: bench_notebooks.aggregate(r) for name, r in runs.items()}}


def measure_environment():
    """Size of .venv on disk and of the installed files of the kit's runtime dependencies."""
    closure = bench_probes.runtime_closure("sahel-kit")
    return {"venv_bytes": bench_probes.disk_usage(Path(sys.prefix)),
            "runtime": {name: (bench_probes.dist_bytes(d) if d else None) for name, d in sorted(closure.items())}}


def measure(args):
    """Take every measurement and return them as one JSON-ready dict."""
    paths = args.notebooks or sorted((ROOT / "notebooks").glob("*.ipynb"))
    results = {"machine": machine(), "repeat": args.repeat, "import_runs": args.import_runs,
               **measure_notebooks(paths, args)}
    log(f"imports: {', '.join(IMPORTS)} x {args.import_runs} fresh interpreters")
    results["imports"] = bench_probes.import_runs(IMPORTS, args.import_runs)
    log("imports: -X importtime of sahel_kit against pandas")
    results["import_extra"] = bench_probes.extra_imports(bench_probes.importtime("sahel_kit"),
                                                         bench_probes.importtime("pandas"))
    log(f"kit operations after the floor's imports: {args.repeat} runs each")
    results["operations"] = bench_ops.measure_in_subprocess(args.repeat)
    log("maps: building sahel_map, presence_timeline_map, static_map")
    results["maps"] = bench_maps.measure_in_subprocess()
    log("environment: sizes on disk")
    results["environment"] = measure_environment()
    results["budgets"] = bench_tables.budgets(results)
    return results


def render(results, table):
    """Render every table with ``table`` (text_table or markdown_table), a header first."""
    m = results["machine"]
    head = (f"sahel-kit benchmarks, {m['date_utc']}, commit {m['commit']}, Python {m['python']}, "
            f"{m['cpus']} CPUs, {m['platform']}; pandas {m['pandas']}, folium {m['folium']}, "
            f"ipywidgets {m['ipywidgets']}, nbclient {m['nbclient']}; runs per notebook: {results['repeat']}, "
            f"per import: {results['import_runs']}")
    parts = [head]
    for title, headers, rows in bench_tables.tables(results):
        parts.append(f"{title}\n{table(headers, rows)}" if table is text_table
                     else f"### {title}\n\n{table(headers, rows)}")
    return "\n\n".join(parts) + "\n"


def main(argv=None):
    args = parse_args(argv)
    results = measure(args)
    print(render(results, text_table))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "latest.json").write_text(json.dumps(results, indent=1) + "\n")
    (args.out / "latest.md").write_text("# sahel-kit benchmarks\n\n" + render(results, markdown_table))
    log(f"wrote {args.out / 'latest.json'} and {args.out / 'latest.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
