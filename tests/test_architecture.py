"""The layering rules of ARCHITECTURE.md, enforced: a written rule alone erodes, a test doesn't."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

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
