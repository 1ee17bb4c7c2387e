"""The backup panel on the home screen, the status bar line, the restore dialog and the exit backup."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.backups import AUDIT_RESTORED, BackupTrigger
from app.bootstrap import Database, Services
from app.clock import FixedClock
from app.settings import BACKUP_DIR
from tests.conftest import Staff, make_site
from ui.app_events import AppEvents
from ui.backups.home_panel import BackupPanel
from ui.backups.restore_dialog import RestoreDialog
from ui.backups.scheduler import BackupScheduler
from ui.session import OperatorSession

SHOTS = Path("/tmp/lifecycle")


@pytest.fixture
def site(sqlite_database: Database, clock: FixedClock, qapp: object) -> tuple[Services, Staff]:
    services = make_site(sqlite_database, clock)
    return services, Staff(services)


def _panel(qtbot: QtBot, services: Services, session: OperatorSession, clock: FixedClock) -> BackupPanel:
    panel = BackupPanel(services.backups, session, AppEvents(), clock, services.zone, services.database.paths.root)
    qtbot.addWidget(panel)
    panel.resize(480, 220)
    panel.show()
    return panel


def test_the_panel_says_when_the_last_backup_was_made_and_warns_when_old(
    qtbot: QtBot, site: tuple[Services, Staff], clock: FixedClock
) -> None:
    services, staff = site
    panel = _panel(qtbot, services, OperatorSession(staff.supervisor), clock)
    assert panel.state.text() == "尚無備份" and panel.state.property("kind") == "warning"
    qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "已寫入並核對" in panel.banner.text(), timeout=20_000)
    assert panel.state.text().startswith("上次備份") and panel.state.property("kind") == "ok"
    SHOTS.mkdir(exist_ok=True)
    panel.grab().save(str(SHOTS / "backup-panel.png"))
    clock.advance(timedelta(days=3))
    panel.refresh()
    assert "3 天前" in panel.state.text() and panel.state.property("kind") == "warning"


def test_a_missing_backup_folder_is_named_and_guards_get_no_buttons(
    qtbot: QtBot, site: tuple[Services, Staff], clock: FixedClock, tmp_path: Path
) -> None:
    services, staff = site
    services.settings.set(staff.admin, BACKUP_DIR, str(tmp_path / "usb"))
    panel = _panel(qtbot, services, OperatorSession(staff.guard), clock)
    assert str(tmp_path / "usb") in panel.state.text() and panel.state.property("kind") == "warning"
    assert panel.backup_button.isHidden() and panel.restore_button.isHidden()


def test_the_restore_dialog_shows_the_manifest_restores_and_audits(
    qtbot: QtBot, site: tuple[Services, Staff], clock: FixedClock
) -> None:
    services, staff = site
    row = services.backups.make(BackupTrigger.DAILY)
    clock.advance(timedelta(hours=1))
    services.settings.set(staff.admin, BACKUP_DIR, "")  # a change after the backup, undone by the restore
    dialog = RestoreDialog(services.backups, staff.supervisor, services.zone)
    qtbot.addWidget(dialog)
    dialog.open()
    assert dialog.list.count() == 1
    manifest = dialog.manifest.text()
    assert row.name in manifest and f"操作員：{row.manifest.counts['operator']}" in manifest
    assert "稽核紀錄" in manifest
    assert not dialog.restore_button.isEnabled()  # not before the supervisor confirms
    dialog.confirm.setChecked(True)
    SHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore-dialog.png"))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "還原。被取代的資料庫保留為 replaced-by-restore-" in dialog.banner.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    with services.database.sessions.read() as s:
        assert services.audit.verify(s).ok
        last = services.audit.head_before(s, clock.now() + timedelta(seconds=1))[0]
    assert last == row.manifest.audit_entries + 1
    kept = list(services.database.paths.backups.glob("replaced-by-restore-*.db"))
    assert len(kept) == 1
    with services.database.sessions.read() as s:
        from sqlalchemy import select

        from db.models.core import AuditEntry

        action = s.execute(select(AuditEntry.action).where(AuditEntry.seq == last)).scalar_one()
    assert action == AUDIT_RESTORED


def test_the_scheduler_backs_up_once_a_day_and_on_exit(
    qtbot: QtBot, site: tuple[Services, Staff], clock: FixedClock
) -> None:
    services, _staff = site
    scheduler = BackupScheduler(services.backups, clock, services.database.paths.root)
    with qtbot.waitSignal(scheduler.backup_done, timeout=20_000):
        assert scheduler.run_if_due()
    assert not scheduler.run_if_due()  # one a day
    assert services.backups.last_drill(services.database.paths.root) is not None  # the first drill ran
    scheduler.backup_on_exit()  # within half an hour of the last: nothing more
    assert len(services.backups.backups()) == 1
    clock.advance(timedelta(hours=2))
    scheduler.backup_on_exit()
    # the newest of the day stays (rotation keeps one a day)
    assert [r.manifest.trigger for r in services.backups.backups()] == ["exit"]


def test_the_background_check_reports_damage_and_risky_drives_in_words(
    qtbot: QtBot, site: tuple[Services, Staff], clock: FixedClock
) -> None:
    from app.backups import DatabaseHealth
    from app.drives import DriveKind
    from ui.backups.status_words import health_lines

    services, _staff = site
    scheduler = BackupScheduler(services.backups, clock, services.database.paths.root)
    with qtbot.waitSignal(scheduler.health_checked, timeout=20_000) as signal:
        assert scheduler.check_health()
    assert health_lines(signal.args[0], "x") == []  # a sound database on a local disk: nothing to say
    damaged = health_lines(DatabaseHealth(("page 7: btreeInitPage() returns error code 11",), DriveKind.LOCAL), "x")
    assert damaged[0][1] and "備份" in damaged[0][0]
    (usb,) = health_lines(DatabaseHealth((), DriveKind.REMOVABLE), "/media/usb/gatehouse.db")
    assert "/media/usb/gatehouse.db" in usb[0] and not usb[1]
