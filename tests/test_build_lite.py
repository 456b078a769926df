"""The browser-edition build's offline parts: the Pyodide dependency closure, the pure-Python repack of
a compiled wheel, and the guard against wheels for another platform's names."""
from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("build_lite", REPO / "scripts" / "build_lite.py")
build_lite = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_lite)


def test_closure_follows_dependencies_with_any_name_spelling():
    lock = {"pandas": {"depends": ["numpy", "python_dateutil"]}, "numpy": {"depends": []},
            "python-dateutil": {"depends": ["six"]}, "six": {"depends": []}, "unused": {"depends": []}}
    assert build_lite.closure(lock, ["pandas"]) == ["numpy", "pandas", "python-dateutil", "six"]
    with pytest.raises(SystemExit, match="not in Pyodide"):
        build_lite.closure(lock, ["scipy"])


def test_repack_pure_drops_compiled_files_and_retags(tmp_path):
    src = tmp_path / "Demo-1.0-cp312-cp312-manylinux_2_17_x86_64.whl"
    with zipfile.ZipFile(src, "w") as z:
        z.writestr("demo/__init__.py", "X = 1\n")
        z.writestr("demo/_speedups.cpython-312-x86_64-linux-gnu.so", b"\x7fELF")
        z.writestr("Demo-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: cp312-cp312-manylinux_2_17_x86_64\n")
        z.writestr("Demo-1.0.dist-info/RECORD", "old\n")
    name, data = build_lite.repack_pure(src, "Demo", "1.0")
    assert name == "Demo-1.0-py3-none-any.whl"
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        assert not any(n.endswith(".so") for n in names)
        wheel = z.read("Demo-1.0.dist-info/WHEEL").decode()
        assert "Tag: py3-none-any" in wheel and "cp312" not in wheel and "Root-Is-Purelib: true" in wheel
        record = z.read("Demo-1.0.dist-info/RECORD").decode()
        assert "demo/__init__.py,sha256=" in record and "_speedups" not in record
