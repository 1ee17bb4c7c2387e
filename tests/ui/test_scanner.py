"""Scanner bursts become one scan; a person typing the same characters is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.scanner import ScanDetector


class _Clock:
    def __init__(self) -> None:
        self.ms = 1000.0

    def __call__(self) -> float:
        return self.ms


def _page(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit, ScanDetector, _Clock]:
    page = QWidget()
    name, notes = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(page)
    layout.addWidget(name)
    layout.addWidget(notes)
    qtbot.addWidget(page)
    page.show()
    clock = _Clock()
    return page, name, notes, ScanDetector(page, clock), clock


def _type(widget: QLineEdit, text: str, clock: _Clock, gap_ms: float) -> None:
    for ch in text:
        clock.ms += gap_ms
        QTest.keyClicks(widget, ch)


def test_a_fast_burst_ending_in_enter_is_a_scan_and_leaves_no_trace(qtbot: QtBot) -> None:
    _page_widget, _name, notes, detector, clock = _page(qtbot)
    notes.setText("門口等")
    with qtbot.waitSignal(detector.scanned) as signal:
        _type(notes, "V-000123", clock, gap_ms=8)
        clock.ms += 8
        QTest.keyClick(notes, Qt.Key.Key_Return)
    assert signal.args == ["V-000123"]
    assert notes.text() == "門口等"


def test_human_typing_is_not_a_scan(qtbot: QtBot) -> None:
    _page_widget, name, _notes, detector, clock = _page(qtbot)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    returned: list[bool] = []
    name.returnPressed.connect(lambda: returned.append(True))
    _type(name, "V-000123", clock, gap_ms=120)
    clock.ms += 150
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert scans == []
    assert name.text() == "V-000123"
    assert returned == [True]  # the form's own Enter still works


def test_short_bursts_are_ignored(qtbot: QtBot) -> None:
    _page_widget, name, _notes, detector, clock = _page(qtbot)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    _type(name, "ab", clock, gap_ms=5)
    clock.ms += 5
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert scans == []


def test_a_hidden_page_does_not_listen(qtbot: QtBot) -> None:
    page, name, _notes, detector, clock = _page(qtbot)
    scans: list[str] = []
    detector.scanned.connect(scans.append)
    page.hide()
    _type(name, "K-0001", clock, gap_ms=5)
    QTest.keyClick(name, Qt.Key.Key_Return)
    assert scans == []
