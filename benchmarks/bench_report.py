"""Pure helpers of the benchmark runner: medians, ratios, budget verdicts, tables.

Nothing here runs a process or reads a file, so ``tests/test_benchmarks.py`` can check
it without timing anything.  Units: 1 MB = 10**6 bytes and 1 KB = 10**3 bytes (the
stricter reading of the budgets in issue 7).
"""
from __future__ import annotations

import statistics

__all__ = [
    "BUDGETS", "median", "ratio", "fmt_bytes", "fmt_seconds", "fmt_spread", "verdict",
    "time_budget", "memory_budget", "import_budget", "map_budget", "text_table", "markdown_table",
]

#: The budgets of issue 7, in one place.
BUDGETS = {
    "notebook_time_factor": 1.5,        # all notebooks <= factor * (n notebooks * floor)
    "kernel_peak_bytes": 150 * 10**6,   # peak resident memory of each notebook's kernel
    "import_factor": 1.2,               # import sahel_kit <= factor * import pandas
    "map_bytes": 300 * 10**3,           # each rendered map output
}


def median(values):
    """Return the median of a non-empty sequence of numbers.

    Examples
    --------
    >>> median([3.0, 1.0, 2.0])
    2.0
    """
    values = [float(v) for v in values]
    if not values:
        raise ValueError("median() needs at least one measurement, got none")
    return statistics.median(values)


def ratio(value, reference):
    """Return ``value / reference``, or None when either is missing or the reference is 0."""
    if value is None or reference is None or reference == 0:
        return None
    return value / reference


def fmt_bytes(n):
    """Format a byte count with decimal units, e.g. ``fmt_bytes(1_500_000) == '1.5 MB'``."""
    if n is None:
        return "n/a"
    for unit, size in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3)):
        if abs(n) >= size:
            return f"{n / size:.1f} {unit}"
    return f"{int(n)} B"


def fmt_seconds(s):
    """Format seconds with a precision that suits the size, e.g. ``'2.31 s'`` or ``'41 ms'``."""
    if s is None:
        return "n/a"
    return f"{s:.2f} s" if s >= 1 else f"{s * 1000:.0f} ms"


def fmt_spread(values):
    """Format the range of repeated timings, e.g. ``'1.90-2.40 s'``, to show how noisy they are."""
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    lo, hi = min(values), max(values)
    return f"{lo:.2f}-{hi:.2f} s" if lo >= 1 else f"{lo * 1000:.0f}-{hi * 1000:.0f} ms"


def verdict(met, partial=False):
    """Word a budget outcome: True -> 'met', False -> 'NOT MET', None -> 'not measured'
    (or 'incomplete' when part of it was measured and nothing measured is over)."""
    if met is None and partial:
        return "incomplete"
    return {True: "met", False: "NOT MET", None: "not measured"}[met]


def _budget(name, met, figure, limit, partial=False):
    return {"budget": name, "met": met, "verdict": verdict(met, partial), "figure": figure, "limit": limit}


def time_budget(total_s, n_notebooks, floor_s, factor=BUDGETS["notebook_time_factor"], failed=(), name=None):
    """Check that all notebooks together take at most ``factor * n_notebooks * floor_s``.

    ``failed`` names notebooks that stopped at an error: their time is partial, so the
    verdict is 'incomplete' unless the total is already over the limit.
    """
    name = name or f"all notebooks <= {factor} x (n x floor)"
    if total_s is None or not floor_s or n_notebooks == 0:
        return _budget(name, None, fmt_seconds(total_s), "n/a")
    limit = factor * n_notebooks * floor_s
    figure = f"{fmt_seconds(total_s)} = {total_s / (n_notebooks * floor_s):.2f} x (n x floor)"
    limit_text = f"{fmt_seconds(limit)} ({n_notebooks} x {fmt_seconds(floor_s)} x {factor})"
    if failed:
        figure += f"; failed: {', '.join(sorted(failed))}"
        if total_s <= limit:
            return _budget(name, None, figure, limit_text, partial=True)
    return _budget(name, total_s <= limit, figure, limit_text)


def _each_under(name, sizes, limit, fmt):
    """Budget for a mapping name -> size where every measured size must be <= limit."""
    measured = {k: v for k, v in sizes.items() if v is not None}
    if not measured:
        return _budget(name, None, "nothing measured", fmt(limit))
    worst = max(measured, key=measured.get)
    over = sorted(k for k, v in measured.items() if v > limit)
    figure = f"max {fmt(measured[worst])} ({worst})"
    if over:
        figure += f"; over: {', '.join(over)}"
    missing = sorted(set(sizes) - set(measured))
    if missing:
        figure += f"; not measured: {', '.join(missing)}"
    if missing and not over:  # what was measured is within the limit, but not everything was
        return _budget(name, None, figure, fmt(limit), partial=True)
    return _budget(name, not over, figure, fmt(limit))


def memory_budget(peaks, limit=BUDGETS["kernel_peak_bytes"]):
    """Check every notebook's peak kernel memory (mapping name -> bytes or None)."""
    return _each_under(f"peak kernel memory <= {fmt_bytes(limit)} each", peaks, limit, fmt_bytes)


def map_budget(sizes, limit=BUDGETS["map_bytes"]):
    """Check every map output's size (mapping name -> bytes or None when not available)."""
    return _each_under(f"each map output <= {fmt_bytes(limit)}", sizes, limit, fmt_bytes)


def import_budget(kit_s, pandas_s, factor=BUDGETS["import_factor"], name=None):
    """Check that ``import sahel_kit`` takes at most ``factor`` times ``import pandas``."""
    name = name or f"import sahel_kit <= {factor} x import pandas"
    r = ratio(kit_s, pandas_s)
    if r is None:
        return _budget(name, None, "n/a", "n/a")
    figure = f"{fmt_seconds(kit_s)} vs {fmt_seconds(pandas_s)} = {r:.2f} x"
    return _budget(name, r <= factor, figure, f"{fmt_seconds(factor * pandas_s)}")


def _cells(rows):
    return [["" if c is None else str(c) for c in row] for row in rows]


def text_table(headers, rows):
    """Return a plain-text table with columns padded to their widest cell.

    Examples
    --------
    >>> print(text_table(["a", "bb"], [[1, 2]]))
    a  bb
    -  --
    1  2
    """
    body = _cells(rows)
    widths = [max(len(str(h)), *(len(r[i]) for r in body)) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in body)])


def markdown_table(headers, rows):
    """Return a GitHub-flavoured Markdown table; ``|`` inside cells is escaped."""
    esc = lambda c: c.replace("|", "\\|")  # noqa: E731
    lines = ["| " + " | ".join(esc(str(h)) for h in headers) + " |",
             "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in _cells(rows)]
    return "\n".join(lines)
