"""Bad input at the key register, field by field, and the things a key's state does not allow: each is
saved with the value stated or refused at its field with nothing written."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta

import pytest

from app.bootstrap import Services
from app.clock import FixedClock
from app.errors import Rule
from app.keys.rows import (
    Borrower,
    BorrowerKind,
    CollectorFields,
    DepositFields,
    KeyFields,
    KeyRow,
    LoanRow,
    LostResolution,
    OpensKind,
)
from tests.app.bad_input import (
    CODE,
    CODE_KINDS,
    LONG,
    OPTIONAL,
    OPTIONAL_PHONE,
    PHONE_KINDS,
    Blocked,
    Field,
    Refused,
    Saved,
    Situation,
    cases,
    field_test,
    judge,
    situation_test,
)
from tests.app.keys.conftest import Estate, make_estate
from tests.conftest import Staff


@dataclass
class KeyFormBench:
    """The estate of the key register tests, handing out a fresh key (or loan) to every case."""

    estate: Estate
    serial: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def services(self) -> Services:
        return self.estate.services

    @property
    def staff(self) -> Staff:
        return self.estate.staff

    def tag(self) -> str:
        return f"K-{next(self.serial):03d}"

    def key(self, **extra: object) -> KeyRow:
        return self.estate.add_key(self.tag(), "A座天台門", **extra)

    def loan(self) -> LoanRow:
        return self.estate.keys.issue(self.staff.guard, self.key().id, self.estate.staff_borrower())

    def deposit(self, fields: DepositFields) -> object:
        return self.services.key_deposits.deposit(self.staff.clerk, fields)

    def deposit_fields(self, **changes: object) -> DepositFields:
        values: dict[str, object] = {
            "tag": self.tag(),
            "label": "A座 12A 寄存鑰匙",
            "unit_id": self.estate.unit.id,
            "depositor_person_id": self.estate.owner.id,
            "consent": True,
            "consent_note": "同意書 0012",
            "position": "寄存櫃 1",
            "collectors": (CollectorFields("陳太", "6123 4567", "妻子"),),
        }
        values.update(changes)
        return DepositFields(**values)  # type: ignore[arg-type]


def key_desk(services: Services, staff: Staff, clock: FixedClock) -> KeyFormBench:
    return KeyFormBench(make_estate(services, staff, clock))


@pytest.fixture
def desk(estate: Estate) -> KeyFormBench:
    return KeyFormBench(estate)


Save = Callable[[str], object]
NEWEST_COUNT = "saved; the newest count is the one handed over"


def _key_form(column: str) -> Callable[[KeyFormBench], Save]:
    """The add-a-key form with ``column`` typed (the other fields filled in correctly)."""

    def prepare(desk: KeyFormBench) -> Save:
        tag = desk.tag()

        def save(value: str) -> object:
            values = {"tag": tag, "label": "A座天台門", "opens_text": "A座天台", "position": "甲櫃 12", "notes": ""}
            values[column] = value
            fields = KeyFields(
                values["tag"],
                values["label"],
                OpensKind.GATE,
                opens_text=values["opens_text"],
                position=values["position"],
                notes=values["notes"],
            )
            return getattr(desk.services.key_inventory.add_key(desk.staff.supervisor, fields), column)

        return save

    return prepare


def _one_off_borrower(part: str) -> Callable[[KeyFormBench], Save]:
    """Lending to someone not in the directory (police, fire service): their name and where from."""

    def prepare(desk: KeyFormBench) -> Save:
        key = desk.key()

        def save(value: str) -> object:
            typed = {"name": "李警員", "detail": "西九龍警署", part: value}
            who = Borrower(BorrowerKind.OTHER, typed["name"], detail=typed["detail"])
            loan = desk.estate.keys.issue(desk.staff.supervisor, key.id, who)
            return getattr(loan.borrower, part)

        return save

    return prepare


def _purpose(desk: KeyFormBench) -> Save:
    key = desk.key()
    return lambda value: (
        desk.estate.keys.issue(desk.staff.guard, key.id, desk.estate.staff_borrower(), purpose=value).purpose
    )


def _depositor_confirmation(desk: KeyFormBench) -> Save:
    """A deposited key collected by the neighbour, whom the depositor did not list."""
    deposit = desk.deposit(desk.deposit_fields())
    neighbour = Borrower(BorrowerKind.RESIDENT, person_id=desk.estate.neighbour.id)
    return lambda value: (
        desk.estate.keys.issue(
            desk.staff.guard,
            deposit.key_id,  # type: ignore[attr-defined]
            neighbour,
            depositor_confirmation=value,
        ).depositor_confirmation
    )


def _return_note(desk: KeyFormBench) -> Save:
    loan = desk.loan()
    return lambda value: desk.estate.keys.return_key(desk.staff.guard, loan.id, note=value).close_note


def _lost_report(desk: KeyFormBench) -> Save:
    key = desk.key()
    return lambda value: desk.services.key_inventory.report_lost(desk.staff.guard, key.id, value).note


def _found_note(desk: KeyFormBench) -> Save:
    report = desk.services.key_inventory.report_lost(desk.staff.guard, desk.key().id)
    return lambda value: (
        desk.services.key_inventory.resolve_lost(
            desk.staff.guard, report.id, LostResolution.FOUND, value
        ).resolution_note
    )


def _retire_reason(desk: KeyFormBench) -> Save:
    key = desk.key()

    def save(value: str) -> object:
        desk.services.key_inventory.retire_key(desk.staff.supervisor, key.id, value)
        return desk.estate.keys.history(key.id)[0].note

    return save


def _deposit_form(column: str) -> Callable[[KeyFormBench], Save]:
    def prepare(desk: KeyFormBench) -> Save:
        fields = desk.deposit_fields()
        return lambda value: getattr(desk.deposit(DepositFields(**{**_as_dict(fields), column: value})), column)

    return prepare


def _collector(part: str) -> Callable[[KeyFormBench], Save]:
    """The first person the depositor lists as allowed to collect the key."""

    def prepare(desk: KeyFormBench) -> Save:
        fields = desk.deposit_fields()

        def save(value: str) -> object:
            typed = {"name": "陳太", "phone": "6123 4567", "relation": "妻子", part: value}
            collector = CollectorFields(typed["name"], typed["phone"], typed["relation"])
            row = desk.deposit(DepositFields(**{**_as_dict(fields), "collectors": (collector,)}))
            return getattr(row.collectors[0], part)  # type: ignore[attr-defined]

        return save

    return prepare


def _as_dict(fields: DepositFields) -> dict[str, object]:
    return {name: getattr(fields, name) for name in DepositFields.__dataclass_fields__}


def _count_scan(desk: KeyFormBench) -> Save:
    """The key count at a shift change: every key in the cabinet ticked, one more tag scanned."""
    counts = desk.services.key_counts

    def save(value: str) -> object:
        ticked = {key.id for key in counts.expected_in()}
        count = counts.record(desk.staff.guard, ticked, [value])
        return tuple(line.tag for line in count.unexpected)

    return save


def _count_note(desk: KeyFormBench) -> Save:
    counts = desk.services.key_counts
    return lambda value: counts.record(desk.staff.guard, {k.id for k in counts.expected_in()}, note=value).note


FIELDS: list[Field[KeyFormBench]] = [
    Field("tag", "tag", _key_form("tag"), CODE_KINDS, CODE),
    Field("key name", "label", _key_form("label")),
    Field("cabinet position", "position", _key_form("position"), expect={**OPTIONAL, **CODE}),
    Field("what it opens", "opens_text", _key_form("opens_text"), expect=OPTIONAL),
    Field("key notes", "notes", _key_form("notes"), expect=OPTIONAL),
    Field("one-off borrower: name", "borrower", _one_off_borrower("name")),
    Field("one-off borrower: from", "borrower_detail", _one_off_borrower("detail"), expect=OPTIONAL),
    Field("purpose", "purpose", _purpose, expect=OPTIONAL),
    Field(
        "depositor's confirmation",
        "depositor_confirmation",
        _depositor_confirmation,
        expect={
            "empty": Refused("depositor_confirmation_required"),
            "whitespace only": Refused("depositor_confirmation_required"),
        },
    ),
    Field("return note", "return_note", _return_note, expect=OPTIONAL),
    Field("lost-key report", "note", _lost_report, expect=OPTIONAL),
    Field("lost key found: note", "note", _found_note, expect=OPTIONAL),
    Field("retire reason", "reason", _retire_reason),
    Field("deposit: consent form", "consent_note", _deposit_form("consent_note"), expect=OPTIONAL),
    Field("collector: name", "collectors.0.name", _collector("name")),
    Field(
        "collector: phone",
        "collectors.0.phone",
        _collector("phone"),
        PHONE_KINDS,
        OPTIONAL_PHONE,
    ),
    Field("collector: relation", "collectors.0.relation", _collector("relation"), expect=OPTIONAL),
    Field(
        "count: scanned tag",
        "scan",
        _count_scan,
        (*CODE_KINDS, ("unknown tag", "ZZ-999")),
        {
            "empty": Saved(()),
            "whitespace only": Saved(()),
            "full-width": Saved(("AB1234",)),
            "emoji": Saved(("陳😀",)),
            "SQL-looking": Refused(Rule.TOO_LONG),
            "unknown tag": Saved(("ZZ-999",)),
        },
    ),
    Field("count: note", "note", _count_note, expect=OPTIONAL),
]
CASES = cases(FIELDS)


def _lend(spoil: Callable[[KeyFormBench, KeyRow], object]) -> Callable[[KeyFormBench], Callable[[], object]]:
    """Lending a key after ``spoil`` did something to it."""

    def prepare(desk: KeyFormBench) -> Callable[[], object]:
        key = desk.key()
        spoil(desk, key)
        return lambda: desk.estate.keys.issue(desk.staff.supervisor, key.id, desk.estate.contractor_borrower())

    return prepare


def _lent(desk: KeyFormBench, key: KeyRow) -> object:
    return desk.estate.keys.issue(desk.staff.guard, key.id, desk.estate.staff_borrower())


def _reported_lost(desk: KeyFormBench, key: KeyRow) -> object:
    return desk.services.key_inventory.report_lost(desk.staff.guard, key.id)


def _retired(desk: KeyFormBench, key: KeyRow) -> object:
    return desk.services.key_inventory.retire_key(desk.staff.supervisor, key.id, "門鎖已更換")


def _hung_on_a_ring(desk: KeyFormBench, key: KeyRow) -> object:
    ring = desk.key(is_ring=True)
    return desk.services.key_inventory.set_ring_members(desk.staff.supervisor, ring.id, [key.id])


def _take_back_again(desk: KeyFormBench) -> Callable[[], object]:
    loan = desk.loan()
    desk.estate.keys.return_key(desk.staff.guard, loan.id)
    return lambda: desk.estate.keys.return_key(desk.staff.guard, loan.id)


def _lost_twice(desk: KeyFormBench) -> Callable[[], object]:
    key = desk.key()
    _reported_lost(desk, key)
    return lambda: _reported_lost(desk, key)


def _replace_unacknowledged(desk: KeyFormBench) -> Callable[[], object]:
    report = desk.services.key_inventory.report_lost(desk.staff.guard, desk.key().id)
    inventory = desk.services.key_inventory
    return lambda: inventory.resolve_lost(desk.staff.supervisor, report.id, LostResolution.REPLACED)


def _tag_taken(desk: KeyFormBench) -> Callable[[], object]:
    key = desk.key()
    fields = KeyFields(key.tag.lower(), "另一條鑰匙", OpensKind.GATE)
    return lambda: desk.services.key_inventory.add_key(desk.staff.supervisor, fields)


def _due(hours: float) -> Callable[[KeyFormBench], Callable[[], object]]:
    def prepare(desk: KeyFormBench) -> Callable[[], object]:
        key = desk.key()
        due = desk.estate.clock.now() + timedelta(hours=hours)
        return lambda: desk.estate.keys.issue(desk.staff.guard, key.id, desk.estate.staff_borrower(), due_at=due)

    return prepare


def _visitor_left(desk: KeyFormBench) -> Callable[[], object]:
    key = desk.key()
    visitor = desk.estate.on_site.check_in("黃先生")
    desk.estate.on_site.check_out(visitor.visit_id)
    who = Borrower(BorrowerKind.VISITOR, visit_id=visitor.visit_id)
    return lambda: desk.estate.keys.issue(desk.staff.guard, key.id, who)


def _no_consent(desk: KeyFormBench) -> Callable[[], object]:
    fields = desk.deposit_fields(consent=False)
    return lambda: desk.deposit(fields)


def _second_count(desk: KeyFormBench) -> Callable[[], object]:
    counts = desk.services.key_counts
    counts.record(desk.staff.guard, {k.id for k in counts.expected_in()})

    def again() -> object:
        row = counts.record(desk.staff.guard, {k.id for k in counts.expected_in()})
        latest = desk.services.key_register.latest_count(row.desk_id)
        return NEWEST_COUNT if latest and latest.id == row.id else "an older count is handed over"

    return again


SITUATIONS: list[Situation[KeyFormBench]] = [
    Situation("lend a key that is already out", _lend(_lent), Blocked("key", "already_out")),
    Situation("take back a key that is already in", _take_back_again, Blocked("key_loan", "already_closed")),
    Situation("lend a key reported lost", _lend(_reported_lost), Blocked("key", "lost")),
    Situation("lend a retired key", _lend(_retired), Blocked("key", "retired")),
    Situation("lend one key off a ring", _lend(_hung_on_a_ring), Blocked("key", "on_ring")),
    Situation("report the same key lost twice", _lost_twice, Blocked("key", "already_lost")),
    Situation(
        "replace a lost key before a supervisor acknowledged the loss",
        _replace_unacknowledged,
        Blocked("key_lost_report", "not_acknowledged"),
    ),
    Situation("add a key with a tag already in use (typed in lower case)", _tag_taken, Refused(Rule.DUPLICATE, "tag")),
    Situation("due back an hour ago", _due(-1), Refused("due_not_after_now", "due_at")),
    Situation("due back in 40 days", _due(40 * 24), Refused("due_too_far", "due_at")),
    Situation("lend to a visitor who has checked out", _visitor_left, Blocked("key_loan", "visitor_not_on_site")),
    Situation("deposit a key without the owner's consent", _no_consent, Refused("consent_required", "consent")),
    Situation(
        "a second key count in the same shift",
        _second_count,
        Saved(NEWEST_COUNT),
    ),
]


test_bad_input_is_saved_as_stated_or_refused_at_its_field = field_test(FIELDS)


def test_a_collector_phone_kept_as_typed_after_its_warning_must_still_fit(
    services: Services, desk: KeyFormBench
) -> None:
    """The clerk confirms an odd phone ("save anyway"): a pasted page of text is still refused."""
    field = "collectors.0.phone"
    fields = desk.deposit_fields(collectors=(CollectorFields("陳太", LONG, "妻子"),))
    deposits = desk.services.key_deposits
    judge(services, Refused(Rule.TOO_LONG, field), lambda: deposits.deposit(desk.staff.clerk, fields, (field,)))
    odd = desk.deposit_fields(collectors=(CollectorFields("陳太", "內線 1234", "妻子"),))
    judge(services, Saved("內線1234"), lambda: deposits.deposit(desk.staff.clerk, odd, (field,)).collectors[0].phone)


test_what_the_state_does_not_allow_is_refused_and_nothing_is_written = situation_test(SITUATIONS)
