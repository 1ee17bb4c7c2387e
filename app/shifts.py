"""Shifts (班次): an operator starts a shift at a desk and ends it; the handover closes it.

Shift patterns (e.g. 07–15, 15–23, 23–07) are a site setting; starting a shift picks the pattern the
current local time falls in unless one is chosen.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime, time, tzinfo
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.permissions import END_OTHERS_SHIFT, WORK_SHIFT, Actor, Approval, require
from app.settings import SettingSpec, SettingsService
from app.storage import Sessions
from app.text import clean_text
from db.models.core import Desk, Operator, Shift

MAX_PATTERNS = 6
PATTERN_LABEL_MAX_CHARS = 20
_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class ShiftStatus(StrEnum):
    OPEN = "open"
    ENDED = "ended"
    HANDED_OVER = "handed_over"


REASON_ALREADY_OPEN = "already_open"
REASON_NOT_OPEN = "not_open"


@dataclass(frozen=True, slots=True)
class ShiftPattern:
    code: str
    start: time
    end: time
    label: str = ""

    def contains(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # wraps past midnight

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "start": self.start.strftime("%H:%M"),
            "end": self.end.strftime("%H:%M"),
            "label": self.label,
        }


DEFAULT_PATTERNS = (
    ShiftPattern("early", time(7), time(15)),
    ShiftPattern("middle", time(15), time(23)),
    ShiftPattern("night", time(23), time(7)),
)


def _check_patterns(value: Any) -> list[dict[str, str]]:
    key = "shift.patterns"
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_PATTERNS:
        raise ValidationError(key, Rule.OUT_OF_RANGE, {"min": 1, "max": MAX_PATTERNS})
    patterns = [parse_pattern(item, key) for item in value]
    if len({p.code for p in patterns}) != len(patterns):
        raise ValidationError(key, Rule.DUPLICATE)
    return [p.as_dict() for p in patterns]


def parse_pattern(item: Any, key: str = "shift.patterns") -> ShiftPattern:
    if not isinstance(item, dict):
        raise ValidationError(key, Rule.BAD_FORMAT)
    start, end = str(item.get("start", "")), str(item.get("end", ""))
    if not _HHMM.match(start) or not _HHMM.match(end) or start == end:
        raise ValidationError(key, Rule.BAD_FORMAT)
    code = clean_text(str(item.get("code", "")), key, max_chars=20, required=True)
    label = clean_text(str(item.get("label", "")), key, max_chars=PATTERN_LABEL_MAX_CHARS)
    return ShiftPattern(code, time.fromisoformat(start), time.fromisoformat(end), label)


SHIFT_PATTERNS = SettingSpec("shift.patterns", [p.as_dict() for p in DEFAULT_PATTERNS], _check_patterns)
SHIFT_SPECS = (SHIFT_PATTERNS,)


@dataclass(frozen=True, slots=True)
class ShiftRow:
    id: uuid.UUID
    desk_id: uuid.UUID
    desk_name: str
    operator_id: uuid.UUID
    operator_name: str
    pattern: str
    started_at: datetime
    ended_at: datetime | None
    status: ShiftStatus


class ShiftService:
    def __init__(
        self, sessions: Sessions, clock: Clock, audit: AuditLog, settings: SettingsService, zone: tzinfo
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._zone = zone

    def patterns(self) -> list[ShiftPattern]:
        return [parse_pattern(p) for p in self._settings.get(SHIFT_PATTERNS)]

    def pattern_now(self) -> ShiftPattern:
        moment = self._clock.now().astimezone(self._zone).time()
        patterns = self.patterns()
        return next((p for p in patterns if p.contains(moment)), patterns[0])

    def current(self, desk_id: uuid.UUID) -> ShiftRow | None:
        with self._sessions.read() as s:
            shift = _open_shift(s, desk_id)
            return None if shift is None else _row(s, shift)

    def get(self, shift_id: uuid.UUID) -> ShiftRow:
        with self._sessions.read() as s:
            shift = s.get(Shift, shift_id)
            if shift is None:
                raise NotFound("shift", str(shift_id))
            return _row(s, shift)

    def recent(self, desk_id: uuid.UUID | None = None, limit: int = 20) -> list[ShiftRow]:
        with self._sessions.read() as s:
            query = select(Shift).order_by(Shift.started_at.desc()).limit(limit)
            if desk_id is not None:
                query = query.where(Shift.desk_id == desk_id)
            return [_row(s, shift) for shift in s.execute(query).scalars()]

    @changes(ChangeKind.SHIFT)
    def start(self, actor: Actor, pattern_code: str | None = None) -> ShiftRow:
        require(actor, WORK_SHIFT)
        if actor.desk_id is None:
            raise ValidationError("desk", Rule.REQUIRED)
        patterns = {p.code: p for p in self.patterns()}
        if pattern_code is not None and pattern_code not in patterns:
            raise ValidationError("pattern", Rule.CHOICE)
        pattern = patterns[pattern_code] if pattern_code else self.pattern_now()
        with self._sessions.begin() as s:
            if _open_shift(s, actor.desk_id) is not None:
                raise Conflict("shift", REASON_ALREADY_OPEN)
            now = self._clock.now()
            shift = Shift(
                desk_id=actor.desk_id,
                operator_id=actor.operator_id,
                pattern=pattern.code,
                started_at=now,
                status=ShiftStatus.OPEN.value,
            )
            s.add(shift)
            s.flush()
            self._audit.append(
                s,
                at=now,
                actor=actor.with_shift(shift.id),
                action="shift.started",
                record_kind="shift",
                record_id=shift.id,
                details={"pattern": pattern.code},
            )
            return _row(s, shift)

    @changes(ChangeKind.SHIFT)
    def end(
        self,
        actor: Actor,
        shift_id: uuid.UUID,
        approval: Approval | None = None,
        status: ShiftStatus = ShiftStatus.ENDED,
    ) -> ShiftRow:
        """End an open shift. Ending somebody else's shift needs a supervisor (or their approval)."""
        with self._sessions.begin() as s:
            return self.end_in(s, actor, shift_id, approval, status)

    def end_in(
        self,
        s: Session,
        actor: Actor,
        shift_id: uuid.UUID,
        approval: Approval | None = None,
        status: ShiftStatus = ShiftStatus.ENDED,
    ) -> ShiftRow:
        """``end`` inside the caller's transaction (the handover ends the shift with its sign-off)."""
        shift = s.get(Shift, shift_id)
        if shift is None:
            raise NotFound("shift", str(shift_id))
        approver = None
        if shift.operator_id != actor.operator_id:
            approver = require(actor, END_OTHERS_SHIFT, approval)
        else:
            require(actor, WORK_SHIFT)
        if shift.ended_at is not None:
            raise Conflict("shift", REASON_NOT_OPEN)
        now = self._clock.now()
        shift.ended_at = now
        shift.ended_by_id = actor.operator_id
        shift.status = status.value
        self._audit.append(
            s,
            at=now,
            actor=actor,
            action="shift.ended",
            record_kind="shift",
            record_id=shift.id,
            approver_id=approver,
            details={"status": status.value},
        )
        return _row(s, shift)


def _open_shift(s: Session, desk_id: uuid.UUID) -> Shift | None:
    return (
        s.execute(
            select(Shift).where(Shift.desk_id == desk_id, Shift.ended_at.is_(None)).order_by(Shift.started_at.desc())
        )
        .scalars()
        .first()
    )


def _row(s: Session, shift: Shift) -> ShiftRow:
    desk_name = s.execute(select(Desk.name).where(Desk.id == shift.desk_id)).scalar_one()
    operator_name = s.execute(select(Operator.display_name).where(Operator.id == shift.operator_id)).scalar_one()
    return ShiftRow(
        shift.id,
        shift.desk_id,
        desk_name,
        shift.operator_id,
        operator_name,
        shift.pattern,
        shift.started_at,
        shift.ended_at,
        ShiftStatus(shift.status),
    )
