"""Automatic, verified, compressed backups of the SQLite database, their manifests, rotation and restore.

A backup is made online (SQLite's backup API: desks keep working), checked with ``integrity_check``,
counted, gzip-compressed, fsynced and only then given its final name ``gatehouse-<UTC stamp>.db.gz``;
the manifest ``gatehouse-<UTC stamp>.json`` beside it is written last, so a backup without a manifest
was never finished and is not offered. Rotation keeps the newest backup of each of the last
``KEEP_DAILY`` days and of each of the last ``KEEP_WEEKLY`` weeks, and never anything older than
``MAX_AGE_DAYS`` — a backup must not outlive the retention period of the data inside it.

Restore replaces the live file only when no other process has it open (the program's single-instance
lock and SQLite's own lock), keeps the current database aside, and writes an audit entry into the
restored database saying what was restored, from which backup and by whom (docs/backups.md).
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.drives import DriveKind, drive_kind
from app.errors import Conflict, StorageError, StorageProblem
from app.instance_lock import running_pid
from app.permissions import BACKUP, Actor, require
from app.storage import Sessions
from db.backup import (
    backup_sqlite,
    compress_file,
    decompress_file,
    file_sha256,
    fsync_folder,
    integrity_problems,
    open_elsewhere,
    processes_holding,
    quick_check_problems,
    read_site_id,
    replace_database,
    schema_versions,
    table_counts,
)
from db.migrate import SchemaState, schema_state, upgrade

log = logging.getLogger(__name__)

ARCHIVE_PREFIX = "gatehouse-"
ARCHIVE_SUFFIX = ".db.gz"
MANIFEST_SUFFIX = ".json"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
MANIFEST_FORMAT = 1
KEEP_DAILY = 7
KEEP_WEEKLY = 4
# The shortest retention period of personal data (visitor details: 30 days after the visit); no backup
# may be kept longer, or purged data would live on in it.
MAX_AGE_DAYS = 30
STALE_AFTER = timedelta(days=2)
DRILL_EVERY = timedelta(days=30)
DRILL_RECORD_FILE = "restore-drill.json"
PG_DUMP_TIMEOUT_S = 3600
BACKUP_CONFLICT = "backup"
AUDIT_KIND = "database"
AUDIT_RESTORED = "database.restored"


class BackupTrigger(StrEnum):
    DAILY = "daily"
    EXIT = "exit"
    MANUAL = "manual"


class BackupState(StrEnum):
    OK = "ok"
    STALE = "stale"  # the last good backup is older than two days
    NONE = "none"  # the folder holds no backup yet
    FOLDER_MISSING = "folder_missing"  # the configured folder (a USB stick, a second disk) is not there


class BackupRefusal(StrEnum):
    """Reasons of the ``Conflict("backup", …)`` errors (put into words in ui/backups/error_words.py)."""

    ONTO_LIVE_DATABASE = "onto_live_database"
    NOT_A_FILE_SYSTEM = "not_a_file_system"  # /proc, /sys, /dev: a virtual file system that keeps no files
    NO_PG_DUMP = "no_pg_dump"
    PG_DUMP_FAILED = "pg_dump_failed"
    NOT_SQLITE = "not_sqlite"
    IN_USE = "in_use"
    OTHER_SITE = "other_site"
    UNVERIFIED = "unverified"


def manifest_audit_anchor(session: Session) -> tuple[int, str]:
    """The audit chain's entry count and head hash, read through the existing ``AuditLog`` API.

    One function so that the audit anchor of the security work (``AuditLog.anchor()``) can replace it.
    """
    return AuditLog.head_before(session, datetime.max.replace(tzinfo=UTC))


@dataclass(frozen=True, slots=True)
class BackupManifest:
    made_at: datetime
    trigger: str
    schema_versions: tuple[str, ...]
    counts: dict[str, int]
    audit_entries: int
    audit_head: str
    database_bytes: int
    archive_bytes: int
    archive_sha256: str
    site_id: str = ""
    format: int = MANIFEST_FORMAT

    def to_json(self) -> str:
        data = asdict(self)
        data["made_at"] = self.made_at.astimezone(UTC).isoformat()
        data["schema_versions"] = list(self.schema_versions)
        return json.dumps(data, ensure_ascii=True, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> BackupManifest:
        data: dict[str, Any] = json.loads(text)
        return cls(
            made_at=datetime.fromisoformat(str(data["made_at"])).astimezone(UTC),
            trigger=str(data["trigger"]),
            schema_versions=tuple(str(v) for v in data["schema_versions"]),
            counts={str(k): int(v) for k, v in dict(data["counts"]).items()},
            audit_entries=int(data["audit_entries"]),
            audit_head=str(data["audit_head"]),
            database_bytes=int(data["database_bytes"]),
            archive_bytes=int(data["archive_bytes"]),
            archive_sha256=str(data["archive_sha256"]),
            site_id=str(data.get("site_id", "")),
            format=int(data.get("format", MANIFEST_FORMAT)),
        )


@dataclass(frozen=True, slots=True)
class BackupRow:
    archive: Path
    manifest: BackupManifest

    @property
    def name(self) -> str:
        return self.archive.name


@dataclass(frozen=True, slots=True)
class BackupStatus:
    state: BackupState
    folder: Path
    last: BackupRow | None = None


@dataclass(frozen=True, slots=True)
class DrillResult:
    """The monthly restore drill: the latest backup restored to a temporary folder and checked."""

    at: datetime
    ok: bool
    backup: str = ""
    problem: str = ""
    counts_match: bool = False
    audit_entries: int = 0


@dataclass(frozen=True, slots=True)
class DatabaseHealth:
    """The background look after start-up: SQLite's quick_check and the kind of drive the file is on."""

    problems: tuple[str, ...]
    drive: DriveKind

    @property
    def damaged(self) -> bool:
        return bool(self.problems)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    database: Path
    kept_as: Path | None
    manifest: BackupManifest | None
    audit_seq: int = 0


