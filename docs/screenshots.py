#!/usr/bin/env python3
"""Render every foundation screen at 1024×768 into docs/screenshots/ (for the README and reviews).

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots.py [--lang zh_TW] [--out DIR]

Builds a throw-away site in a temporary data directory with a fixed clock, drives the real windows
through setup, sign-in, the pages and the lock screen, and saves what a person would see.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.clock import FixedClock  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.operators import NewOperator  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.permissions import Role  # noqa: E402
from app.site import DeskKind, DeskSpec, SiteSetup  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402

SIZE = (1024, 768)


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


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
    clock = FixedClock(datetime(2026, 3, 2, 0, 40, tzinfo=UTC))
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = ShellWindow(paths, LocalConfig(language=args.lang), None, clock, hasher=SecretHasher(LIGHT_COST))
        shell.resize(*SIZE)
        shell.show()
        while shell.database is None:
            app.processEvents()
        page = shell.setup_page
        page.site_name.setText("翠湖花園")
        page.booths.setPlainText("東門崗\n北門崗")
        page.username.setText("admin")
        page.display_name.setText("陳志明")
        grab(app, shell, args.out / f"01-setup{suffix}.png")
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
        for username, name, role, pin in (
            ("wong", "黃大文", Role.GUARD, "2468"),
            ("lee", "李美玲", Role.SUPERVISOR, "1357"),
            ("chan", "陳小美", Role.CLERK, "9753"),
        ):
            services.operators.create(admin, NewOperator(username, name, role, "staff-pass-1", pin))
        shell.login_page.username.setText("wong")
        grab(app, shell, args.out / f"02-login{suffix}.png")
        shell._on_login_page_login_requested("admin", "admin-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        from ui.home.shift_panel import ShiftPanel

        panel = workspace.page("home").findChild(ShiftPanel)  # type: ignore[union-attr]
        panel.start_button.click()
        grab(app, shell, args.out / f"03-home{suffix}.png")
        workspace.show_page("operators")
        grab(app, shell, args.out / f"04-operators{suffix}.png")
        workspace.show_page("settings")
        grab(app, shell, args.out / f"05-settings{suffix}.png")
        shell.lock()
        grab(app, shell, args.out / f"06-lock{suffix}.png")
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
