"""The shift handover (交接班): ending a shift compiles every open matter, the incoming guard
acknowledges each one, and both confirm with their PINs.

1. ``compile`` asks every injected ``HandoverSource`` for its open items at the desk and stores them
   as a snapshot (compiling again refreshes the snapshot and keeps the decisions already given).
2. ``acknowledge``: the incoming operator accepts, queries (with a comment) or refuses (with a
   comment) each item; every decision is saved at once (nothing is lost if the PC dies).
3. ``sign``: both PINs are checked; with no item pending, the sign-off is recorded. If every item was
   accepted or queried, the outgoing shift ends (HANDED_OVER) in the same transaction; if one was
   refused, the handover stays open as REFUSED and is flagged to the supervisor.
4. ``close``: a supervisor (or anyone with a supervisor's approval) closes a refused or stuck
   handover with a reason; the shift ends, recorded with the approver.
Queried items stay on the dashboard until someone answers them (``resolve_query``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.auth import AuthService
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.duty.common import (
    HAND_OVER,
    REASON_MAX_CHARS,
    RESOLVE_QUERY,
    TEXT_MAX_CHARS,
    Acknowledgement,
    HandoverStatus,
    operator_names,
    require_desk,
)
from app.errors import AuthenticationError, Conflict, NotFound, Rule, ValidationError
from app.handover_sources import HandoverItem, HandoverItemKind, HandoverSource
from app.permissions import END_OTHERS_SHIFT, Actor, Approval, Permission, require
from app.severity import Severity
from app.shifts import ShiftService, ShiftStatus
from app.storage import Sessions
from app.text import clean_text
from db.models.core import Desk, Operator, Shift
from db.models.duty import Handover, HandoverLine

# A supervisor closes a refused or stuck handover like ending somebody else's shift (approvable in place).
CLOSE_HANDOVER: Permission = END_OTHERS_SHIFT
NOTE_MAX_CHARS = TEXT_MAX_CHARS
COMMENT_MAX_CHARS = 500
HISTORY_PAGE = 50
SUBJECT_MAX_CHARS = 120
_OPEN = (HandoverStatus.PENDING.value, HandoverStatus.REFUSED.value)
_KIND_ORDER = {kind: n for n, kind in enumerate(HandoverItemKind)}


@dataclass(frozen=True, slots=True)
class HandoverItemRow:
    id: uuid.UUID
    position: int
    kind: HandoverItemKind
    ref_kind: str
    ref_id: str
    subject: str
    place: str
    since: datetime | None
    due: datetime | None
    severity: Severity
    facts: tuple[tuple[str, str], ...]
    ack: Acknowledgement
    ack_comment: str
    ack_at: datetime | None
    ack_by_name: str
    resolved_at: datetime | None
    resolution: str

    def fact(self, code: str, default: str = "") -> str:
        return next((value for key, value in self.facts if key == code), default)


@dataclass(frozen=True, slots=True)
class HandoverRow:
    id: uuid.UUID
    desk_id: uuid.UUID
    desk_name: str
    shift_id: uuid.UUID
    shift_pattern: str
    shift_started_at: datetime
    outgoing_id: uuid.UUID
    outgoing_name: str
    incoming_id: uuid.UUID | None
    incoming_name: str
    compiled_at: datetime
    note: str
    status: HandoverStatus
    signed_at: datetime | None
    closed_by_name: str
    closed_at: datetime | None
    close_reason: str
    items: tuple[HandoverItemRow, ...] = ()

    @property
    def pending(self) -> tuple[HandoverItemRow, ...]:
        return tuple(i for i in self.items if i.ack is Acknowledgement.PENDING)

    def count(self, ack: Acknowledgement) -> int:
        return sum(1 for i in self.items if i.ack is ack)

    @property
    def is_open(self) -> bool:
        return self.status.value in _OPEN


@dataclass(frozen=True, slots=True)
class SignOff:
    handover: HandoverRow
    incoming: Actor  # the incoming operator, PIN-checked: the UI makes them the active operator


@dataclass(frozen=True, slots=True)
class QueryRow:
    """A queried item not answered yet, with the handover it belongs to."""

    handover_id: uuid.UUID
    signed_at: datetime | None
    outgoing_name: str
    incoming_name: str
    item: HandoverItemRow


class HandoverService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        auth: AuthService,
        shifts: ShiftService,
        sources: Sequence[HandoverSource],
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._auth = auth
        self._shifts = shifts
        self._sources = list(sources)

    def add_source(self, source: HandoverSource) -> None:
        """Register one more area's source (the composition root wires them all at start-up)."""
        self._sources.append(source)

    # -- compiling ---------------------------------------------------------------------------------
    def collect(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """Every source's open items, in handover order (no write)."""
        items = [item for source in self._sources for item in source.handover_items(desk_id, shift_started_at, now)]
        return sorted(
            items,
            key=lambda i: (_KIND_ORDER[i.kind], i.severity.rank, i.since or now, i.subject),
        )

    @changes(ChangeKind.HANDOVER)
    def compile(self, actor: Actor) -> HandoverRow:
        """Compile (or refresh) the handover of the open shift at the actor's desk."""
        require(actor, HAND_OVER)
        desk_id = require_desk(actor)
        now = self._clock.now()
        shift_row = self._shifts.current(desk_id)
        if shift_row is None:
            raise Conflict("handover", "no_shift")
        items = self.collect(desk_id, shift_row.started_at, now)
        with self._sessions.begin() as s:
            handover = s.execute(select(Handover).where(Handover.shift_id == shift_row.id)).scalar_one_or_none()
            kept: dict[tuple[str, str, str], HandoverLine] = {}
            if handover is None:
                handover = Handover(
                    desk_id=desk_id,
                    shift_id=shift_row.id,
                    outgoing_id=shift_row.operator_id,
                    compiled_at=now,
                    note="",
                    status=HandoverStatus.PENDING.value,
                    close_reason="",
                )
                s.add(handover)
                s.flush()
                action = "handover.compiled"
            else:
                if handover.status not in _OPEN:
                    raise Conflict("handover", "already_signed")
                kept = {(x.kind, x.ref_kind, x.ref_id): x for x in _lines(s, handover.id)}
                handover.compiled_at = now  # a refused handover stays flagged until signed or closed
                action = "handover.recompiled"
            self._store(s, actor, handover, items, kept, now, action)
            return _row(s, handover)

    def _store(
        self,
        s: Session,
        actor: Actor,
        handover: Handover,
        items: list[HandoverItem],
        kept: dict[tuple[str, str, str], HandoverLine],
        now: datetime,
        action: str,
    ) -> None:
        """Make the stored snapshot the open matters ``items``: new ones added (pending), gone ones
        removed, the same matter refreshed with its decision kept."""
        wanted = {(i.kind.value, i.ref_kind, i.ref_id) for i in items}
        for key, gone in kept.items():
            if key not in wanted:
                s.delete(gone)
        s.flush()
        for position, item in enumerate(items, start=1):
            before = kept.get((item.kind.value, item.ref_kind, item.ref_id))
            if before is None:
                s.add(_line(handover.id, position, item))
            else:
                _refresh(before, position, item)  # same matter: same id, its decision kept
        s.flush()
        self._audit.append(
            s,
            at=now,
            actor=actor,
            action=action,
            record_kind="handover",
            record_id=handover.id,
            details={"items": len(items), "kept": len(wanted & set(kept))},
        )

    @changes(ChangeKind.HANDOVER)
    def refresh_before_signing(self, actor: Actor, handover_id: uuid.UUID) -> HandoverRow:
        """Compile the open handover again from live data, just before both sign: the snapshot then
        holds the desk's state at the moment of signing (a matter that appeared since is pending and
        must be acknowledged; one closed since is gone; decisions on the others are kept)."""
        require(actor, HAND_OVER)
        with self._sessions.read() as s:
            handover = _open_handover(s, handover_id)
            desk_id, shift_id = handover.desk_id, handover.shift_id
            shift = s.get(Shift, shift_id)
            assert shift is not None
            started = shift.started_at
        now = self._clock.now()
        items = self.collect(desk_id, started, now)
        with self._sessions.begin() as s:
            handover = _open_handover(s, handover_id)
            kept = {(x.kind, x.ref_kind, x.ref_id): x for x in _lines(s, handover.id)}
            wanted = {(i.kind.value, i.ref_kind, i.ref_id) for i in items}
            if wanted != set(kept) or handover.compiled_at is None:
                handover.compiled_at = now
                self._store(s, actor, handover, items, kept, now, "handover.recompiled")
            else:
                for position, item in enumerate(items, start=1):
                    _refresh(kept[(item.kind.value, item.ref_kind, item.ref_id)], position, item)
                handover.compiled_at = now
            return _row(s, handover)

    @changes(ChangeKind.HANDOVER)
    def set_note(self, actor: Actor, handover_id: uuid.UUID, note: str) -> HandoverRow:
        require(actor, HAND_OVER)
        text = clean_text(note, "handover_note", max_chars=NOTE_MAX_CHARS, multiline=True)
        with self._sessions.begin() as s:
            handover = _open_handover(s, handover_id)
            handover.note = text
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="handover.note",
                record_kind="handover",
                record_id=handover.id,
                details={"chars": len(text)},
            )
            return _row(s, handover)

    # -- acknowledging -----------------------------------------------------------------------------
    @changes(ChangeKind.HANDOVER)
    def acknowledge(
        self, actor: Actor, item_id: uuid.UUID, incoming_id: uuid.UUID, decision: str, comment: str = ""
    ) -> HandoverRow:
        """The incoming operator's decision on one item; a query or a refusal needs a comment."""
        require(actor, HAND_OVER)
        try:
            ack = Acknowledgement(decision)
        except ValueError as error:
            raise ValidationError("decision", Rule.CHOICE) from error
        if ack is Acknowledgement.PENDING:
            raise ValidationError("decision", Rule.CHOICE)
        needs_comment = ack in (Acknowledgement.QUERIED, Acknowledgement.REFUSED)
        text = clean_text(
            comment, "handover_comment", max_chars=COMMENT_MAX_CHARS, required=needs_comment, multiline=True
        )
        now = self._clock.now()
        with self._sessions.begin() as s:
            line = s.get(HandoverLine, item_id)
            if line is None:
                raise NotFound("handover_item", str(item_id))
            handover = _open_handover(s, line.handover_id)
            _check_incoming(s, handover, incoming_id)
            line.ack, line.ack_comment, line.ack_at, line.ack_by_id = ack.value, text, now, incoming_id
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="handover.acknowledged",
                record_kind="handover",
                record_id=handover.id,
                details={"item": str(line.id), "decision": ack.value, "incoming": str(incoming_id)},
            )
            return _row(s, handover)

    @changes(ChangeKind.HANDOVER, ChangeKind.SHIFT)
    def sign(
        self, actor: Actor, handover_id: uuid.UUID, outgoing_pin: str, incoming_id: uuid.UUID, incoming_pin: str
    ) -> SignOff:
        """Both operators confirm with their PINs. Ends the outgoing shift unless an item was refused.
        The snapshot is compiled again first (``refresh_before_signing``): a matter that came up since
        the incoming guard went through the list stops the signing until it is acknowledged."""
        require(actor, HAND_OVER)
        self.refresh_before_signing(actor, handover_id)
        with self._sessions.read() as s:
            handover = _open_handover(s, handover_id)
            _check_incoming(s, handover, incoming_id)
            lines = _lines(s, handover.id)
            pending = sum(1 for line in lines if line.ack == Acknowledgement.PENDING.value)
            if pending:
                raise Conflict("handover", "unacknowledged", {"count": pending})
            if any(line.ack_by_id != incoming_id for line in lines):
                raise Conflict("handover", "other_incoming")
            outgoing_id, desk_id, shift_id = handover.outgoing_id, handover.desk_id, handover.shift_id
        outgoing = self._confirm(outgoing_id, outgoing_pin, desk_id, "outgoing_pin")
        incoming = self._confirm(incoming_id, incoming_pin, desk_id, "incoming_pin")
        now = self._clock.now()
        with self._sessions.begin() as s:
            handover = _open_handover(s, handover_id)
            lines = _lines(s, handover.id)
            if any(line.ack == Acknowledgement.PENDING.value for line in lines):  # changed meanwhile
                raise Conflict("handover", "unacknowledged", {"count": 1})
            refused = sum(1 for line in lines if line.ack == Acknowledgement.REFUSED.value)
            queried = sum(1 for line in lines if line.ack == Acknowledgement.QUERIED.value)
            handover.incoming_id = incoming_id
            handover.signed_at = now
            handover.status = (HandoverStatus.REFUSED if refused else HandoverStatus.SIGNED).value
            if not refused:
                self._shifts.end_in(s, outgoing.with_shift(shift_id), shift_id, status=ShiftStatus.HANDED_OVER)
            self._audit.append(
                s,
                at=now,
                actor=outgoing,
                action="handover.refused" if refused else "handover.signed",
                record_kind="handover",
                record_id=handover.id,
                details={"incoming": str(incoming_id), "items": len(lines), "queried": queried, "refused": refused},
            )
            row = _row(s, handover)
        return SignOff(row, incoming.with_shift(None))

    @changes(ChangeKind.HANDOVER, ChangeKind.SHIFT)
    def close(self, actor: Actor, handover_id: uuid.UUID, reason: str, approval: Approval | None = None) -> HandoverRow:
        """A supervisor closes a refused or stuck handover; the outgoing shift ends (ENDED), recorded."""
        approver = require(actor, CLOSE_HANDOVER, approval)
        why = clean_text(reason, "reason", max_chars=REASON_MAX_CHARS, required=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            handover = _open_handover(s, handover_id)
            shift = s.get(Shift, handover.shift_id)
            if shift is not None and shift.ended_at is None:
                self._shifts.end_in(s, actor, shift.id, approval, status=ShiftStatus.ENDED)
            handover.status = HandoverStatus.CLOSED.value
            handover.closed_by_id = approver or actor.operator_id
            handover.closed_at = now
            handover.close_reason = why
            self._audit.append(
                s,
                at=now,
                actor=actor,
                approver_id=approver,
                action="handover.closed",
                record_kind="handover",
                record_id=handover.id,
                details={"pending": sum(1 for x in _lines(s, handover.id) if x.ack == "pending")},
            )
            return _row(s, handover)

    @changes(ChangeKind.HANDOVER, ChangeKind.SHIFT)
    def close_shift(self, actor: Actor, reason: str, approval: Approval | None = None) -> HandoverRow:
        """The desk's open shift cannot be handed over (its guard has left): compile what is open, for
        the record, and close it with a supervisor's approval and reason."""
        require(actor, CLOSE_HANDOVER, approval)
        clean_text(reason, "reason", max_chars=REASON_MAX_CHARS, required=True)
        handover = self.compile(actor)
        return self.close(actor, handover.id, reason, approval)

    @changes(ChangeKind.HANDOVER)
    def resolve_query(self, actor: Actor, item_id: uuid.UUID, answer: str) -> HandoverRow:
        """Answer a queried item (it leaves the dashboard's list of open queries)."""
        require(actor, RESOLVE_QUERY)
        text = clean_text(answer, "query_answer", max_chars=COMMENT_MAX_CHARS, required=True, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            line = s.get(HandoverLine, item_id)
            if line is None:
                raise NotFound("handover_item", str(item_id))
            if line.ack != Acknowledgement.QUERIED.value or line.resolved_at is not None:
                raise Conflict("handover", "not_queried")
            line.resolved_at, line.resolved_by_id, line.resolution = now, actor.operator_id, text
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="handover.query_resolved",
                record_kind="handover",
                record_id=line.handover_id,
                details={"item": str(line.id)},
            )
            handover = s.get(Handover, line.handover_id)
            assert handover is not None
            return _row(s, handover)

    # -- reading -----------------------------------------------------------------------------------
    def get(self, handover_id: uuid.UUID) -> HandoverRow:
        with self._sessions.read() as s:
            handover = s.get(Handover, handover_id)
            if handover is None:
                raise NotFound("handover", str(handover_id))
            return _row(s, handover)

    def for_shift(self, shift_id: uuid.UUID) -> HandoverRow | None:
        with self._sessions.read() as s:
            handover = s.execute(select(Handover).where(Handover.shift_id == shift_id)).scalar_one_or_none()
            return None if handover is None else _row(s, handover)

    def last(self, desk_id: uuid.UUID | None = None) -> HandoverRow | None:
        """The latest handover that was signed or closed (at one desk, or anywhere)."""
        with self._sessions.read() as s:
            query = select(Handover).where(Handover.status.notin_((HandoverStatus.PENDING.value,)))
            if desk_id is not None:
                query = query.where(Handover.desk_id == desk_id)
            handover = s.execute(query.order_by(Handover.compiled_at.desc()).limit(1)).scalars().first()
            return None if handover is None else _row(s, handover)

    def refused(self) -> list[HandoverRow]:
        """Handovers the incoming guard refused that nobody has closed: for the supervisor."""
        with self._sessions.read() as s:
            rows = s.execute(
                select(Handover).where(Handover.status == HandoverStatus.REFUSED.value).order_by(Handover.compiled_at)
            ).scalars()
            return [_row(s, h) for h in rows]

    def open_queries(self, limit: int = 20) -> list[QueryRow]:
        with self._sessions.read() as s:
            lines = list(
                s.execute(
                    select(HandoverLine)
                    .where(HandoverLine.ack == Acknowledgement.QUERIED.value, HandoverLine.resolved_at.is_(None))
                    .order_by(HandoverLine.ack_at.desc())
                    .limit(limit)
                ).scalars()
            )
            handovers = {
                h.id: h
                for h in s.execute(select(Handover).where(Handover.id.in_({x.handover_id for x in lines}))).scalars()
            }
            names = operator_names(
                s,
                {h.outgoing_id for h in handovers.values()}
                | {h.incoming_id for h in handovers.values()}
                | {x.ack_by_id for x in lines},
            )
            out = []
            for line in lines:
                h = handovers[line.handover_id]
                out.append(
                    QueryRow(
                        h.id,
                        h.signed_at,
                        names.get(h.outgoing_id, ""),
                        names.get(h.incoming_id, "") if h.incoming_id else "",
                        _item_row(line, names),
                    )
                )
            return out

    def history(
        self,
        text: str = "",
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = HISTORY_PAGE,
        offset: int = 0,
    ) -> list[HandoverRow]:
        """Past handovers, newest first; ``text`` matches the note, an item, a comment or a name."""
        with self._sessions.read() as s:
            query = _history_query(s, text, since, until)
            rows = s.execute(query.order_by(Handover.compiled_at.desc()).limit(limit).offset(offset)).scalars()
            return [_row(s, h, with_items=False) for h in rows]

    def history_count(self, text: str = "", since: datetime | None = None, until: datetime | None = None) -> int:
        with self._sessions.read() as s:
            query = _history_query(s, text, since, until).with_only_columns(func.count(Handover.id))
            return int(s.execute(query).scalar_one())

    # -- internals ---------------------------------------------------------------------------------
    def _confirm(self, operator_id: uuid.UUID, pin: str, desk_id: uuid.UUID, field: str) -> Actor:
        try:
            return self._auth.confirm_pin(operator_id, pin, desk_id)
        except AuthenticationError as error:
            params = {"seconds": max(1, round(error.retry_after_s)), "left": error.attempts_left}
            raise ValidationError(field, f"pin_{error.reason.value}", params) from error


def _history_query(s: Session, text: str, since: datetime | None, until: datetime | None):  # type: ignore[no-untyped-def]
    query = select(Handover).where(Handover.status != HandoverStatus.PENDING.value)
    if since is not None:
        query = query.where(Handover.compiled_at >= since)
    if until is not None:
        query = query.where(Handover.compiled_at <= until)
    needle = clean_text(text, "search", max_chars=60)
    if needle:
        pattern = "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        in_items = select(HandoverLine.handover_id).where(
            or_(
                HandoverLine.subject.ilike(pattern, escape="\\"),
                HandoverLine.place.ilike(pattern, escape="\\"),
                HandoverLine.ack_comment.ilike(pattern, escape="\\"),
            )
        )
        by_name = select(Operator.id).where(Operator.display_name.ilike(pattern, escape="\\"))
        query = query.where(
            or_(
                Handover.note.ilike(pattern, escape="\\"),
                Handover.id.in_(in_items),
                Handover.outgoing_id.in_(by_name),
                Handover.incoming_id.in_(by_name),
            )
        )
    return query