@dataclass
class _Fs:
    """Paths of one backup being made (removed when it fails half-way)."""

    copy: Path
    partial: Path


def archive_name(made_at: datetime) -> str:
    return f"{ARCHIVE_PREFIX}{made_at.astimezone(UTC).strftime(STAMP_FORMAT)}{ARCHIVE_SUFFIX}"


def manifest_path(archive: Path) -> Path:
    return archive.with_name(archive.name[: -len(ARCHIVE_SUFFIX)] + MANIFEST_SUFFIX)


def read_manifest(archive: Path) -> BackupManifest | None:
    """The manifest of ``archive``; None for a plain file or an unfinished backup."""
    if not archive.name.endswith(ARCHIVE_SUFFIX):
        return None
    try:
        return BackupManifest.from_json(manifest_path(archive).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def list_backups(folder: Path) -> list[BackupRow]:
    """Finished backups in ``folder``, newest first."""
    try:
        candidates = sorted(folder.glob(f"{ARCHIVE_PREFIX}*{ARCHIVE_SUFFIX}"), reverse=True)
    except OSError:
        return []
    rows = []
    for archive in candidates:
        manifest = read_manifest(archive)
        if manifest is not None and archive.is_file():
            rows.append(BackupRow(archive, manifest))
    rows.sort(key=lambda r: r.manifest.made_at, reverse=True)
    return rows


def backups_to_remove(rows: list[BackupRow], now: datetime, zone: tzinfo) -> list[BackupRow]:
    """Rotation: the newest backup of each of the last KEEP_DAILY days and KEEP_WEEKLY weeks stays,
    nothing older than MAX_AGE_DAYS does (not even the newest)."""
    oldest = now - timedelta(days=MAX_AGE_DAYS)
    keep: set[Path] = set()
    days: list[object] = []
    weeks: list[object] = []
    for row in sorted(rows, key=lambda r: r.manifest.made_at, reverse=True):
        if row.manifest.made_at < oldest:
            continue
        local = row.manifest.made_at.astimezone(zone).date()
        day, week = local, local.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(row.archive)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(row.archive)
    return [r for r in rows if r.archive not in keep]


_VIRTUAL_ROOTS = ("/proc", "/sys", "/dev")


def _is_virtual(path: Path) -> bool:
    text = path.as_posix()
    return any(text == root or text.startswith(root + "/") for root in _VIRTUAL_ROOTS)


def check_backup_target(target: Path, database: Path | None) -> None:
    """Refuse a backup written onto the live database (or its WAL) or into a virtual file system."""
    resolved = target.expanduser().resolve()
    if database is not None:
        live = database.resolve()
        if resolved in {live, *(live.with_name(live.name + s) for s in ("-wal", "-shm", "-journal"))}:
            raise Conflict(BACKUP_CONFLICT, BackupRefusal.ONTO_LIVE_DATABASE, {"path": str(resolved)})
    if _is_virtual(resolved):
        raise Conflict(BACKUP_CONFLICT, BackupRefusal.NOT_A_FILE_SYSTEM, {"path": str(resolved.parent)})
    if resolved.is_dir():
        raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(resolved))


