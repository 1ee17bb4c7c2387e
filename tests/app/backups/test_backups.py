"""Automatic backups: verified, compressed, with a manifest; rotation; status; restore; the restore drill."""

from __future__ import annotations

import gzip
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.backups import (
    AUDIT_RESTORED,
    KEEP_DAILY,
    KEEP_WEEKLY,
    MAX_AGE_DAYS,
    BackupRefusal,
    BackupState,
    BackupTrigger,
    audit_restore,
    list_backups,
    manifest_path,
    refuse_if_open_elsewhere,
    restore_archive,
)
from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Conflict, StorageError, StorageProblem
from app.settings import BACKUP_DIR
from tests.conftest import Staff
from tests.holder import held


@pytest.fixture
def site(services: Services) -> Services:
    """Backups copy the SQLite file: on PostgreSQL ``gatehouse backup --out`` runs pg_dump instead."""
    if services.backups.database_file is None:
        pytest.skip("SQLite only")
    return services


def _audit_count(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT count(*) FROM audit_entry").fetchone()[0])


def test_a_backup_is_compressed_verified_and_described_by_its_manifest(site: Services, tmp_path: Path) -> None:
    row = site.backups.make(BackupTrigger.DAILY)
    assert row.archive.parent == site.database.paths.backups
    assert row.archive.name.endswith(".db.gz") and manifest_path(row.archive).is_file()
    manifest = row.manifest
    assert manifest.trigger == "daily"
    assert manifest.counts["site"] == 1 and manifest.counts["operator"] == 1
    assert manifest.audit_entries == _audit_count(site.database.paths.database) > 0
    assert manifest.archive_bytes == row.archive.stat().st_size < manifest.database_bytes
    assert manifest.schema_versions and manifest.site_id
    unpacked = tmp_path / "unpacked.db"
    unpacked.write_bytes(gzip.decompress(row.archive.read_bytes()))
    with sqlite3.connect(unpacked) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert not [p for p in row.archive.parent.iterdir() if p.name.startswith(".")]  # no leftovers
    assert list_backups(row.archive.parent) == [row]


def test_the_configured_folder_is_used_and_a_missing_one_is_not_created(
    site: Services, staff: Staff, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    site.settings.set(staff.admin, BACKUP_DIR, str(usb))
    assert site.backups.status().state == BackupState.FOLDER_MISSING
    with pytest.raises(StorageError) as caught:
        site.backups.make()
    assert caught.value.problem == StorageProblem.MISSING and not usb.exists()
    usb.mkdir()
    assert site.backups.status().state == BackupState.NONE
    row = site.backups.make()
    assert row.archive.parent == usb
    assert site.backups.status().state == BackupState.OK


def test_status_warns_when_the_last_backup_is_older_than_two_days(site: Services, clock: FixedClock) -> None:
    site.backups.make()
    assert not site.backups.due_today()
    clock.advance(timedelta(days=2, minutes=1))
    status = site.backups.status()
    assert status.state == BackupState.STALE and status.last is not None
    assert site.backups.due_today()


def test_rotation_keeps_dailies_and_weeklies_and_nothing_past_the_shortest_retention(
    site: Services, clock: FixedClock
) -> None:
    for _day in range(40):
        site.backups.make(BackupTrigger.DAILY)
        clock.advance(timedelta(hours=8))
        site.backups.make(BackupTrigger.EXIT)
        clock.advance(timedelta(hours=16))
    rows = site.backups.backups()
    assert len(rows) <= KEEP_DAILY + KEEP_WEEKLY
    assert len({r.manifest.made_at.date() for r in rows}) == len(rows)  # one per day at most
    oldest = min(r.manifest.made_at for r in rows)
    assert clock.now() - oldest <= timedelta(days=MAX_AGE_DAYS)
    assert clock.now() - oldest > timedelta(days=KEEP_DAILY)  # weeklies reach further back
    assert len(list(site.database.paths.backups.glob("*.json"))) == len(rows)


def test_backup_refuses_the_live_database_as_its_target(site: Services) -> None:
    from app.backups import check_backup_target

    live = site.database.paths.database
    for target in (live, Path(str(live) + "-wal")):
        with pytest.raises(Conflict) as caught:
            check_backup_target(target, live)
        assert caught.value.reason == BackupRefusal.ONTO_LIVE_DATABASE
    with pytest.raises(Conflict) as caught:
        check_backup_target(Path("/proc/self/backup.db"), live)
    assert caught.value.reason == BackupRefusal.NOT_A_FILE_SYSTEM


def test_restore_puts_the_backup_back_keeps_the_current_file_and_is_audited(
    site: Services, staff: Staff, clock: FixedClock, tmp_path: Path
) -> None:
    row = site.backups.make()
    before = row.manifest.audit_entries
    clock.advance(timedelta(minutes=5))
    staff.services.settings.set(staff.admin, BACKUP_DIR, "")  # a change after the backup
    database = site.database.paths.database
    assert _audit_count(database) > before
    site.database.dispose()
    kept_folder = tmp_path / "kept"
    result = restore_archive(row.archive, database, kept_folder, clock.now())
    assert result.kept_as is not None and result.kept_as.parent == kept_folder
    assert _audit_count(result.kept_as) > before  # the replaced file still has everything
    assert _audit_count(database) == before
    with site.database.sessions.begin() as s:
        audit_restore(s, site.audit, clock.now(), staff.supervisor, row.archive, result)
    with site.database.sessions.read() as s:
        assert site.audit.verify(s).ok
        entries = site.audit.entries_for_record(s, _record_id(row.archive))
    assert [e.action for e in entries] == [AUDIT_RESTORED]
    details = entries[0].details
    assert details["backup"] == row.archive.name and details["backup_audit_head"] == row.manifest.audit_head
    assert entries[0].actor_id == staff.supervisor.operator_id


def _record_id(archive: Path) -> str:
    import uuid

    return str(uuid.uuid5(uuid.NAMESPACE_URL, archive.name))


def test_restore_refuses_a_damaged_archive_and_leaves_the_database_alone(site: Services, tmp_path: Path) -> None:
    row = site.backups.make()
    data = bytearray(row.archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    row.archive.write_bytes(bytes(data))
    database = site.database.paths.database
    site.database.dispose()
    before = database.read_bytes()
    with pytest.raises(StorageError) as caught:
        restore_archive(row.archive, database, tmp_path / "kept", site.clock.now())
    assert caught.value.problem == StorageProblem.CORRUPT
    assert database.read_bytes() == before
    assert not list((tmp_path / "kept").glob("*"))


def test_restore_refuses_while_another_process_has_the_database_open_and_says_who(site: Services) -> None:
    database = site.database.paths.database
    site.database.dispose()
    with held(database, "SELECT count(*) FROM site") as holder:
        with pytest.raises(Conflict) as caught:
            refuse_if_open_elsewhere(database, site.database.paths.lock_file)
        assert caught.value.reason == BackupRefusal.IN_USE
        assert f"pid {holder.pid}" in caught.value.params["who"]
    refuse_if_open_elsewhere(database, site.database.paths.lock_file)  # closed: allowed


def test_restore_refuses_while_a_gatehouse_window_holds_the_lock(site: Services) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:
        site.database.paths.lock_file.write_text(f"{sleeper.pid}\nGatehouse\n", encoding="utf-8")
        with pytest.raises(Conflict) as caught:
            refuse_if_open_elsewhere(site.database.paths.database, site.database.paths.lock_file)
        assert f"pid {sleeper.pid}" in caught.value.params["who"]
    finally:
        assert sleeper.stdin is not None
        sleeper.stdin.close()
        sleeper.wait(timeout=30)


def test_the_restore_drill_passes_on_a_good_backup_and_fails_on_a_damaged_one(
    site: Services, clock: FixedClock
) -> None:
    folder = site.database.paths.root
    assert site.backups.drill_due(folder)
    missing = site.backups.restore_drill(folder)
    assert not missing.ok and missing.problem == "no_backup"
    row = site.backups.make()
    result = site.backups.restore_drill(folder)
    assert result.ok and result.backup == row.name and result.counts_match
    assert site.backups.last_drill(folder) == result
    assert not site.backups.drill_due(folder)
    clock.advance(timedelta(days=31))
    assert site.backups.drill_due(folder)
    row.archive.write_bytes(row.archive.read_bytes()[:-100])
    broken = site.backups.restore_drill(folder)
    assert not broken.ok and broken.problem == StorageProblem.CORRUPT.value


def test_the_background_health_check_finds_damage_that_start_up_does_not_look_for(
    site: Services, clock: FixedClock, tmp_path: Path
) -> None:
    from app.backups import BackupService
    from app.drives import DriveKind

    healthy = site.backups.health()
    assert not healthy.damaged and healthy.drive == DriveKind.LOCAL
    site.database.dispose()
    damaged = tmp_path / "damaged.db"
    data = bytearray(site.database.paths.database.read_bytes())
    page = 4096
    for offset in range(page * 6, min(len(data), page * 12)):  # scribble over table pages, keep the header
        data[offset] = 0x5A
    damaged.write_bytes(bytes(data))
    service = BackupService(damaged, tmp_path / "backups", lambda: "", clock, site.zone)
    health = service.health()
    assert health.damaged and health.problems
