"""Keyboard-wedge scanners: a barcode/QR scanner "types" its code very fast and presses Enter.

``ScanDetector`` watches (as an application event filter) the key presses going to any widget inside
one page, while that page is visible. A burst of at least ``MIN_CHARS`` printable characters, each
within ``MAX_GAP_MS`` of the previous one, ending in Enter, is a scan: the detector emits
``scanned(code)``, swallows the Enter, and removes the burst from the field that received it (a scan
into the "notes" field must not leave a pass number in the notes). A person typing is far slower
than the gap and is left alone.

The clock is injectable (``now_ms``) so tests can feed bursts and human typing deterministically.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MIN_CHARS = 4
MAX_GAP_MS = 35  # scanners send 5–20 ms apart; the fastest typists ~60 ms
MAX_CHARS = 128


def _monotonic_ms() -> float:
    return time.monotonic() * 1000.0


class ScanDetector(QObject):
    scanned = Signal(str)

    def __init__(self, page: QWidget, now_ms: Callable[[], float] = _monotonic_ms) -> None:
        super().__init__(page)
        self._page = page
        self._now = now_ms
        self._buffer: list[str] = []
        self._last = 0.0
        self._target: QWidget | None = None

        self._seen: tuple[int, int, str] | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        page.destroyed.connect(self._on_page_destroyed)

    def _on_page_destroyed(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _concerns(self, watched: QObject) -> bool:
        return (
            isinstance(watched, QWidget)
            and self._page.isVisible()
            and (watched is self._page or self._page.isAncestorOf(watched))
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or not self._concerns(watched):
            return False
        # An ignored key event travels up to the parents: count it once.
        identity = (event.timestamp(), event.key(), event.text())
        if identity == self._seen and event.timestamp():
            return False
        self._seen = identity
        now = self._now()
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            fast = now - self._last <= MAX_GAP_MS * 2
            if len(self._buffer) >= MIN_CHARS and fast:
                code = "".join(self._buffer)
                self._remove_burst(code)
                self._reset()
                self.scanned.emit(code)
                return True  # the Enter belonged to the scanner, not to the form
            self._reset()
            return False
        text = event.text()
        if (
            len(text) == 1
            and text.isprintable()
            and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            if self._buffer and now - self._last > MAX_GAP_MS:
                self._buffer = []
            if not self._buffer:
                self._target = watched if isinstance(watched, QWidget) else None
            if len(self._buffer) < MAX_CHARS:
                self._buffer.append(text)
            self._last = now
        else:
            self._reset()
        return False

    def _reset(self) -> None:
        self._buffer = []
        self._target = None

    def _remove_burst(self, code: str) -> None:
        """Take the scanned characters back out of the field they were typed into."""
        target = self._target
        if isinstance(target, QLineEdit):
            text = target.text()
            if text.endswith(code):
                target.setText(text[: -len(code)])
        elif isinstance(target, QPlainTextEdit | QTextEdit):
            text = target.toPlainText()
            if text.endswith(code):
                target.setPlainText(text[: -len(code)])
                cursor = target.textCursor()
                cursor.movePosition(cursor.MoveOperation.End)
                target.setTextCursor(cursor)