def _storage_error(error: OSError, where: Path) -> StorageError:
    import errno

    if error.errno == errno.ENOSPC:
        return StorageError(StorageProblem.DISK_FULL, where=str(where))
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageError(StorageProblem.READ_ONLY, where=str(where))
    return StorageError(StorageProblem.IO, where=str(where), detail=type(error).__name__)


def _copy_sqlite(source: Path, target: Path) -> None:
    """The online copy, with a database error that is not an OS one reported as a failed check."""
    import sqlite3

    try:
        backup_sqlite(source, target)
    except sqlite3.DatabaseError as error:
        message = str(error).lower()
        if "full" in message:
            raise StorageError(StorageProblem.DISK_FULL, where=str(target.parent)) from error
        if "readonly" in message or "read-only" in message or "unable to open" in message:
            raise StorageError(StorageProblem.READ_ONLY, where=str(target.parent)) from error
        raise Conflict(BACKUP_CONFLICT, BackupRefusal.UNVERIFIED, {"path": str(source)}) from error


def _anchor_of(copy: Path) -> tuple[int, str]:
    engine = create_engine(URL.create("sqlite", database=str(copy)))
    try:
        with Session(engine) as session:
            return manifest_audit_anchor(session)
    finally:
        engine.dispose()


def _site_id(counts_source: Path) -> str:
    return read_site_id(counts_source)


def make_archive(source: Path, folder: Path, now: datetime, trigger: BackupTrigger) -> BackupRow:
    """Copy, verify, count, compress and name one backup of the SQLite file ``source`` in ``folder``."""
    archive = folder / archive_name(now)
    check_backup_target(archive, source)
    fs = _Fs(copy=folder / f".{archive.name}.copy", partial=folder / f".{archive.name}.partial")
    try:
        _copy_sqlite(source, fs.copy)  # integrity_check passed on the copy, or this raised
        database_bytes = fs.copy.stat().st_size
        counts = table_counts(fs.copy)
        versions = tuple(schema_versions(fs.copy))
        entries, head = _anchor_of(fs.copy)
        site_id = _site_id(fs.copy)
        digest = compress_file(fs.copy, fs.partial)
        os.replace(fs.partial, archive)
        manifest = BackupManifest(
            made_at=now.astimezone(UTC),
            trigger=trigger.value,
            schema_versions=versions,
            counts=counts,
            audit_entries=entries,
            audit_head=head,
            database_bytes=database_bytes,
            archive_bytes=archive.stat().st_size,
            archive_sha256=digest,
            site_id=site_id,
        )
        staged = folder / f".{manifest_path(archive).name}.partial"
        with staged.open("w", encoding="utf-8") as handle:
            handle.write(manifest.to_json())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, manifest_path(archive))
        fsync_folder(folder)
    except OSError as error:
        archive.unlink(missing_ok=True)
        raise _storage_error(error, folder) from error
    finally:
        for leftover in (fs.copy, fs.partial, folder / f".{manifest_path(archive).name}.partial"):
            leftover.unlink(missing_ok=True)
    log.info("backup %s written (%d bytes from %d)", archive.name, manifest.archive_bytes, database_bytes)
    return BackupRow(archive, manifest)


