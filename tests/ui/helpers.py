"""Driving widgets like a person does.

``qtbot.keyClicks`` aborts the whole process on any non-ASCII character (Qt's key table asserts), so
Chinese is typed one character at a time as key events carrying text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from app.clock import FixedClock
    from app.paths import DataPaths
    from ui.shell import ShellWindow


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


def shell_signed_in(
    qtbot: QtBot, data_paths: DataPaths, clock: FixedClock, username: str, password: str
) -> ShellWindow:
    """The real window over the data folder, signed in through the sign-in page (1024×768)."""
    from app.local_config import LocalConfig
    from tests.conftest import LIGHT_HASHER
    from ui.shell import ShellWindow

    window = ShellWindow(data_paths, LocalConfig(), None, clock, hasher=LIGHT_HASHER, idle_ms=600_000)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None, timeout=20_000)
    type_text(window.login_page.username, username)
    type_text(window.login_page.password, password)
    press_enter(window.login_page.password)
    qtbot.waitUntil(lambda: window.workspace is not None and window.current_page() is window.workspace)
    return window
