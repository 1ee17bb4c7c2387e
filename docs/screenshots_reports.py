#!/usr/bin/env python3
"""Render the reports area at 1024×768 into docs/screenshots/ and its PDFs as PNG pages.

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_reports.py [--lang zh_TW]

The Reports page in the real shell, the muster print dialog (F12), and the report PDFs (quiet day,
busy day, muster, monthly) rendered with pdftoppm. Areas that have not landed are stood in for by
the fake sources of the tests, so every section of the paper can be looked at.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.bootstrap import open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.reports.paper import Paper  # noqa: E402
from app.reports.service import ReportService  # noqa: E402
from app.reports.sources.access import AccessSource  # noqa: E402
from tests.app.reports.daydata import quiet_day  # noqa: E402
from tests.app.reports.fakes import FakeKeys, FakeRepairs, FakeVisitors  # noqa: E402
from tests.conftest import START, Staff, make_site  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.reports.report_words import report_labels  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402

SIZE = (1024, 768)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def pdfs(out: Path, suffix: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp))
        paths.ensure()
        clock = FixedClock(START)
        database = open_database(paths.database, paths, clock, LocalConfig())
        services = make_site(database, clock)
        staff = Staff(services)
        quiet_day(services, staff, clock)

        def reports(**sources: object) -> ReportService:
            return ReportService(clock, services.zone, services.site, AccessSource(database.sessions), **sources)  # type: ignore[arg-type]

        paper = Paper(services.site_row.name, "黃大文", clock.now(), services.zone, report_labels(), "東門崗")
        day = date(2026, 3, 2)
        documents = {
            "quiet": reports().daily_pdf(staff.guard, day, None, paper),
            "quiet-areas": reports(daily_sources=[FakeVisitors(), FakeRepairs()]).daily_pdf(
                staff.guard, day, None, paper
            ),
            "busy": reports(daily_sources=[FakeVisitors(), FakeRepairs(breaches=80)]).daily_pdf(
                staff.guard, day, None, paper
            ),
            "muster": reports(muster_sources=[FakeVisitors(), FakeKeys()]).muster_pdf(staff.guard, paper),
            "monthly": reports(monthly_sources=[FakeVisitors(), FakeRepairs()]).monthly_pdf(
                staff.supervisor, date(2026, 3, 1), replace(paper, printed_by="李班長")
            ),
        }
        database.dispose()
    for name, pdf in documents.items():
        target = out / f"report-{name}{suffix}.pdf"
        target.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(target), str(out / f"report-{name}{suffix}")], check=True)
        target.unlink()
        print(out / f"report-{name}{suffix}-*.png")


def page(app: QApplication, out: Path, lang: str, suffix: str) -> None:
    clock = FixedClock(datetime(2026, 3, 2, 0, 40, tzinfo=UTC))
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        shell = ShellWindow(paths, LocalConfig(language=lang), None, clock)
        shell.resize(*SIZE)
        shell.show()
        while shell.database is None:
            app.processEvents()
        from app.credentials import LIGHT_COST, SecretHasher
        from app.operators import NewOperator
        from app.permissions import Role
        from app.site import DeskKind, DeskSpec, SiteSetup, initialize_site
        from app.site_key import KeyStore

        assert shell.database is not None
        initialize_site(
            shell.database.sessions,
            KeyStore(paths.root),
            clock,
            SecretHasher(LIGHT_COST),
            SiteSetup(
                "翠湖花園",
                "Asia/Hong_Kong",
                [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
                NewOperator("admin", "陳志明", Role.ADMIN, "admin-pass-1", "2580"),
                lang,
            ),
        )
        shell._on_opener_opened(shell.database)
        desk = shell.services.site.desks()[0].id  # type: ignore[union-attr]
        shell._on_login_page_login_requested("admin", "admin-pass-1", desk)
        workspace = shell.workspace
        assert workspace is not None
        workspace.show_page("reports")
        grab(app, shell, out / f"20-reports{suffix}.png")
        from ui.reports.reports_page import ReportKind

        reports_page = workspace.page("reports")
        reports_page.choose_report(ReportKind.MONTHLY)  # type: ignore[union-attr]
        reports_page.progress.setVisible(True)  # type: ignore[union-attr]
        reports_page.cancel_button.setVisible(True)  # type: ignore[union-attr]
        reports_page.progress.setRange(0, 7)  # type: ignore[union-attr]
        reports_page.progress.setValue(3)  # type: ignore[union-attr]
        grab(app, shell, out / f"21-reports-working{suffix}.png")
        shell.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--pdf-out", type=Path, default=None, help="where the PDF pages go (default: --out)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(args.lang)
    apply_style(app, args.lang, 100)
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    page(app, args.out, args.lang, suffix)
    pdfs(args.pdf_out or args.out, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
