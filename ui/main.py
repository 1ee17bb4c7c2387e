"""The ``gatehouse`` entry point: a command runs headless, no command starts the GUI.

Start-up order matters for how fast the login screen appears (docs/targets.md): only PySide6 and a few
small app modules are imported before the first window is shown; SQLAlchemy, Alembic and the
database open in a background thread while the operator is already typing.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if os.name == "posix":
        os.umask(0o077)  # the database, backups, exports, keys and logs: owner-only from birth
    from app.cli import parse

    args = parse(arguments)
    if args.command:
        return _run_cli(args)
    from ui.app import run_gui

    return run_gui(args)


def _run_cli(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from app.cli import run
    from app.local_config import load_local_config
    from app.paths import DataPaths, default_data_dir
    from ui.cli_words import QtCliText
    from ui.i18n import install_language

    _app = QCoreApplication.instance() or QCoreApplication(["gatehouse"])
    language = getattr(args, "lang", None)
    if not language:
        data_dir = getattr(args, "data_dir", None) or default_data_dir()
        language = load_local_config(DataPaths(data_dir).local_config).language if data_dir.exists() else "zh_TW"
    install_language(language)
    return run(args, QtCliText())


if __name__ == "__main__":
    sys.exit(main())
