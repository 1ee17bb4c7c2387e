#!/usr/bin/env python3
"""A tour of the demo site: every page of the program as a guard at the gate booth sees it at 16:30 on
a day of ``gatehouse demo`` data (visitors on site, keys out, work orders due, a patrol missed), at
1024×768. For a review of the whole program after the areas merged, not of one area.

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_demo.py [--lang zh_TW]
        [--visits 3000] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bootstrap import open_database  # noqa: E402
from app.clock import FixedClock, local_zone  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.demo.foundation import SITE_TIMEZONE  # noqa: E402
from app.demo.run import run_demo  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Role  # noqa: E402
from docs.screenshots import SIZE, grab, settle  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--visits", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(args.lang)
    apply_style(app, args.lang, 100)
    clock = FixedClock(datetime(2026, 3, 2, 16, 30, tzinfo=local_zone(SITE_TIMEZONE)))
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        database = open_database(paths.database, paths, clock, LocalConfig())
        demo = run_demo(database, clock, visits=args.visits, days=30, seed=1, progress=print)
        database.dispose()
        booth = demo.desks["booth"]
        shift = demo.services.shifts.current(booth)
        guard = next(
            a
            for a in demo.accounts
            if (shift is not None and a.operator_id == shift.operator_id) or (shift is None and a.role == Role.GUARD)
        )
        shell = ShellWindow(paths, LocalConfig(language=args.lang), None, clock, hasher=SecretHasher(LIGHT_COST))
        shell.resize(*SIZE)
        shell.show()
        while shell.database is None:
            app.processEvents()
        login = shell.login_page
        login.desk.setCurrentIndex(login.desk.findText(demo.services.site.desk(booth).name))
        login.username.setText(guard.username)
        login.password.setText(guard.password)
        login.password.returnPressed.emit()
        while shell.workspace is None or shell.current_page() is not shell.workspace:
            app.processEvents()
        workspace = shell.workspace
        for row in range(workspace.navigation.count()):
            key = workspace.navigation.item(row).data(Qt.ItemDataRole.UserRole)
            workspace.show_page(key)
            settle(app, 20)
            grab(app, shell, args.out / f"tour-{row:02d}-{key}{suffix}.png")
        shell.close()
        settle(app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
