"""Storage faults injected for real: a full disk (a small tmpfs), a read-only mount, a database locked by
another process, a damaged file at start-up. Each is a ``StorageError`` naming the problem — so a sentence,
never a traceback, and never "damaged" for a healthy database on a read-only disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.backups import BackupTrigger, list_backups
from app.bootstrap import Database, Services, open_database
from app.clock import FixedClock
from app.errors import StorageError, StorageProblem
from app.local_config import LocalConfig
from app.paths import DataPaths
from app.settings import BACKUP_DIR
from app.visitors.model import CheckInFields
from tests.conftest import START, Staff, make_site
from tests.holder import held
from ui.error_words import describe
from ui.i18n import current_language, install_language


def _mount(point: Path, options: str) -> bool:
    point.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "gatehouse-test", str(point)], capture_output=True)
    return done.returncode == 0


def _umount(point: Path) -> None:
    subprocess.run(["umount", "-l", str(point)], capture_output=True, check=False)


@pytest.fixture(autouse=True)
def _english_sentences() -> Iterator[None]:
    """The sentences below are read in English, whatever an earlier in-process test left installed."""
    before = current_language()
    install_language("en")
    yield
    install_language(before)


@pytest.fixture
def desk(sqlite_database: Database, clock: FixedClock) -> tuple[Services, Staff]:
    services = make_site(sqlite_database, clock)
    return services, Staff(services)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB file system (CI runs as root; elsewhere the tests that need it are skipped)."""
    point = tmp_path / "small"
    if not _mount(point, "size=2m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield point
    finally:
        _umount(point)


def test_a_backup_onto_a_full_disk_says_so_and_leaves_nothing_behind(
    desk: tuple[Services, Staff], small_disk: Path
) -> None:
    services, staff = desk
    filler = small_disk / "filler.bin"
    with filler.open("wb") as handle:  # leave less room than the backup needs
        handle.write(b"\0" * (2 * 1024 * 1024 - 64 * 1024))
    services.settings.set(staff.admin, BACKUP_DIR, str(small_disk))
    with pytest.raises(StorageError) as caught:
        services.backups.make(BackupTrigger.DAILY)
    assert caught.value.problem == StorageProblem.DISK_FULL
    assert describe(caught.value).startswith("The disk is full")
    assert sorted(p.name for p in small_disk.iterdir()) == ["filler.bin"]
    assert list_backups(small_disk) == []


def test_a_check_in_on_a_full_disk_says_so_and_saves_nothing(tmp_path: Path, small_disk: Path) -> None:
    clock = FixedClock(START)
    paths = DataPaths(small_disk / "data")
    paths.ensure()
    database = open_database(paths.database, paths, clock, LocalConfig())
    try:
        services = make_site(database, clock)
        staff = Staff(services)
        building = services.directory.add_building(staff.clerk, "A", "A座")
        unit = services.directory.add_unit(staff.clerk, building.id, "1A", "1")
        filler = small_disk / "filler.bin"
        fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        problems = set()
        for n in range(50):  # the WAL may still have room for a few
            try:
                services.visitors.check_in(staff.guard, CheckInFields(f"訪客{n}", "guest", unit_id=unit.id))
            except StorageError as error:
                problems.add(error.problem)
                break
        assert problems == {StorageProblem.DISK_FULL}
        filler.unlink()
        row = services.visitors.check_in(staff.guard, CheckInFields("空間回來了", "guest", unit_id=unit.id))
        assert row.id  # space back: the desk works again, nothing was damaged
    finally:
        database.dispose()


def test_a_healthy_database_on_a_read_only_disk_is_read_only_not_damaged(
    desk: tuple[Services, Staff], tmp_path: Path
) -> None:
    services, _staff = desk
    source = services.database.paths
    services.database.dispose()
    point = tmp_path / "ro"
    if not _mount(point, "size=8m"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        shutil.copytree(source.root, point / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True, capture_output=True)
        paths = DataPaths(point / "data")
        with pytest.raises(StorageError) as caught:
            open_database(paths.database, paths, FixedClock(services.clock.now()), LocalConfig())
        assert caught.value.problem == StorageProblem.READ_ONLY
        sentence = describe(caught.value)
        assert "read-only" in sentence and "damaged" not in sentence
    finally:
        _umount(point)


def test_a_database_locked_by_another_process_is_busy_not_broken(
    desk: tuple[Services, Staff],
) -> None:
    services, staff = desk
    building = services.directory.add_building(staff.clerk, "A", "A座")
    unit = services.directory.add_unit(staff.clerk, building.id, "1A", "1")
    with held(services.database.paths.database, "BEGIN EXCLUSIVE"):
        with pytest.raises(StorageError) as caught:
            services.visitors.check_in(staff.guard, CheckInFields("等一下", "guest", unit_id=unit.id))
        assert caught.value.problem == StorageProblem.LOCKED
        assert "busy" in describe(caught.value)
    row = services.visitors.check_in(staff.guard, CheckInFields("等一下", "guest", unit_id=unit.id))
    assert isinstance(row.id, uuid.UUID)
