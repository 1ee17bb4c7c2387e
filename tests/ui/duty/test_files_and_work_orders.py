"""Photos on duty-log entries and incidents, opened in the PC's viewer, and an entry or an incident
turned into a work order, driven in the real window as a guard does (files are "chosen" by handing
the open file chooser its paths; the viewer is replaced by a recorder)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.attachments import MAX_SIZE_MB
from app.repairs.lifecycle import Action, Channel
from tests.conftest import ADMIN_PASSWORD
from tests.ui.duty.conftest import Desk
from tests.ui.helpers import type_text
from ui.duty.incident_page import IncidentsPage
from ui.duty.log_page import AmendDialog, DutyLogPage
from ui.navigation import DUTY, INCIDENTS, REPAIRS
from ui.repairs.repairs_page import RepairsPage
from ui.widgets.attachments import AttachmentList, AttachmentPicker


class Viewer:
    """Stands in for the PC's picture viewer: records what it was asked to open."""

    def __init__(self, works: bool = True) -> None:
        self.works = works
        self.opened: list[Path] = []

    def __call__(self, url: QUrl) -> bool:
        self.opened.append(Path(url.toLocalFile()))
        return self.works


def _photo(folder: Path, name: str, size: int = 3000, byte: bytes = b"j") -> str:
    path = folder / name
    path.write_bytes(byte * size)
    return str(path)


def _choose(qtbot: QtBot, picker: AttachmentPicker, *paths: str) -> None:
    """Click "Add…", then pick ``paths`` in the file chooser it opened."""
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    dialog = picker.dialog
    assert dialog is not None and dialog.isVisible()  # opened with open(): the page is not blocked
    dialog.filesSelected.emit(list(paths))
    dialog.reject()
    qtbot.waitUntil(lambda: picker.dialog is None)


def _open_with(qtbot: QtBot, files: AttachmentList, viewer: Viewer, row: int = 0) -> None:
    files.opener = viewer
    files.list.setCurrentRow(row)
    files.list.setFocus()
    QTest.keyClick(files.list, Qt.Key.Key_Return)  # Enter opens the chosen file


