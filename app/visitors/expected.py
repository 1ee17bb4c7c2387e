"""Expected visitors (預約): a clerk or a resident's call registers a visitor for a day; at the gate
the guard sees today's list and checks one in with one action (``check_in_fields`` → check-in)."""

from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date, timedelta, tzinfo

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock, local_day
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.permissions import Actor, require
from app.settings import SettingsService
from app.storage import Sessions
from app.text import NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_text
from app.validation import PhoneRegion
from app.visitors.checks import (
    NOTES_MAX_CHARS,
    Collector,
    check_companions,
    check_phone,
    check_plate_field,
    optional_text,
)
from app.visitors.model import (
    REGISTER_EXPECTED,
    CheckInFields,
    ExpectedStatus,
    ExpectedVisitFields,
    ExpectedVisitRow,
)
from app.visitors.rows import unit_label
from app.visitors.types import VISITOR_TYPES, visitor_types
from db.models.core import Operator
from db.models.directory import Building, Person, Unit
from db.models.visitors import ExpectedVisit

MAX_DAYS_AHEAD = 366


class ExpectedVisitService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        settings: SettingsService,
        zone: tzinfo,
        region: PhoneRegion | None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._zone = zone
        self._region = region

    def today(self) -> date:
        return local_day(self._clock.now(), self._zone)

    @changes(ChangeKind.EXPECTED_VISIT)
    def register(self, actor: Actor, fields: ExpectedVisitFields, accepted: Collection[str] = ()) -> ExpectedVisitRow:
        require(actor, REGISTER_EXPECTED)
        c = Collector()
        name = c.check(lambda: clean_text(fields.name, "name", max_chars=NAME_MAX_CHARS, required=True), "")
        codes = {t.code for t in visitor_types(self._settings.get(VISITOR_TYPES)) if t.active}
        if fields.visitor_type not in codes:
            c.fail("visitor_type", Rule.REQUIRED if not fields.visitor_type else Rule.CHOICE)
        today = self.today()
        if not today <= fields.expected_on <= today + timedelta(days=MAX_DAYS_AHEAD):
            c.fail("expected_on", Rule.OUT_OF_RANGE)
        phone = check_phone(c, fields.phone, "phone", self._region, accepted, required=False)
        company = optional_text(c, fields.company, "company", NAME_MAX_CHARS)
        purpose = optional_text(c, fields.purpose, "purpose", SHORT_TEXT_MAX_CHARS)
        plate, _region = check_plate_field(c, fields.plate, "plate", self._region, accepted, required=False)
        companions = check_companions(c, fields.companions)
        notes = c.check(lambda: clean_text(fields.notes, "notes", max_chars=NOTES_MAX_CHARS, multiline=True), "")
        c.done()
        with self._sessions.begin() as s:
            if fields.unit_id is not None and s.get(Unit, fields.unit_id) is None:
                raise ValidationError("unit", Rule.NOT_FOUND)
            if fields.resident_id is not None and s.get(Person, fields.resident_id) is None:
                raise ValidationError("resident", Rule.NOT_FOUND)
            row = ExpectedVisit(
                expected_on=fields.expected_on,
                name=name,
                phone=phone,
                company=company,
                visitor_type=fields.visitor_type,
                unit_id=fields.unit_id,
                resident_id=fields.resident_id,
                purpose=purpose,
                plate=plate,
                companions=companions,
                notes=notes or None,
                registered_by_id=actor.operator_id,
                status=ExpectedStatus.EXPECTED.value,
            )
            s.add(row)
            s.flush()
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="expected_visit.registered",
                record_kind="expected_visit",
                record_id=row.id,
                details={"type": fields.visitor_type, "days_ahead": (fields.expected_on - today).days},
            )
            expected_id = row.id
        return self.get(expected_id)

    @changes(ChangeKind.EXPECTED_VISIT)
    def cancel(self, actor: Actor, expected_id: uuid.UUID) -> ExpectedVisitRow:
        require(actor, REGISTER_EXPECTED)
        with self._sessions.begin() as s:
            row = s.get(ExpectedVisit, expected_id)
            if row is None:
                raise NotFound("expected_visit", str(expected_id))
            if row.status != ExpectedStatus.EXPECTED.value:
                raise Conflict("expected_visit", "not_expected")
            now = self._clock.now()
            row.status, row.cancelled_at, row.cancelled_by_id = ExpectedStatus.CANCELLED.value, now, actor.operator_id
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="expected_visit.cancelled",
                record_kind="expected_visit",
                record_id=row.id,
            )
        return self.get(expected_id)

    @staticmethod
    def _query() -> Select[ExpectedVisit, str | None, str | None, str | None, str]:
        resident = aliased(Person)
        return (
            select(ExpectedVisit, Building.name, Unit.code, resident.name, Operator.display_name)
            .outerjoin(Unit, Unit.id == ExpectedVisit.unit_id)
            .outerjoin(Building, Building.id == Unit.building_id)
            .outerjoin(resident, resident.id == ExpectedVisit.resident_id)
            .join(Operator, Operator.id == ExpectedVisit.registered_by_id)
        )

    @staticmethod
    def _row(
        e: ExpectedVisit, building: str | None, unit: str | None, resident: str | None, by: str
    ) -> ExpectedVisitRow:
        return ExpectedVisitRow(
            e.id,
            e.expected_on,
            e.name or "",
            e.phone,
            e.company or "",
            e.visitor_type,
            e.unit_id,
            unit_label(building, unit),
            e.resident_id,
            resident or "",
            e.purpose or "",
            e.plate or "",
            e.companions,
            e.notes or "",
            ExpectedStatus(e.status),
            by,
            e.visit_id,
        )

    def get(self, expected_id: uuid.UUID) -> ExpectedVisitRow:
        with self._sessions.read() as s:
            record = s.execute(self._query().where(ExpectedVisit.id == expected_id)).first()
        if record is None:
            raise NotFound("expected_visit", str(expected_id))
        return self._row(*record)

    def for_day(self, day: date | None = None, *, include_done: bool = True) -> list[ExpectedVisitRow]:
        """The visitors expected on ``day`` (default today): still expected first, then by name."""
        query = self._query().where(ExpectedVisit.expected_on == (day or self.today()))
        if not include_done:
            query = query.where(ExpectedVisit.status == ExpectedStatus.EXPECTED.value)
        with self._sessions.read() as s:
            rows = [self._row(*record) for record in s.execute(query)]
        order = list(ExpectedStatus)
        return sorted(rows, key=lambda r: (order.index(r.status), r.name))

    def check_in_fields(self, expected_id: uuid.UUID) -> CheckInFields:
        """The check-in an expected visitor's registration stands for (the guard adds the rest)."""
        row = self.get(expected_id)
        if row.status is not ExpectedStatus.EXPECTED:
            raise Conflict("expected_visit", "not_expected")
        return CheckInFields(
            name=row.name,
            visitor_type=row.visitor_type,
            phone=row.phone or "",
            company=row.company,
            unit_id=row.unit_id,
            resident_id=row.resident_id,
            purpose=row.purpose,
            plate=row.plate,
            companions=row.companions,
            notes=row.notes,
            expected_visit_id=row.id,
        )
