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

PAGES_PER_STEP = 4096


def integrity_problems(path: Path) -> list[str]:
    """An empty list when SQLite says the file is sound, else what it reported."""
    uri = f"file:{path.as_posix()}?mode=ro"
    connection = sqlite3.connect(uri, uri=True)
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()
    messages = [str(r[0]) for r in rows]
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
