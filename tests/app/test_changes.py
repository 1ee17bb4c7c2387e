"""Every write operation of every service says what it changes (app/changes.py).

A public method *writes* when its code opens a write transaction (``….begin()``), or calls a method of
its own class or of another service it holds (``self._repairs.create(…)``) that writes, or a function
of its own module that does. Methods taking a ``Session`` run inside their caller's transaction and
are not operations of their own.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from dataclasses import fields
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.bootstrap import Services
from app.changes import ChangeKind, Changes, changes, changes_of, declared_changes

NOT_SERVICES = {"clock", "zone", "database", "keys", "site_row", "audit"}


def _function_node(source: str) -> ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef:
    node = ast.parse(textwrap.dedent(source)).body[0]
    assert isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
    return node


def _takes_session(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    arguments = [*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs]
    return any(a.annotation is not None and ast.unparse(a.annotation) == "Session" for a in arguments)


def _self_chain(node: ast.expr) -> list[str] | None:
    """``self.a.b`` → ["a", "b"]; None when the chain does not start at ``self``."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id == "self":
        return names[::-1]
    return None


class WriteFinder:
    """Finds, by reading the code, which methods of an object (and the services it holds) write."""

    def __init__(self, reads: str = "app.") -> None:
        self._reads = reads  # the modules whose code is read (others, e.g. the standard library, never write)
        self._busy: set[tuple[type, str]] = set()

    def writes(self, owner: Any, name: str) -> bool:
        cls = type(owner)
        key = (cls, name)
        if key in self._busy:
            return False
        self._busy.add(key)
        try:
            return self._scan(owner, cls, name)
        finally:
            self._busy.discard(key)

    def _scan(self, owner: Any, cls: type, name: str) -> bool:
        function = inspect.getattr_static(cls, name, None)
        if isinstance(function, staticmethod | classmethod):
            function = function.__func__
        if not inspect.isfunction(function) or not function.__module__.startswith(self._reads):
            return False
        node = _function_node(inspect.getsource(function))
        module = inspect.getmodule(function)
        for call in (n for n in ast.walk(node) if isinstance(n, ast.Call)):
            target = call.func
            if isinstance(target, ast.Attribute) and target.attr == "begin":
                return True
            chain = _self_chain(target)
            if chain is not None and len(chain) == 1 and self.writes(owner, chain[0]):
                return True
            if chain is not None and len(chain) == 2:
                held = getattr(owner, chain[0], None)
                if held is not None and self._is_service(held) and self.writes(held, chain[1]):
                    return True
            if isinstance(target, ast.Name) and module is not None and _module_function_writes(module, target.id):
                return True
        return False

    def _is_service(self, value: object) -> bool:
        return type(value).__module__.startswith(self._reads) and not isinstance(value, type)


@cache
def _module_function_writes(module: ModuleType, name: str) -> bool:
    function = getattr(module, name, None)
    if not inspect.isfunction(function) or function.__module__ != module.__name__:
        return False
    node = _function_node(inspect.getsource(function))
    return any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "begin" for n in ast.walk(node)
    )


def operations(service: object) -> list[str]:
    """The public methods of ``service`` that are operations (not properties, not run inside a session)."""
    found = []
    for name in dir(type(service)):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(type(service), name)
        if isinstance(member, staticmethod | classmethod):
            member = member.__func__
        if not inspect.isfunction(member):
            continue
        if _takes_session(_function_node(inspect.getsource(member))):  # type: ignore[arg-type]
            continue
        found.append(name)
    return found


def _services(built: Services) -> list[tuple[str, object]]:
    return [(f.name, getattr(built, f.name)) for f in fields(built) if f.name not in NOT_SERVICES]


def test_every_write_operation_declares_what_it_changes(services: Services) -> None:
    finder = WriteFinder()
    undeclared = []
    for field_name, service in _services(services):
        for name in operations(service):
            if finder.writes(service, name) and declared_changes(getattr(service, name)) is None:
                undeclared.append(f"{field_name}.{name}")
    assert undeclared == [], "\n".join(undeclared)


def test_only_write_operations_declare_changes(services: Services) -> None:
    """A declaration on a method that reads would make pages refresh for nothing (or hide a missed write)."""
    finder = WriteFinder()
    wrong = []
    for field_name, service in _services(services):
        for name in operations(service):
            declared = declared_changes(getattr(service, name))
            if declared is None or finder.writes(service, name):
                continue
            if declared.kinds == {ChangeKind.BACKUP}:
                continue  # a backup made or rotated changes files, not rows: the backup panel still refreshes
            wrong.append(f"{field_name}.{name}")
    assert wrong == []


class _Planted:
    def __init__(self, sessions: Any) -> None:
        self._sessions = sessions

    def save(self) -> None:
        with self._sessions.begin():
            pass

    def save_twice(self) -> None:
        self.save()

    @changes(ChangeKind.VISIT)
    def declared(self) -> None:
        self.save()

    def look(self) -> int:
        return 1


def test_the_checker_finds_a_planted_undeclared_write() -> None:
    planted = _Planted(None)
    assert not WriteFinder().writes(planted, "save")  # the checker reads app/ only
    finder = WriteFinder(reads=__name__)
    assert finder.writes(planted, "save")
    assert finder.writes(planted, "save_twice")
    assert finder.writes(planted, "declared")
    assert not finder.writes(planted, "look")
    assert declared_changes(planted.save_twice) is None
    assert changes_of(planted.declared) == Changes.of(ChangeKind.VISIT)


def test_changes_of_refuses_an_undeclared_operation() -> None:
    with pytest.raises(TypeError, match="does not declare"):
        changes_of(_Planted(None).look)


def test_changes_combine() -> None:
    visits = Changes.of(ChangeKind.VISIT)
    keys = Changes.of(ChangeKind.KEY, ChangeKind.KEY_LOAN)
    both = visits | keys
    assert both.touches(ChangeKind.KEY_LOAN)
    assert not both.touches(ChangeKind.SHIFT)
    assert Changes.union([visits, keys]) == both
    assert not Changes()


def test_module_docstring_names_the_test() -> None:
    import app.changes

    assert Path(__file__).name in (app.changes.__doc__ or "")
