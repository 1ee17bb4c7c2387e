#!/usr/bin/env python3
"""Render the reports with REAL repairs and duty data, and the export paths in the GUI, for reviews.

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python docs/screenshots_report_sources.py [--lang zh_TW]

PDF pages (pdftoppm, 80 dpi) into docs/screenshots/:
* ``sources-area-daily`` / ``-muster`` / ``-monthly``: the area fixture day of the tests
  (``tests/app/reports/areadata.py``: seven work orders, two incidents, a refused handover…);
* ``sources-quiet-daily``: the quiet fixture day with one work order and one log entry (one page);
* ``sources-busy-daily`` / ``sources-busy-monthly``: a 60-day demo site with the benchmark's busy day
  (``bench/reports_data.py``: 150 work orders, 200 log entries); visitors and keys are not installed.
Screens (1024×768, the real shell, a supervisor signed in on the busy site): the Reports page after
exporting the duty log, and the repairs queue after its own Export button wrote the current filter.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "docs"))

from reports_data import BUSY_DAY, NEXT_MORNING, build  # noqa: E402
from screenshots import grab  # noqa: E402  (the foundation's screenshot helper)

from app.bootstrap import Services, build_services, open_database  # noqa: E402
from app.clock import FixedClock  # noqa: E402
from app.credentials import LIGHT_COST, SecretHasher  # noqa: E402
from app.exports.registry import ExportKind  # noqa: E402
from app.local_config import LocalConfig  # noqa: E402
from app.paths import DataPaths  # noqa: E402
from app.reports.paper import Paper  # noqa: E402
from tests.app.reports.areadata import DAY, area_day, quiet_day_with_areas  # noqa: E402
from tests.conftest import START, Staff, make_site  # noqa: E402
from ui.i18n import install_language  # noqa: E402
from ui.reports.report_words import report_labels  # noqa: E402
from ui.shell import ShellWindow  # noqa: E402
from ui.style import apply_style  # noqa: E402

SIZE = (1024, 768)


def pages(out: Path, name: str, pdf: bytes) -> None:
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"{name}.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(source), str(out / name)], check=True)
    print(out / f"{name}-*.png")


def paper(services: Services, printed_by: str) -> Paper:
    return Paper(services.site_row.name, printed_by, services.clock.now(), services.zone, report_labels(), "東門崗")


def fixture_pdfs(out: Path, suffix: str) -> None:
    for kind in ("area", "quiet"):
        with tempfile.TemporaryDirectory() as tmp:
            paths = DataPaths(Path(tmp))
            paths.ensure()
            clock = FixedClock(START)
            database = open_database(paths.database, paths, clock, LocalConfig())
            services = make_site(database, clock)
            staff = Staff(services)
            if kind == "area":
                area_day(services, staff, clock)
            else:
                quiet_day_with_areas(services, staff, clock)
            sheet = paper(services, "黃大文")
            pages(out, f"sources-{kind}-daily{suffix}", services.reports.daily_pdf(None, DAY, None, sheet))
            if kind == "area":
                pages(out, f"sources-area-muster{suffix}", services.reports.muster_pdf(None, sheet))
                monthly = services.reports.monthly_pdf(None, date(2026, 3, 1), replace(sheet, printed_by="李班長"))
                pages(out, f"sources-area-monthly{suffix}", monthly)
            database.dispose()


def busy_site(app: QApplication, out: Path, lang: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        accounts = build(paths, days=60, visits=0)
        clock = FixedClock(NEXT_MORNING)
        database = open_database(paths.database, paths, clock, LocalConfig())
        services = build_services(database, clock)
        sheet = paper(services, "陳志明")
        pages(out, f"sources-busy-daily{suffix}", services.reports.daily_pdf(None, BUSY_DAY, None, sheet))
        pages(out, f"sources-busy-monthly{suffix}", services.reports.monthly_pdf(None, date(2026, 2, 1), sheet))
        database.dispose()

        shell = ShellWindow(paths, LocalConfig(language=lang), None, clock, hasher=SecretHasher(LIGHT_COST))
        shell.resize(*SIZE)
        shell.show()
        while shell.services is None:
            app.processEvents()
        booth = next(d.id for d in shell.services.site.desks() if d.kind.value == "booth")
        supervisor = next(a for a in accounts if a.role == "supervisor")
        shell._on_login_page_login_requested(supervisor.username, supervisor.password, booth)
        workspace = shell.workspace
        assert workspace is not None
        from ui.repairs.repairs_page import RepairsPage
        from ui.reports.reports_page import ReportsPage

        workspace.show_page("reports")
        reports = workspace.page("reports")
        assert isinstance(reports, ReportsPage)
        reports.choose_export(ExportKind.LOG)
        reports.export_to_file(Path(tmp) / "log.xlsx")
        while reports.is_busy():
            app.processEvents()
        grab(app, shell, out / f"sources-01-reports-export{suffix}.png")

        workspace.show_page("repairs")
        repairs = workspace.page("repairs")
        assert isinstance(repairs, RepairsPage)
        repairs.queue.refresh()
        repairs.export_to(repairs.queue, Path(tmp) / "work-orders.xlsx")
        while repairs.export.is_busy():
            app.processEvents()
        grab(app, shell, out / f"sources-02-repairs-export{suffix}.png")
        shell.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="zh_TW")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    install_language(args.lang)
    apply_style(app, args.lang, 100)
    suffix = "" if args.lang == "zh_TW" else f"-{args.lang}"
    fixture_pdfs(args.out, suffix)
    busy_site(app, args.out, args.lang, suffix)
    return 0


if __name__ == "__main__":
    sys.exit(main())
