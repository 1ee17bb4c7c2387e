"""The KPI page shows the month's figures from real work orders."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.repairs.lifecycle import HoldReason
from tests.app.repairs.site import intake
from tests.ui.repairs.conftest import Desk
from ui.repairs.kpi_page import KpiPage


def test_kpi_page_shows_the_month(qtbot: QtBot, desk: Desk, clock: FixedClock, qtmodeltester: object) -> None:
    repairs, clerk = desk.services.repairs, desk.staff.clerk
    job = repairs.create(clerk, intake(desk.site))
    clock.advance(timedelta(hours=1))
    repairs.dispatch(clerk, job.id, desk.site.technician_id)
    repairs.hold(clerk, job.id, HoldReason.WAITING_PARTS)
    clock.advance(timedelta(hours=2))
    repairs.resume(clerk, job.id)
    clock.advance(timedelta(hours=1))
    repairs.complete(clerk, job.id)
    repairs.record_visit(clerk, job.id, 4)
    page = KpiPage(desk.services.kpis, clock, desk.services.zone)
    qtbot.addWidget(page)
    page.show()
    assert page.month.currentText() == "2026-03"
    assert page.tiles["requests"].text() == "1"
    assert page.tiles["mttr"].text() == "2.0 h"  # 4 h less 2 h on hold
    assert page.tiles["first_response"].text() == "1.0 h"
    assert page.tiles["sla"].text() == "100.0 %"
    assert page.tiles["satisfaction"].text() == "4.00 / 5"
    assert page.chart.days[1] == (page.chart.days[1][0], 1, 0)
    assert page.technicians.rowCount() == 1
    qtmodeltester.check(page.categories)  # type: ignore[attr-defined]
    page.month.setCurrentIndex(1)
    page.refresh()
    assert page.tiles["requests"].text() == "0" and page.tiles["mttr"].text() == "—"


def test_the_home_panel_counts_overdue_jobs_and_opens_the_queue(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    from app.repairs.sla_policy import WorkKind
    from ui.repairs.dashboard_panel import RepairsPanel

    repairs, clerk = desk.services.repairs, desk.staff.clerk
    repairs.create(clerk, intake(desk.site, kind=WorkKind.COMPLAINT, category="noise"))
    repairs.create(clerk, intake(desk.site))
    clock.advance(timedelta(minutes=45))
    panel = RepairsPanel(repairs.reader, desk.events)
    qtbot.addWidget(panel)
    assert panel.summary is not None and (panel.summary.open, panel.summary.overdue) == (2, 1)
    assert "1" in panel.lines["overdue"].text() and "✖" in panel.lines["overdue"].text()
    with qtbot.waitSignal(desk.events.navigate_requested) as opened:
        panel.open_queue.click()
    assert opened.args == ["repairs"]
