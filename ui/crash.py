"""Bugs end here: a crash log in the data directory and a dialog that says where it is.

Errors an operator can act on never get here (they are typed and shown as messages). The log holds
the traceback only (no local variables), so no personal data is written.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from app.redaction import redact

log = logging.getLogger(__name__)


def write_crash_log(
    folder: Path, kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> Path | None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
        text = "".join(traceback.format_exception(kind, value, tb))
        path.write_text(redact(text), encoding="utf-8")
        return path
    except OSError:
        return None


class CrashReporter(QObject):
    """Installed as ``sys.excepthook`` (and for threads); shows one dialog per crash log."""

    crashed = Signal(str)  # path of the crash log

    def __init__(self, folder: Path, show_dialog: bool = True) -> None:
        super().__init__()
        self._folder = folder
        self._show_dialog = show_dialog
        self.crashed.connect(self._on_self_crashed, Qt.ConnectionType.QueuedConnection)
        self._previous = sys.excepthook
        self._boxes: list[QMessageBox] = []  # parentless dialogs must stay referenced while shown

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def _excepthook(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, value, tb)
            return
        path = write_crash_log(self._folder, kind, value, tb)
        log.error("unexpected error %s; crash log %s", kind.__name__, path.name if path else "not written")
        self.crashed.emit(str(path) if path else "")

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _on_self_crashed(self, path: str) -> None:
        if not self._show_dialog or QApplication.instance() is None:
            return
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Crash", "Gatehouse: unexpected error"))
        where = path or QCoreApplication.translate("Crash", "(the crash log could not be written)")
        box.setText(
            QCoreApplication.translate(
                "Crash",
                "Something went wrong inside Gatehouse. What you saved before is safe.\n\n"
                "Please give this file to your administrator:\n{path}",
            ).format(path=where)
        )
        self._boxes.append(box)
        box.finished.connect(lambda _result: self._boxes.remove(box))
        box.open()