def test_a_log_entry_with_a_photo_then_a_work_order_from_it(qtbot: QtBot, desk: Desk, tmp_path: Path) -> None:
    services = desk.services
    services.shifts.start(desk.actor)
    services.settings.set(services.auth.login("admin", ADMIN_PASSWORD, desk.actor.desk_id), MAX_SIZE_MB, 1)
    desk.workspace.show_page(DUTY)
    page = desk.workspace.page(DUTY)
    assert isinstance(page, DutyLogPage)
    QTest.keyClick(page.text, Qt.Key.Key_F8)  # nothing chosen yet: said, nothing opens
    assert page.banner.text() == "請先在列表中選擇要轉為工單的記錄。" and not page.work_orders.dialogs
    page.kind.setCurrentIndex(page.kind.findData("equipment_fault"))
    type_text(page.location, "B座大堂")
    type_text(page.text, "B座大堂燈光閃爍")
    big = tmp_path / "錄影.mp4"
    big.write_bytes(b"\0" * (1024 * 1024 + 5))
    _choose(qtbot, page.files, str(big), _photo(tmp_path, "大堂燈.jpg"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    message = page.errors.message_for("attachments")
    assert "錄影.mp4" in message and "1.1 MB" in message  # just over the limit does not read "1.0 MB"
    assert page.text.toPlainText() == "B座大堂燈光閃爍" and page.files.paths()[1].endswith("大堂燈.jpg")
    page.files.list.setCurrentRow(0)
    qtbot.mouseClick(page.files.remove_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.files.paths() == [] and page.text.toPlainText() == ""
    entry = page.model.row_at(0)
    assert entry is not None and [a.file_name for a in entry.attachments] == ["大堂燈.jpg"]
    assert "檔案：大堂燈.jpg" in page.model.data(page.model.index(0, page.model.Column.TEXT))

    page.table.selectRow(0)
    assert page.entry_files.isVisible() and page.entry_files.list.count() == 1
    viewer = Viewer()
    _open_with(qtbot, page.entry_files, viewer)
    assert [p.name for p in viewer.opened] == ["大堂燈.jpg"] and viewer.opened[0].read_bytes() == b"j" * 3000

    # A forgotten photo comes with an amendment; the first one stays.
    qtbot.mouseClick(page.amend_button, Qt.MouseButton.LeftButton)
    amend = page.findChild(AmendDialog)
    assert amend is not None and amend.kept.text() == "大堂燈.jpg"
    amend.files.add_paths([_photo(tmp_path, "光管.jpg", byte=b"k")])
    type_text(amend.reason, "補拍照片")
    amend.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(page.model.row_at(0).attachments) == 2)  # type: ignore[union-attr]
    assert page.entry_files.list.count() == 2

    # F8: the repairs intake, filled in from the entry.
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_F8)
    dialog = page.work_orders.dialogs[entry.id]
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    assert form.description.toPlainText() == "B座大堂燈光閃爍" and form.location.text() == "B座大堂"
    assert form.reporter_name.text() == "黃大文" and form.channel.currentData() == Channel.DUTY_LOG.value
    assert form.category.currentData() == "other" and dialog.carried.count() == 2
    form.category.setCurrentIndex(form.category.findData("electrical"))
    type_text(form.description, "，兩支光管")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # closed by mistake…
    qtbot.waitUntil(lambda: not dialog.isVisible())
    QTest.keyClick(page.table, Qt.Key.Key_F8)  # …and opened again: nothing typed is lost
    assert page.work_orders.dialogs[entry.id] is dialog
    qtbot.waitUntil(dialog.isActiveWindow)
    assert form.category.currentData() == "electrical" and form.description.toPlainText().endswith("兩支光管")
    QTest.keyClick(form.description, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert entry.id not in page.work_orders.dialogs
    (row,) = page.model.rows()
    (link,) = row.work_orders
    assert f"工單：{link.number}" in page.model.data(page.model.index(0, page.model.Column.TEXT))
    assert link.number in page.banner.text()
    job = services.repairs.detail(link.id)
    assert job.row.category == "electrical" and len(job.attachments) == 2
    assert job.source is not None and (job.source.kind, job.source.id) == ("log", str(entry.id))


def test_an_incident_with_photos_becomes_a_work_order_linked_both_ways(
    qtbot: QtBot, desk: Desk, tmp_path: Path
) -> None:
    desk.services.shifts.start(desk.actor)
    desk.workspace.show_page(INCIDENTS)
    page = desk.workspace.page(INCIDENTS)
    assert isinstance(page, IncidentsPage)
    page.category.setCurrentIndex(page.category.findData("flooding"))
    page.severity.setCurrentIndex(page.severity.findData("high"))
    type_text(page.location, "地庫B2 水泵房")
    type_text(page.summary, "地庫水管爆裂漏水")
    type_text(page.people, "住戶陳先生")
    _choose(qtbot, page.files, _photo(tmp_path, "漏水.jpg"), _photo(tmp_path, "水閥.jpg", byte=b"v"))
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail is not None)
    assert page.tabs.currentIndex() == 1 and page.files.paths() == []
    assert page.incident_files.isVisible() and page.incident_files.list.count() == 2
    assert page.links.caption.text() == "尚未轉為工單。" and page.links.buttons == []

    # More photos later: chosen and saved in one step.
    qtbot.mouseClick(page.attach_button, Qt.MouseButton.LeftButton)
    assert page.attach_dialog is not None and page.attach_dialog.isVisible()
    page.attach_dialog.filesSelected.emit([_photo(tmp_path, "天花.jpg", byte=b"c")])
    page.attach_dialog.reject()
    qtbot.waitUntil(lambda: page.incident_files.list.count() == 3)

    # A stored file that went missing (a data folder restored without it) is said so, not crashed on.
    viewer = Viewer()
    assert page.detail is not None
    lost = page.detail.attachments[2]
    desk.services.attachments.path_of(lost.sha256).unlink()
    _open_with(qtbot, page.incident_files, viewer, row=2)
    assert viewer.opened == [] and "天花.jpg" in page.banner.text() and page.banner.isVisible()
    no_viewer = Viewer(works=False)
    _open_with(qtbot, page.incident_files, no_viewer, row=0)
    assert len(no_viewer.opened) == 1 and "漏水.jpg" in page.banner.text()

    # F8 from the selected incident: the proposal, one file left out, a refused save keeps everything.
    QTest.keyClick(page.events_list, Qt.Key.Key_F8)
    dialog = page.work_orders.dialogs[page.detail.incident.id]
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    assert form.description.toPlainText() == "INC-260302-001 地庫水管爆裂漏水"
    assert "陳先生" not in form.description.toPlainText()
    assert (form.category.currentData(), form.priority.currentData()) == ("plumbing", "urgent")
    assert dialog.carried.count() == 3
    dialog.carried.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.carried.item(2).setCheckState(Qt.CheckState.Unchecked)
    form.location.clear()
    form.reporter_name.clear()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and form.errors.message_for("unit") and form.errors.message_for("reporter_name")
    assert form.description.toPlainText() == "INC-260302-001 地庫水管爆裂漏水"
    type_text(form.location, "地庫B2")
    type_text(form.reporter_name, "黃大文")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.detail is not None and len(page.detail.work_orders) == 1
    number = page.detail.work_orders[0].number
    assert page.links.caption.text() == "工單：" and [b.text() for b in page.links.buttons] == [f"{number}（新報修） ›"]

    # A second time warns that one exists already.
    QTest.keyClick(page.events_list, Qt.Key.Key_F8)
    again = page.work_orders.dialogs[page.detail.incident.id]
    qtbot.waitUntil(again.isVisible)
    assert number in again.banner.text() and again.banner.isVisible()
    again.reject()

    # The repairs page shows where the job came from, and opens its file.
    desk.workspace.show_page(REPAIRS)
    repairs = desk.workspace.page(REPAIRS)
    assert isinstance(repairs, RepairsPage)
    repairs.queue.refresh(page.detail.work_orders[0].id)
    panel = repairs.queue.detail
    qtbot.waitUntil(lambda: panel.detail is not None)
    assert (
        "來源" in panel.source.caption.text()
        and panel.source.buttons[0].text() == "事件 INC-260302-001 · 03-02 09:00 ›"
    )
    assert panel.attachments.isVisible() and panel.attachments.list.count() == 1
    viewer = Viewer()
    panel.attachments.opener = viewer
    qtbot.mouseClick(panel.attachments.open_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in viewer.opened] == ["漏水.jpg"]

    # The job moves on at the repairs desk; the incident's record follows.
    qtbot.mouseClick(panel.buttons[Action.START], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [b.text() for b in page.links.buttons] == [f"{number}（維修中） ›"])
