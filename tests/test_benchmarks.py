"""The benchmark runner's pure parts: medians, ratios, budget verdicts, parsers, tables.

Nothing here times anything or starts a kernel: the runner's measurements are replaced
by small hand-made result dicts.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import bench_maps  # noqa: E402
import bench_notebooks  # noqa: E402
import bench_proc  # noqa: E402
import bench_probes  # noqa: E402
import bench_report as br  # noqa: E402
import bench_tables  # noqa: E402
import run  # noqa: E402


def _nb(seconds, peak=100 * 10**6, error=None):
    cpu = [s / 2 for s in seconds] if isinstance(seconds, list) else seconds / 2
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_bytes": peak, "executed_bytes": 2000, "error": error}


def _results(floor=(2.0, 4.0, 3.0), lessons=None, maps=None, imports=None):
    """A results dict shaped like run.measure()'s, with made-up figures."""
    lessons = lessons if lessons is not None else {"a.ipynb": _nb([4.0, 5.0, 6.0]), "b.ipynb": _nb([3.0])}
    maps = maps if maps is not None else {"sahel_map": {"bytes": 1000, "status": "ok", "detail": "str"}}
    imports = imports or {"pandas": [{"seconds": 0.5, "cpu_seconds": 0.5, "peak_bytes": 7, "heavy": []}],
                          "sahel_kit": [{"seconds": 0.55, "cpu_seconds": 0.7, "peak_bytes": 8, "heavy": []}]}
    return {"floor": _nb(list(floor)), "notebooks": lessons, "maps": maps, "imports": imports,
            "import_extra": {"count": 1, "self_ms": 2.0, "top": [("sahel_kit", 2.0)]},
            "operations": {"load_events()": {"seconds": [0.3, 0.1, 0.2], "note": ""},
                           "quiz('x')": {"seconds": [0.5], "note": "9 widget models per call"},
                           "static_map()": {"seconds": [], "note": "ModuleNotFoundError: svgmap"}},
            "environment": {"venv_bytes": 5 * 10**6, "runtime": {"pandas": 10**6, "gone": None}}}


@pytest.mark.parametrize("values, expected", [([3, 1, 2], 2.0), ([4, 1, 3, 2], 2.5), ([7], 7.0)])
def test_median(values, expected):
    assert br.median(values) == expected


def test_median_of_nothing_is_an_error():
    with pytest.raises(ValueError, match="at least one"):
        br.median([])


@pytest.mark.parametrize("value, reference, expected", [(3, 2, 1.5), (None, 2, None), (3, 0, None), (3, None, None)])
def test_ratio(value, reference, expected):
    assert br.ratio(value, reference) == expected


@pytest.mark.parametrize("n, text", [(999, "999 B"), (1500, "1.5 KB"), (150 * 10**6, "150.0 MB"), (None, "n/a")])
def test_fmt_bytes_uses_decimal_units(n, text):
    assert br.fmt_bytes(n) == text


def test_fmt_seconds_switches_to_ms_below_one_second():
    assert (br.fmt_seconds(2.345), br.fmt_seconds(0.0412), br.fmt_seconds(None)) == ("2.35 s", "41 ms", "n/a")


@pytest.mark.parametrize("total, met", [(9.0, True), (9.01, False)])
def test_time_budget_limit_is_factor_times_n_times_floor(total, met):
    b = br.time_budget(total, n_notebooks=3, floor_s=2.0, factor=1.5)   # limit 9 s
    assert b["met"] is met
    assert b["verdict"] == ("met" if met else "NOT MET")


def test_time_budget_without_a_floor_is_not_measured():
    assert br.time_budget(5.0, 2, None)["verdict"] == "not measured"


def test_memory_budget_names_every_notebook_over_the_limit():
    b = br.memory_budget({"a": 160 * 10**6, "b": 90 * 10**6, "c": 151 * 10**6, "d": None})
    assert b["met"] is False
    assert "over: a, c" in b["figure"] and "not measured: d" in b["figure"] and "max 160.0 MB (a)" in b["figure"]


def test_memory_budget_at_the_limit_is_met():
    assert br.memory_budget({"a": br.BUDGETS["kernel_peak_bytes"]})["met"] is True


