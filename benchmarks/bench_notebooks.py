"""Run a notebook with nbclient and measure it: wall time, kernel peak memory, executed size.

Each run gets a fresh kernel, a fresh temporary ``SAHEL_KIT_HOME`` and runs with the
working directory set to a temporary copy of the notebook's folder, so nothing is
written in the repository.  The executed notebook is written to a temporary folder
only to weigh it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from datetime import datetime
from pathlib import Path

import nbformat
from nbclient import NotebookClient

from bench_proc import read_cpu_seconds, read_vmhwm

__all__ = ["slowest_cells", "run_once", "run_in_copy", "aggregate"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_IGNORE = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", "results")


def _stamp(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def slowest_cells(nb, top=2):
    """Return ``[(cell number, seconds), ...]`` of the slowest executed code cells, slowest first.

    Uses the timestamps nbclient records in ``cell.metadata.execution`` (busy to idle);
    cell numbers count every cell from 1, as JupyterLab shows their position.
    """
    durations = []
    for number, cell in enumerate(nb.cells, start=1):
        stamps = cell.get("metadata", {}).get("execution", {})
        if "iopub.status.busy" in stamps and "iopub.status.idle" in stamps:
            seconds = (_stamp(stamps["iopub.status.idle"]) - _stamp(stamps["iopub.status.busy"])).total_seconds()
            durations.append((number, seconds))
    return sorted(durations, key=lambda d: d[1], reverse=True)[:top]


def _first_line(exc):
    """Return a one-line description of an execution error (its last non-empty line)."""
    lines = [line for line in _ANSI.sub("", str(exc)).strip().splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[-1].strip(' -') if lines else ''}".strip()


def run_once(notebook, workdir, timeout=600):
    """Execute ``notebook`` once in ``workdir`` and return its measurements.

    Parameters
    ----------
    notebook : pathlib.Path
        The notebook to run (it is read, never written).
    workdir : pathlib.Path
        Working directory of the kernel (a temporary copy of the notebooks folder).
    timeout : int, default 600
        Seconds allowed per cell.

    Returns
    -------
    dict
        ``seconds`` (whole run: kernel start, every cell, shutdown), ``peak_bytes`` (the
        kernel's VmHWM read after its last cell, before shutdown), ``cpu_seconds`` (the
        kernel's user + system CPU time, read then too), ``client_cpu_seconds`` (this
        process's CPU time spent driving the run), ``executed_bytes``, ``error``
        (None, or the last line of the error), ``widget_state_bytes`` (the part of the
        executed notebook that is saved widget state) and ``slowest_cells``.
    """
    nb = nbformat.read(notebook, as_version=4)
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(workdir)}})
    kernel = {"peak_bytes": None, "cpu_seconds": None}

    def after_cell(**_):  # VmHWM and CPU time only grow: the last reading before shutdown counts
        pid = getattr(client.km.provisioner, "pid", None) if client.km else None
        if pid is not None:
            kernel.update(peak_bytes=read_vmhwm(pid), cpu_seconds=read_cpu_seconds(pid))

    client.on_cell_executed = after_cell
    with tempfile.TemporaryDirectory(prefix="sahel-bench-home-") as home:
        env = dict(os.environ, SAHEL_KIT_HOME=home)
        error = None
        # the kernel's own stderr (transport warnings) goes to a log, not the results table
        with open(Path(home) / "kernel-stderr.log", "w") as log:
            start, client_start = time.perf_counter(), time.process_time()
            try:
                client.execute(env=env, stderr=log)
            except Exception as exc:  # a broken lesson is reported in the table, not fatal
                error = _first_line(exc)
            seconds, client_cpu = time.perf_counter() - start, time.process_time() - client_start
        out = Path(home) / f"executed-{notebook.name}"
        nbformat.write(client.nb, out)
        size = out.stat().st_size
        widgets = client.nb.metadata.get("widgets")
    return {"seconds": seconds, **kernel, "client_cpu_seconds": client_cpu, "executed_bytes": size, "error": error,
            "widget_state_bytes": len(json.dumps(widgets).encode("utf-8")) if widgets else 0,
            "slowest_cells": slowest_cells(client.nb)}


def run_in_copy(notebook, source_dir, timeout=600):
    """Run ``notebook`` once from a fresh temporary copy of ``source_dir``; see :func:`run_once`."""
    with tempfile.TemporaryDirectory(prefix="sahel-bench-nb-") as tmp:
        copy = Path(tmp) / "notebooks"
        shutil.copytree(source_dir, copy, ignore=_IGNORE)
        return run_once(copy / notebook.name, copy, timeout)


def aggregate(runs):
    """Combine runs of one notebook: every ``seconds`` and ``cpu_seconds``, the highest ``peak_bytes``, the last
    ``executed_bytes`` and the first ``error`` (None when every run succeeded).

    Examples
    --------
    >>> aggregate([{"seconds": 2.0, "peak_bytes": 5, "executed_bytes": 9, "error": None}])["peak_bytes"]
    5
    """
    if not runs:
        raise ValueError("aggregate() needs at least one run")
    peaks = [r["peak_bytes"] for r in runs if r["peak_bytes"] is not None]
    return {
        "seconds": [r["seconds"] for r in runs],
        "cpu_seconds": [r["cpu_seconds"] for r in runs if r.get("cpu_seconds") is not None],
        "client_cpu_seconds": [r["client_cpu_seconds"] for r in runs if "client_cpu_seconds" in r],
        "peak_bytes": max(peaks) if peaks else None,
        "executed_bytes": runs[-1]["executed_bytes"],
        "widget_state_bytes": runs[-1].get("widget_state_bytes"),
        "error": next((r["error"] for r in runs if r["error"]), None),
        "slowest_cells": runs[-1].get("slowest_cells", []),
    }
