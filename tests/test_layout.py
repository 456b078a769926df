"""The package layout: four wings, imports that run one way, and a public API that did not move."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import sahel_kit

PKG = Path(sahel_kit.__file__).resolve().parent
WINGS = ("facts", "quizzes", "maps", "classroom")

#: ``sahel_kit.__all__`` as it was before the package was split into wings (0.1.0): every name must
#: still resolve from ``import sahel_kit as sk``.
PUBLIC_BEFORE_WINGS = [
    "DataError", "data_path", "boundaries_geojson", "load_actors", "load_article", "load_boundaries",
    "load_claims", "load_events", "load_places", "load_presence", "load_sources", "sahel_map",
    "add_places", "add_events", "add_coups", "presence_timeline_map", "distance_km", "static_map",
    "Quiz", "quiz", "progress", "export_results",
]

#: wing -> the wings it may import (besides itself); cli and __init__ may import any wing.
ALLOWED = {"facts": set(), "quizzes": {"facts"}, "maps": {"facts"}, "classroom": {"quizzes", "maps", "facts"}}


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> set[str]:
    """Every ``sahel_kit`` module that ``path`` imports, at the top or inside a function."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("sahel_kit"):
                continue
            for alias in node.names:        # `from . import palette` imports a module
                sub = f"{target}.{alias.name}"
                found.add(sub if (PKG.parent / sub.replace(".", "/")).with_suffix(".py").exists() else target)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("sahel_kit")}
    found.discard(name)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PKG.rglob("*.py")}
    return {m: {t for t in _imports(p) if t in modules} for m, p in modules.items()}


def test_every_public_name_from_before_the_wings_still_resolves():
    missing = [n for n in PUBLIC_BEFORE_WINGS if n not in sahel_kit.__all__ or not hasattr(sahel_kit, n)]
    assert not missing
    assert callable(sahel_kit.quiz) and callable(sahel_kit.progress)


def test_the_package_has_the_four_wings_each_with_a_docstring():
    for wing in WINGS:
        doc = ast.get_docstring(ast.parse((PKG / wing / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "may import" in doc, wing
    assert not [p.name for p in PKG.glob("*.py") if p.name not in {"__init__.py", "__main__.py", "cli.py"}]


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m):
        state[m] = 1
        stack.append(m)
        for t in sorted(graph[m]):
            if state.get(t) == 1:
                return stack[stack.index(t):] + [t]
            if t not in state and (found := visit(t)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


def test_no_module_imports_one_that_imports_it_back():
    graph = {m: {t for t in ts if t != "sahel_kit"} for m, ts in _graph().items()}  # all may use the top level
    assert _cycle(graph) is None, " -> ".join(_cycle(graph))


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None


def test_dependencies_run_one_way_between_wings():
    wrong = []
    for module, targets in _graph().items():
        parts = module.split(".")
        if len(parts) < 2 or parts[1] not in ALLOWED:
            continue
        wing = parts[1]
        for t in targets:
            t_parts = t.split(".")
            if len(t_parts) > 1 and t_parts[1] in ALLOWED and t_parts[1] != wing and t_parts[1] not in ALLOWED[wing]:
                wrong.append(f"{module} imports {t}")
            if t in {"sahel_kit.cli"}:
                wrong.append(f"{module} imports the command line")
    assert not wrong


@pytest.mark.parametrize("heavy", ["folium", "ipywidgets", "matplotlib"])
def test_import_sahel_kit_stays_light(heavy):
    code = f"import sys, sahel_kit; print({heavy!r} in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr
