"""Driving the key register like a guard: a scanner burst, a dialog's buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.ui.keys.conftest import ScanClock

SCANNER_GAP_MS = 8


def scan(widget: QWidget, code: str, clock: ScanClock) -> None:
    """A keyboard-wedge scanner "typing" ``code`` into ``widget`` and pressing Enter."""
    for ch in code:
        clock.ms += SCANNER_GAP_MS
        QTest.keyClicks(widget, ch)
    clock.ms += SCANNER_GAP_MS
    QTest.keyClick(widget, Qt.Key.Key_Return)
