"""The duty log (值班日誌): append-only entries for the shift, corrected by amendments.

An entry is never edited: ``amend`` writes a new row pointing at the original, with the corrected
text, who corrected it, when and why. The timeline shows each original with its amendments under it;
the entry's current text is that of its latest amendment.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.attachments import AttachmentRow, AttachmentService
from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.duty.common import (
    LOCATION_MAX_CHARS,
    REASON_MAX_CHARS,
    TEXT_MAX_CHARS,
    WRITE_LOG,
    LogKind,
    check_moment,
    collect,
    open_shift_id,
    operator_names,
    raise_all,
    require_desk,
)
from app.duty.work_orders import SourceKind, WorkOrderLink, links_for
from app.errors import NotFound, Rule, ValidationError
from app.handover_sources import HandoverItem, HandoverItemKind
from app.permissions import Actor, require
from app.severity import Severity
from app.storage import Sessions
from app.text import clean_text
from db.models.duty import DutyLogEntry

MAX_INSTRUCTION_DAYS = 31
TIMELINE_PAGE = 200


@dataclass(frozen=True, slots=True)
class NewLogEntry:
    kind: str
    text: str
    location: str = ""
    at: datetime | None = None  # when it happened; now if None
    valid_until: datetime | None = None  # instructions: keep handing it over until then
    attachment_paths: Sequence[str] = ()  # photos / files chosen at the desk


@dataclass(frozen=True, slots=True)
class AmendmentRow:
    id: uuid.UUID
    at: datetime
    author_id: uuid.UUID
    author_name: str
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class LogEntryRow:
    id: uuid.UUID
    desk_id: uuid.UUID
    shift_id: uuid.UUID | None
    at: datetime  # when it happened
    written_at: datetime
    author_id: uuid.UUID
    author_name: str
    kind: LogKind
    location: str
    original_text: str
    valid_until: datetime | None
    amendments: tuple[AmendmentRow, ...] = ()
    # Files of the entry and of its amendments (an amendment keeps the original's and may add more).
    attachments: tuple[AttachmentRow, ...] = ()
    work_orders: tuple[WorkOrderLink, ...] = ()  # made from this entry

    @property
    def text(self) -> str:
        """The current text: the latest amendment's, or the original."""
        return self.amendments[-1].text if self.amendments else self.original_text

    @property
    def amended(self) -> bool:
        return bool(self.amendments)


def parse_kind(value: str) -> LogKind:
    try:
        return LogKind(value)
    except ValueError as error:
        raise ValidationError("kind", Rule.CHOICE) from error


class DutyLogService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog, attachments: AttachmentService) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._attachments = attachments

    @changes(ChangeKind.DUTY_LOG)
    def add(self, actor: Actor, entry: NewLogEntry) -> LogEntryRow:
        require(actor, WRITE_LOG)
        desk_id = require_desk(actor)
        now = self._clock.now()
        errors: list[ValidationError] = []
        kind = collect(errors, lambda: parse_kind(entry.kind))
        text = collect(
            errors, lambda: clean_text(entry.text, "text", max_chars=TEXT_MAX_CHARS, required=True, multiline=True)
        )
        location = collect(errors, lambda: clean_text(entry.location, "location", max_chars=LOCATION_MAX_CHARS))
        at = collect(errors, lambda: check_moment(entry.at, now, "at"))
        until = collect(errors, lambda: _check_until(entry.valid_until, now, kind))
        collect(errors, lambda: self._attachments.check_files(entry.attachment_paths))
        raise_all(errors)
        assert kind is not None and text is not None and at is not None
        stored = self._attachments.store_files(entry.attachment_paths)
        with self._sessions.begin() as s:
            row = DutyLogEntry(
                desk_id=desk_id,
                shift_id=open_shift_id(s, desk_id),
                author_id=actor.operator_id,
                at=at,
                kind=kind.value,
                location=location or "",
                text=text,
                valid_until=until,
                reason="",
            )
            s.add(row)
            s.flush()
            self._attachments.attach(s, actor, SourceKind.LOG.value, row.id, stored)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="log.added",
                record_kind="log",
                record_id=row.id,
                details={"kind": kind.value, "chars": len(text), "attachments": len(stored)},
            )
            return _rows(s, [row], {})[0]

    @changes(ChangeKind.DUTY_LOG)
    def amend(
        self, actor: Actor, entry_id: uuid.UUID, text: str, reason: str, attachment_paths: Sequence[str] = ()
    ) -> LogEntryRow:
        """Correct an entry: a new row with the corrected text and the reason; the original stays, with
        its attachments. Files given here (a photo forgotten the first time) belong to the amendment."""
        require(actor, WRITE_LOG)
        errors: list[ValidationError] = []
        new_text = collect(
            errors, lambda: clean_text(text, "text", max_chars=TEXT_MAX_CHARS, required=True, multiline=True)
        )
        why = collect(errors, lambda: clean_text(reason, "reason", max_chars=REASON_MAX_CHARS, required=True))
        collect(errors, lambda: self._attachments.check_files(attachment_paths))
        raise_all(errors)
        stored = self._attachments.store_files(attachment_paths)
        now = self._clock.now()
        with self._sessions.begin() as s:
            original = s.get(DutyLogEntry, entry_id)
            if original is None:
                raise NotFound("log", str(entry_id))
            if original.amends_id is not None:  # amend the entry, not an amendment
                original = s.get(DutyLogEntry, original.amends_id)
                assert original is not None
            amendment = DutyLogEntry(
                desk_id=original.desk_id,
                shift_id=original.shift_id,
                author_id=actor.operator_id,
                at=now,
                kind=original.kind,
                location=original.location,
                text=new_text,
                valid_until=original.valid_until,
                amends_id=original.id,
                reason=why,
            )
            s.add(amendment)
            s.flush()
            self._attachments.attach(s, actor, SourceKind.LOG.value, amendment.id, stored)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="log.amended",
                record_kind="log",
                record_id=original.id,
                details={"amendment": str(amendment.id), "attachments": len(stored)},
            )
            return _with_amendments(s, [original])[0]

    def get(self, entry_id: uuid.UUID) -> LogEntryRow:
        with self._sessions.read() as s:
            row = s.get(DutyLogEntry, entry_id)
            if row is None or row.amends_id is not None:
                raise NotFound("log", str(entry_id))
            return _with_amendments(s, [row])[0]

    def timeline(
        self,
        desk_id: uuid.UUID,
        since: datetime,
        until: datetime | None = None,
        kind: str | None = None,
        limit: int = TIMELINE_PAGE,
    ) -> list[LogEntryRow]:
        """Entries (with their amendments) at ``desk_id`` that happened in [since, until], oldest first."""
        with self._sessions.read() as s:
            query = select(DutyLogEntry).where(
                DutyLogEntry.desk_id == desk_id,
                DutyLogEntry.at >= since,
                DutyLogEntry.amends_id.is_(None),
            )
            if until is not None:
                query = query.where(DutyLogEntry.at <= until)
            if kind:
                query = query.where(DutyLogEntry.kind == kind)
            entries = list(s.execute(query.order_by(DutyLogEntry.at.desc()).limit(limit)).scalars())
            entries.reverse()
            return _with_amendments(s, entries)

    def count(self, desk_id: uuid.UUID, since: datetime, until: datetime) -> int:
        with self._sessions.read() as s:
            return int(
                s.execute(
                    select(func.count())
                    .select_from(DutyLogEntry)
                    .where(
                        DutyLogEntry.desk_id == desk_id,
                        DutyLogEntry.at >= since,
                        DutyLogEntry.at <= until,
                        DutyLogEntry.amends_id.is_(None),
                    )
                ).scalar_one()
            )


