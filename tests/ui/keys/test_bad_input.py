"""Bad input in the key register's dialogs that have no other bad-input test: the sentence sits at
the field, everything typed stays, nothing is saved (every case field by field:
``tests/app/keys/test_bad_input.py``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.keys.rows import Borrower, BorrowerKind, KeyStatus
from tests.ui.helpers import paste, type_text
from tests.ui.keys.conftest import KeyWorld
from ui.keys.inventory_dialogs import LostKeyDialog
from ui.keys.keys_page import KeysPage
from ui.keys.loan_dialogs import ReturnKeyDialog

INVISIBLE = "含有看不見的字元（通常來自貼上的文字），請重新輸入。"


def test_a_lost_key_report_pasted_with_an_invisible_character_is_refused_at_the_note(
    qtbot: QtBot, page: KeysPage, world: KeyWorld
) -> None:
    key = world.add_key("K-030", "C座 垃圾房")
    page.refresh()
    page.open_dialog(LostKeyDialog(page._desk, key, None, page))
    report = page.dialog
    assert isinstance(report, LostKeyDialog)
    type_text(report.note, "巡邏時遺失，")
    paste(report.note, "見\u200b微信群組")
    qtbot.mouseClick(report.ok_button, Qt.MouseButton.LeftButton)
    assert report.isVisible() and report.errors.message_for("note") == INVISIBLE
    assert report.note.toPlainText() == "巡邏時遺失，見\u200b微信群組"  # kept, to be corrected
    assert world.services.key_register.key(key.id).status is KeyStatus.IN
    assert world.services.key_inventory.lost_reports() == []


def test_a_return_note_too_long_is_refused_at_the_note_and_the_key_stays_out(
    qtbot: QtBot, page: KeysPage, world: KeyWorld
) -> None:
    key = world.add_key("K-031", "B2 水泵房")
    who = Borrower(BorrowerKind.STAFF, person_id=world.guard_person.id)
    loan = world.services.key_register.issue(world.staff.guard, key.id, who)
    page.refresh()
    page.open_dialog(ReturnKeyDialog(page._desk, world.services.key_register.key(key.id), loan, page))
    dialog = page.dialog
    assert isinstance(dialog, ReturnKeyDialog)
    paste(dialog.note, "門鎖" * 40)  # a paste of 80 characters where 60 fit: refused, not cut
    qtbot.mouseClick(dialog.return_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message_for("return_note") == "太長：最多 60 個字（現在 80 個）。"
    assert dialog.note.text() == "門鎖" * 40
    assert world.services.key_register.loan(loan.id).is_open