def unpack_verified(archive: Path, target: Path) -> BackupManifest | None:
    """Unpack ``archive`` into ``target`` and check it: the archive's checksum against its manifest,
    then SQLite's integrity check and a Gatehouse site inside. Raises when any of it fails."""
    import sqlite3

    manifest = read_manifest(archive)
    if manifest is not None and file_sha256(archive) != manifest.archive_sha256:
        raise StorageError(StorageProblem.CORRUPT, where=str(archive))
    try:
        decompress_file(archive, target)
    except (OSError, EOFError) as error:
        if isinstance(error, OSError) and error.errno is not None:
            raise _storage_error(error, target.parent) from error
        raise StorageError(StorageProblem.CORRUPT, where=str(archive)) from error
    try:
        if integrity_problems(target):
            raise StorageError(StorageProblem.CORRUPT, where=str(archive))
        schema_versions(target)
        if not _site_id(target):
            raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(archive))
    except sqlite3.DatabaseError as error:
        raise StorageError(StorageProblem.NOT_A_DATABASE, where=str(archive)) from error
    return manifest


def refuse_if_open_elsewhere(database: Path, lock_file: Path) -> None:
    """Refuse to replace ``database`` while a Gatehouse window or any other process has it open."""
    pid = running_pid(lock_file)
    holders = [(pid, "gatehouse")] if pid is not None else []
    if not holders and open_elsewhere(database):
        holders = processes_holding(database) or [(0, "?")]
    if holders:
        who = ", ".join(f"{name} (pid {p})" if p else name for p, name in holders)
        raise Conflict(BACKUP_CONFLICT, BackupRefusal.IN_USE, {"who": who, "path": str(database)})


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def restore_archive(archive: Path, database: Path, kept_folder: Path, now: datetime) -> RestoreResult:
    """Verify ``archive`` and put it in place of ``database`` (which must not be open elsewhere: the
    caller checks). The current file moves to ``kept_folder``; nothing is replaced when a check fails."""
    archive = archive.expanduser().resolve()
    if not archive.is_file():
        raise StorageError(StorageProblem.MISSING, where=str(archive))
    kept_folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=database.parent) as scratch:
        unpacked = Path(scratch) / "restored.db"
        manifest = unpack_verified(archive, unpacked)
        live_site = _site_id(database) if database.exists() else ""
        if live_site and live_site != _site_id(unpacked):
            raise Conflict(BACKUP_CONFLICT, BackupRefusal.OTHER_SITE, {"path": str(archive)})
        keep = kept_folder / f"replaced-by-restore-{now.astimezone(UTC).strftime(STAMP_FORMAT)}.db"
        try:
            replace_database(unpacked, database, keep)
        except OSError as error:
            raise _storage_error(error, database.parent) from error
    return RestoreResult(database, keep if keep.exists() else None, manifest)


def restore_audit_details(archive: Path, result: RestoreResult) -> dict[str, str | int | None]:
    manifest = result.manifest
    return {
        "backup": archive.name,
        "backup_made_at": manifest.made_at.isoformat() if manifest else None,
        "backup_audit_entries": manifest.audit_entries if manifest else None,
        "backup_audit_head": manifest.audit_head if manifest else None,
        "backup_sha256": manifest.archive_sha256 if manifest else None,
        "kept_as": result.kept_as.name if result.kept_as else None,
        "os_user": os_user(),
    }


def audit_restore(
    session: Session, audit: AuditLog, at: datetime, actor: Actor | None, archive: Path, result: RestoreResult
) -> int:
    """The restored database's own record of the restore (inside the caller's transaction)."""
    return audit.append(
        session,
        at=at,
        actor=actor,
        action=AUDIT_RESTORED,
        record_kind=AUDIT_KIND,
        record_id=uuid.uuid5(uuid.NAMESPACE_URL, archive.name),
        details=restore_audit_details(archive, result),
    )


