"""A new site's administrator walks the first-day checklist on the home screen: every step opens its
page, and a step ticks itself when the work is really done (never by clicking the list)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.first_day import Step
from app.keys.rows import KeyFields, OpensKind
from app.settings import BACKUP_DIR
from tests.ui.test_first_run_flow import _add_guard, _set_up_site, _sign_in
from ui.duty.emergency_window import EmergencyWindow
from ui.home.first_day_panel import DONE_MARK, TODO_MARK, FirstDayPanel
from ui.navigation import DIRECTORY, HOME, KEYS, OPERATORS, PATROLS, SETTINGS
from ui.printing.preview import PdfPreviewDialog
from ui.settings.desk_section import DeskSection
from ui.settings.settings_page import SettingsPage
from ui.shell import ShellWindow

PAGES = {
    Step.STAFF: OPERATORS,
    Step.DIRECTORY: DIRECTORY,
    Step.KEYS: KEYS,
    Step.PATROL_ROUTES: PATROLS,
    Step.PRINTERS: SETTINGS,
    Step.BACKUP_FOLDER: SETTINGS,
}


def _panel(shell: ShellWindow) -> FirstDayPanel:
    assert shell.workspace is not None
    shell.workspace.show_page(HOME)
    panel = shell.workspace.findChild(FirstDayPanel)
    assert panel is not None
    return panel


def _ticked(panel: FirstDayPanel) -> set[Step]:
    return {step for step, mark in panel.marks.items() if mark.text() == DONE_MARK}


def test_the_first_day_checklist_leads_to_each_page_and_ticks_itself(qtbot: QtBot, shell: ShellWindow) -> None:
    _set_up_site(qtbot, shell)
    _sign_in(qtbot, shell, "admin", "admin-pass-1")
    workspace, services = shell.workspace, shell.services
    assert workspace is not None and services is not None and shell.session is not None
    panel = _panel(shell)
    assert panel.isVisible()
    assert _ticked(panel) == set()
    assert all(mark.text() == TODO_MARK for mark in panel.marks.values())
    assert "7" in panel.summary.text()

    # Each step is one click from its page.
    for step, key in PAGES.items():
        qtbot.mouseClick(_panel(shell).buttons[step], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda key=key: workspace.current_key() == key)
    qtbot.mouseClick(_panel(shell).buttons[Step.EMERGENCY_CONTACTS], Qt.MouseButton.LeftButton)
    emergency = shell.findChild(EmergencyWindow)
    assert emergency is not None
    qtbot.waitUntil(emergency.isVisible)
    emergency.close()

    # Beside the printers, a test page: an A4 sheet and a slip, previewed before it is printed.
    qtbot.mouseClick(_panel(shell).test_page_button, Qt.MouseButton.LeftButton)
    preview = shell.findChild(PdfPreviewDialog)
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    assert len(preview._pages) == 2
    preview.close()

    # Clicking the list ticks nothing; adding a guard on the operators page does.
    assert _ticked(_panel(shell)) == set()
    _add_guard(qtbot, shell)
    panel = _panel(shell)
    qtbot.waitUntil(lambda: _ticked(panel) == {Step.STAFF})
    assert "6" in panel.summary.text()

    # Choosing this desk's slip paper on the settings page (the printers stay the system default).
    workspace.show_page(SETTINGS)
    settings_page = workspace.page(SETTINGS)
    assert isinstance(settings_page, SettingsPage)
    desk_section = settings_page.findChild(DeskSection)
    assert desk_section is not None
    desk_section.receipt_width.setCurrentIndex(desk_section.receipt_width.findData("58"))
    qtbot.mouseClick(desk_section.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: Step.PRINTERS in _ticked(_panel(shell)))

    # The rest through the same services the pages use; each page announces its change.
    admin = shell.session.actor
    building = services.directory.add_building(admin, "A", "A座")
    services.directory.add_unit(admin, building.id, "12A", "12")
    shell.events.ran(services.directory.add_unit)
    services.key_inventory.add_key(admin, KeyFields("K001", "機房", OpensKind.OTHER))
    shell.events.ran(services.key_inventory.add_key)
    services.patrols.add_route(admin, "R1", "夜巡", 120, 30)
    shell.events.ran(services.patrols.add_route)
    services.incidents.save_contact(admin, None, "派出所", "110")
    shell.events.ran(services.incidents.save_contact)
    panel = _panel(shell)
    qtbot.waitUntil(lambda: _ticked(panel) == set(Step) - {Step.BACKUP_FOLDER})
    assert panel.isVisible()

    services.settings.set(admin, BACKUP_DIR, "/media/usb/gatehouse", for_desk=True)
    shell.events.ran(services.settings.set)
    qtbot.waitUntil(lambda: not _panel(shell).isVisible())  # all done: the checklist goes away
    assert isinstance(admin.desk_id, uuid.UUID)
