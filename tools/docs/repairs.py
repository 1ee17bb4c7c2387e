"""Render the repairs screens at 1024×768 and the work-order sheets, for reviews.

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tools.docs.repairs [--lang zh_TW] [--out DIR]

A demo month of repairs (``gatehouse demo``'s generator) at a fixed clock; a clerk signs in through
the real shell; the queue, the detail timeline, the intake form (after a refused save), the return
visits and the KPI page are grabbed; the sheets (A4, A5, 80 mm) are drawn as pictures of their first page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from app.bootstrap import open_database
from app.clock import FixedClock
from app.demo.run import run_demo
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.printing import A4, A5, RECEIPT_80
from app.repairs.lifecycle import WorkOrderState
from tools.docs.common import HASHER, SIZE, arguments, grab, pdf_picture, start_app, suffix
from ui.shell import ShellWindow

NOW = datetime(2026, 3, 31, 7, 20, tzinfo=UTC)  # 15:20 in Hong Kong


def main() -> int:
    args = arguments(__doc__)
    app = start_app(args.lang)
    clock = FixedClock(NOW)
    ending = suffix(args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        paths = DataPaths(Path(tmp) / "data")
        paths.ensure()
        database = open_database(paths.database, paths, clock, LocalConfig())
        demo = run_demo(database, clock, visits=0, days=30, seed=3, progress=print)
        database.dispose()
        clerk = demo.account("clerk")
        shell = ShellWindow(paths, LocalConfig(language=args.lang), None, clock, hasher=HASHER)
        shell.resize(*SIZE)
        shell.show()
        while shell.services is None:
            app.processEvents()
        services = shell.services
        reception = next(d.id for d in services.site.desks() if d.kind.value == "reception")
        shell._on_login_page_login_requested(clerk.username, clerk.password, reception)
        workspace = shell.workspace
        assert workspace is not None
        grab(app, shell, args.out / f"repairs-00-home{ending}.png")
        workspace.show_page("repairs")
        from ui.repairs.repairs_page import RepairsPage

        page = workspace.page("repairs")
        assert isinstance(page, RepairsPage)
        queue = page.queue
        queue.refresh()
        # Pick a job that was on hold and is running again, so the timeline has a story.
        chosen = 0
        for row in range(queue.model.rowCount()):
            item = queue.model.row_at(row)
            if item is None:
                continue
            story = services.repairs.detail(item.row.id)
            if len(story.events) >= 3 and item.row.state is WorkOrderState.IN_PROGRESS:
                chosen = row
                break
        queue.table.selectRow(chosen)
        grab(app, shell, args.out / f"repairs-01-queue{ending}.png")
        queue.splitter.setSizes([380, 620])
        grab(app, shell, args.out / f"repairs-02-detail{ending}.png")
        detail = queue.detail.detail
        assert detail is not None
        for spec, name in ((A4, "a4"), (A5, "a5"), (RECEIPT_80, "receipt80")):
            pdf_picture(page.sheet_pdf(detail, spec), args.out / f"repairs-sheet-{name}{ending}.png", dpi=80)
        page.show_intake()
        form = page.intake
        form.reporter_name.setText("路人甲")
        form.reporter_phone.setText("12345")
        form.location.setText("停車場 B2")
        form.save_button.click()
        grab(app, shell, args.out / f"repairs-03-intake-errors{ending}.png")
        page.tabs.setCurrentWidget(page.calls)
        page.calls.refresh()
        page.calls.table.selectRow(0)
        grab(app, shell, args.out / f"repairs-04-return-visits{ending}.png")
        workspace.show_page("kpi")
        grab(app, shell, args.out / f"repairs-05-kpi{ending}.png")
        from ui.repairs.settings_section import RepairSettingsSection

        admin = demo.account("admin")
        shell.session.set_actor(services.auth.login(admin.username, admin.password, reception))  # type: ignore[union-attr]
        section = RepairSettingsSection(services.repairs, shell.session, shell.events)  # type: ignore[arg-type]
        section.resize(780, 760)
        section.show()
        grab(app, section, args.out / f"repairs-06-settings{ending}.png")
        section.close()
        shell.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
