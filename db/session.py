"""Engine factory: one place that knows SQLite's PRAGMAs and how writes begin.

SQLite: WAL, ``synchronous=FULL`` (a saved record survives a power cut), foreign keys on, a 5 s busy
timeout; reads begin DEFERRED, writes begin IMMEDIATE (they take the write lock up front instead of
failing half-way with "database is locked"). PostgreSQL needs none of this.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 5000
SQLITE_CACHE_KIB = 32 * 1024
WRITE_OPTION = "gatehouse_write"
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}",
    "PRAGMA temp_store=MEMORY",
)


def to_url(target: str | Path) -> URL:
    """A database given as a file path or as an SQLAlchemy URL string."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    """The file behind an SQLite URL, or None for memory/other back ends."""
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def redacted(url: URL) -> str:
    """Where the database is, for messages and logs: the file path, or the URL without its password."""
    file = sqlite_path(url)
    return str(file) if file is not None else url.render_as_string(hide_password=True)


def make_engine(target: str | Path | URL, **kwargs: Any) -> Engine:
    url = target if isinstance(target, URL) else to_url(target)
    if not is_sqlite(url):
        return create_engine(url, pool_pre_ping=True, **kwargs)
    engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
    _install_sqlite_hooks(engine)
    return engine


def write_engine(engine: Engine) -> Engine:
    """The same engine (same pool) whose transactions begin IMMEDIATE on SQLite."""
    return engine.execution_options(**{WRITE_OPTION: True})


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (pysqlite would defer it).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            for pragma in SQLITE_PRAGMAS:
                cursor.execute(pragma)
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
