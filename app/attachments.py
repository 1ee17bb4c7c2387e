"""Attachments of any record (work orders, duty-log entries, incidents…): content-addressed files.

A file chosen at the desk is copied into ``<data dir>/attachments/<aa>/<sha256>`` (``aa`` = the
first two hex digits) before the record is saved; the same photo attached twice is stored once.
An ``attachment`` row then links the stored file to a record by ``(record_kind, record_id)`` in the
same transaction as the record itself. Rows are never deleted by the program: a wrong attachment is
corrected by a note on the record.

Typed errors: ``AttachmentTooLarge``, ``AttachmentEmpty`` and ``AttachmentUnreadable`` are
``ValidationError``s on the form's ``attachments`` field (the form keeps everything typed); a full
disk or a read-only data directory is a ``StorageError`` naming the problem. A copy that fails
half-way leaves nothing behind.

Usage (inside a service's transaction)::

    files = attachments.store_files(paths)                  # before the transaction: copies, checks
    with sessions.begin() as s:
        record = ...
        attachments.attach(s, actor, "work_order", record.id, files)
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import math
import mimetypes
import os
import stat
import tempfile
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.clock import Clock
from app.errors import Conflict, StorageError, StorageProblem, ValidationError
from app.permissions import Actor
from app.settings import SettingSpec, SettingsService, int_range
from app.storage import Sessions
from db.models.repairs import FILE_NAME_LENGTH, Attachment

ATTACHMENTS_FIELD = "attachments"
ATTACHMENT_KIND = "attachment"
FILE_MISSING = "file_missing"  # Conflict reason: the stored file is not in the data folder of this PC
FILE_CHANGED = "file_changed"  # Conflict reason: the stored file no longer has the digest it was saved with
VIEW_DIR = "opened"  # copies made for a viewer, under their own names
VIEW_DIGEST_CHARS = 16
VIEW_KEEP = 50  # opened copies kept before the oldest are removed
_IN_BATCH = 500  # ids per IN (...) query
_FIRST_PRINTABLE = 32
_UNSAFE_NAME_CHARS = frozenset('<>:"/\\|?*')
_RESERVED_WINDOWS_NAMES = frozenset(
    {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
)
MAX_SIZE_MB = SettingSpec("attachments.max_mb", 10, int_range("attachments.max_mb", 1, 200))
ATTACHMENT_SPECS: tuple[SettingSpec[int], ...] = (MAX_SIZE_MB,)
MAX_FILES_PER_RECORD = 20
BYTES_PER_MB = 1024 * 1024
_CHUNK = 1024 * 1024
_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


class AttachmentRule:
    TOO_LARGE = "attachment_too_large"
    EMPTY = "attachment_empty"
    UNREADABLE = "attachment_unreadable"
    TOO_MANY = "attachment_too_many"


class AttachmentTooLarge(ValidationError):
    """``params``: ``name`` (file name), ``size_mb`` and ``max_mb``."""

    def __init__(self, name: str, size: int, max_mb: int) -> None:
        super().__init__(
            ATTACHMENTS_FIELD,
            AttachmentRule.TOO_LARGE,
            # rounded up: a file just over the limit must not read as "1.0 MB, up to 1 MB allowed"
            {"name": name, "size_mb": f"{math.ceil(size * 10 / BYTES_PER_MB) / 10:.1f}", "max_mb": max_mb},
        )


class AttachmentEmpty(ValidationError):
    """The chosen file has nothing in it (0 bytes: a copy from a phone or a card that did not finish);
    kept as evidence it would show nothing. ``params``: ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__(ATTACHMENTS_FIELD, AttachmentRule.EMPTY, {"name": name})