def _check_incoming(s: Session, handover: Handover, incoming_id: uuid.UUID) -> None:
    if incoming_id == handover.outgoing_id:
        raise ValidationError("incoming", "same_as_outgoing")
    operator = s.get(Operator, incoming_id)
    if operator is None or not operator.active:
        raise ValidationError("incoming", Rule.NOT_FOUND)


def _open_handover(s: Session, handover_id: uuid.UUID) -> Handover:
    handover = s.get(Handover, handover_id)
    if handover is None:
        raise NotFound("handover", str(handover_id))
    if handover.status not in _OPEN:
        raise Conflict("handover", "already_signed")
    return handover


def _lines(s: Session, handover_id: uuid.UUID) -> list[HandoverLine]:
    return list(
        s.execute(
            select(HandoverLine).where(HandoverLine.handover_id == handover_id).order_by(HandoverLine.position)
        ).scalars()
    )


def _line(handover_id: uuid.UUID, position: int, item: HandoverItem) -> HandoverLine:
    line = HandoverLine(
        handover_id=handover_id,
        ack=Acknowledgement.PENDING.value,
        ack_comment="",
        resolution="",
        kind=item.kind.value,
        ref_kind=item.ref_kind,
        ref_id=item.ref_id,
    )
    _refresh(line, position, item)
    return line


