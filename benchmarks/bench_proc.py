"""Read a live process's peak memory and CPU time from Linux's ``/proc`` (None elsewhere).

CPU time is the cross-check for wall time: on a busy machine a process waits for a CPU and
its wall time grows, while the CPU time it uses barely moves.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["parse_vmhwm", "parse_stat_cpu", "read_vmhwm", "read_cpu_seconds", "run_json_script"]

_VMHWM = re.compile(r"^VmHWM:\s*(\d+)\s*kB\s*$", re.MULTILINE)


def parse_vmhwm(status_text):
    """Return the peak resident set size in bytes from the text of ``/proc/<pid>/status``.

    Examples
    --------
    >>> parse_vmhwm("Name:\\tpython\\nVmHWM:\\t  2048 kB\\n")
    2097152
    """
    match = _VMHWM.search(status_text)
    if match is None:
        raise ValueError("no 'VmHWM: <n> kB' line in the process status text")
    return int(match.group(1)) * 1024


def parse_stat_cpu(stat_text, ticks_per_second):
    """Return user + system CPU seconds from the text of ``/proc/<pid>/stat``.

    The command name (field 2) may hold spaces or parentheses, so fields are counted
    after its last ``)``: utime and stime are fields 14 and 15 of the line.

    Examples
    --------
    >>> parse_stat_cpu("42 (python (x)) S 1 42 42 0 -1 0 0 0 0 0 150 50 0 0", 100)
    2.0
    """
    fields = stat_text.rsplit(")", 1)[-1].split()
    if len(fields) < 13:
        raise ValueError(f"/proc stat text has {len(fields) + 2} fields, expected at least 15")
    return (int(fields[11]) + int(fields[12])) / ticks_per_second


def read_vmhwm(pid):
    """Return the peak resident memory (bytes) of a live process, or None off Linux."""
    status = Path(f"/proc/{pid}/status")
    return parse_vmhwm(status.read_text()) if status.is_file() else None


def read_cpu_seconds(pid):
    """Return the CPU seconds (user + system) a live process has used, or None off Linux."""
    stat = Path(f"/proc/{pid}/stat")
    return parse_stat_cpu(stat.read_text(), os.sysconf("SC_CLK_TCK")) if stat.is_file() else None


def run_json_script(script, args=(), *, prefix="sahel-bench-", timeout=300):
    """Run ``script`` in a fresh interpreter (temporary cwd and ``SAHEL_KIT_HOME``).

    Returns ``(True, parsed last stdout line)`` or ``(False, last stderr line)`` when it fails.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        env = dict(os.environ, SAHEL_KIT_HOME=tmp)
        proc = subprocess.run([sys.executable, os.path.abspath(script), *map(str, args)], cwd=tmp, env=env,
                              capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        return False, (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return True, json.loads(proc.stdout.strip().splitlines()[-1])