def pg_dump(url: URL, target: Path) -> Path:
    """A custom-format ``pg_dump`` of the PostgreSQL database at ``url`` into ``target``."""
    program = shutil.which("pg_dump")
    if program is None:
        raise Conflict(BACKUP_CONFLICT, BackupRefusal.NO_PG_DUMP)
    check_backup_target(target, None)
    partial = target.with_name(f".{target.name}.partial")
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    command = [program, "--format=custom", "--no-password", f"--file={partial}", "--dbname", str(url.database or "")]
    for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
        if value:
            command += [flag, str(value)]
    try:
        done = subprocess.run(command, env=env, capture_output=True, timeout=PG_DUMP_TIMEOUT_S, check=False)
        if done.returncode != 0:
            first = done.stderr.decode("utf-8", "replace").strip().splitlines()[:1]
            raise Conflict(BACKUP_CONFLICT, BackupRefusal.PG_DUMP_FAILED, {"detail": first[0] if first else ""})
        os.replace(partial, target)
    except OSError as error:
        raise _storage_error(error, target.parent) from error
    finally:
        partial.unlink(missing_ok=True)
    return target


class BackupService:
    """Backups of this desk's database into the configured folder (``backup.directory``, else the data
    directory's ``backups``); reading their state for the status bar and the home screen."""

    def __init__(
        self,
        database_file: Path | None,
        default_folder: Path,
        configured_folder: Callable[[], str],
        clock: Clock,
        zone: tzinfo,
        *,
        sessions: Sessions | None = None,
        audit: AuditLog | None = None,
        lock_file: Path | None = None,
    ) -> None:
        self._file = database_file
        self._default = default_folder
        self._configured = configured_folder
        self._clock = clock
        self._zone = zone
        self._sessions = sessions
        self._audit = audit
        self._lock_file = lock_file

    @property
    def database_file(self) -> Path | None:
        return self._file

    def folder(self) -> Path:
        configured = self._configured().strip()
        return Path(configured).expanduser() if configured else self._default

    def _usable_folder(self) -> Path:
        folder = self.folder()
        if folder == self._default:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise _storage_error(error, folder) from error
        elif not folder.is_dir():  # a USB stick or second disk that is not there: never create a stand-in
            raise StorageError(StorageProblem.MISSING, where=str(folder))
        return folder

    def backups(self) -> list[BackupRow]:
        return list_backups(self.folder())

    def status(self) -> BackupStatus:
        folder = self.folder()
        if not folder.is_dir():
            return BackupStatus(BackupState.FOLDER_MISSING, folder)
        rows = list_backups(folder)
        if not rows:
            return BackupStatus(BackupState.NONE, folder)
        last = rows[0]
        stale = self._clock.now() - last.manifest.made_at > STALE_AFTER
        return BackupStatus(BackupState.STALE if stale else BackupState.OK, folder, last)

    def due_today(self) -> bool:
        """No backup has been made yet today (local day of the site)."""
        status = self.status()
        if status.last is None:
            return status.state != BackupState.FOLDER_MISSING
        today = self._clock.now().astimezone(self._zone).date()
        return status.last.manifest.made_at.astimezone(self._zone).date() < today

    @changes(ChangeKind.BACKUP)
    def make(self, trigger: BackupTrigger = BackupTrigger.MANUAL) -> BackupRow:
        if self._file is None:
            raise Conflict(BACKUP_CONFLICT, BackupRefusal.NOT_SQLITE)
        folder = self._usable_folder()
        row = make_archive(self._file, folder, self._clock.now(), trigger)
        self.rotate()
        return row

    @changes(ChangeKind.BACKUP)
    def rotate(self) -> list[Path]:
        folder = self.folder()
        removed = []
        for row in backups_to_remove(list_backups(folder), self._clock.now(), self._zone):
            try:
                row.archive.unlink(missing_ok=True)
                manifest_path(row.archive).unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove old backup %s", row.name)
                continue
            removed.append(row.archive)
        return removed

    def health(self) -> DatabaseHealth:
        """Full quick_check of the live file (seconds on a big database: run it off the UI thread)."""
        import sqlite3

        if self._file is None:
            return DatabaseHealth((), DriveKind.LOCAL)
        try:
            problems = tuple(quick_check_problems(self._file)[:5])
        except sqlite3.DatabaseError as error:
            problems = (str(error),)
        return DatabaseHealth(problems, drive_kind(self._file))

    @changes(ChangeKind.BACKUP)
    def restore_live(self, actor: Actor, archive: Path) -> RestoreResult:
        """A supervisor's restore from the running program: this program's connections are closed, the
        database must not be open anywhere else, the backup is verified and put in place (the current
        file kept in the backup folder's sibling ``replaced``), upgraded when older, and the restore is
        audited in the restored database. The caller closes the program afterwards."""
        require(actor, BACKUP)
        if self._file is None or self._sessions is None or self._audit is None or self._lock_file is None:
            raise Conflict(BACKUP_CONFLICT, BackupRefusal.NOT_SQLITE)
        engine = self._sessions.engine
        engine.dispose()  # our own idle connections; the next query opens the restored file
        refuse_if_open_elsewhere(self._file, self._lock_file)
        result = restore_archive(archive, self._file, self._default, self._clock.now())
        engine.dispose()
        if schema_state(engine) == SchemaState.BEHIND:
            upgrade(engine)
        with self._sessions.begin() as s:
            seq = audit_restore(s, self._audit, self._clock.now(), actor, archive.resolve(), result)
        log.info("database restored from %s", archive.name)
        return RestoreResult(result.database, result.kept_as, result.manifest, seq)

    # -- the monthly restore drill ---------------------------------------------------------------------------
    def drill_due(self, record_folder: Path) -> bool:
        last = self.last_drill(record_folder)
        return last is None or self._clock.now() - last.at >= DRILL_EVERY

    def last_drill(self, record_folder: Path) -> DrillResult | None:
        try:
            data = json.loads((record_folder / DRILL_RECORD_FILE).read_text(encoding="utf-8"))
            return DrillResult(
                at=datetime.fromisoformat(str(data["at"])),
                ok=bool(data["ok"]),
                backup=str(data.get("backup", "")),
                problem=str(data.get("problem", "")),
                counts_match=bool(data.get("counts_match", False)),
                audit_entries=int(data.get("audit_entries", 0)),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    @changes(ChangeKind.BACKUP)
    def restore_drill(self, record_folder: Path | None = None) -> DrillResult:
        """Restore the newest backup into a temporary folder, verify it against its manifest, and (when
        ``record_folder`` is given) remember the result for the daily report."""
        now = self._clock.now()
        rows = self.backups()
        if not rows:
            result = DrillResult(now, False, problem="no_backup")
        else:
            latest = rows[0]
            result = _drill(latest, now)
        if record_folder is not None:
            data = asdict(result)
            data["at"] = result.at.astimezone(UTC).isoformat()
            try:
                (record_folder / DRILL_RECORD_FILE).write_text(json.dumps(data), encoding="utf-8")
            except OSError:
                log.warning("could not record the restore drill")
        return result


def _drill(latest: BackupRow, now: datetime) -> DrillResult:
    with tempfile.TemporaryDirectory(prefix="gatehouse-drill-") as scratch:
        target = Path(scratch) / "drill.db"
        try:
            unpack_verified(latest.archive, target)
            counts = table_counts(target)
            entries, head = _anchor_of(target)
        except StorageError as error:
            return DrillResult(now, False, latest.name, problem=error.problem.value)
    manifest = latest.manifest
    counts_match = counts == manifest.counts and (entries, head) == (manifest.audit_entries, manifest.audit_head)
    return DrillResult(
        now,
        counts_match,
        latest.name,
        problem="" if counts_match else "counts_differ",
        counts_match=counts_match,
        audit_entries=entries,
    )
