"""Starting the GUI: application object, data directory, crash handler, single instance, window."""

from __future__ import annotations

import argparse
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.clock import SystemClock
from app.local_config import load_local_config
from app.paths import DataPaths, default_data_dir
from ui.app_icon import app_icon
from ui.crash import CrashReporter
from ui.i18n import install_language
from ui.shell import ShellWindow
from ui.single_instance import SingleInstance
from ui.style import apply_style

# Start-up probe for bench/startup.py: print when the first screen accepts keystrokes (and when the
# database has answered its first query), then quit ("keep": go on running, for tests).
PROBE_ENV = "GATEHOUSE_STARTUP_PROBE"
ALREADY_RUNNING_CLOSE_MS = 8000


def _already_running(app: QApplication) -> int:
    text = QCoreApplication.translate(
        "App", "Gatehouse is already open on this PC. Its window was brought to the front."
    )
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("App", "Gatehouse"), text)
    QTimer.singleShot(ALREADY_RUNNING_CLOSE_MS, box.accept)
    box.open()
    box.finished.connect(app.quit)
    app.exec()
    return 0


def _cannot_start(app: QApplication, where: str) -> int:
    text = QCoreApplication.translate(
        "App", "Gatehouse cannot use its data folder {where}. Check that the disk is present and writable."
    ).format(where=where)
    print(text, file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Gatehouse"), text)
    box.finished.connect(app.quit)
    box.open()
    app.exec()
    return 1


def _install_probe(window: ShellWindow, started: float, keep_running: bool) -> None:
    def first_screen() -> None:
        print(f"probe first_screen {time.perf_counter() - started:.4f}", flush=True)

    def database() -> None:
        print(f"probe database {time.perf_counter() - started:.4f}", flush=True)
        if not keep_running:
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, first_screen)
    window.database_opened.connect(database)
    window.opener.failed.connect(lambda _e: QTimer.singleShot(0, window.close))


def _after_first_screen(instance: SingleInstance, paths: DataPaths) -> None:
    """What can wait until the operator sees the sign-in screen."""
    from app.logs import setup_logging

    setup_logging(paths.logs)
    instance.listen()


def run_gui(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Gatehouse")
    app.setOrganizationName("Gatehouse")
    app.setDesktopFileName("gatehouse")  # the menu entry of the Linux packages (icon in the task bar)
    app.setWindowIcon(app_icon())
    paths = DataPaths(args.data_dir.expanduser().resolve() if args.data_dir else default_data_dir())
    local_language = "zh_TW"
    try:
        paths.ensure()
        local = load_local_config(paths.local_config)
        local_language = local.language
    except OSError:
        install_language(args.lang or local_language)
        return _cannot_start(app, str(paths.root))
    CrashReporter(paths.crashes).install()
    language = install_language(args.lang or local.language)
    apply_style(app, language, 100)

    instance = SingleInstance(paths.root, paths.lock_file)
    if not instance.acquire():
        instance.ask_running_to_activate()
        return _already_running(app)
    window = ShellWindow(paths, local, args.db, SystemClock(), auto_backup=True)
    instance.activation_requested.connect(window.bring_to_front)
    probe = os.environ.get(PROBE_ENV, "")
    if probe:
        _install_probe(window, started, keep_running=probe == "keep")
    window.show()
    QTimer.singleShot(0, lambda: _after_first_screen(instance, paths))
    try:
        return app.exec()
    finally:
        instance.release()
