"""Looking after the inventory from the page: a new key, a deposited key, a lost key, who may borrow,
key classes, Excel in and out — each with what the operator sees when something is wrong."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from app.keys.policy import KEY_CLASSES
from app.keys.rows import BorrowerKind, KeyStatus, LostResolution
from tests.conftest import PINS
from tests.ui.helpers import press_enter, type_text
from tests.ui.keys.conftest import KeyWorld
from ui.keys.class_section import KeyClassSection
from ui.keys.deposit_dialog import DepositDialog
from ui.keys.inventory_dialogs import AuthorisationsDialog, KeyFormDialog, LostKeyDialog, RingDialog
from ui.keys.keys_page import KeysPage
from ui.keys.manage_menu import fill_manage_menu
from ui.widgets.approval import SupervisorApprovalDialog


def _menu_action(page: KeysPage, text: str) -> None:
    fill_manage_menu(page.register.manage_menu, page._desk, page, page.register.selected())
    action = next(a for a in page.register.manage_menu.actions() if text in a.text().replace("&", ""))
    assert action.isEnabled(), text
    action.trigger()


def test_a_clerk_adds_a_key_and_a_bad_form_keeps_everything(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    world.session.set_actor(world.staff.clerk)
    world.add_key("K-001", "水泵房")
    page.refresh()
    _menu_action(page, "新增鑰匙")
    form = page.dialog
    assert isinstance(form, KeyFormDialog)
    type_text(form.tag, "ｋ－００１")  # full width, as an input method types it: the same tag as K-001
    type_text(form.label, "B1 發電機房")
    form.copies.setValue(2)
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.isVisible() and form.errors.message_for("tag") == "已被使用。"
    assert form.label.text() == "B1 發電機房" and form.copies.value() == 2
    form.tag.clear()
    type_text(form.tag, "K-002")
    with qtbot.waitSignal(form.saved) as saved:
        qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert (saved.args[0].tag, saved.args[0].copies) == ("K-002", 2)
    qtbot.waitUntil(lambda: page.register.model.rowCount() == 2)


def test_a_guard_adds_a_key_with_a_supervisors_pin(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    page.open_dialog(KeyFormDialog(page._desk, None, page))
    form = page.dialog
    assert isinstance(form, KeyFormDialog)
    type_text(form.tag, "K-010")
    type_text(form.label, "垃圾房")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    approval = form.findChild(SupervisorApprovalDialog)
    assert approval is not None
    type_text(approval.pin, PINS[world.staff.supervisor.role])
    type_text(approval.reason, "新配鑰匙")
    with qtbot.waitSignal(form.saved):
        approval._buttons.button(approval._buttons.StandardButton.Ok).click()
    assert world.services.key_register.key_by_tag("K-010").label == "垃圾房"


def test_a_resident_deposits_a_key_with_consent_and_collectors(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    page.open_dialog(DepositDialog(page._desk, page.printer, None, page))
    dialog = page.dialog
    assert isinstance(dialog, DepositDialog)
    type_text(dialog.unit.text, "a12a")
    assert dialog.unit.choice.currentText() == "A座 12A"
    assert dialog.depositor.currentText() == "陳大文 · 業主" and dialog.label.text() == "A座 12A 寄存鑰匙"
    type_text(dialog.tag, "D-12A")
    name, phone, relation = dialog.collectors[0]
    type_text(name, "陳太")
    type_text(phone, "12345")
    type_text(relation, "妻子")
    dialog.paper.setCurrentIndex(dialog.paper.findData("none"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.errors.message_for("consent") == "業主必須同意將鑰匙寄存於管理處。"
    assert dialog.errors.message_for("collectors.0.phone").startswith("請核對")  # a warning: may be kept
    dialog.consent.setChecked(True)
    with qtbot.waitSignal(dialog.deposited) as deposited:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the odd phone is confirmed
    row = deposited.args[0]
    assert (row.depositor_name, [(c.name, c.phone) for c in row.collectors]) == ("陳大文", [("陳太", "12345")])
    assert world.services.key_register.key_by_tag("D-12A").deposited


def test_a_lost_key_is_reported_acknowledged_and_replaced(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    key = world.add_key("K-020", "B座 天台門")
    page.refresh()
    page.register.select_key(key)
    _menu_action(page, "報失")
    report = page.dialog
    assert isinstance(report, LostKeyDialog)
    type_text(report.note, "巡邏時遺失")
    with qtbot.waitSignal(report.saved):
        qtbot.mouseClick(report.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: world.services.key_register.key(key.id).status is KeyStatus.LOST)

    page.register.select_key(world.services.key_register.key(key.id))
    _menu_action(page, "遺失處理")
    handle = page.dialog
    assert isinstance(handle, LostKeyDialog) and "巡邏時遺失" in handle.facts.text()
    handle.outcome.setCurrentIndex(handle.outcome.findData(LostResolution.REPLACED.value))
    qtbot.mouseClick(handle.ok_button, Qt.MouseButton.LeftButton)
    assert handle.banner.text() == "須先由班長確認遺失，才可補配或註銷鑰匙。"  # a guard, before the acknowledgement
    handle.outcome.setCurrentIndex(handle.outcome.findData("acknowledge"))
    qtbot.mouseClick(handle.ok_button, Qt.MouseButton.LeftButton)
    approval = handle.findChild(SupervisorApprovalDialog)
    assert approval is not None
    type_text(approval.pin, PINS[world.staff.supervisor.role])
    type_text(approval.reason, "已通知管理處")
    with qtbot.waitSignal(handle.saved):
        approval._buttons.button(approval._buttons.StandardButton.Ok).click()
    (report_row,) = world.services.key_inventory.lost_reports()
    assert report_row.acknowledged_by == "李班長"


def test_who_may_borrow_and_the_keys_on_a_ring(qtbot: QtBot, page: KeysPage, world: KeyWorld) -> None:
    world.session.set_actor(world.staff.supervisor)
    roof = world.add_key("K-030", "天台門")
    ring = world.add_key("R-001", "機房鑰匙串", is_ring=True)
    world.add_key("K-031", "水箱房")
    page.refresh()
    page.open_dialog(AuthorisationsDialog(page._desk, roof, page))
    grants = page.dialog
    assert isinstance(grants, AuthorisationsDialog)
    assert "員工" in grants.open_to.text()
    grants.picker.kind_buttons[BorrowerKind.CONTRACTOR].click()
    type_text(grants.picker.search, "李師")
    press_enter(grants.picker.search)
    with qtbot.waitSignal(grants.saved):
        qtbot.mouseClick(grants.ok_button, Qt.MouseButton.LeftButton)
    assert [g.person_name for g in world.services.key_inventory.authorisations(key_id=roof.id)] == ["李師傅"]

    page.open_dialog(RingDialog(page._desk, ring, page))
    members = page.dialog
    assert isinstance(members, RingDialog)
    type_text(members.members, "K-031, X-9")
    qtbot.mouseClick(members.ok_button, Qt.MouseButton.LeftButton)
    assert members.banner.text() == "沒有編號為 X-9 的鑰匙。"
    members.members.setText("K-031，")
    with qtbot.waitSignal(members.saved):
        qtbot.mouseClick(members.ok_button, Qt.MouseButton.LeftButton)
    assert [m.tag for m in world.services.key_register.key(ring.id).members] == ["K-031"]


def test_excel_out_and_a_bad_file_in(qtbot: QtBot, page: KeysPage, world: KeyWorld, tmp_path: Path) -> None:
    world.session.set_actor(world.staff.supervisor)
    world.add_key("K-040", "會所機房")
    page.refresh()
    qtbot.mouseClick(page.register.export_button, Qt.MouseButton.LeftButton)
    chooser = page.dialog
    assert isinstance(chooser, QFileDialog)
    target = tmp_path / "keys.xlsx"
    chooser.fileSelected.emit(str(target))
    chooser.reject()
    assert "1" in page.banner.text() and str(target) in page.banner.text()
    assert load_workbook(target).active["A3"].value == "K-040"  # a title line, the header, then the key

    bad = tmp_path / "bad.xlsx"
    book = Workbook()
    header = ["編號", "鑰匙", "開啟類別", "開啟", "單位", "類別", "位置", "數量", "鑰匙串", "所在鑰匙串", "備註"]
    book.active.append(header)
    book.active.append(["K-041", "", "機房", "", "", "管理鑰匙", "", 1, "", "", ""])
    book.save(bad)
    _menu_action(page, "從 Excel 匯入鑰匙")
    chooser = page.dialog
    assert isinstance(chooser, QFileDialog)
    chooser.fileSelected.emit(str(bad))
    chooser.reject()
    assert page.banner.text().splitlines() == [
        "未有匯入任何資料。請更正以下各行後再匯入：",
        "第 2 行，鑰匙名稱：必須填寫。",
    ]
    assert world.services.key_register.count_keys() == 1


def test_key_classes_are_set_in_the_settings(qtbot: QtBot, world: KeyWorld) -> None:
    world.session.set_actor(world.staff.admin)
    section = KeyClassSection(world.services.settings, world.services.key_register, world.session, world.events)
    qtbot.addWidget(section)
    management = section.rows[0]
    assert management.label.placeholderText() == "管理鑰匙" and management.hours.value() == 4
    management.hours.setValue(1.5)
    type_text(section.rows[3].label, "公司車鑰匙")
    section.rows[3].contractors.setChecked(True)
    qtbot.mouseClick(section.save, Qt.MouseButton.LeftButton)
    saved = world.services.settings.get(KEY_CLASSES)
    assert saved[0]["loan_minutes"] == 90 and saved[3]["label"] == "公司車鑰匙"
    assert sorted(saved[3]["open_to"]) == ["contractor", "staff"]
