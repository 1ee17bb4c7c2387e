"""The directory, watchlist and settings pages of the area, driven through the real shell."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.directory import PersonKind
from app.visitors.types import VISITOR_TYPES
from tests.ui.helpers import type_text
from tests.ui.test_first_run_flow import _sign_in
from tests.ui.visitors.conftest import Desk
from ui.navigation import DIRECTORY, SETTINGS, VISITORS, WATCHLIST
from ui.settings.settings_page import SettingsPage
from ui.visitors.directory_page import DirectoryPage, PersonDialog
from ui.visitors.files import ImportProblemsDialog
from ui.visitors.settings_section import VisitorTypesSection
from ui.visitors.watchlist_page import WatchlistDialog, WatchlistPage


def _page(desk: Desk, key: str) -> object:
    workspace = desk.shell.workspace
    assert workspace is not None
    workspace.show_page(key)
    return workspace.page(key)


def _ok(dialog: object) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def test_a_guard_looks_up_people_but_cannot_change_the_directory(desk: Desk) -> None:
    page = _page(desk, DIRECTORY)
    assert isinstance(page, DirectoryPage)
    assert not page.add_button.isVisible() and not page.import_button.isVisible()
    type_text(page.search, "a12a")
    page.refresh()
    assert [row.name for row in page.model.rows()] == ["黃美玲"]


def test_a_clerk_adds_a_person_and_an_odd_phone_is_saved_on_the_second_ok(qtbot: QtBot, desk: Desk) -> None:
    desk.services.operators.create(desk.admin, _clerk())
    desk.shell.sign_out()
    _sign_in(qtbot, desk.shell, "chan", "clerk-pass-1")
    page = _page(desk, DIRECTORY)
    assert isinstance(page, DirectoryPage)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, PersonDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData(PersonKind.RESIDENT.value))
    type_text(dialog.name, "何家樂")
    type_text(dialog.phone, "12345")
    type_text(dialog.unit, "b3b")
    qtbot.waitUntil(lambda: dialog.unit.suggestions() == ["B座 3B"])
    dialog.unit.flush()
    dialog.unit.set_unit(desk.unit_3b.id, desk.unit_3b.label)
    _ok(dialog)
    assert dialog.errors.message_for("phone").startswith("請核對")
    assert "再按一次" in dialog.banner.text()
    assert dialog.name.text() == "何家樂"
    _ok(dialog)
    qtbot.waitUntil(lambda: page.dialog is None)
    [person] = desk.services.directory.people(text="何家樂")
    assert (person.phone, person.unit_label) == ("12345", "B座 3B")

    type_text(page.search, "何家樂")
    page.refresh()
    page.table.selectRow(0)
    with qtbot.waitSignal(desk.shell.events.data_changed):  # the directory's own declaration, announced
        page.toggle_button.click()
    assert "何家樂" in page.banner.text() and "{name}" not in page.banner.text()
    assert desk.services.directory.people(text="何家樂") == []  # switched off: not listed any more


def _clerk() -> object:
    from app.operators import NewOperator
    from app.permissions import Role

    return NewOperator("chan", "陳小美", Role.CLERK, "clerk-pass-1", "9753")


def test_a_bad_directory_file_is_refused_row_by_row(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    desk.services.operators.create(desk.admin, _clerk())
    desk.shell.sign_out()
    _sign_in(qtbot, desk.shell, "chan", "clerk-pass-1")
    page = _page(desk, DIRECTORY)
    assert isinstance(page, DirectoryPage)
    template = tmp_path / "directory.xlsx"
    page.excel.export_file(str(template), template=True)
    workbook = load_workbook(template)
    workbook["Directory"].append(["C", "C座", "1A", "1", "resident", "", "", "", "", "", ""])
    workbook.save(template)
    page.excel.import_file(str(template))
    dialog = page.dialog
    assert isinstance(dialog, ImportProblemsDialog)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["第 5 行：姓名：必須填寫。"]
    assert [b.code for b in desk.services.directory.buildings()] == ["A", "B"]  # nothing imported


def test_a_supervisor_adds_and_lifts_a_watchlist_entry(qtbot: QtBot, desk: Desk) -> None:
    desk.shell.sign_out()
    _sign_in(qtbot, desk.shell, "lee", "super-pass-1")
    page = _page(desk, WATCHLIST)
    assert isinstance(page, WatchlistPage)
    page.add_button.click()
    dialog = page.dialog
    assert isinstance(dialog, WatchlistDialog)
    _ok(dialog)
    assert dialog.errors.message_for("reason") == "必須填寫。"
    type_text(dialog.name, "王五")
    type_text(dialog.reason, "多次滋擾住戶")
    dialog.action.setCurrentIndex(dialog.action.findData("deny"))
    _ok(dialog)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "拒絕進入"
    page.table.selectRow(0)
    page._lift(page.selected(), "住戶已澄清")  # type: ignore[arg-type]
    assert page.model.rowCount() == 0
    page.show_lifted.setChecked(True)
    assert page.model.data(page.model.index(0, 8)) == "已解除"


def test_visitor_types_set_in_settings_change_the_check_in_form(qtbot: QtBot, desk: Desk) -> None:
    desk.shell.sign_out()
    _sign_in(qtbot, desk.shell, "admin", "admin-pass-1")
    settings = _page(desk, SETTINGS)
    assert isinstance(settings, SettingsPage)
    section = settings.findChild(VisitorTypesSection)
    assert section is not None
    guest = next(r for r in range(section.table.rowCount()) if section.table.item(r, 1).text() == "訪客")
    section.table.item(guest, 2).setText("30")
    section.save_types.click()
    assert "已儲存" in section.banner.text()
    kinds = {t["code"]: t for t in desk.services.settings.get(VISITOR_TYPES)}
    assert kinds["guest"]["minutes"] == 30 and kinds["guest"]["label"] == ""  # the built-in name stays translatable
    section.table.item(guest, 2).setText("0")
    section.save_types.click()
    assert "5" in section.banner.text()  # at least 5 minutes: told, nothing saved
    visitors = _page(desk, VISITORS)
    form = visitors.form  # type: ignore[attr-defined]
    form.reload_settings()
    assert form.leave_by.dateTime().toString("HH:mm") == "09:30"
