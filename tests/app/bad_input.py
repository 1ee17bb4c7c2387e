"""Bad input, field by field: the kinds of bad input tried on every text field an operator types, and
how a case is judged — saved with the stated (normalised) value, or refused with a typed error at its
field and nothing written at all (no row in any table, no audit entry, no stored file).

Each area's ``tests/app/<area>/test_bad_input.py`` lists its fields (``Field``) and the things its
state does not allow (``Situation``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import pytest
from sqlalchemy import func, select

import db.models  # noqa: F401 (every table is in the metadata)
from app.bootstrap import Services
from app.errors import Conflict, GatehouseError, Rule, ValidationError, ValidationErrors
from db.base import Base
from db.models.core import AuditHead

W = TypeVar("W")

LONG_LENGTH = 10_000
LONG = "長" * LONG_LENGTH  # a paste of 10,000 characters
SQL = "'; DROP TABLE key_item; --"
Kind = tuple[str, str]  # (what kind of bad input, the value typed)
TEXT_KINDS: tuple[Kind, ...] = (
    ("empty", ""),
    ("whitespace only", "  \u3000 "),
    ("too long", LONG),
    ("control character", "陳\x07文"),
    ("zero-width", "陳\u200b大文"),
    ("bidi override", "\u202e文大陳"),
    ("full-width", "ＡＢ１２３４"),
    ("emoji", "陳😀"),
    ("SQL-looking", SQL),
)
PHONE_KINDS: tuple[Kind, ...] = (
    *TEXT_KINDS,
    ("wrong format", "12-ab-34"),
    ("full-width digits", "６１２３ ４５６７"),
    ("long but all digits", "9123 4567 9123 4567 9123 4567"),
)
# Compatibility characters that NFKC folds into many (one Arabic ligature is 18 letters): a code
# folded after its length was checked would no longer fit its column.
CODE_KINDS: tuple[Kind, ...] = (*TEXT_KINDS, ("expands when folded", "\ufdfa" * 3))

# How a case is judged when its field says nothing else.
DEFAULT_RULES: Mapping[str, str] = {
    "empty": Rule.REQUIRED,
    "whitespace only": Rule.REQUIRED,
    "too long": Rule.TOO_LONG,
    "control character": Rule.CONTROL_CHARS,
    "zero-width": Rule.INVISIBLE_CHARS,
    "bidi override": Rule.INVISIBLE_CHARS,
    "expands when folded": Rule.TOO_LONG,
}
DEFAULT_SAVED: Mapping[str, object] = {"full-width": "AB1234", "emoji": "陳😀", "SQL-looking": SQL}


@dataclass(frozen=True, slots=True)
class Saved:
    """Saved, and the service's row holds ``value``."""

    value: object


@dataclass(frozen=True, slots=True)
class Refused:
    """A ``ValidationError`` with ``rule`` at ``field`` (default: the case's field); nothing written."""

    rule: str
    field: str = ""
    warning: bool = False  # the operator may save it anyway after checking (format-only rules)
    pins_audited: bool = False  # PIN checks are audited even when the action they were for is refused


@dataclass(frozen=True, slots=True)
class Blocked:
    """A ``Conflict`` (``kind``, ``reason``): the state does not allow it; nothing written."""

    kind: str
    reason: str


Expect = Saved | Refused | Blocked
OPTIONAL: Mapping[str, Expect] = {"empty": Saved(""), "whitespace only": Saved("")}
# Codes (tags, checkpoint codes) are folded to half-width upper case without spaces.
CODE: Mapping[str, Expect] = {"SQL-looking": Refused(Rule.TOO_LONG)}
# A phone that may be left empty: normalised to E.164; an odd one warns (it may be saved as typed once
# the operator confirms it), one that would not fit is refused.
OPTIONAL_PHONE: Mapping[str, Expect] = {
    "empty": Saved(None),
    "whitespace only": Saved(None),
    "full-width": Refused(Rule.BAD_FORMAT, warning=True),
    "emoji": Refused(Rule.BAD_FORMAT, warning=True),
    "SQL-looking": Refused(Rule.BAD_FORMAT, warning=True),
    "wrong format": Refused(Rule.BAD_FORMAT, warning=True),
    "full-width digits": Saved("+85261234567"),
    "long but all digits": Refused(Rule.TOO_LONG),
}


@dataclass(frozen=True)
class Field(Generic[W]):
    """A text field of a form. ``prepare(world)`` makes what the form needs (a key to lend, a job to
    put on hold…) and returns the save with one value typed in this field; the save returns what
    was stored for the field."""

    name: str
    error_field: str
    prepare: Callable[[W], Callable[[str], object]]
    kinds: Sequence[Kind] = TEXT_KINDS
    expect: Mapping[str, Expect] = field(default_factory=dict)

    def expected(self, kind: str) -> Expect:
        if kind in self.expect:
            return self.expect[kind]
        if kind in DEFAULT_RULES:
            return Refused(DEFAULT_RULES[kind])
        return Saved(DEFAULT_SAVED[kind])