class AttachmentUnreadable(ValidationError):
    """The chosen file is missing, a folder, or cannot be read. ``params``: ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__(ATTACHMENTS_FIELD, AttachmentRule.UNREADABLE, {"name": name})


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A file copied into the store, not yet linked to a record."""

    sha256: str
    size: int
    file_name: str
    media_type: str


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    id: uuid.UUID
    record_kind: str
    record_id: str
    sha256: str
    size: int
    file_name: str
    media_type: str
    added_at: datetime
    added_by_id: uuid.UUID | None

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def _row(a: Attachment) -> AttachmentRow:
    return AttachmentRow(
        a.id, a.record_kind, a.record_id, a.sha256, a.size, a.file_name, a.media_type, a.created_at, a.added_by_id
    )


def _display_name(path: Path) -> str:
    name = path.name or "file"
    if len(name) <= FILE_NAME_LENGTH:
        return name
    stem, suffix = os.path.splitext(name)
    return stem[: FILE_NAME_LENGTH - len(suffix)] + suffix


class AttachmentService:
    def __init__(
        self, sessions: Sessions, clock: Clock, audit: AuditLog, settings: SettingsService, root: Path
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._root = root

    @property
    def root(self) -> Path:
        return self._root

    def max_bytes(self) -> int:
        return self._settings.get(MAX_SIZE_MB) * BYTES_PER_MB

    def path_of(self, sha256: str) -> Path:
        """Where the stored file with this digest lives."""
        return self._root / sha256[:2] / sha256

    # -- storing files (no transaction) -----------------------------------------------------------
    def check_files(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Refuse (without copying anything) too many files, or a file missing, unreadable or too
        large: a form can report this together with its other fields."""
        if len(paths) > MAX_FILES_PER_RECORD:
            raise ValidationError(ATTACHMENTS_FIELD, AttachmentRule.TOO_MANY, {"max": MAX_FILES_PER_RECORD})
        limit = self.max_bytes()
        for path in paths:
            self._check(Path(path), limit)

    def store_files(self, paths: Sequence[str | os.PathLike[str]]) -> list[StoredFile]:
        """Check and copy every file; the first problem raises and nothing is linked yet."""
        self.check_files(paths)  # check every size first: refuse before copying anything
        limit = self.max_bytes()
        return [self.store_file(path, limit) for path in paths]

    def _check(self, path: Path, limit: int) -> int:
        name = _display_name(path)
        try:
            if not path.is_file():
                raise AttachmentUnreadable(name)
            size = path.stat().st_size
        except OSError as error:
            raise AttachmentUnreadable(name) from error
        if size > limit:
            raise AttachmentTooLarge(name, size, limit // BYTES_PER_MB)
        if size == 0:
            raise AttachmentEmpty(name)
        return size

    def store_file(self, path: str | os.PathLike[str], limit: int | None = None) -> StoredFile:
        source = Path(path)
        name = _display_name(source)
        limit = self.max_bytes() if limit is None else limit
        self._check(source, limit)
        try:
            self._root.mkdir(parents=True, exist_ok=True)
            fd, tmp_name = tempfile.mkstemp(prefix=".incoming.", dir=self._root)
        except OSError as error:
            raise _storage_error(error, self._root) from error
        digest = hashlib.sha256()
        size = 0
        try:
            try:
                reader = source.open("rb")
            except OSError as error:
                raise AttachmentUnreadable(name) from error
            with reader, os.fdopen(fd, "wb") as out:
                while True:
                    try:
                        chunk = reader.read(_CHUNK)
                    except OSError as error:
                        raise AttachmentUnreadable(name) from error
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > limit:  # the file grew while we read it
                        raise AttachmentTooLarge(name, size, limit // BYTES_PER_MB)
                    digest.update(chunk)
                    try:
                        out.write(chunk)
                    except OSError as error:
                        raise _storage_error(error, self._root) from error
                try:
                    out.flush()
                    os.fsync(out.fileno())
                except OSError as error:
                    raise _storage_error(error, self._root) from error
            if size == 0:  # emptied while we read it
                raise AttachmentEmpty(name)
            sha = digest.hexdigest()
            target = self.path_of(sha)
            try:
                if target.exists():
                    os.unlink(tmp_name)
                else:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(tmp_name, target)
            except OSError as error:
                raise _storage_error(error, self._root) from error
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        media_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return StoredFile(sha, size, name, media_type)

    # -- linking (inside the caller's transaction) ------------------------------------------------
    def attach(
        self,
        session: Session,
        actor: Actor | None,
        record_kind: str,
        record_id: uuid.UUID | str,
        files: Iterable[StoredFile],
    ) -> list[uuid.UUID]:
        return [self._link(session, actor, record_kind, record_id, stored, None) for stored in files]

    def copy_references(
        self,
        session: Session,
        actor: Actor | None,
        attachment_ids: Iterable[uuid.UUID],
        record_kind: str,
        record_id: uuid.UUID | str,
    ) -> list[uuid.UUID]:
        """Link existing attachments (of another record) to this record too: the file is shared."""
        wanted = list(dict.fromkeys(attachment_ids))
        if not wanted:
            return []
        found = {a.id: a for a in session.execute(select(Attachment).where(Attachment.id.in_(wanted))).scalars()}
        missing = [a for a in wanted if a not in found]
        if missing:
            raise ValidationError(ATTACHMENTS_FIELD, "not_found", {"id": str(missing[0])})
        return [
            self._link(
                session,
                actor,
                record_kind,
                record_id,
                StoredFile(found[a].sha256, found[a].size, found[a].file_name, found[a].media_type),
                found[a].id,
            )
            for a in wanted
        ]

    def _link(
        self,
        session: Session,
        actor: Actor | None,
        record_kind: str,
        record_id: uuid.UUID | str,
        stored: StoredFile,
        copied_from: uuid.UUID | None,
    ) -> uuid.UUID:
        row = Attachment(
            record_kind=record_kind,
            record_id=str(record_id),
            sha256=stored.sha256,
            size=stored.size,
            file_name=stored.file_name,
            media_type=stored.media_type,
            added_by_id=actor.operator_id if actor else None,
            copied_from_id=copied_from,
        )
        session.add(row)
        session.flush()
        details: dict[str, str | int | None] = {"attachment": str(row.id), "sha256": stored.sha256, "size": stored.size}
        if copied_from is not None:
            details["from"] = str(copied_from)
        self._audit.append(
            session,
            at=self._clock.now(),
            actor=actor,
            action="attachment.added" if copied_from is None else "attachment.copied",
            record_kind=record_kind,
            record_id=str(record_id),
            details=details,
        )
        return row.id

    # -- reading ----------------------------------------------------------------------------------
    def for_record(self, record_kind: str, record_id: uuid.UUID | str) -> list[AttachmentRow]:
        with self._sessions.read() as s:
            return self.for_record_in(s, record_kind, record_id)

    @staticmethod
    def for_record_in(session: Session, record_kind: str, record_id: uuid.UUID | str) -> list[AttachmentRow]:
        query = (
            select(Attachment)
            .where(Attachment.record_kind == record_kind, Attachment.record_id == str(record_id))
            .order_by(Attachment.created_at, Attachment.hlc)  # as chosen
        )
        return [_row(a) for a in session.execute(query).scalars()]

    @staticmethod
    def for_records_in(
        session: Session, record_kind: str, record_ids: Iterable[uuid.UUID | str]
    ) -> dict[str, list[AttachmentRow]]:
        """The attachments of many records of one kind at once, keyed by ``str(record_id)``."""
        wanted = sorted({str(r) for r in record_ids})
        found: dict[str, list[AttachmentRow]] = {}
        for start in range(0, len(wanted), _IN_BATCH):
            batch = wanted[start : start + _IN_BATCH]
            query = (
                select(Attachment)
                .where(Attachment.record_kind == record_kind, Attachment.record_id.in_(batch))
                .order_by(Attachment.created_at, Attachment.hlc)  # as chosen
            )
            for a in session.execute(query).scalars():
                found.setdefault(a.record_id, []).append(_row(a))
        return found

    def ids_for_record(self, record_kind: str, record_id: uuid.UUID | str) -> list[uuid.UUID]:
        return [row.id for row in self.for_record(record_kind, record_id)]

    def open_path(self, row: AttachmentRow) -> Path:
        """The stored file of ``row``; ``StorageError(MISSING)`` if it was lost from the disk."""
        path = self.path_of(row.sha256)
        if not path.is_file():
            raise StorageError(StorageProblem.MISSING, where=str(path))
        return path

    def viewable_copy(self, row: AttachmentRow) -> Path:
        """A copy of ``row``'s file under its own name, for the PC's viewer to open.

        The store names files by digest, without an extension, so no viewer would know what they are;
        and a viewer must never change the stored file (it is evidence). The copy goes into
        ``<attachments>/opened/<digest>/<name>``, read-only, after checking the stored file still
        has its digest. Errors: ``Conflict("attachment", FILE_MISSING | FILE_CHANGED, {"name"})``
        and ``StorageError`` when the copy cannot be written.
        """
        source = self.path_of(row.sha256)
        if not source.is_file():
            raise Conflict(ATTACHMENT_KIND, FILE_MISSING, {"name": row.file_name})
        folder = self._root / VIEW_DIR / row.sha256[:VIEW_DIGEST_CHARS]
        target = folder / viewable_name(row.file_name, row.media_type)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _prune_views(self._root / VIEW_DIR, keep=folder)
            fd, tmp_name = tempfile.mkstemp(prefix=".opening.", dir=folder)
        except OSError as error:
            raise _storage_error(error, self._root) from error
        try:
            digest = hashlib.sha256()
            try:
                with source.open("rb") as reader, os.fdopen(fd, "wb") as out:
                    while chunk := reader.read(_CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
            except OSError as error:
                raise _storage_error(error, folder) from error
            if digest.hexdigest() != row.sha256:
                raise Conflict(ATTACHMENT_KIND, FILE_CHANGED, {"name": row.file_name})
            try:
                if target.exists():
                    os.chmod(target, stat.S_IREAD | stat.S_IWRITE)  # Windows cannot replace a read-only file
                os.replace(tmp_name, target)
                os.chmod(target, stat.S_IREAD)
            except OSError as error:
                raise _storage_error(error, folder) from error
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
        return target


def viewable_name(file_name: str, media_type: str) -> str:
    """``file_name`` made safe as a file name on any PC (it may come from another desk's system),
    keeping its extension so the viewer knows the kind of file."""
    name = "".join("_" if ch in _UNSAFE_NAME_CHARS or ord(ch) < _FIRST_PRINTABLE else ch for ch in file_name)
    name = name.strip().lstrip(".").rstrip(". ")
    if not name:
        name = "attachment" + (mimetypes.guess_extension(media_type) or "")
    if name.split(".")[0].upper() in _RESERVED_WINDOWS_NAMES:
        name = "_" + name
    return name


def _prune_views(folder: Path, keep: Path) -> None:
    """Keep the ``VIEW_KEEP`` most recently opened copies; older ones go (a file still open in a
    viewer on Windows cannot be removed: it stays until next time)."""
    try:
        opened = sorted((p for p in folder.iterdir() if p.is_dir() and p != keep), key=lambda p: p.stat().st_mtime)
    except OSError:
        return
    for old in opened[: max(0, len(opened) - VIEW_KEEP + 1)]:
        for child in old.iterdir():
            with contextlib.suppress(OSError):
                os.chmod(child, stat.S_IREAD | stat.S_IWRITE)
                child.unlink()
        with contextlib.suppress(OSError):
            old.rmdir()


def _storage_error(error: OSError, where: Path) -> StorageError:
    if error.errno in _DISK_FULL_ERRNOS:
        return StorageError(StorageProblem.DISK_FULL, where=str(where))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StorageError(StorageProblem.READ_ONLY, where=str(where))
    return StorageError(StorageProblem.IO, where=str(where), detail=type(error).__name__)
