"""Ctrl+F1 on any screen opens About: the version, the data folder, the bundled fonts and libraries."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.about import program_version
from tests.ui.test_first_run_flow import _set_up_site, _sign_in
from ui.about_dialog import AboutDialog
from ui.navigation import SETTINGS
from ui.settings.about_section import AboutSection
from ui.shell import ShellWindow


def test_ctrl_f1_opens_about_with_the_version_the_data_folder_and_the_font_licence(
    qtbot: QtBot, shell: ShellWindow
) -> None:
    shell.activateWindow()
    QTest.keyClick(shell, Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.findChild(AboutDialog) is not None)
    dialog = shell.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert program_version() in dialog.version.text()
    assert str(shell._paths.root) in dialog.data_folder.text()
    names = [dialog.components.item(row, 0).text() for row in range(dialog.components.rowCount())]
    assert any("WenQuanYi" in name for name in names) and "Python" in names
    assert "Apache License" in dialog.licence_text.toPlainText()  # the font's licence, shipped with it
    dialog.components.selectRow(names.index("SQLAlchemy"))
    assert "MIT" in dialog.licence_text.toPlainText()
    dialog.reject()


def test_settings_has_an_about_section_that_opens_it(qtbot: QtBot, shell: ShellWindow) -> None:
    _set_up_site(qtbot, shell)
    _sign_in(qtbot, shell, "admin", "admin-pass-1")
    assert shell.workspace is not None
    shell.workspace.show_page(SETTINGS)
    section = shell.workspace.findChild(AboutSection)
    assert section is not None
    assert program_version() in section.summary.text()
    qtbot.mouseClick(section.about_button, Qt.MouseButton.LeftButton)
    dialog = section.findChild(AboutDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.reject()
