"""SQLite backups through the online backup API, verified before they are trusted.

A backup is written to a temporary file next to the target, checked with ``PRAGMA integrity_check``,
fsynced and only then renamed into place: a failed backup never leaves a half-written file that looks
like a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

PAGES_PER_STEP = 4096


def integrity_problems(path: Path) -> list[str]:
    """An empty list when SQLite says the file is sound, else what it reported."""
    return _check(path, "integrity_check")


def _check(path: Path, pragma: str) -> list[str]:
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        messages = [str(r[0]) for r in connection.execute(f"PRAGMA {pragma}").fetchall()]
    finally:
        connection.close()
    return [] if messages == ["ok"] else messages


def table_names(path: Path) -> set[str]:
    """The tables of the SQLite file at ``path``, read without changing it (``sqlite3.DatabaseError``
    when it is not a database)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def read_site_marks(path: Path) -> None:
    """Read what every Gatehouse database has, its schema version and its site, without changing the file;
    ``sqlite3.DatabaseError`` when either is missing (another program's file, or not a database)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        connection.execute("SELECT version_num FROM alembic_version").fetchall()
        connection.execute("SELECT id FROM site").fetchall()
    finally:
        connection.close()


def read_site_id(path: Path) -> str:
    """The site id stored in the SQLite file at ``path`` ("" when there is none or it is not a database)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT id FROM site LIMIT 1").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        connection.close()
    return "" if row is None else str(row[0])


def quick_check_problems(path: Path) -> list[str]:
    """``PRAGMA quick_check`` on the live file (read-only connection; desks keep working meanwhile)."""
    return _check(path, "quick_check")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(source: Path, target: Path) -> None:
    """Copy the live database ``source`` into ``target`` (consistent even while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.partial")
    temporary.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(temporary)
            try:
                src.backup(dst, pages=PAGES_PER_STEP)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(temporary)
        if problems:
            raise sqlite3.DatabaseError("backup failed its integrity check: " + "; ".join(problems[:3]))
        _fsync(temporary)
        os.replace(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def sidecar_files(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def replace_database(backup: Path, database: Path, keep_as: Path) -> None:
    """Put ``backup`` in place of ``database``; the current file (and its WAL) moves to ``keep_as``."""
    staged = database.with_name(f".{database.name}.restoring")
    staged.unlink(missing_ok=True)
    backup_sqlite(backup, staged)
    if database.exists():
        os.replace(database, keep_as)
        for sidecar in sidecar_files(database):
            if sidecar.exists():
                os.replace(sidecar, keep_as.with_name(keep_as.name + sidecar.name[len(database.name) :]))
    os.replace(staged, database)


# -- compressed archives, counts and who holds a database --------------------------------------------------------
ARCHIVE_CHUNK_BYTES = 1 << 20
GZIP_LEVEL = 4  # measured (bench/backup_online.py): level 4 is nearly as small as 6 at half its time


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def compress_file(source: Path, target: Path) -> str:
    """gzip ``source`` into ``target`` (fsynced); returns the SHA-256 of the written archive."""
    import gzip
    import hashlib

    digest = hashlib.sha256()

    class _Hashing:
        def __init__(self, handle: Any) -> None:
            self._handle = handle

        def write(self, data: bytes) -> int:
            digest.update(data)
            return int(self._handle.write(data))

        def flush(self) -> None:
            self._handle.flush()

    with target.open("wb") as raw:
        hashing = _Hashing(raw)
        with (
            source.open("rb") as plain,
            gzip.GzipFile(filename="", mode="wb", fileobj=hashing, compresslevel=GZIP_LEVEL, mtime=0) as packed,
        ):
            while chunk := plain.read(ARCHIVE_CHUNK_BYTES):
                packed.write(chunk)
        raw.flush()
        os.fsync(raw.fileno())
    return digest.hexdigest()


def file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(ARCHIVE_CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def decompress_file(archive: Path, target: Path) -> None:
    """Unpack a gzip ``archive`` (or copy a plain SQLite file) into ``target``, fsynced."""
    import gzip

    with archive.open("rb") as probe:
        magic = probe.read(2)
    opener: Any = gzip.open if magic == b"\x1f\x8b" else open
    with opener(archive, "rb") as packed, target.open("wb") as plain:
        while chunk := packed.read(ARCHIVE_CHUNK_BYTES):
            plain.write(chunk)
        plain.flush()
        os.fsync(plain.fileno())


def table_counts(path: Path) -> dict[str, int]:
    """Rows per table of the SQLite file ``path`` (full-text index shadow tables left out)."""
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall()
        virtual = [str(name) for name, sql in rows if str(sql or "").upper().startswith("CREATE VIRTUAL")]
        counts: dict[str, int] = {}
        for name, _sql in rows:
            table = str(name)
            if table.startswith("sqlite_") or table in virtual or any(table.startswith(v + "_") for v in virtual):
                continue
            quoted = '"' + table.replace('"', '""') + '"'
            counts[table] = int(connection.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0])
        return counts
    finally:
        connection.close()


def schema_versions(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return sorted(str(r[0]) for r in connection.execute("SELECT version_num FROM alembic_version"))
    finally:
        connection.close()


def open_elsewhere(database: Path) -> bool:
    """True when another connection (any process) has ``database`` open.

    Leaving WAL mode needs the only connection to the file: SQLite refuses it ("database is locked")
    while anyone else reads or writes. On success the file is left in rollback-journal mode, which is
    harmless: it is about to be replaced, and every Gatehouse connection turns WAL back on.
    """
    if not database.exists():
        return False
    connection = sqlite3.connect(database, timeout=0)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    except sqlite3.OperationalError as error:
        if "locked" in str(error).lower() or "busy" in str(error).lower():
            return True
        raise
    finally:
        connection.close()
    return False


def processes_holding(database: Path) -> list[tuple[int, str]]:
    """(pid, program name) of other processes with ``database`` or its WAL open (Linux /proc only)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return []
    wanted = {str(database.resolve()), *(str(p.resolve()) for p in sidecar_files(database))}
    found: list[tuple[int, str]] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            links = {os.readlink(fd) for fd in (entry / "fd").iterdir()}
        except OSError:
            continue
        if links & wanted:
            try:
                name = (entry / "comm").read_text(encoding="utf-8").strip()
            except OSError:
                name = "?"
            found.append((int(entry.name), name))
    return found
