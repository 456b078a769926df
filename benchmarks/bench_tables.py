"""Turn the runner's measurements (a plain dict) into budget verdicts and titled tables.

Pure: the same dict gives the same tables, which is what ``tests/test_benchmarks.py`` checks.
"""
from __future__ import annotations

from bench_report import (BUDGETS, fmt_bytes, fmt_seconds, fmt_spread, import_budget, map_budget, median, memory_budget,
                          ratio, time_budget)

__all__ = ["summarise", "budgets", "tables"]


def _times(entry):
    return median(entry["seconds"]) if entry and entry.get("seconds") else None


def _peak(runs):
    peaks = [r["peak_bytes"] for r in runs if r.get("peak_bytes") is not None]
    return max(peaks) if peaks else None


def _slowest(entry):
    return ", ".join(f"#{n} {fmt_seconds(sec)}" for n, sec in entry.get("slowest_cells", [])) or "-"


def _budget_peak(entry):
    """A failed notebook's peak is partial: it can show the budget broken, never met."""
    peak = entry.get("peak_bytes")
    if entry.get("error") and (peak is None or peak <= BUDGETS["kernel_peak_bytes"]):
        return None
    return peak


def summarise(results):
    """Return the derived figures: floor, per-notebook medians, total, import medians."""
    lessons = results["notebooks"]
    medians = {name: _times(entry) for name, entry in lessons.items()}
    measured = [m for m in medians.values() if m is not None]
    imports = {mod: median([r["seconds"] for r in runs]) for mod, runs in results["imports"].items() if runs}
    return {"floor": _times(results["floor"]), "medians": medians,
            "total": sum(measured) if measured else None, "imports": imports}


def budgets(results):
    """Return the four budgets of issue 7 as a list of verdict dicts (see :mod:`bench_report`)."""
    s = summarise(results)
    lessons = results["notebooks"]
    failed = [name for name, e in lessons.items() if e.get("error")]
    timing = time_budget(s["total"], len(lessons), s["floor"], failed=failed)
    peaks = {name: _budget_peak(e) for name, e in lessons.items()}
    maps = {name: m.get("bytes") for name, m in results["maps"].items()}
    return [timing, memory_budget(peaks),
            import_budget(s["imports"].get("sahel_kit"), s["imports"].get("pandas")), map_budget(maps)]


def _notebook_rows(results, s):
    floor = s["floor"]
    rows = [["floor (pandas, folium, ipywidgets)", fmt_seconds(floor), fmt_spread(results["floor"]["seconds"]),
             "1.00", fmt_bytes(results["floor"]["peak_bytes"]), fmt_bytes(results["floor"]["executed_bytes"]),
             _slowest(results["floor"]), results["floor"].get("error") or "ok"]]
    for name, e in results["notebooks"].items():
        r = ratio(s["medians"][name], floor)
        rows.append([name, fmt_seconds(s["medians"][name]), fmt_spread(e["seconds"]), "" if r is None else f"{r:.2f}",
                     fmt_bytes(e["peak_bytes"]), fmt_bytes(e["executed_bytes"]), _slowest(e), e.get("error") or "ok"])
    n = len(results["notebooks"])
    r = ratio(s["total"], n * floor if floor else None)
    rows.append([f"total ({n} notebooks)", fmt_seconds(s["total"]), "", "" if r is None else f"{r:.2f} x n",
                 "", "", "", ""])
    return rows


def tables(results):
    """Return ``[(title, headers, rows), ...]`` for every figure the benchmark prints."""
    s = summarise(results)
    out = [("Notebooks (nbclient, fresh kernel per run; time = median, kernel start to shutdown)",
            ["notebook", "median", "min-max", "x floor", "peak kernel RSS", "executed size", "slowest cells (last run)", "status"],
            _notebook_rows(results, s))]
    pandas_s = s["imports"].get("pandas")
    rows = []
    for mod, runs in results["imports"].items():
        r = ratio(s["imports"].get(mod), pandas_s)
        rows.append([f"import {mod}", fmt_seconds(s["imports"].get(mod)), fmt_spread([x["seconds"] for x in runs]),
                     "" if r is None else f"{r:.2f}", fmt_bytes(_peak(runs)),
                     ", ".join(runs[-1]["heavy"]) or "-"])
    out.append(("Imports (fresh interpreter each run; median)",
                ["import", "median", "min-max", "x pandas", "peak RSS", "lazy-wanted modules loaded"], rows))
    extra = results.get("import_extra")
    if extra:
        out.append((f"What import sahel_kit loads beyond import pandas (-X importtime, one run): "
                    f"{extra['count']} modules, {extra['self_ms']:.1f} ms self time",
                    ["module", "self time"], [[n, f"{ms:.1f} ms"] for n, ms in extra["top"]]))
    out.append(("Map outputs", ["map", "size", "status", "how measured / detail"],
                [[n, fmt_bytes(m["bytes"]), m["status"], m["detail"]] for n, m in results["maps"].items()]))
    env = results["environment"]
    rows = [[".venv on disk", fmt_bytes(env["venv_bytes"])],
            [f"runtime dependencies of sahel-kit ({len(env['runtime'])} distributions, installed files)",
             fmt_bytes(sum(v for v in env["runtime"].values() if v))]]
    heaviest = sorted(((v, k) for k, v in env["runtime"].items() if v), reverse=True)[:6]
    rows += [[f"  {k}", fmt_bytes(v)] for v, k in heaviest]
    missing = sorted(k for k, v in env["runtime"].items() if v is None)
    if missing:
        rows.append([f"  not installed: {', '.join(missing)}", ""])
    out.append(("Installed environment", ["item", "size"], rows))
    out.append(("Budgets (issue 7)", ["budget", "figure", "limit", "verdict"],
                [[b["budget"], b["figure"], b["limit"], b["verdict"]] for b in budgets(results)]))
    return out