class InstructionSource:
    """Handover source: supervisor instructions to pass on — those written this shift, and standing
    ones still valid."""

    def __init__(self, sessions: Sessions) -> None:
        self._sessions = sessions

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        with self._sessions.read() as s:
            kind = LogKind.INSTRUCTION.value
            base = and_(DutyLogEntry.desk_id == desk_id, DutyLogEntry.kind == kind, DutyLogEntry.amends_id.is_(None))
            query = select(DutyLogEntry).where(
                base,
                or_(
                    and_(DutyLogEntry.at >= shift_started_at, DutyLogEntry.at <= now),
                    DutyLogEntry.valid_until >= now,
                ),
            )
            entries = _with_amendments(s, list(s.execute(query.order_by(DutyLogEntry.at)).scalars()))
        return [
            HandoverItem(
                kind=HandoverItemKind.INSTRUCTION,
                ref_kind="log",
                ref_id=str(e.id),
                subject=e.text,
                place=e.location,
                since=e.at,
                due=e.valid_until,
                severity=Severity.INFO,
                facts=(("author", e.author_name),),
            )
            for e in entries
        ]


def _check_until(value: datetime | None, now: datetime, kind: LogKind | None) -> datetime | None:
    if value is None:
        return None
    if kind is not LogKind.INSTRUCTION:
        raise ValidationError("valid_until", "instructions_only")
    if value.tzinfo is None:
        raise ValidationError("valid_until", Rule.BAD_DATE)
    if value <= now:
        raise ValidationError("valid_until", "in_past")
    if value - now > timedelta(days=MAX_INSTRUCTION_DAYS):
        raise ValidationError("valid_until", "too_far_ahead", {"days": MAX_INSTRUCTION_DAYS})
    return value


def _with_amendments(s: Session, entries: list[DutyLogEntry]) -> list[LogEntryRow]:
    if not entries:
        return []
    amendments: dict[uuid.UUID, list[DutyLogEntry]] = {}
    ids = [e.id for e in entries]
    for row in s.execute(
        select(DutyLogEntry).where(DutyLogEntry.amends_id.in_(ids)).order_by(DutyLogEntry.at, DutyLogEntry.hlc)
    ).scalars():
        assert row.amends_id is not None
        amendments.setdefault(row.amends_id, []).append(row)
    return _rows(s, entries, amendments)


def _rows(
    s: Session, entries: list[DutyLogEntry], amendments: dict[uuid.UUID, list[DutyLogEntry]]
) -> list[LogEntryRow]:
    authors = {e.author_id for e in entries} | {a.author_id for rows in amendments.values() for a in rows}
    names = operator_names(s, set(authors))
    record_ids = [e.id for e in entries] + [a.id for rows in amendments.values() for a in rows]
    files = AttachmentService.for_records_in(s, SourceKind.LOG.value, record_ids)
    links = links_for(s, SourceKind.LOG, [e.id for e in entries])
    out = []
    for e in entries:
        own = [*files.get(str(e.id), []), *(f for a in amendments.get(e.id, []) for f in files.get(str(a.id), []))]
        out.append(
            LogEntryRow(
                e.id,
                e.desk_id,
                e.shift_id,
                e.at,
                e.created_at,
                e.author_id,
                names.get(e.author_id, ""),
                LogKind(e.kind),
                e.location,
                e.text,
                e.valid_until,
                tuple(
                    AmendmentRow(a.id, a.at, a.author_id, names.get(a.author_id, ""), a.text, a.reason)
                    for a in amendments.get(e.id, [])
                ),
                tuple(own),
                links.get(str(e.id), ()),
            )
        )
    return out
