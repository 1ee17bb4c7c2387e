"""The layering rules of docs/architecture.md, enforced: a written rule alone erodes, a test doesn't."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from tools.import_graph import build_graph, cycles, module_files, shortest_loop

ROOT = Path(__file__).resolve().parent.parent

FORBIDDEN = {
    "app": ("PySide6", "ui", "shiboken6"),
    "db": ("PySide6", "ui", "app", "shiboken6"),
    "ui": ("db", "sqlalchemy", "alembic"),
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    offences = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for line, module in _imports(path):
            top = module.split(".")[0]
            if top in FORBIDDEN[layer]:
                offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offences == []


def test_no_layer_imports_installer_or_tests() -> None:
    offences = []
    for layer in ("app", "db", "ui"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            for line, module in _imports(path):
                if module.split(".")[0] in ("installer", "tests", "bench"):
                    offences.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert offences == []


def test_translate_is_never_aliased() -> None:
    """lupdate cannot see strings passed through an alias of translate."""
    offences = []
    for layer in ("app", "ui"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Assign)
                    and isinstance(node.value, ast.Attribute)
                    and node.value.attr in ("translate", "tr")
                ):
                    offences.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offences == []


# --- Imports by name (importlib.import_module, __import__) and the import graph -----------------------


def _names_a_module(text: str, local_modules: set[str]) -> bool:
    """Whether ``text`` is the dotted name of one of our modules or of an installed package's module."""
    if text in local_modules:
        return True
    top = text.split(".")[0]
    if top in ("app", "db", "ui") or not text.replace(".", "").replace("_", "").isalnum():
        return False
    try:
        return importlib.util.find_spec(text) is not None
    except (ImportError, ValueError):
        return False


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_no_module_name_in_a_string_crosses_the_layering(layer: str) -> None:
    """A module imported by name (``importlib.import_module("ui.x")``, a lazy table of ``"module"``
    strings) is an import all the same: a string naming a module the layer may not import is refused.
    Strings that merely look dotted (the setting ``"ui.language"``) name no module and pass."""
    local_modules = set(module_files(ROOT))
    offences = []
    for path in sorted((ROOT / layer).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            text = node.value
            if text.split(".")[0] in FORBIDDEN[layer] and _names_a_module(text, local_modules):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno} names {text}")
    assert offences == []


def test_imports_by_name_are_checked_above() -> None:
    """Every ``import_module``/``__import__`` call gets its module name from a string written in our
    code (a literal or a variable filled from literals), which the test above reads; the calls are few."""
    calls = []
    for layer in ("app", "db", "ui"):
        for path in sorted((ROOT / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    function = node.func
                    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
                    if name in ("import_module", "__import__"):
                        calls.append(str(path.relative_to(ROOT)))
    assert sorted(calls) == [
        "app/commands/lazy.py",
        "app/keys/__init__.py",
        "app/printing/__init__.py",
        "ui/error_words.py",
    ], "a new import by name: make sure its module names are string literals in app/, db/ or ui/"


def test_no_import_cycle_between_our_modules() -> None:
    """``python3 -m tools.import_graph`` shows the same; only ``if TYPE_CHECKING:`` imports may close a loop."""
    graph = build_graph(ROOT)
    found = [" -> ".join(shortest_loop(graph, component)) for component in cycles(graph)]
    assert found == []


def test_the_import_graph_sees_a_planted_cycle(tmp_path: Path) -> None:
    package = tmp_path / "app"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from app import b\n")
    (package / "b.py").write_text("def f():\n    from app.a import x\n")
    (package / "c.py").write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.a import x\n")
    (package / "d.py").write_text("from . import c\n")
    graph = build_graph(tmp_path, ["app"])
    assert graph["app.d"] == {"app.c"} and graph["app.c"] == set()
    assert cycles(graph) == [["app.a", "app.b"]]
    assert shortest_loop(graph, ["app.a", "app.b"]) == ["app.a", "app.b", "app.a"]