def _refresh(line: HandoverLine, position: int, item: HandoverItem) -> None:
    line.position = position
    line.subject = item.subject[:SUBJECT_MAX_CHARS]
    line.place = item.place[:SUBJECT_MAX_CHARS]
    line.since = item.since
    line.due = item.due
    line.severity = item.severity.value
    line.facts_json = json.dumps([list(pair) for pair in item.facts], ensure_ascii=False)


def _item_row(line: HandoverLine, names: dict[uuid.UUID, str]) -> HandoverItemRow:
    facts = tuple((str(k), str(v)) for k, v in json.loads(line.facts_json or "[]"))
    return HandoverItemRow(
        line.id,
        line.position,
        HandoverItemKind(line.kind),
        line.ref_kind,
        line.ref_id,
        line.subject,
        line.place,
        line.since,
        line.due,
        Severity(line.severity),
        facts,
        Acknowledgement(line.ack),
        line.ack_comment,
        line.ack_at,
        names.get(line.ack_by_id, "") if line.ack_by_id else "",
        line.resolved_at,
        line.resolution,
    )


def _row(s: Session, handover: Handover, *, with_items: bool = True) -> HandoverRow:
    lines = _lines(s, handover.id) if with_items else []
    shift = s.get(Shift, handover.shift_id)
    assert shift is not None
    desk_name = s.execute(select(Desk.name).where(Desk.id == handover.desk_id)).scalar_one()
    names = operator_names(
        s, {handover.outgoing_id, handover.incoming_id, handover.closed_by_id} | {x.ack_by_id for x in lines}
    )
    return HandoverRow(
        handover.id,
        handover.desk_id,
        desk_name,
        handover.shift_id,
        shift.pattern,
        shift.started_at,
        handover.outgoing_id,
        names.get(handover.outgoing_id, ""),
        handover.incoming_id,
        names.get(handover.incoming_id, "") if handover.incoming_id else "",
        handover.compiled_at,
        handover.note,
        HandoverStatus(handover.status),
        handover.signed_at,
        names.get(handover.closed_by_id, "") if handover.closed_by_id else "",
        handover.closed_at,
        handover.close_reason,
        tuple(_item_row(line, names) for line in lines),
    )
