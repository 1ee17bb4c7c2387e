"""The repairs page as a clerk uses it: intake, the queue with live countdowns, the lifecycle through
the detail panel's buttons and dialogs, the return visit, printing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.attachments import MAX_SIZE_MB
from app.clock import FixedClock
from app.repairs.lifecycle import Action, HoldReason, WorkOrderState
from app.repairs.sla import ClockState
from db.models.core import AuditEntry
from tests.app.repairs.site import intake
from tests.ui.helpers import press_enter, type_text
from tests.ui.repairs.conftest import Desk
from ui.printing import PdfPreviewDialog
from ui.repairs.action_dialog import WorkOrderActionDialog
from ui.repairs.models import STATE_COLOURS, WorkOrderQueueTableModel
from ui.repairs.queue_view import QueueView
from ui.widgets.approval import SupervisorApprovalDialog


def _ok(dialog: WorkOrderActionDialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _act(qtbot: QtBot, desk: Desk, view: QueueView, action: Action) -> WorkOrderActionDialog | None:
    button = view.detail.buttons[action]
    assert button.isVisible(), action
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = desk.page.dialog
    if dialog is not None and dialog.action is action and dialog.isVisible():
        return dialog
    return None


def test_intake_with_errors_keeps_every_field_then_saves(qtbot: QtBot, desk: Desk) -> None:
    form = desk.page.intake
    desk.page.show_intake()
    type_text(form.reporter_name, "路人甲")
    type_text(form.reporter_phone, "12345")
    type_text(form.location, "")
    form.priority.setCurrentIndex(form.priority.findData("urgent"))
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.message_for("description")
    assert form.errors.message_for("unit")
    assert form.errors.message_for("reporter_phone")  # unusual phone: a warning
    assert form.reporter_name.text() == "路人甲" and form.reporter_phone.text() == "12345"
    assert form.priority.currentData() == "urgent"
    type_text(form.description, "大堂門禁讀卡器失靈")
    type_text(form.location, "大堂")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # the warned phone is kept as typed
    qtbot.waitUntil(lambda: desk.page.tabs.currentWidget() is desk.page.queue)
    queue = desk.page.queue
    assert queue.model.rowCount() == 1
    assert queue.detail.detail is not None and queue.detail.detail.row.reporter_phone == "12345"
    assert form.reporter_name.text() == ""  # cleared for the next caller


def test_intake_picks_a_resident_and_refuses_a_too_large_photo(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    desk.services.settings.set(desk.staff.admin, MAX_SIZE_MB, 1)
    form = desk.page.intake
    desk.page.show_intake()
    type_text(form.resident_search, "大文")
    qtbot.waitUntil(lambda: form.matches.count() == 1)
    press_enter(form.resident_search)  # Enter takes the first match
    assert form.reporter_name.text() == "陳大文" and form.unit.currentText() == "A座 12A"
    type_text(form.description, "浴室天花滲水")
    big = tmp_path / "video.mp4"
    big.write_bytes(b"x" * (1024 * 1024 + 10))
    form.add_attachments([str(big)])
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "video.mp4" in form.errors.message_for("attachments")
    assert form.description.toPlainText() == "浴室天花滲水" and form.attachment_list.count() == 1
    form.attachment_list.setCurrentRow(0)
    qtbot.mouseClick(form.remove_file, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.page.queue.model.rowCount() == 1)


def test_dispatch_hold_resume_done_and_return_visit(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    job = desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    queue = desk.page.queue
    queue.refresh()
    queue.table.selectRow(0)
    assert queue.detail.detail is not None and queue.detail.detail.id == job.id

    dialog = _act(qtbot, desk, queue, Action.DISPATCH)
    assert dialog is not None
    dialog.assignee.setCurrentIndex(
        next(i for i in range(dialog.assignee.count()) if dialog.assignee.itemData(i) == desk.site.technician_id)
    )
    type_text(dialog.text, "請帶扳手")
    _ok(dialog)
    qtbot.waitUntil(lambda: queue.detail.detail.row.state is WorkOrderState.DISPATCHED)  # type: ignore[union-attr]

    dialog = _act(qtbot, desk, queue, Action.HOLD)
    assert dialog is not None
    dialog.reason.setCurrentIndex(dialog.reason.findData(HoldReason.OTHER.value))
    _ok(dialog)  # "other" without a note: refused at the field, the dialog stays
    assert dialog.isVisible() and dialog.errors.message_for("note")
    type_text(dialog.text, "等業主回覆")
    _ok(dialog)
    qtbot.waitUntil(lambda: queue.detail.detail.row.state is WorkOrderState.ON_HOLD)  # type: ignore[union-attr]
    assert queue.model.sla_state(0) is ClockState.PAUSED

    clock.advance(timedelta(hours=2))
    _act(qtbot, desk, queue, Action.RESUME)
    qtbot.waitUntil(lambda: queue.detail.detail.row.state is WorkOrderState.DISPATCHED)  # type: ignore[union-attr]
    _act(qtbot, desk, queue, Action.START)
    dialog = _act(qtbot, desk, queue, Action.COMPLETE)
    assert dialog is not None
    type_text(dialog.text, "已更換水龍頭")
    _ok(dialog)
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)  # done: out of the open queue

    calls = desk.page.calls
    desk.page.tabs.setCurrentWidget(calls)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 1)
    calls.table.selectRow(0)
    dialog = _act(qtbot, desk, calls, Action.VISIT_ANSWERED)
    assert dialog is not None
    dialog._answer_buttons[2].setChecked(True)
    _ok(dialog)  # dissatisfied without a comment
    assert dialog.errors.message_for("note")
    type_text(dialog.text, "師傅遲到")
    _ok(dialog)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 0)
    closed = desk.services.repairs.detail(job.id)
    assert closed.row.state is WorkOrderState.CLOSED and closed.row.satisfaction == 2
    assert [e.action for e in closed.events] == [
        Action.CREATE,
        Action.DISPATCH,
        Action.HOLD,
        Action.RESUME,
        Action.START,
        Action.COMPLETE,
        Action.VISIT_ANSWERED,
    ]
    assert all(e.actor_name == "陳小美" for e in closed.events)


def test_the_countdown_colour_follows_the_injected_clock(qtbot: QtBot, desk: Desk, clock: FixedClock) -> None:
    desk.services.repairs.create(desk.staff.clerk, intake(desk.site))  # 4 h to respond
    queue = desk.page.queue
    queue.refresh()
    index = queue.model.index(0, WorkOrderQueueTableModel.Column.COUNTDOWN)

    def colour() -> str:
        return queue.model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()

    assert queue.model.sla_state(0) is ClockState.OK and colour() == STATE_COLOURS[ClockState.OK][0]
    assert "4:00" in queue.model.data(index)
    clock.advance(timedelta(hours=3, minutes=20))  # 40 min left: under 20 % of 4 h
    with qtbot.waitSignal(queue.model.dataChanged, timeout=3000):
        pass  # the page's one-second timer repaints
    assert queue.model.sla_state(0) is ClockState.AT_RISK and colour() == STATE_COLOURS[ClockState.AT_RISK][0]
    assert "▲" in queue.model.data(index) and "0:40" in queue.model.data(index)
    clock.advance(timedelta(hours=1))
    queue.model.tick()
    assert queue.model.sla_state(0) is ClockState.BREACHED and colour() == STATE_COLOURS[ClockState.BREACHED][0]
    assert "✖" in queue.model.data(index) and "0:20" in queue.model.data(index)


def test_search_and_filters(qtbot: QtBot, desk: Desk) -> None:
    repairs = desk.services.repairs
    repairs.create(desk.staff.clerk, intake(desk.site))
    other = repairs.create(
        desk.staff.clerk, intake(desk.site, reporter_id=None, reporter_name="路人甲", unit_id=None, location="停車場")
    )
    queue = desk.page.queue
    queue.refresh()
    assert queue.model.rowCount() == 2
    type_text(queue.search, "路人")
    qtbot.waitUntil(lambda: queue.model.rowCount() == 1)
    assert queue.model.row_at(0).row.number == other.row.number  # type: ignore[union-attr]
    queue.search.clear()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 2)


def test_a_guard_cancelling_needs_a_supervisor_pin(qtbot: QtBot, desk: Desk) -> None:
    desk.session.set_actor(desk.staff.guard)
    job = desk.services.repairs.create(desk.staff.guard, intake(desk.site))
    queue = desk.page.queue
    queue.refresh()
    queue.table.selectRow(0)
    dialog = _act(qtbot, desk, queue, Action.CANCEL)
    assert dialog is not None
    _ok(dialog)
    from ui.widgets.approval import SupervisorApprovalDialog

    approval = desk.page.findChild(SupervisorApprovalDialog)
    assert approval is not None
    type_text(approval.pin, "1357")
    type_text(approval.reason, "住戶撤回")
    approval.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: desk.services.repairs.detail(job.id).row.state is WorkOrderState.CANCELLED)


def test_printing_a_sheet_opens_the_preview(qtbot: QtBot, desk: Desk) -> None:
    desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    queue = desk.page.queue
    queue.refresh()
    queue.table.selectRow(0)
    for page in ("A4", "RECEIPT"):
        qtbot.mouseClick(queue.detail.print_buttons[page], Qt.MouseButton.LeftButton)
    previews = desk.page.findChildren(PdfPreviewDialog)
    assert len(previews) == 2 and all(p.isVisible() for p in previews)
    for preview in previews:
        preview.close()
    qtbot.waitUntil(lambda: not desk.page._jobs)  # each job's PDF is closed with its preview


def test_models_pass_the_model_tester(qtmodeltester: object, desk: Desk) -> None:
    for _ in range(3):
        desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    desk.page.queue.refresh()
    qtmodeltester.check(desk.page.queue.model)  # type: ignore[attr-defined]


def test_export_writes_the_current_filter_through_the_registry(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    for _ in range(3):
        desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    desk.services.repairs.create(desk.staff.clerk, intake(desk.site, category="lift"))
    queue = desk.page.queue
    queue.category.setCurrentIndex(queue.category.findData("plumbing"))
    queue.refresh()
    target = tmp_path / "jobs.xlsx"
    with qtbot.waitSignal(desk.page.export.exported, timeout=20_000):
        desk.page.export_to(queue, target)
    assert "3" in queue.banner.text() and str(target) in queue.banner.text()
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "翠湖花園 · 工單"  # the registry's title lines, in the operator's language
    assert sheet["A4"].value == "篩選：處理中工單 · 水務"
    assert [c.value for c in sheet[5]][:4] == ["工單號", "報修時間", "類型", "類別"]
    assert [sheet.cell(row, 4).value for row in (6, 7, 8)] == ["水務"] * 3 and sheet.cell(9, 1).value is None
    with desk.services.database.sessions.read() as s:
        exported = s.execute(select(AuditEntry).where(AuditEntry.action == "export.xlsx")).scalars().one()
    assert exported.record_id == "repairs"
    bad = tmp_path / "missing-folder" / "jobs.xlsx"
    with qtbot.waitSignal(desk.page.export.failed, timeout=20_000):
        desk.page.export_to(queue, bad)
    assert queue.banner.isVisible() and not bad.exists()


def test_a_guard_is_asked_for_a_supervisor_pin_before_anything_is_written(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    for _ in range(3):
        desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    desk.session.set_actor(desk.staff.guard)
    queue = desk.page.queue
    target = tmp_path / "jobs.xlsx"
    desk.page.export_to(queue, target)
    dialogs = desk.page.findChildren(SupervisorApprovalDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible() and not desk.page.export.is_busy()
    dialogs[0].reject()
    assert not target.exists() and not desk.page.export.is_busy()


def test_cancel_gives_the_page_back_and_says_so(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    desk.services.repairs.create(desk.staff.clerk, intake(desk.site))
    queue = desk.page.queue
    with qtbot.waitSignal(desk.page.export.cancelled, timeout=20_000):
        desk.page.export_to(queue, tmp_path / "jobs.xlsx")
        progress = desk.page.export.progress
        assert progress is not None
        progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert queue.banner.text() == "已取消匯出，沒有寫入任何檔案。"
    qtbot.waitUntil(lambda: not desk.page.export.is_busy(), timeout=20_000)
    assert desk.page.export.progress is None