def test_map_budget_with_no_map_available_is_not_measured():
    assert br.map_budget({"sahel_map": None, "static_map": None})["met"] is None


@pytest.mark.parametrize("kit, pandas, met", [(0.6, 0.5, True), (0.61, 0.5, False), (None, 0.5, None)])
def test_import_budget(kit, pandas, met):
    assert br.import_budget(kit, pandas)["met"] is met


def test_text_table_pads_columns_to_the_widest_cell():
    lines = br.text_table(["name", "n"], [["long name", 1], ["x", None]]).splitlines()
    assert lines == ["name       n", "---------  -", "long name  1", "x"]


def test_markdown_table_escapes_pipes():
    md = br.markdown_table(["a"], [["x|y"]])
    assert md.splitlines() == ["| a |", "|---|", "| x\\|y |"]


def test_parse_vmhwm_reads_kilobytes_as_bytes():
    assert bench_proc.parse_vmhwm("Name:\tpython3\nVmPeak:\t 9 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 1 kB\n") == 123456 * 1024


def test_parse_stat_cpu_counts_fields_after_the_command_name():
    stat = "7 (a) b (c)) R 1 7 7 0 -1 4194304 10 0 0 0 250 120 3 4 20 0 1 0"
    assert bench_proc.parse_stat_cpu(stat, ticks_per_second=100) == pytest.approx(3.7)
    with pytest.raises(ValueError, match="fields"):
        bench_proc.parse_stat_cpu("7 (a) R 1", 100)


def test_parse_vmhwm_without_the_line_is_an_error():
    with pytest.raises(ValueError, match="VmHWM"):
        bench_proc.parse_vmhwm("Name:\tpython3\n")


def test_aggregate_keeps_every_time_the_highest_peak_and_the_first_error():
    runs = [_nb(2.0, peak=5), _nb(3.0, peak=9, error="E: boom"), _nb(1.0, peak=None)]
    agg = bench_notebooks.aggregate(runs)
    assert (agg["seconds"], agg["cpu_seconds"], agg["peak_bytes"], agg["error"]) == (
        [2.0, 3.0, 1.0], [1.0, 1.5, 0.5], 9, "E: boom")


def test_parse_importtime_reads_depth_from_indentation():
    text = ("import time: self [us] | cumulative | imported package\n"
            "import time:        80 |         80 |     pandas._version\n"
            "import time:      6202 |     410616 |   sahel_kit.data\n"
            "import time:      1662 |     415153 | sahel_kit\n")
    rows = bench_probes.parse_importtime(text)
    assert [(r["name"], r["depth"], r["self_us"]) for r in rows] == [
        ("pandas._version", 2, 80), ("sahel_kit.data", 1, 6202), ("sahel_kit", 0, 1662)]


def test_extra_imports_leaves_out_what_the_baseline_imports():
    rows = bench_probes.parse_importtime("import time: 500 | 900 | pandas\nimport time: 300 | 300 | yaml\n"
                                         "import time: 200 | 1400 | sahel_kit\n")
    extra = bench_probes.extra_imports(rows, bench_probes.parse_importtime("import time: 1 | 1 | pandas\n"))
    assert extra == {"count": 2, "self_ms": 0.5, "top": [("yaml", 0.3), ("sahel_kit", 0.2)]}


@pytest.mark.parametrize("name, expected", [("PyYAML", "pyyaml"), ("jupyter_client", "jupyter-client"),
                                            ("zope.interface", "zope-interface")])
def test_canonical_distribution_names(name, expected):
    assert bench_probes.canonical(name) == expected


class _FoliumLike:
    def get_root(self):
        return self

    def render(self):
        return "<html>é</html>"


class _SvgLike:
    def _repr_svg_(self):
        return "<svg/>"


def test_map_renderers_find_the_text_of_each_kind_of_output():
    assert bench_maps.html_text(_FoliumLike()) == ("<html>é</html>", "get_root().render()")
    assert bench_maps.svg_text(_SvgLike()) == ("<svg/>", "_repr_svg_()")
    with pytest.raises(TypeError, match="int"):
        bench_maps.svg_text(3)


