#!/usr/bin/env python3
"""Render the backup screens at 1024×768 into docs/screenshots/ (backups-*.png).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_backups.py [--lang zh_TW]

A throw-away site with a fixed clock and a few days of automatic backups: the supervisor's home page with
the backup panel and the status line, the same three days later (the warning), and the restore dialog.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.backups import BackupTrigger  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.operators import NewOperator  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.site import DeskKind, DeskSpec, SiteSetup  # noqa: E402
from ui.backups.home_panel import BackupPanel  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402


def settle(app: QApplication, rounds: int = 6) -> None:
    for _ in range(rounds):
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(args.lang)
    apply_style(app, args.lang, 100)
    clock = FixedClock(datetime(2026, 2, 26, 14, 0, tzinfo=UTC))  # 22:00 in Hong Kong
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = ShellWindow(paths, LocalConfig(language=args.lang), None, clock, hasher=SecretHasher(LIGHT_COST))
        shell.resize(1024, 768)
        shell.show()
        while shell.database is None:
            app.processEvents()
        shell._on_setup_page_setup_requested(
            SiteSetup(
                "翠湖花園",
                "Asia/Hong_Kong",
                [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
                NewOperator("admin", "陳志明", Role.ADMIN, "admin-pass-1", "2580"),
                args.lang,
            )
        )
        services = shell.services
        assert services is not None
        desk = services.site.desks()[0].id
        admin = services.auth.login("admin", "admin-pass-1", desk)
        services.operators.create(admin, NewOperator("lee", "李美玲", Role.SUPERVISOR, "staff-pass-1", "1357"))
        for _day in range(4):  # four nights of automatic backups
            services.backups.make(BackupTrigger.DAILY)
            clock.advance(timedelta(days=1))
        clock.advance(timedelta(hours=-11))  # the next morning, 09:00
        services.backups.restore_drill(paths.root)
        shell._on_login_page_login_requested("lee", "staff-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        grab(app, shell, args.out / f"backups-01-home{suffix}.png")
        clock.advance(timedelta(days=3))
        panel = workspace.page("home").findChild(BackupPanel)  # type: ignore[union-attr]
        assert panel is not None
        panel.refresh()
        workspace._update_time()
        grab(app, shell, args.out / f"backups-02-stale{suffix}.png")
        panel.restore_button.click()
        dialog = panel.dialog
        assert dialog is not None
        dialog.list.setCurrentRow(1)  # type: ignore[attr-defined]
        dialog.confirm.setChecked(True)  # type: ignore[attr-defined]
        grab(app, dialog, args.out / f"backups-03-restore{suffix}.png")
        dialog.close()
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
