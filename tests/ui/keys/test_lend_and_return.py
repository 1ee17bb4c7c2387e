"""Lending and taking back at the desk, as a guard does it: scan, type a few characters, Enter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.keys.rows import BorrowerKind, KeyStatus, LoanState
from tests.app.printing.pdftools import pdftotext_pages
from tests.conftest import PINS
from tests.ui.helpers import press_enter, type_text
from tests.ui.keys.conftest import KeyWorld, ScanClock
from tests.ui.keys.helpers import scan
from ui.keys.keys_page import KeysPage
from ui.keys.loan_dialogs import IssueKeyDialog, ReturnKeyDialog
from ui.keys.models import KeyTableModel
from ui.keys.printing import SlipPaper
from ui.printing import PdfPreviewDialog
from ui.widgets.approval import SupervisorApprovalDialog
from ui.widgets.datetime_edit import to_qdatetime


def _status_shown(page: KeysPage, tag: str) -> str:
    model = page.register.model
    row = next(n for n in range(model.rowCount()) if model.row_at(n).tag == tag)  # type: ignore[union-attr]
    return str(model.index(row, KeyTableModel.Column.STATUS).data())


def test_lend_then_take_back_by_scanning_the_tag(
    qtbot: QtBot, page: KeysPage, world: KeyWorld, scan_clock: ScanClock
) -> None:
    key = world.add_key("K-001", "B2 水泵房")
    page.refresh()
    page.register.table.setFocus()
    scan(page.register.table, "K-001", scan_clock)
    lend = page.dialog
    assert isinstance(lend, IssueKeyDialog)
    qtbot.waitUntil(lend.isVisible)
    type_text(lend.picker.search, "何家")
    press_enter(lend.picker.search)  # the first match is chosen, the cursor moves on
    assert lend.focusWidget() is lend.purpose
    assert "何家樂" in lend.permit_hint.text()
    type_text(lend.purpose, "巡查水泵")
    with qtbot.waitSignal(lend.issued) as issued:
        press_enter(lend.purpose)
    loan = issued.args[0]
    assert (loan.borrower.name, loan.purpose, loan.authorised) == ("何家樂", "巡查水泵", True)
    qtbot.waitUntil(lambda: _status_shown(page, "K-001") == "借出")

    scan(page.register.table, "k-001", scan_clock)  # a scanner in lower case mode
    back = page.dialog
    assert isinstance(back, ReturnKeyDialog)
    qtbot.waitUntil(back.isVisible)
    assert "何家樂" in back.facts.text()
    with qtbot.waitSignal(back.returned) as returned:
        QTest.keyClick(back.return_button, Qt.Key.Key_Return)
    assert returned.args[0].state is LoanState.RETURNED and returned.args[0].returned_by is None
    assert world.services.key_register.key(key.id).status is KeyStatus.IN
    qtbot.waitUntil(lambda: _status_shown(page, "K-001") == "在櫃")


def test_typing_a_tag_and_enter_does_what_a_scan_does(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    world.add_key("K-002", "會所機房")
    page.refresh()
    type_text(page.register.search, "k-002")
    press_enter(page.register.search)
    assert isinstance(page.dialog, IssueKeyDialog)
    page.dialog.reject()


def test_an_unknown_or_lost_tag_is_explained_and_opens_nothing(
    qtbot: QtBot, page: KeysPage, world: KeyWorld, scan_clock: ScanClock
) -> None:
    lost = world.add_key("K-003", "舊閘門")
    world.services.key_inventory.report_lost(world.staff.guard, lost.id)
    page.refresh()
    page.register.table.setFocus()
    scan(page.register.table, "X-404", scan_clock)
    assert page.dialog is None and "X-404" in page.banner.text()
    scan(page.register.table, "K-003", scan_clock)
    assert page.dialog is None and "遺失" in page.banner.text()


def test_lending_to_a_contractor_not_named_needs_the_supervisors_pin(
    qtbot: QtBot, page: KeysPage, world: KeyWorld
) -> None:
    key = world.add_key("K-004", "天台門")
    page.refresh()
    page.act_on_tag("K-004")
    lend = page.dialog
    assert isinstance(lend, IssueKeyDialog)
    lend.picker.kind_buttons[BorrowerKind.CONTRACTOR].click()
    type_text(lend.picker.search, "李師")
    press_enter(lend.picker.search)
    assert "班長" in lend.permit_hint.text()  # said before saving
    type_text(lend.purpose, "維修天線")
    qtbot.mouseClick(lend.save_button, Qt.MouseButton.LeftButton)
    approval = lend.findChild(SupervisorApprovalDialog)
    assert approval is not None and approval.isVisible()
    assert world.services.key_register.out_now() == []  # nothing yet

    type_text(approval.pin, "0000")
    type_text(approval.reason, "天線維修，已核對工作單")
    approval.findChild(type(approval._buttons)).button(approval._buttons.StandardButton.Ok).click()
    assert approval.isVisible() and world.services.key_register.out_now() == []  # wrong PIN: told, not saved

    type_text(approval.pin, PINS[world.staff.supervisor.role])
    with qtbot.waitSignal(lend.issued) as issued:
        approval._buttons.button(approval._buttons.StandardButton.Ok).click()
    loan = issued.args[0]
    assert (loan.authorised, loan.approver, loan.borrower.name) == (False, "李班長", "李師傅")
    assert world.services.key_register.key(key.id).status is KeyStatus.OUT


def test_a_bad_form_keeps_what_was_typed_and_says_where(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    world.add_key("K-005", "發電機房")
    page.refresh()
    page.act_on_tag("K-005")
    lend = page.dialog
    assert isinstance(lend, IssueKeyDialog)
    type_text(lend.purpose, "緊急維修")
    qtbot.mouseClick(lend.save_button, Qt.MouseButton.LeftButton)  # nobody chosen
    assert lend.isVisible() and lend.errors.message_for("borrower")
    assert lend.purpose.text() == "緊急維修"
    type_text(lend.picker.search, "何家")
    press_enter(lend.picker.search)
    lend.due.setDateTime(to_qdatetime(world.clock.now() - timedelta(hours=1), world.services.zone))
    qtbot.mouseClick(lend.save_button, Qt.MouseButton.LeftButton)
    assert lend.isVisible() and lend.errors.message_for("due_at") == "必須遲於現在。"
    assert not lend.errors.message_for("borrower") and lend.purpose.text() == "緊急維修"
    assert world.services.key_register.out_now() == []


def test_the_loan_slip_is_printed_in_the_operators_language(
    qtbot: QtBot, page: KeysPage, world: KeyWorld, tmp_path: Path
) -> None:
    world.add_key("K-006", "B1 電錶房")
    page.refresh()
    page.act_on_tag("K-006")
    lend = page.dialog
    assert isinstance(lend, IssueKeyDialog)
    type_text(lend.picker.search, "何家")
    press_enter(lend.picker.search)
    lend.paper.setCurrentIndex(lend.paper.findData(SlipPaper.A5))
    with qtbot.waitSignal(page.printer.job_started) as started:
        qtbot.mouseClick(lend.save_button, Qt.MouseButton.LeftButton)
    job = started.args[0]
    text = "".join(pdftotext_pages(job.pdf, tmp_path, raw=True)).replace(" ", "").replace("\n", "")
    for expected in ("鑰匙借用單", "K-006B1電錶房", "何家樂", "員工", "經手人黃大文", "列印人:黃大文"):
        assert expected in text, expected
    preview = page.findChild(PdfPreviewDialog)
    assert preview is not None and preview.isVisible()  # no printer set up for silent printing: a preview
    preview.close()
    job.close()
