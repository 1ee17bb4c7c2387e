"""Guard for docs/traps.md, 1: PySide6 6.12.0 drops a reference to None on every void call, and
CPython <= 3.11 then aborts (``none_dealloc``). If this fails, pin PySide6 below 6.12 on 3.11."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

CALLS = 20_000


def test_void_qt_calls_do_not_leak_references_to_none(qapp: object) -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for i in range(CALLS):
        obj.setObjectName("guard" if i % 2 else "check")  # a void method
    after = sys.getrefcount(None)
    assert after >= before - 100, f"refcount(None) fell by {before - after} over {CALLS} calls"
