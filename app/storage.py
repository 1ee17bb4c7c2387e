"""Transactions for services: one user action = one ``with sessions.begin() as s:`` block.

``Sessions`` wraps the engine from ``db.session``: writes begin IMMEDIATE on SQLite, every new or
changed synced record is stamped (UUID, created/updated instants, writing desk, HLC), and database
failures an operator can act on (disk full, read-only, locked, corrupt, server unreachable) become
``StorageError`` with the problem named. The transaction rolls back on any error: nothing is
half-written.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.clock import Clock
from app.errors import StorageError, StorageProblem
from app.hlc import HybridLogicalClock
from db.base import SyncedMixin
from db.session import write_engine

log = logging.getLogger(__name__)

# Substrings of driver messages, most specific first.
_PROBLEM_BY_MESSAGE: tuple[tuple[str, StorageProblem], ...] = (
    ("readonly database", StorageProblem.READ_ONLY),
    ("read-only", StorageProblem.READ_ONLY),
    ("disk is full", StorageProblem.DISK_FULL),
    ("no space left", StorageProblem.DISK_FULL),
    ("database is locked", StorageProblem.LOCKED),
    ("file is not a database", StorageProblem.NOT_A_DATABASE),
    ("malformed", StorageProblem.CORRUPT),
    ("unable to open database", StorageProblem.MISSING),
    ("disk i/o error", StorageProblem.IO),
    ("connection", StorageProblem.UNREACHABLE),
    ("could not connect", StorageProblem.UNREACHABLE),
    ("server closed", StorageProblem.UNREACHABLE),
)


def storage_problem(error: BaseException) -> StorageProblem | None:
    """The operator-level problem behind a driver error, or None when it is a bug."""
    message = str(getattr(error, "orig", error)).lower()
    for needle, problem in _PROBLEM_BY_MESSAGE:
        if needle in message:
            return problem
    return None


def translate_storage_error(error: DBAPIError, where: str) -> StorageError | None:
    problem = storage_problem(error)
    if problem is None:
        return None
    return StorageError(problem, where=where, detail=type(getattr(error, "orig", error)).__name__)


class Stamper:
    """Fills the provenance of synced records in the flush that writes them."""

    def __init__(self, clock: Clock, hlc: HybridLogicalClock, desk: Callable[[], uuid.UUID | None]) -> None:
        self._clock = clock
        self._hlc = hlc
        self._desk = desk

    def __call__(self, session: Session, _context: Any, _instances: Any) -> None:
        now = self._clock.now()
        desk = self._desk()
        for obj in session.new:
            if isinstance(obj, SyncedMixin):
                if obj.id is None:
                    obj.id = uuid.uuid4()
                if obj.created_at is None:
                    obj.created_at = now
                obj.updated_at = now
                obj.origin_desk_id = desk if obj.origin_desk_id is None else obj.origin_desk_id
                obj.hlc = self._hlc.now()
        for obj in session.dirty:
            if isinstance(obj, SyncedMixin) and session.is_modified(obj, include_collections=False):
                obj.updated_at = now
                obj.origin_desk_id = desk
                obj.hlc = self._hlc.now()


class Sessions:
    def __init__(self, engine: Engine, stamper: Stamper, where: str) -> None:
        self._engine = engine
        self._where = where
        self._write = sessionmaker(bind=write_engine(engine), expire_on_commit=False)
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        event.listen(self._write, "before_flush", stamper)
        self.stamper = stamper

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def dialect(self) -> str:
        return self._engine.dialect.name

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A write transaction: commits at the end of the block, rolls back on any exception."""
        try:
            with self._write.begin() as session:
                yield session
        except (OperationalError, DBAPIError) as error:
            translated = translate_storage_error(error, self._where)
            if translated is None:
                raise
            log.warning("write failed: %s", translated.problem.value)
            raise translated from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only transaction (never flushes; rolled back at the end)."""
        try:
            with self._read() as session:  # closing the session rolls the transaction back
                session.autoflush = False
                yield session
        except (OperationalError, DBAPIError) as error:
            translated = translate_storage_error(error, self._where)
            if translated is None:
                raise
            raise translated from error
