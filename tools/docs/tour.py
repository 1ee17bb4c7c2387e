"""A tour of the demo site: every page of the program as a guard at the gate booth sees it at 16:30 on
a day of ``gatehouse demo`` data (visitors on site, keys out, work orders due, a patrol missed), at
1024×768. For a review of the whole program after the areas merged, not of one area.

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tools.docs.tour [--lang zh_TW] [--out DIR]
        [--visits 3000]

Into docs/screenshots/ only the pages a doc shows are written (tools/docs/common.py).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt

from app.bootstrap import open_database
from app.clock import FixedClock, local_zone
from app.demo.foundation import SITE_TIMEZONE
from app.demo.run import run_demo
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.permissions import Role
from tools.docs.common import PICTURES, grab, open_shell, settle, start_app, suffix


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="zh_TW", choices=("zh_TW", "zh_CN", "en"))
    parser.add_argument("--visits", type=int, default=3000)
    parser.add_argument("--out", type=Path, default=PICTURES)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = start_app(args.lang)
    clock = FixedClock(datetime(2026, 3, 2, 16, 30, tzinfo=local_zone(SITE_TIMEZONE)))
    ending = suffix(args.lang)
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
        shell = open_shell(app, paths, clock, args.lang)
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
            grab(app, shell, args.out / f"tour-{row:02d}-{key}{ending}.png")
        shell.close()
        settle(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
