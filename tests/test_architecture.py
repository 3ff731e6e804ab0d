"""The package's layers: every import goes down (or sideways inside one room), never up, no circles.

The layers, from the bottom; a module may import its own room and any room of a lower layer,
never a room of its own layer or above (docs/architecture.md draws them).
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import pubrecords

SRC = Path(pubrecords.__file__).resolve().parent

LAYERS: list[set[str]] = [
    {"errors", "progress", "sample", "version"},
    {"model"},
    {"names"},
    {"text"},
    {"clean", "dedup", "formats", "sources"},
    {"completion", "dask"},
    {"profiles"},
    {"cli"},
    {"__init__"},
]


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """Every pubrecords module that ``name`` imports, at any depth of its code."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "pubrecords")
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "pubrecords":
                continue
            for alias in node.names:  # "from . import x" may import a module
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    found.discard(name)
    return found


def _room(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _layer(module: str) -> int:
    room = _room(module)
    for i, rooms in enumerate(LAYERS):
        if room in rooms:
            return i
    raise AssertionError(f"{module}: room {room!r} is in no layer; add it to LAYERS and the docs")


GRAPH = {name: _imports(name, path, set(_modules())) for name, path in _modules().items()}


def test_every_module_imports() -> None:
    for name in GRAPH:
        if not name.endswith(".__main__"):  # runs the command line
            importlib.import_module(name)


def test_every_room_has_a_layer() -> None:
    for name in GRAPH:
        _layer(name)


@pytest.mark.parametrize("name", sorted(GRAPH))
def test_imports_go_down(name: str) -> None:
    for target in GRAPH[name]:
        if _room(target) == _room(name):
            continue
        assert _layer(target) < _layer(name), (
            f"{name} (layer {_layer(name)}) imports {target} (layer {_layer(target)})"
        )


def test_no_import_cycles() -> None:
    # Tarjan's strongly connected components over the module graph.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH.get(v, ()):
            if w not in GRAPH:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(GRAPH):
        if v not in index:
            visit(v)
    assert cycles == []


def test_a_package_init_imports_only_its_own_modules() -> None:
    # A room's __init__ re-exports its own modules: importing a room never drags in a sibling room.
    for name, path in _modules().items():
        if path.name != "__init__.py" or name == "pubrecords":
            continue
        for target in GRAPH[name]:
            if not target.startswith(name + "."):
                assert _layer(target) < _layer(name), f"{name} imports {target}"


def test_no_module_is_over_1000_lines() -> None:
    for name, path in _modules().items():
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 1000, f"{name} has {lines} lines"


def test_the_top_level_lists_its_exports_by_name() -> None:
    tree = ast.parse((SRC / "__init__.py").read_text(encoding="utf-8"))
    stars = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names)
    ]
    assert stars == []
    assert set(pubrecords.__all__) <= set(dir(pubrecords))


def test_the_check_catches_a_cycle(tmp_path: Path) -> None:
    # The walker must see relative imports, including "from . import module".
    known = {"pubrecords.a", "pubrecords.b", "pubrecords"}
    a = tmp_path / "a.py"
    a.write_text("from . import b\nfrom .model import X\n")
    assert _imports("pubrecords.a", a, known) == {"pubrecords.b", "pubrecords.model"}
