"""Turn the runner's measurements (a plain dict) into budget verdicts and titled tables.

Pure: the same dict gives the same tables, which is what ``tests/test_benchmarks.py`` checks.
Times are judged on wall time, as issue 7 asks; the same budgets on CPU time follow as a
cross-check, because a shared machine's load inflates wall time but hardly CPU time.
"""
from __future__ import annotations

from bench_report import (BUDGETS, fmt_bytes, fmt_seconds, fmt_spread, import_budget, map_budget, median,
                          memory_budget, ratio, time_budget)

__all__ = ["summarise", "budgets", "tables"]


def _median_of(values):
    values = [v for v in values or [] if v is not None]
    return median(values) if values else None


def _peak(runs):
    peaks = [r["peak_bytes"] for r in runs if r.get("peak_bytes") is not None]
    return max(peaks) if peaks else None


def _executed(entry):
    widgets = entry.get("widget_state_bytes")
    size = fmt_bytes(entry.get("executed_bytes"))
    return f"{size} (widgets {fmt_bytes(widgets)})" if widgets else size


def _slowest(entry):
    return ", ".join(f"#{n} {fmt_seconds(sec)}" for n, sec in entry.get("slowest_cells", [])) or "-"


def _budget_peak(entry):
    """A failed notebook's peak is partial: it can show the budget broken, never met."""
    peak = entry.get("peak_bytes")
    if entry.get("error") and (peak is None or peak <= BUDGETS["kernel_peak_bytes"]):
        return None
    return peak


def summarise(results, key="seconds"):
    """Return the derived figures for ``key`` (``"seconds"`` wall time or ``"cpu_seconds"``):
    the floor's median, each notebook's median, their total and each import's median."""
    medians = {name: _median_of(e.get(key)) for name, e in results["notebooks"].items()}
    measured = [m for m in medians.values() if m is not None]
    imports = {mod: _median_of([r.get(key) for r in runs]) for mod, runs in results["imports"].items()}
    return {"floor": _median_of(results["floor"].get(key)), "medians": medians,
            "total": sum(measured) if measured else None, "imports": imports}


def budgets(results):
    """Return the budgets of issue 7, then the two time budgets on CPU time, as verdict dicts."""
    lessons = results["notebooks"]
    failed = [name for name, e in lessons.items() if e.get("error")]
    maps = {name: m.get("bytes") for name, m in results["maps"].items()}
    out = []
    for key, label in (("seconds", ""), ("cpu_seconds", "cross-check on CPU time: ")):
        s = summarise(results, key)
        timing = time_budget(s["total"], len(lessons), s["floor"], failed=failed,
                             name=f"{label}all notebooks <= {BUDGETS['notebook_time_factor']} x (n x floor)")
        imports = import_budget(s["imports"].get("sahel_kit"), s["imports"].get("pandas"),
                                name=f"{label}import sahel_kit <= {BUDGETS['import_factor']} x import pandas")
        if key == "seconds":
            out += [timing, memory_budget({n: _budget_peak(e) for n, e in lessons.items()}), imports,
                    map_budget(maps)]
        else:
            out += [timing, imports]
    return out


def _notebook_rows(results):
    wall, cpu, client = (summarise(results, k) for k in ("seconds", "cpu_seconds", "client_cpu_seconds"))
    floor = wall["floor"]
    entries = [("floor (pandas, folium, ipywidgets)", results["floor"], floor, cpu["floor"], client["floor"])]
    entries += [(n, e, wall["medians"][n], cpu["medians"][n], client["medians"][n])
                for n, e in results["notebooks"].items()]
    rows = []
    for name, e, median_s, cpu_s, client_s in entries:
        r = ratio(median_s, floor)
        rows.append([name, fmt_seconds(median_s), fmt_spread(e["seconds"]), "" if r is None else f"{r:.2f}",
                     fmt_seconds(cpu_s), fmt_seconds(client_s), fmt_bytes(e["peak_bytes"]), _executed(e),
                     _slowest(e), e.get("error") or "ok"])
    n = len(results["notebooks"])
    r = ratio(wall["total"], n * floor if floor else None)
    rows.append([f"total ({n} notebooks)", fmt_seconds(wall["total"]), "", "" if r is None else f"{r:.2f} x n",
                 fmt_seconds(cpu["total"]), fmt_seconds(client["total"]), "", "", "", ""])
    return rows


def _environment_rows(env):
    rows = [[".venv on disk", fmt_bytes(env["venv_bytes"])],
            [f"runtime dependencies of sahel-kit ({len(env['runtime'])} distributions, installed files)",
             fmt_bytes(sum(v for v in env["runtime"].values() if v))]]
    heaviest = sorted(((v, k) for k, v in env["runtime"].items() if v), reverse=True)[:6]
    rows += [[f"  {k}", fmt_bytes(v)] for v, k in heaviest]
    missing = sorted(k for k, v in env["runtime"].items() if v is None)
    if missing:
        rows.append([f"  not installed: {', '.join(missing)}", ""])
    return rows


def _operation_rows(ops):
    rows = []
    for label, op in ops.items():
        times = op["seconds"]
        if not times:
            rows.append([label, "", "", op["note"]])
        else:
            rows.append([label, fmt_seconds(median(times)), fmt_seconds(times[0]), op["note"] or "ok"])
    return rows


def tables(results):
    """Return ``[(title, headers, rows), ...]`` for every figure the benchmark prints."""
    out = [("Notebooks (nbclient, fresh kernel per run; wall time from kernel start to shutdown; medians)",
            ["notebook", "median", "min-max", "x floor", "kernel CPU", "client CPU", "peak kernel RSS", "executed size",
             "slowest cells (last run)", "status"], _notebook_rows(results))]
    wall, cpu = summarise(results), summarise(results, "cpu_seconds")
    rows = []
    for mod, runs in results["imports"].items():
        r = ratio(wall["imports"].get(mod), wall["imports"].get("pandas"))
        rows.append([f"import {mod}", fmt_seconds(wall["imports"].get(mod)), fmt_spread([x["seconds"] for x in runs]),
                     "" if r is None else f"{r:.2f}", fmt_seconds(cpu["imports"].get(mod)), fmt_bytes(_peak(runs)),
                     ", ".join(runs[-1]["heavy"]) if runs else "-"])
    out.append(("Imports (fresh interpreter each run; medians)",
                ["import", "median", "min-max", "x pandas", "CPU", "peak RSS", "lazy-wanted modules loaded"], rows))
    extra = results.get("import_extra")
    if extra:
        out.append((f"What import sahel_kit loads beyond import pandas (-X importtime, one run): "
                    f"{extra['count']} modules, {extra['self_ms']:.1f} ms self time",
                    ["module", "self time"], [[n, f"{ms:.1f} ms"] for n, ms in extra["top"]]))
    ops = results.get("operations")
    if ops:
        out.append(("Kit operations in one interpreter after the floor's imports (median; first call "
                    "includes one-time costs such as template compiling)",
                    ["operation", "median", "first call", "status / note"], _operation_rows(ops)))
    out.append(("Map outputs", ["map", "size", "status", "how measured / detail"],
                [[n, fmt_bytes(m["bytes"]), m["status"], m["detail"]] for n, m in results["maps"].items()]))
    out.append(("Installed environment", ["item", "size"], _environment_rows(results["environment"])))
    out.append(("Budgets (issue 7)", ["budget", "figure", "limit", "verdict"],
                [[b["budget"], b["figure"], b["limit"], b["verdict"]] for b in budgets(results)]))
    return out