@dataclass(frozen=True)
class Case(Generic[W]):
    field: Field[W]
    kind: str
    value: str

    @property
    def id(self) -> str:
        return f"{self.field.name}-{self.kind}".replace(" ", "_")

    @property
    def expect(self) -> Expect:
        return self.field.expected(self.kind)


def cases(fields: Sequence[Field[W]]) -> list[Case[W]]:
    return [Case(f, kind, value) for f in fields for kind, value in f.kinds]


def each_case(fields: Sequence[Field[W]]) -> pytest.MarkDecorator:
    """Parametrize a test by ``case``: every field × every kind of bad input."""
    found = cases(fields)
    return pytest.mark.parametrize("case", found, ids=[c.id for c in found])


@dataclass(frozen=True)
class Situation(Generic[W]):
    """Something the state does not allow, or a once-only thing done again. ``prepare(world)`` brings
    the state about and returns the attempt."""

    name: str
    prepare: Callable[[W], Callable[[], object]]
    expect: Expect
    error_field: str = ""


@dataclass(frozen=True, slots=True)
class Outcome:
    saved: object = None
    error: GatehouseError | None = None


def attempt(save: Callable[[], object]) -> Outcome:
    try:
        return Outcome(saved=save())
    except GatehouseError as error:
        return Outcome(error=error)


AUDIT = ("audit_entry", "audit chain")


def footprint(services: Services) -> dict[str, int]:
    """Rows in every table, the audit chain's length and the files in the attachment store."""
    with services.database.sessions.read() as s:
        counts = {
            table.name: int(s.execute(select(func.count()).select_from(table)).scalar_one())
            for table in Base.metadata.sorted_tables
        }
        counts["audit chain"] = int(s.execute(select(AuditHead.last_seq)).scalar() or 0)
    root = services.attachments.root
    counts["attachment files"] = sum(1 for p in root.rglob("*") if p.is_file()) if root.exists() else 0
    return counts


def errors_of(error: GatehouseError | None) -> tuple[ValidationError, ...]:
    if isinstance(error, ValidationErrors):
        return error.errors
    if isinstance(error, ValidationError):
        return (error,)
    return ()


def each_situation(situations: Sequence[Situation[W]]) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("situation", situations, ids=[s.name for s in situations])


def judge(services: Services, expect: Expect, save: Callable[[], object], error_field: str = "") -> Outcome:
    """Run ``save`` and assert ``expect``: saved as stated, or refused with nothing written."""
    before = footprint(services)
    outcome = attempt(save)
    after = footprint(services)
    if isinstance(expect, Saved):
        assert outcome.error is None, outcome.error
        assert outcome.saved == expect.value, outcome.saved
        assert after != before  # something was written
        return outcome
    if isinstance(expect, Refused):
        wanted = expect.field or error_field
        found = [(e.field, e.rule, e.warning) for e in errors_of(outcome.error)]
        assert (wanted, expect.rule, expect.warning) in found, (outcome, found)
    else:
        assert isinstance(outcome.error, Conflict), outcome
        assert (outcome.error.kind, outcome.error.reason) == (expect.kind, expect.reason)
    changed = {name: (before[name], after[name]) for name in before if before[name] != after[name]}
    if isinstance(expect, Refused) and expect.pins_audited:
        assert set(changed) == set(AUDIT), changed
        changed = {}
    assert not changed, changed  # nothing half-saved
    return outcome


def field_test(fields: Sequence[Field[Any]]) -> Callable[..., None]:
    """The test of every field × every kind of bad input, for a module whose ``desk`` fixture builds
    the world its fields need."""

    @each_case(fields)
    def test(services: Services, desk: object, case: Case[Any]) -> None:
        judge_case(services, desk, case)

    return test


def situation_test(situations: Sequence[Situation[Any]]) -> Callable[..., None]:
    """The test of each situation, for a module whose ``desk`` fixture builds its world."""

    @each_situation(situations)
    def test(services: Services, desk: object, situation: Situation[Any]) -> None:
        judge_situation(services, desk, situation)

    return test


def judge_case(services: Services, world: W, case: Case[W]) -> Outcome:
    save = case.field.prepare(world)
    return judge(services, case.expect, lambda: save(case.value), case.field.error_field)


def judge_situation(services: Services, world: W, situation: Situation[W]) -> Outcome:
    return judge(services, situation.expect, situation.prepare(world), situation.error_field)
