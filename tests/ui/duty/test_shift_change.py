"""A full shift change at the booth, as the two guards do it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.duty.common import Acknowledgement, HandoverStatus
from app.duty.incidents import NewIncident
from app.duty.log import NewLogEntry
from app.handover_sources import HandoverItemKind
from app.permissions import Role
from app.shifts import ShiftStatus
from tests.app.duty.fixtures import INCOMING_PIN, other_area_sources
from tests.app.printing.pdftools import pdftotext_pages
from tests.conftest import PINS
from tests.ui.duty.conftest import Desk, start_shift
from tests.ui.helpers import type_text
from ui.duty.handover_page import HandoverPage
from ui.home.shift_panel import ShiftPanel
from ui.navigation import HANDOVER, HOME


def _start_shift_with_open_matters(qtbot: QtBot, desk: Desk) -> ShiftPanel:
    panel = start_shift(qtbot, desk)
    services = desk.services
    for source in other_area_sources():  # the visitors, keys and repairs areas (built in parallel)
        services.handovers.add_source(source)
    services.duty_log.add(desk.supervisor, NewLogEntry("instruction", "今晚十時前巡查B座後樓梯", "B座"))
    route = services.patrols.add_route(desk.supervisor, "R1", "外圍巡邏", 60, 20)
    services.patrols.add_checkpoint(desk.supervisor, route.id, "CP-01", "東門")
    services.incidents.report(desk.actor, NewIncident("flooding", "high", "地庫B1", "地庫水浸"))
    services.clock.advance(timedelta(hours=2))  # type: ignore[attr-defined]
    return panel


def test_full_shift_change_with_one_query(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    panel = _start_shift_with_open_matters(qtbot, desk)
    outgoing_shift = desk.actor.shift_id

    # The outgoing guard ends the shift: the handover is compiled and its page opens.
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.workspace.current_key() == HANDOVER)
    page = desk.workspace.page(HANDOVER)
    assert isinstance(page, HandoverPage) and page.handover is not None
    kinds = {row.kind for row in page.items.rows()}
    assert kinds == set(HandoverItemKind)
    assert page.items.rowCount() == 13  # 11 matters + the key count line of the real keys area and of the fake

    # Signing before every item is acknowledged is refused, with the reason shown.
    type_text(page.outgoing_pin, PINS[Role.GUARD])
    type_text(page.incoming_pin, INCOMING_PIN)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and "13" in page.banner.text()  # "13 item(s) not acknowledged yet"
    assert desk.services.shifts.current(desk.actor.desk_id) is not None

    # The incoming guard goes through the items with the keyboard: one query, the rest accepted.
    page.incoming.setCurrentIndex(page.incoming.findText("張國強"))
    page.select_item(0)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Q)  # a query needs a comment: shown there, focus moves there
    assert page.errors.message_for("handover_comment") and page.comment.hasFocus()
    type_text(page.comment, "陳大明何時離開")
    QTest.keyClick(page.comment, Qt.Key.Key_Return)  # Enter with a comment = query
    assert page.items.rows()[0].ack is Acknowledgement.QUERIED and page.table.hasFocus()
    while any(r.ack is Acknowledgement.PENDING for r in page.items.rows()):
        QTest.keyClick(page.table, Qt.Key.Key_A)
    type_text(page.note, "B座後樓梯門鎖鬆")

    # Both PINs; a wrong one is shown at its field and nothing is signed.
    type_text(page.outgoing_pin, PINS[Role.GUARD])
    type_text(page.incoming_pin, "0000")
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert page.errors.message_for("incoming_pin")
    assert page.handover is not None and page.handover.status is HandoverStatus.PENDING
    type_text(page.outgoing_pin, PINS[Role.GUARD])
    type_text(page.incoming_pin, INCOMING_PIN)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.actor.display_name == "張國強")
    assert page.handover.status is HandoverStatus.SIGNED
    assert desk.services.shifts.get(outgoing_shift).status is ShiftStatus.HANDED_OVER  # type: ignore[arg-type]
    current = desk.services.shifts.current(desk.actor.desk_id)
    assert current is not None and current.operator_name == "張國強"

    # The sheet prints; its text lists the items and the query.
    job = page.print_sheet()
    assert job is not None
    qtbot.addWidget(job.parent())  # type: ignore[arg-type]
    saved = job.save_copy(tmp_path / "handover.pdf")
    text = "".join(pdftotext_pages(saved.read_bytes(), tmp_path)).replace(" ", "")
    for expected in ("交接班", "陳大明", "K-031水泵房", "WO-000099", "地庫水浸", "CP-01東門", "巡查B座後樓梯"):
        assert expected in text, expected
    for expected in (
        "查詢（",
        "陳大明何時離開",
        "B座後樓梯門鎖鬆",
        "■緊急",
        "▲注意",
        "本班鑰匙點算",
        "交班人黃大文",
        "接班人張國強",
        "班長",
    ):
        assert expected in text, expected
    job.close()

    # The dashboard shows the last handover and the open query.
    desk.workspace.show_page(HOME)
    from ui.duty.handover_panel import HandoverPanel

    dashboard = desk.workspace.page(HOME).findChild(HandoverPanel)  # type: ignore[union-attr]
    assert dashboard is not None
    assert "張國強" in dashboard.last.text()
    assert dashboard.queries.count() == 1 and "陳大明何時離開" in dashboard.queries.item(0).text()


def test_a_matter_that_comes_up_before_signing_is_compiled_in_and_must_be_acknowledged(
    qtbot: QtBot, desk: Desk
) -> None:
    panel = _start_shift_with_open_matters(qtbot, desk)
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.workspace.current_key() == HANDOVER)
    page = desk.workspace.page(HANDOVER)
    assert isinstance(page, HandoverPage) and page.handover is not None
    page.incoming.setCurrentIndex(page.incoming.findText("張國強"))
    page.select_item(0)
    page.table.setFocus()
    while any(r.ack is Acknowledgement.PENDING for r in page.items.rows()):
        QTest.keyClick(page.table, Qt.Key.Key_A)
    before = page.items.rowCount()
    # While the two guards talk, a lift entrapment is reported: the sheet must show it as it is at signing.
    desk.services.incidents.report(desk.actor, NewIncident("lift_entrapment", "high", "A座2號電梯", "有人被困"))
    type_text(page.outgoing_pin, PINS[Role.GUARD])
    type_text(page.incoming_pin, INCOMING_PIN)
    qtbot.mouseClick(page.sign_button, Qt.MouseButton.LeftButton)
    assert page.banner.isVisible() and "1" in page.banner.text()  # one item not acknowledged yet
    assert page.items.rowCount() == before + 1  # the list shows it at once
    new = [r for r in page.items.rows() if r.ack is Acknowledgement.PENDING]
    assert len(new) == 1 and "有人被困" in new[0].subject and new[0].severity.value == "urgent"
    assert desk.services.shifts.current(desk.actor.desk_id) is not None  # nothing signed yet
