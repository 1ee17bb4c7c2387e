"""The layering rules of docs/architecture.md, enforced: a written rule alone erodes, a test doesn't.

Each checker reads source text; a test plants an offence to show that the checker finds it.
"""

from __future__ import annotations

import ast
import importlib.util
from collections.abc import Callable
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


def _offences(layer: str, checker: Callable[[str], list[str]]) -> list[str]:
    """What ``checker`` finds in every module of ``layer``, as "path:line: what"."""
    return [
        f"{path.relative_to(ROOT)}:{found}"
        for path in sorted((ROOT / layer).rglob("*.py"))
        for found in checker(path.read_text(encoding="utf-8"))
    ]


# -- pages get their area's bundle; the database only through services --------------------------------

# The one module of ui/ that holds ``Services`` and the open ``Database``: it builds the bundles
# (app/bundles.py) the page factories hand on, and asks the database only through its methods.
COMPOSITION_MODULE = "ui/shell.py"
COMPOSITION_NAMES = frozenset({"Services", "Database"})
DATABASE_INSIDES = frozenset({"engine", "sessions", "_sessions", "_engine"})


def reaches_past_bundles(source: str, *, composition: bool = False) -> list[str]:
    """Where ui code names ``Services``/``Database`` of the composition root (allowed only in the
    composition module) or reaches a database's engine or sessions (allowed nowhere in ui/)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module in ("app.bootstrap", "app.storage"):
            names = sorted(a.name for a in node.names if a.name in COMPOSITION_NAMES or node.module == "app.storage")
            if names and (not composition or node.module == "app.storage"):
                found.append(f"{node.lineno}: imports {', '.join(names)} from {node.module}")
        elif isinstance(node, ast.Name) and node.id in COMPOSITION_NAMES and not composition:
            found.append(f"{node.lineno}: names {node.id}")
        elif isinstance(node, ast.Constant) and node.value in COMPOSITION_NAMES and not composition:
            found.append(f"{node.lineno}: names {node.value} in a string annotation")
        elif isinstance(node, ast.Attribute) and node.attr in DATABASE_INSIDES:
            found.append(f"{node.lineno}: reaches .{node.attr}")
        elif isinstance(node, ast.Attribute) and node.attr in COMPOSITION_NAMES and not composition:
            found.append(f"{node.lineno}: names {node.attr}")
    return found


def test_no_page_gets_services_and_ui_never_reaches_the_database() -> None:
    offences = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        name = path.relative_to(ROOT).as_posix()
        for found in reaches_past_bundles(path.read_text(encoding="utf-8"), composition=name == COMPOSITION_MODULE):
            offences.append(f"{name}:{found}")
    assert offences == []


def test_the_bundle_checker_finds_what_is_planted() -> None:
    page = """
from typing import TYPE_CHECKING
if TYPE_CHECKING:
    from app.bootstrap import Services
class Page:
    def __init__(self, services: "Services") -> None:
        self._patrols = services.patrols
"""
    assert [f.split(":")[0] for f in reaches_past_bundles(page)] == ["4", "6"]
    assert reaches_past_bundles(page, composition=True) == []
    assert reaches_past_bundles("def f(shell):\n    return shell.database.sessions.read()\n", composition=True) == [
        "2: reaches .sessions"
    ]
    assert reaches_past_bundles("from app.storage import Sessions\n", composition=True)
    assert reaches_past_bundles("def f(x: Database) -> None: ...\n")
    assert reaches_past_bundles("from app.bundles import DutyServices\ndef f(x: DutyServices) -> None: ...\n") == []


def test_the_composition_module_exists() -> None:
    assert (ROOT / COMPOSITION_MODULE).is_file()


# -- raw SQL only in db/ ---------------------------------------------------------------------------------

SQL_CALLS = frozenset({"execute", "executemany", "executescript", "exec_driver_sql"})


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def raw_sql(source: str) -> list[str]:
    """Where code writes SQL as text: ``sqlalchemy.text``, ``exec_driver_sql`` or ``execute("…")``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module == "sqlalchemy":
            if any(a.name == "text" for a in node.names):
                found.append(f"{node.lineno}: imports sqlalchemy.text")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name == "exec_driver_sql":
                found.append(f"{node.lineno}: exec_driver_sql")
            elif name == "text" and isinstance(func, ast.Attribute) and ast.unparse(func.value) in ("sqlalchemy", "sa"):
                found.append(f"{node.lineno}: sqlalchemy.text")
            elif name in SQL_CALLS and node.args and _is_text(node.args[0]):
                found.append(f"{node.lineno}: {name} of a string")
    return found


@pytest.mark.parametrize("layer", ["app", "ui"])
def test_raw_sql_lives_only_in_db(layer: str) -> None:
    assert _offences(layer, raw_sql) == []


def test_the_sql_checker_finds_what_is_planted() -> None:
    planted = """
import sqlalchemy
from sqlalchemy import select, text
def f(connection, s, table):
    connection.execute("SELECT name FROM sqlite_master")
    connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    s.execute(sqlalchemy.text("DELETE FROM visit"))
    s.execute(f"SELECT * FROM {table}")
    s.execute(select(table))
"""
    assert sorted(int(f.split(":")[0]) for f in raw_sql(planted)) == [3, 5, 6, 7, 8]


# -- change notices are typed ----------------------------------------------------------------------------


def string_change_kinds(source: str) -> list[str]:
    """Where a change notice names a kind as a string (``changed("visit")``, ``touches("shift")``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("changed", "touches", "of", "ran")
            and any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
        ):
            found.append(f"{node.lineno}: {node.func.attr} with a string")
    return found


def test_change_notices_name_kinds_by_type() -> None:
    assert _offences("ui", string_change_kinds) == []


def test_the_change_kind_checker_finds_what_is_planted() -> None:
    planted = 'events.changed("visit")\nif changes.touches(ChangeKind.VISIT, "shift"):\n    pass\nevents.ran(s.add)\n'
    assert string_change_kinds(planted) == ["1: changed with a string", "2: touches with a string"]


# -- settings are typed: no "yes"/"no" codes in ui/ ------------------------------------------------------

TRANSLATE_CALLS = frozenset({"tr", "translate"})


def yes_no_codes(source: str) -> list[str]:
    """Where ui code uses "yes"/"no" as a value (a setting compared or offered) rather than a word to show."""
    tree = ast.parse(source)
    words = {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id) in TRANSLATE_CALLS
        for arg in node.args
    }
    return [
        f"{node.lineno}: {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in ("yes", "no") and id(node) not in words
    ]


def test_ui_reads_on_off_settings_as_bools() -> None:
    assert _offences("ui", yes_no_codes) == []


def test_the_yes_no_checker_finds_what_is_planted() -> None:
    planted = 'if settings.get(SILENT_PRINT) == "yes":\n    combo.addItem(self.tr("yes"), "no")\n'
    assert yes_no_codes(planted) == ["1: 'yes'", "2: 'no'"]


def made_up_changes(source: str) -> list[str]:
    """Where ui code builds a ``Changes`` itself instead of announcing the operation it ran."""
    return [
        f"{node.lineno}: {ast.unparse(node.func)}"
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("Changes", "Changes.of", "Changes.union")
    ]


def test_pages_announce_operations_not_kinds() -> None:
    assert _offences("ui", made_up_changes) == []


def test_the_made_up_changes_checker_finds_what_is_planted() -> None:
    planted = "events.changed(Changes.of(ChangeKind.VISIT))\nevents.ran(visits.check_in)\n"
    assert made_up_changes(planted) == ["1: Changes.of"]
