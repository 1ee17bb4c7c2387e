"""Bad input in the duty area — the duty log, incidents, patrols, the handover and the emergency
contacts — field by field, and what the state of a shift does not allow: each is saved with the value
stated or refused at its field with nothing written."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.duty.handover import HandoverItemRow, HandoverRow
from app.duty.incidents import MAX_CONTACTS, IncidentDetail, NewIncident
from app.duty.log import LogEntryRow, NewLogEntry
from app.duty.patrols import RouteRow
from app.errors import Rule
from app.permissions import Actor
from app.site import DeskKind
from tests.app.bad_input import (
    CODE_KINDS,
    OPTIONAL,
    PHONE_KINDS,
    Blocked,
    Field,
    Refused,
    Saved,
    Situation,
    cases,
    field_test,
    situation_test,
)
from tests.app.duty.fixtures import INCOMING_PIN, add_incoming_guard
from tests.conftest import STAFF_PASSWORD, Staff


@dataclass
class DutyDesk:
    """The booth in the middle of 黃大文's shift: a patrol route of three checkpoints, the incoming
    guard 張國強 in the directory of operators."""

    services: Services
    staff: Staff
    clock: FixedClock
    guard: Actor  # on shift
    route: RouteRow
    incoming_id: uuid.UUID

    def entry(self) -> LogEntryRow:
        return self.services.duty_log.add(self.guard, NewLogEntry("note", "東門閘口已上鎖", "東門"))

    def incident(self) -> IncidentDetail:
        return self.services.incidents.report(self.guard, NewIncident("flooding", "high", "地庫B1", "地庫水浸"))

    def round_id(self) -> uuid.UUID:
        """A new round of the route (the one under way, if any, finished first)."""
        patrols, desk_id = self.services.patrols, self.guard.desk_id
        assert desk_id is not None
        under_way = patrols.open_round(desk_id, self.route.id)
        if under_way is not None:
            patrols.finish_round(self.guard, under_way.id)
        return patrols.start_round(self.guard, self.route.id).id

    def handover(self) -> HandoverRow:
        return self.services.handovers.compile(self.guard)

    def new_item(self) -> HandoverItemRow:
        """One more open matter on the handover: an incident reported just now."""
        incident = self.incident()
        return next(i for i in self.handover().items if i.ref_id == str(incident.incident.id))

    def queried_item(self) -> HandoverItemRow:
        item = self.new_item()
        self.services.handovers.acknowledge(self.guard, item.id, self.incoming_id, "queried", "水浸已處理？")
        return item

    def item(self, item_id: uuid.UUID) -> HandoverItemRow:
        return next(i for i in self.handover().items if i.id == item_id)


def duty_desk(services: Services, staff: Staff, clock: FixedClock) -> DutyDesk:
    guard = staff.guard.with_shift(services.shifts.start(staff.guard, "early").id)
    patrols = services.patrols
    route = patrols.add_route(staff.supervisor, "R1", "外圍巡邏", 60, 20)
    for code, name, place in (("CP-01", "東門", "東門"), ("CP-02", "停車場", "地庫B1"), ("CP-03", "天台", "A座天台")):
        route = patrols.add_checkpoint(staff.supervisor, route.id, code, name, place)
    return DutyDesk(services, staff, clock, guard, route, add_incoming_guard(services, staff))


@pytest.fixture
def desk(services: Services, staff: Staff, clock: FixedClock) -> DutyDesk:
    return duty_desk(services, staff, clock)


Save = Callable[[str], object]
Attempt = Callable[[], object]


def _log(column: str) -> Callable[[DutyDesk], Save]:
    def prepare(desk: DutyDesk) -> Save:
        def save(value: str) -> object:
            typed = {"text": "東門閘口已上鎖", "location": "東門", column: value}
            entry = NewLogEntry("note", typed["text"], typed["location"])
            return getattr(desk.services.duty_log.add(desk.guard, entry), column)

        return save

    return prepare


def _amend(part: str) -> Callable[[DutyDesk], Save]:
    """Correcting an entry: the corrected text and why."""

    def prepare(desk: DutyDesk) -> Save:
        entry = desk.entry()

        def save(value: str) -> object:
            typed = {"text": "東門及側門閘口已上鎖", "reason": "漏寫側門", part: value}
            row = desk.services.duty_log.amend(desk.guard, entry.id, typed["text"], typed["reason"])
            return getattr(row.amendments[-1], part)

        return save

    return prepare


def _report(column: str) -> Callable[[DutyDesk], Save]:
    def prepare(desk: DutyDesk) -> Save:
        def save(value: str) -> object:
            typed = {"location": "地庫B1", "summary": "地庫水浸", "people": "", "actions": "已關總閥", column: value}
            new = NewIncident(
                "flooding", "high", typed["location"], typed["summary"], typed["people"], typed["actions"]
            )
            return getattr(desk.services.incidents.report(desk.guard, new).incident, column)

        return save

    return prepare


def _on_incident(act: Callable[[DutyDesk, uuid.UUID, str], IncidentDetail], part: str) -> Callable[[DutyDesk], Save]:
    """Something recorded on an open incident; the saved value is ``part`` of its newest event."""

    def prepare(desk: DutyDesk) -> Save:
        incident_id = desk.incident().incident.id
        return lambda value: getattr(act(desk, incident_id, value).events[-1], part)

    return prepare


def _notified(desk: DutyDesk, incident_id: uuid.UUID, value: str) -> IncidentDetail:
    return desk.services.incidents.notify(desk.guard, incident_id, "police", value)


def _followed_up(desk: DutyDesk, incident_id: uuid.UUID, value: str) -> IncidentDetail:
    return desk.services.incidents.follow_up(desk.guard, incident_id, value)


def _closed(desk: DutyDesk, incident_id: uuid.UUID, value: str) -> IncidentDetail:
    return desk.services.incidents.set_status(desk.guard, incident_id, "closed", value)


def _amended(desk: DutyDesk, incident_id: uuid.UUID, value: str) -> IncidentDetail:
    return desk.services.incidents.amend(desk.guard, incident_id, "summary", "地庫B1水浸（已止水）", value)


def _scan(desk: DutyDesk) -> Save:
    """A patrol round: the code on a checkpoint scanned (or typed); the saved value is what was reached."""
    round_id = desk.round_id()

    def save(value: str) -> object:
        row = desk.services.patrols.reach(desk.guard, round_id, scanned_code=value)
        return tuple(c.checkpoint.code for c in row.checkpoints if c.reached)

    return save


def _anomaly(desk: DutyDesk) -> Save:
    round_id, first = desk.round_id(), desk.route.checkpoints[0].id

    def save(value: str) -> object:
        row = desk.services.patrols.reach(desk.guard, round_id, checkpoint_id=first, anomaly=value)
        return row.checkpoints[0].anomaly

    return save


def _checkpoint_code(desk: DutyDesk) -> Save:
    patrols, route_id = desk.services.patrols, desk.route.id
    return lambda value: patrols.add_checkpoint(desk.staff.supervisor, route_id, value, "後門").checkpoints[-1].code


def _handover_note(desk: DutyDesk) -> Save:
    handover = desk.handover()
    return lambda value: desk.services.handovers.set_note(desk.guard, handover.id, value).note


def _query(desk: DutyDesk) -> Save:
    item = desk.new_item()

    def save(value: str) -> object:
        desk.services.handovers.acknowledge(desk.guard, item.id, desk.incoming_id, "queried", value)
        return desk.item(item.id).ack_comment

    return save


def _answer(desk: DutyDesk) -> Save:
    item = desk.queried_item()

    def save(value: str) -> object:
        desk.services.handovers.resolve_query(desk.guard, item.id, value)
        return desk.item(item.id).resolution

    return save


def _contact(part: str) -> Callable[[DutyDesk], Save]:
    def prepare(desk: DutyDesk) -> Save:
        def save(value: str) -> object:
            typed = {"name": "物業經理 陳先生", "phone": "2345 6789", part: value}
            row = desk.services.incidents.save_contact(desk.staff.supervisor, None, typed["name"], typed["phone"])
            return getattr(row, part)

        return save

    return prepare


NOT_A_CHECKPOINT = Refused("unknown_checkpoint")
FIELDS: list[Field[DutyDesk]] = [
    Field("log entry: what happened", "text", _log("text")),
    Field("log entry: location", "location", _log("location"), expect=OPTIONAL),
    Field("log amendment: corrected text", "text", _amend("text")),
    Field("log amendment: reason", "reason", _amend("reason")),
    Field("incident: title (summary)", "summary", _report("summary")),
    Field("incident: location", "location", _report("location")),
    Field("incident: people involved", "people", _report("people"), expect=OPTIONAL),
    Field("incident: actions taken", "actions", _report("actions"), expect=OPTIONAL),
    Field("incident: notified, who exactly", "party_name", _on_incident(_notified, "party_name"), expect=OPTIONAL),
    Field("incident: follow-up", "follow_up", _on_incident(_followed_up, "text")),
    Field("incident: closing note", "status_note", _on_incident(_closed, "text")),
    Field("incident: correction, reason", "reason", _on_incident(_amended, "reason")),
    Field(
        "patrol: scanned checkpoint code",
        "code",
        _scan,
        (*CODE_KINDS, ("unknown code", "CP-99"), ("a real code, full-width lower case", "ｃｐ－０２")),
        {
            "full-width": NOT_A_CHECKPOINT,
            "emoji": NOT_A_CHECKPOINT,
            "SQL-looking": NOT_A_CHECKPOINT,
            "unknown code": NOT_A_CHECKPOINT,
            "a real code, full-width lower case": Saved(("CP-02",)),
        },
    ),
    Field("patrol: anomaly at a checkpoint", "anomaly", _anomaly, expect=OPTIONAL),
    Field(
        "patrol set-up: checkpoint code",
        "checkpoint_code",
        _checkpoint_code,
        CODE_KINDS,
        {"SQL-looking": Saved("';DROPTABLEKEY_ITEM;--")},
    ),
    Field("handover: note", "handover_note", _handover_note, expect=OPTIONAL),
    Field("handover: query (comment)", "handover_comment", _query),
    Field("handover: answer to a query", "query_answer", _answer),
    Field("emergency contact: name", "contact_name", _contact("name")),
    Field(
        "emergency contact: phone",
        "phone",
        _contact("phone"),
        (*PHONE_KINDS, ("with an extension", "2345 6789 轉 123")),
        {
            "full-width": Refused(Rule.BAD_FORMAT),
            "emoji": Refused(Rule.BAD_FORMAT),
            "SQL-looking": Refused(Rule.BAD_FORMAT),
            "wrong format": Refused(Rule.BAD_FORMAT),
            "full-width digits": Saved("6123 4567"),
            "long but all digits": Refused(Rule.BAD_FORMAT),
            "with an extension": Saved("2345 6789 轉 123"),
        },
    ),
]
CASES = cases(FIELDS)


def _sign_pending(desk: DutyDesk) -> Attempt:
    desk.new_item()
    handover = desk.handover()
    return lambda: desk.services.handovers.sign(desk.guard, handover.id, "2468", desk.incoming_id, INCOMING_PIN)


def _wrong_pin(desk: DutyDesk) -> Attempt:
    handovers = desk.services.handovers
    desk.new_item()
    handover = desk.handover()
    for item in handover.items:
        handovers.acknowledge(desk.guard, item.id, desk.incoming_id, "accepted")
    return lambda: handovers.sign(desk.guard, handover.id, "2468", desk.incoming_id, "0000")


def _incoming_is_outgoing(desk: DutyDesk) -> Attempt:
    item = desk.new_item()
    return lambda: desk.services.handovers.acknowledge(desk.guard, item.id, desk.guard.operator_id, "accepted")


def _scan_twice(desk: DutyDesk) -> Attempt:
    round_id = desk.round_id()
    desk.services.patrols.reach(desk.guard, round_id, scanned_code="CP-01")
    return lambda: desk.services.patrols.reach(desk.guard, round_id, scanned_code="cp-01")


def _other_route(desk: DutyDesk) -> Attempt:
    patrols = desk.services.patrols
    other = patrols.add_route(desk.staff.supervisor, "R2", "大堂巡查", 60, 20)
    patrols.add_checkpoint(desk.staff.supervisor, other.id, "LB-01", "大堂", "A座大堂")
    round_id = desk.round_id()
    return lambda: patrols.reach(desk.guard, round_id, scanned_code="LB-01")


def _second_round(desk: DutyDesk) -> Attempt:
    desk.round_id()
    return lambda: desk.services.patrols.start_round(desk.guard, desk.route.id)


def _finished_round(desk: DutyDesk) -> Attempt:
    round_id = desk.round_id()
    desk.services.patrols.finish_round(desk.guard, round_id)
    return lambda: desk.services.patrols.reach(desk.guard, round_id, scanned_code="CP-01")


def _dated(hours: float, kind: str = "note", until_days: float | None = None) -> Callable[[DutyDesk], Attempt]:
    """A log entry dated ``hours`` from now (an instruction passed on for ``until_days``)."""

    def prepare(desk: DutyDesk) -> Attempt:
        now = desk.clock.now()
        until: datetime | None = None if until_days is None else now + timedelta(days=until_days)
        entry = NewLogEntry(kind, "東門閘口已上鎖", at=now + timedelta(hours=hours), valid_until=until)
        return lambda: desk.services.duty_log.add(desk.guard, entry)

    return prepare


def _close_twice(desk: DutyDesk) -> Attempt:
    incident_id = desk.incident().incident.id
    _closed(desk, incident_id, "已止水")
    return lambda: _closed(desk, incident_id, "已止水")


def _same_value(desk: DutyDesk) -> Attempt:
    incident_id = desk.incident().incident.id
    return lambda: desk.services.incidents.amend(desk.guard, incident_id, "summary", "地庫水浸", "打錯字")


def _answer_twice(desk: DutyDesk) -> Attempt:
    item = desk.queried_item()
    desk.services.handovers.resolve_query(desk.guard, item.id, "已止水")
    return lambda: desk.services.handovers.resolve_query(desk.guard, item.id, "已止水")


def _no_shift(desk: DutyDesk) -> Attempt:
    reception = next(d.id for d in desk.services.site.desks() if d.kind == DeskKind.RECEPTION)
    clerk = desk.services.auth.login("chan", STAFF_PASSWORD, reception)
    return lambda: desk.services.handovers.compile(clerk)


def _too_many_contacts(desk: DutyDesk) -> Attempt:
    incidents = desk.services.incidents
    for n in range(MAX_CONTACTS):
        incidents.save_contact(desk.staff.supervisor, None, f"聯絡人 {n + 1}", f"2345 {n + 1000}")
    return lambda: incidents.save_contact(desk.staff.supervisor, None, "消防處", "999")


SITUATIONS: list[Situation[DutyDesk]] = [
    Situation(
        "end the shift (sign the handover) with items not acknowledged",
        _sign_pending,
        Blocked("handover", "unacknowledged"),
    ),
    Situation(
        "sign with the incoming guard's PIN mistyped",
        _wrong_pin,
        Refused("pin_bad_credentials", "incoming_pin", pins_audited=True),
    ),
    Situation(
        "the incoming guard is the outgoing guard",
        _incoming_is_outgoing,
        Refused("same_as_outgoing", "incoming"),
    ),
    Situation("scan a checkpoint twice in one round", _scan_twice, Blocked("patrol", "already_reached")),
    Situation("scan a checkpoint of another route", _other_route, Blocked("patrol", "wrong_route")),
    Situation("start a second round of a route under way", _second_round, Blocked("patrol", "round_open")),
    Situation("scan into a finished round", _finished_round, Blocked("patrol", "round_finished")),
    Situation("a log entry dated two hours ahead", _dated(2), Refused("in_future", "at")),
    Situation("a log entry dated two days back", _dated(-48), Refused("too_far_back", "at")),
    Situation(
        "an instruction passed on for 40 days",
        _dated(0, "instruction", 40),
        Refused("too_far_ahead", "valid_until"),
    ),
    Situation("a note passed on to later shifts", _dated(0, "note", 1), Refused("instructions_only", "valid_until")),
    Situation("close an incident already closed", _close_twice, Blocked("incident", "same_status")),
    Situation("correct an incident to what it already says", _same_value, Blocked("incident", "unchanged")),
    Situation("answer a query already answered", _answer_twice, Blocked("handover", "not_queried")),
    Situation("hand over at a desk with no shift open", _no_shift, Blocked("handover", "no_shift")),
    Situation(
        f"a {MAX_CONTACTS + 1}st emergency contact", _too_many_contacts, Blocked("emergency", "too_many_contacts")
    ),
]


test_bad_input_is_saved_as_stated_or_refused_at_its_field = field_test(FIELDS)
test_what_the_shift_does_not_allow_is_refused_and_nothing_is_written = situation_test(SITUATIONS)
