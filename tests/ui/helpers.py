"""Driving widgets like a person does.

``qtbot.keyClicks`` aborts the whole process on any non-ASCII character (Qt's key table asserts), so
Chinese is typed one character at a time as key events carrying text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` (any script) into the focused-on ``widget``."""
    widget.setFocus()
    for ch in text:
        if ch.isascii() and ch.isprintable():
            QTest.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def replace_text(widget: QWidget, text: str) -> None:
    """Select everything in a line edit and type over it."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def press_enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def paste(widget: QWidget, text: str) -> None:
    """Paste ``text`` into ``widget`` with Ctrl+V, as a guard pastes from a chat app (invisible
    characters and all, which typing cannot produce)."""
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