def test_measure_all_reports_missing_and_broken_helpers_and_counts_utf8_bytes():
    class Kit:
        def sahel_map(self):
            return _FoliumLike()

        def presence_timeline_map(self):
            raise RuntimeError("no data")

    out = bench_maps.measure_all(Kit())
    assert out["sahel_map"]["bytes"] == len("<html>é</html>".encode("utf-8"))
    assert (out["presence_timeline_map"]["status"], out["static_map"]["status"]) == ("error", "not available")


def test_tables_give_the_floor_ratio_and_the_total():
    s = bench_tables.summarise(_results())
    assert (s["floor"], s["medians"], s["total"]) == (3.0, {"a.ipynb": 5.0, "b.ipynb": 3.0}, 8.0)
    results = _results()
    results["notebooks"]["b.ipynb"]["widget_state_bytes"] = 1500
    notebooks = bench_tables.tables(results)[0][2]
    assert (notebooks[1][7], notebooks[2][7]) == ("2.0 KB", "2.0 KB (widgets 1.5 KB)")
    assert notebooks[1][3] == f"{5.0 / 3.0:.2f}"
    assert notebooks[-1][0] == "total (2 notebooks)" and notebooks[-1][3] == f"{8.0 / 6.0:.2f} x n"


def test_budgets_flag_failed_notebooks_and_judge_each_budget():
    lessons = {"a.ipynb": _nb([20.0], peak=200 * 10**6, error="CellExecutionError: x")}
    verdicts = bench_tables.budgets(_results(lessons=lessons))
    # wall time, memory, import, maps; then time and import again on CPU time (import: 0.7 / 0.5 s)
    assert [b["met"] for b in verdicts] == [False, False, True, True, False, False]
    assert verdicts[4]["budget"].startswith("cross-check on CPU time")
    assert "failed: a.ipynb" in verdicts[0]["figure"]
    quick = {"a.ipynb": _nb([1.0], peak=90 * 10**6, error="CellExecutionError: x"), "b.ipynb": _nb([1.0])}
    assert [b["verdict"] for b in bench_tables.budgets(_results(lessons=quick))][:2] == ["incomplete", "incomplete"]


def test_environment_table_lists_dependencies_not_installed():
    env_rows = dict((r[0], r[1]) for r in bench_tables.tables(_results())[-2][2])
    assert env_rows[".venv on disk"] == "5.0 MB" and "  not installed: gone" in env_rows


def test_repeat_defaults_to_three_and_must_be_positive():
    assert run.parse_args([]).repeat == 3
    with pytest.raises(SystemExit):
        run.parse_args(["--repeat", "0"])


def test_a_budget_measured_in_part_is_incomplete_not_met():
    assert br.map_budget({"sahel_map": 1000, "static_map": None})["verdict"] == "incomplete"
    assert br.map_budget({"sahel_map": 400 * 10**3, "static_map": None})["verdict"] == "NOT MET"
    assert br.time_budget(1.0, 1, 2.0, failed=["a.ipynb"])["verdict"] == "incomplete"
    assert br.time_budget(9.0, 1, 2.0, failed=["a.ipynb"])["verdict"] == "NOT MET"


def test_fmt_spread_shows_the_range_of_repeated_timings():
    assert (br.fmt_spread([2.5, 1.9, 2.0]), br.fmt_spread([0.3, 0.25]), br.fmt_spread([])) == (
        "1.90-2.50 s", "250-300 ms", "n/a")


def test_slowest_cells_read_nbclient_timestamps():
    def cell(busy, idle):
        return {"metadata": {"execution": {"iopub.status.busy": busy, "iopub.status.idle": idle}}}

    nb = {"cells": [{"metadata": {}}, cell("2026-01-01T10:00:00.000Z", "2026-01-01T10:00:00.500Z"),
                    cell("2026-01-01T10:00:01Z", "2026-01-01T10:00:03.250Z")]}
    assert bench_notebooks.slowest_cells(type("NB", (), nb)) == [(3, 2.25), (2, 0.5)]


def test_operations_table_gives_median_first_call_and_errors():
    title, headers, rows = next(t for t in bench_tables.tables(_results()) if t[0].startswith("Kit operations"))
    assert rows == [["load_events()", "200 ms", "300 ms", "ok"], ["quiz('x')", "500 ms", "500 ms", "9 widget models per call"],
                    ["static_map()", "", "", "ModuleNotFoundError: svgmap"]]
