"""The site directory (docs/visitors.md): buildings, units, residents, staff and contractors.

Clerks and supervisors maintain it; everyone looks things up in it (the visited unit of a visitor,
the borrower of a key, the reporter of a repair). People are deactivated, never deleted.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import NotFound, Rule, ValidationError, ValidationErrors
from app.permissions import ADMIN_ROLES, Actor, Permission, Role, require
from app.search import name_search_key
from app.storage import Sessions
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, clean_code, clean_text
from app.validation import mask_phone
from app.validation.accept import optional_phone
from db.models.directory import Building, Person, Unit

T = TypeVar("T")

EDIT_DIRECTORY = Permission("directory.edit", frozenset({Role.CLERK, Role.SUPERVISOR}) | ADMIN_ROLES)
SEARCH_LIMIT = 50
CODE_MAX_CHARS = 20


class PersonKind(StrEnum):
    RESIDENT = "resident"
    STAFF = "staff"
    CONTRACTOR = "contractor"


class ResidentRole(StrEnum):
    OWNER = "owner"
    TENANT = "tenant"
    FAMILY = "family"


@dataclass(frozen=True, slots=True)
class BuildingRow:
    id: uuid.UUID
    code: str
    name: str
    active: bool


@dataclass(frozen=True, slots=True)
class UnitRow:
    id: uuid.UUID
    building_id: uuid.UUID
    building_code: str
    building_name: str
    code: str
    floor: str
    active: bool

    @property
    def label(self) -> str:
        """How a unit is written on a slip: building name and unit code (e.g. "A座 12A")."""
        return f"{self.building_name} {self.code}"


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: uuid.UUID
    kind: PersonKind
    name: str
    phone: str | None  # normalised; shown on screen, masked on paper and in exports
    unit_id: uuid.UUID | None
    unit_label: str
    role: str
    company: str
    notes: str
    active: bool

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone) if self.phone else ""


@dataclass(frozen=True, slots=True)
class PersonFields:
    kind: PersonKind
    name: str
    phone: str = ""
    unit_id: uuid.UUID | None = None
    role: str = ""
    company: str = ""
    notes: str = ""


def unit_search_key(building_code: str, unit_code: str) -> str:
    return f"{building_code}{unit_code}".replace(" ", "").replace("-", "").upper()


def _unit_row(unit: Unit, building: Building) -> UnitRow:
    return UnitRow(unit.id, building.id, building.code, building.name, unit.code, unit.floor, unit.active)


def check_person(fields: PersonFields, accepted: Collection[str] = ()) -> dict[str, object]:
    """Validate every field of a person (all errors at once); return the column values."""
    errors: list[ValidationError] = []
    values: dict[str, object] = {"kind": PersonKind(fields.kind).value, "unit_id": fields.unit_id}

    def attempt(name: str, action: object) -> None:
        try:
            values[name] = action() if callable(action) else action
        except ValidationError as error:
            errors.append(error)

    attempt("name", lambda: clean_text(fields.name, "name", max_chars=NAME_MAX_CHARS, required=True))
    attempt("role", lambda: clean_text(fields.role, "role", max_chars=NAME_MAX_CHARS))
    attempt("company", lambda: clean_text(fields.company, "company", max_chars=NAME_MAX_CHARS))
    attempt("notes", lambda: clean_text(fields.notes, "notes", max_chars=LONG_TEXT_MAX_CHARS, multiline=True))

    attempt("phone", lambda: optional_phone(fields.phone, "phone", accepted))
    if fields.kind == PersonKind.RESIDENT:
        if fields.unit_id is None:
            errors.append(ValidationError("unit", Rule.REQUIRED))
        if fields.role and fields.role not in set(ResidentRole):
            errors.append(ValidationError("role", Rule.CHOICE))
    if errors:
        raise ValidationErrors(tuple(errors))
    values["name_key"] = name_search_key(str(values["name"]))
    values["phone_reversed"] = values["phone"][::-1] if values.get("phone") else None  # type: ignore[index]
    return values


class DirectoryService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def _log(self, s: Session, actor: Actor, action: str, kind: str, record: uuid.UUID) -> None:
        self._audit.append(s, at=self._clock.now(), actor=actor, action=action, record_kind=kind, record_id=record)

    # -- buildings and units ---------------------------------------------------------------------
    def buildings(self, include_inactive: bool = False) -> list[BuildingRow]:
        with self._sessions.read() as s:
            query = select(Building).order_by(Building.sort_order, Building.code)
            if not include_inactive:
                query = query.where(Building.active.is_(True))
            return [BuildingRow(b.id, b.code, b.name, b.active) for b in s.execute(query).scalars()]

    @changes(ChangeKind.DIRECTORY)
    def add_building(self, actor: Actor, code: str, name: str) -> BuildingRow:
        require(actor, EDIT_DIRECTORY)
        clean = clean_code(code, "building_code", max_chars=CODE_MAX_CHARS, required=True)
        label = clean_text(name, "building_name", max_chars=NAME_MAX_CHARS) or clean
        with self._sessions.begin() as s:
            if s.execute(select(Building.id).where(Building.code == clean)).first():
                raise ValidationError("building_code", Rule.DUPLICATE)
            count = s.execute(select(func.count()).select_from(Building)).scalar_one()
            building = Building(code=clean, name=label, sort_order=count, active=True)
            s.add(building)
            s.flush()
            self._log(s, actor, "building.added", "building", building.id)
            return BuildingRow(building.id, building.code, building.name, building.active)

    @changes(ChangeKind.DIRECTORY)
    def add_unit(self, actor: Actor, building_id: uuid.UUID, code: str, floor: str = "") -> UnitRow:
        require(actor, EDIT_DIRECTORY)
        clean = clean_code(code, "unit_code", max_chars=CODE_MAX_CHARS, required=True)
        level = clean_code(floor, "floor", max_chars=CODE_MAX_CHARS)
        with self._sessions.begin() as s:
            building = s.get(Building, building_id)
            if building is None:
                raise NotFound("building", str(building_id))
            exists = select(Unit.id).where(Unit.building_id == building_id, Unit.code == clean)
            if s.execute(exists).first():
                raise ValidationError("unit_code", Rule.DUPLICATE)
            unit = Unit(
                building_id=building_id,
                code=clean,
                floor=level,
                active=True,
                search_key=unit_search_key(building.code, clean),
            )
            s.add(unit)
            s.flush()
            self._log(s, actor, "unit.added", "unit", unit.id)
            return _unit_row(unit, building)

    def unit(self, unit_id: uuid.UUID) -> UnitRow:
        with self._sessions.read() as s:
            row = s.execute(select(Unit, Building).join(Building).where(Unit.id == unit_id)).first()
            if row is None:
                raise NotFound("unit", str(unit_id))
            return _unit_row(row[0], row[1])

    def find_units(self, text: str, limit: int = SEARCH_LIMIT) -> list[UnitRow]:
        """Units whose building+unit code contains what was typed ("12a", "A12", "a座12A")."""
        key = unit_search_key("", clean_code(text, "unit", max_chars=2 * CODE_MAX_CHARS))
        with self._sessions.read() as s:
            query = select(Unit, Building).join(Building).where(Unit.active.is_(True))
            if key:
                query = query.where(
                    or_(
                        Unit.search_key.contains(key, autoescape=True),
                        func.upper(Building.name + Unit.code).contains(key, autoescape=True),
                    )
                )
            query = query.order_by(Building.sort_order, Building.code, Unit.code).limit(limit)
            return [_unit_row(u, b) for u, b in s.execute(query)]

    # -- people ----------------------------------------------------------------------------------
    def _people_query(self) -> Any:  # Select of (Person, Unit | None, Building | None)
        return (
            select(Person, Unit, Building)
            .outerjoin(Unit, Person.unit_id == Unit.id)
            .outerjoin(Building, Unit.building_id == Building.id)
        )

    @staticmethod
    def _person_row(person: Person, unit: Unit | None, building: Building | None) -> PersonRow:
        label = _unit_row(unit, building).label if unit is not None and building is not None else ""
        return PersonRow(
            person.id,
            PersonKind(person.kind),
            person.name,
            person.phone,
            person.unit_id,
            label,
            person.role,
            person.company,
            person.notes,
            person.active,
        )

    def person(self, person_id: uuid.UUID) -> PersonRow:
        with self._sessions.read() as s:
            row = s.execute(self._people_query().where(Person.id == person_id)).first()
            if row is None:
                raise NotFound("person", str(person_id))
            return self._person_row(row[0], row[1], row[2])

    def people(
        self,
        kinds: Collection[PersonKind] = (),
        unit_id: uuid.UUID | None = None,
        text: str = "",
        include_inactive: bool = False,
        limit: int = SEARCH_LIMIT,
    ) -> list[PersonRow]:
        """People by kind, unit, and a typed fragment of their name or phone digits (last 4 work)."""
        query = self._people_query()
        if kinds:
            query = query.where(Person.kind.in_([PersonKind(k).value for k in kinds]))
        if unit_id is not None:
            query = query.where(Person.unit_id == unit_id)
        if not include_inactive:
            query = query.where(Person.active.is_(True))
        fragment = clean_text(text, "search", max_chars=NAME_MAX_CHARS)
        if fragment:
            digits = "".join(ch for ch in fragment if ch.isdigit())
            conditions = [Person.name_key.contains(name_search_key(fragment), autoescape=True)]
            if digits and len(digits) >= 3:
                conditions.append(Person.phone_reversed.startswith(digits[::-1], autoescape=True))
            query = query.where(or_(*conditions))
        query = query.order_by(Person.name_key).limit(limit)
        with self._sessions.read() as s:
            return [self._person_row(p, u, b) for p, u, b in s.execute(query)]

    @changes(ChangeKind.DIRECTORY)
    def add_person(self, actor: Actor, fields: PersonFields, accepted: Collection[str] = ()) -> PersonRow:
        require(actor, EDIT_DIRECTORY)
        values = check_person(fields, accepted)
        with self._sessions.begin() as s:
            if fields.unit_id is not None and s.get(Unit, fields.unit_id) is None:
                raise ValidationError("unit", Rule.NOT_FOUND)
            person = Person(active=True, **values)
            s.add(person)
            s.flush()
            self._log(s, actor, "person.added", "person", person.id)
            person_id = person.id
        return self.person(person_id)

    @changes(ChangeKind.DIRECTORY)
    def update_person(
        self, actor: Actor, person_id: uuid.UUID, fields: PersonFields, accepted: Collection[str] = ()
    ) -> PersonRow:
        require(actor, EDIT_DIRECTORY)
        values = check_person(fields, accepted)
        with self._sessions.begin() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person", str(person_id))
            for name, value in values.items():
                setattr(person, name, value)
            self._log(s, actor, "person.updated", "person", person.id)
        return self.person(person_id)

    @changes(ChangeKind.DIRECTORY)
    def import_lines(
        self,
        actor: Actor,
        lines: Sequence[tuple[int, DirectoryLine]],
        *,
        sheet: str = "",
        accept_warnings: bool = False,
    ) -> ImportSummary:
        """Import directory sheet rows (row number, line): all or nothing, one transaction."""
        return import_directory(
            self._sessions, self._clock, self._audit, actor, lines, sheet=sheet, accept_warnings=accept_warnings
        )

    def lines(self) -> list[DirectoryLine]:
        """The directory as sheet rows, for the Excel export."""
        return directory_lines(self._sessions)

    @changes(ChangeKind.DIRECTORY)
    def set_person_active(self, actor: Actor, person_id: uuid.UUID, active: bool) -> PersonRow:
        require(actor, EDIT_DIRECTORY)
        with self._sessions.begin() as s:
            person = s.get(Person, person_id)
            if person is None:
                raise NotFound("person", str(person_id))
            person.active = active
            self._log(s, actor, "person.activated" if active else "person.deactivated", "person", person.id)
        return self.person(person_id)


# -- Excel import / export (one row per person, unit or building; see app.directory_xlsx) ------------
DIRECTORY_COLUMNS = (
    "building_code",
    "building_name",
    "unit_code",
    "floor",
    "kind",
    "name",
    "phone",
    "role",
    "company",
    "notes",
    "active",
)
ACTIVE_WORDS = {"": True, "1": True, "yes": True, "y": True, "true": True, "0": False, "no": False, "n": False}
NAME_CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class DirectoryLine:
    """One row of the directory sheet: a building, a unit of it, and perhaps a person there."""

    building_code: str = ""
    building_name: str = ""
    unit_code: str = ""
    floor: str = ""
    kind: str = ""
    name: str = ""
    phone: str = ""
    role: str = ""
    company: str = ""
    notes: str = ""
    active: str = ""


@dataclass(frozen=True, slots=True)
class ImportSummary:
    buildings_added: int = 0
    buildings_updated: int = 0
    units_added: int = 0
    units_updated: int = 0
    people_added: int = 0
    people_updated: int = 0


@dataclass
class _Plan:
    buildings: dict[str, str]  # code → name ("" keeps the current name)
    units: dict[tuple[str, str], str]  # (building code, unit code) → floor
    people: list[tuple[dict[str, object], tuple[str, str] | None]]  # person values, unit key


_PLACEHOLDER_UNIT = uuid.UUID(int=0)


def _plan_line(line: DirectoryLine, plan: _Plan, known_buildings: Collection[str], accepted: Collection[str]) -> None:
    """Check one line into ``plan``; raise ``ValidationErrors`` with every problem of the line."""
    errors: list[ValidationError] = []

    def attempt(action: Any, default: Any) -> Any:
        try:
            return action()
        except ValidationError as error:
            errors.append(error)
        except ValidationErrors as many:
            errors.extend(many.errors)
        return default

    code = attempt(lambda: clean_code(line.building_code, "building_code", max_chars=CODE_MAX_CHARS), "")
    name = attempt(lambda: clean_text(line.building_name, "building_name", max_chars=NAME_MAX_CHARS), "")
    unit = attempt(lambda: clean_code(line.unit_code, "unit_code", max_chars=CODE_MAX_CHARS), "")
    floor = attempt(lambda: clean_code(line.floor, "floor", max_chars=CODE_MAX_CHARS), "")
    if code and name and plan.buildings.get(code, name) not in ("", name):
        errors.append(ValidationError("building_name", NAME_CONFLICT))
    if unit and not code:
        errors.append(ValidationError("building_code", Rule.REQUIRED))
    if code and code not in known_buildings and code not in plan.buildings and not name and not unit:
        errors.append(ValidationError("building_name", Rule.REQUIRED))
    active = ACTIVE_WORDS.get(str(line.active).strip().lower())
    if active is None:
        errors.append(ValidationError("active", Rule.CHOICE))
    person: dict[str, object] | None = None
    if line.kind.strip() or line.name.strip():
        kind = line.kind.strip().lower()
        if kind not in set(PersonKind):
            errors.append(ValidationError("kind", Rule.REQUIRED if not kind else Rule.CHOICE))
        else:
            fields = PersonFields(
                PersonKind(kind),
                line.name,
                line.phone,
                _PLACEHOLDER_UNIT if unit else None,
                line.role.strip().lower() if kind == PersonKind.RESIDENT else line.role,
                line.company,
                line.notes,
            )
            person = attempt(lambda: check_person(fields, accepted), None)
    if errors:
        raise ValidationErrors(tuple(errors))
    if code:
        plan.buildings[code] = name or plan.buildings.get(code, "")
    if unit:
        plan.units[(code, unit)] = floor or plan.units.get((code, unit), "")
    if person is not None:
        person["active"] = bool(active)
        plan.people.append((person, (code, unit) if unit else None))


IMPORT_ROWS_PER_TRANSACTION = 200  # a desk's check-in waits for at most one such write (tens of ms)


def _apply_plan(sessions: Sessions, plan: _Plan) -> dict[str, int]:
    """Write a checked plan in short transactions, so that other desks keep working during a large
    import (each waits at most for one slice). Every slice adds or updates, so an import stopped half-way
    (a full disk, a power cut) is completed by importing the same file again."""
    counts = dict.fromkeys(("ba", "bu", "ua", "uu", "pa", "pu"), 0)
    with sessions.begin() as s:
        buildings = {b.code: b for b in s.execute(select(Building)).scalars()}
        order = len(buildings)
        for code, name in plan.buildings.items():
            building = buildings.get(code)
            if building is None:
                building = Building(id=uuid.uuid4(), code=code, name=name or code, sort_order=order, active=True)
                order += 1
                s.add(building)
                buildings[code] = building
                counts["ba"] += 1
            elif name and building.name != name:
                building.name = name
                counts["bu"] += 1
        building_ids = {code: b.id for code, b in buildings.items()}
    with sessions.read() as s:
        known_units = {(u.building_id, u.code): (u.id, u.floor) for u in s.execute(select(Unit)).scalars()}
    unit_ids: dict[tuple[str, str], uuid.UUID] = {}
    for unit_chunk in _slices(list(plan.units.items())):
        with sessions.begin() as s:
            for (code, unit_code), floor in unit_chunk:
                building_id = building_ids[code]
                known = known_units.get((building_id, unit_code))
                if known is None:
                    unit = Unit(
                        id=uuid.uuid4(),
                        building_id=building_id,
                        code=unit_code,
                        floor=floor,
                        active=True,
                        search_key=unit_search_key(code, unit_code),
                    )
                    s.add(unit)
                    known_units[(building_id, unit_code)] = (unit.id, floor)
                    unit_ids[(code, unit_code)] = unit.id
                    counts["ua"] += 1
                    continue
                unit_ids[(code, unit_code)] = known[0]
                if floor and known[1] != floor:
                    existing_unit = s.get(Unit, known[0])
                    if existing_unit is not None:
                        existing_unit.floor = floor
                        counts["uu"] += 1
    with sessions.read() as s:
        known_people = {
            (kind, name_key, unit_id): person_id
            for person_id, kind, name_key, unit_id in s.execute(
                select(Person.id, Person.kind, Person.name_key, Person.unit_id)
            )
        }
    for people_chunk in _slices(plan.people):
        with sessions.begin() as s:
            for planned, unit_key in people_chunk:
                values = {**planned, "unit_id": unit_ids[unit_key] if unit_key else None}
                key = (values["kind"], values["name_key"], values["unit_id"])
                person_id = known_people.get(key)  # type: ignore[arg-type]
                if person_id is None:
                    person = Person(id=uuid.uuid4(), **values)
                    s.add(person)
                    known_people[key] = person.id  # type: ignore[index]
                    counts["pa"] += 1
                    continue
                existing = s.get(Person, person_id)
                if existing is not None and any(getattr(existing, k) != v for k, v in values.items()):
                    for k, v in values.items():
                        setattr(existing, k, v)
                    counts["pu"] += 1
    return counts


def _slices(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), IMPORT_ROWS_PER_TRANSACTION):
        yield items[start : start + IMPORT_ROWS_PER_TRANSACTION]


def import_directory(
    sessions: Sessions,
    clock: Clock,
    audit: AuditLog,
    actor: Actor,
    lines: Sequence[tuple[int, DirectoryLine]],
    *,
    sheet: str = "",
    accept_warnings: bool = False,
) -> ImportSummary:
    """Check every line first (nothing is written when one is bad: all bad rows are reported with their
    row numbers), then add or update them in short transactions."""
    from app.imports import ImportRejected, RowProblem, problems_of

    require(actor, EDIT_DIRECTORY)
    accepted = ("phone",) if accept_warnings else ()
    with sessions.read() as s:
        known = set(s.execute(select(Building.code)).scalars())
    plan = _Plan({}, {}, [])
    problems: list[RowProblem] = []
    for number, line in lines:
        try:
            _plan_line(line, plan, known, accepted)
        except ValidationErrors as error:
            problems.extend(problems_of(error, sheet, number))
    if problems:
        raise ImportRejected(tuple(problems))
    counts = _apply_plan(sessions, plan)
    summary = ImportSummary(counts["ba"], counts["bu"], counts["ua"], counts["uu"], counts["pa"], counts["pu"])
    with sessions.begin() as s:
        audit.append(
            s,
            at=clock.now(),
            actor=actor,
            action="directory.imported",
            record_kind="directory",
            record_id="import",
            details=dict(dataclasses.asdict(summary)),
        )
    return summary


def directory_lines(sessions: Sessions) -> list[DirectoryLine]:
    """The whole directory as sheet rows: every person, then units and buildings nobody lives in."""
    with sessions.read() as s:
        buildings = {b.id: b for b in s.execute(select(Building)).scalars()}
        units = {u.id: u for u in s.execute(select(Unit)).scalars()}
        people = list(s.execute(select(Person)).scalars())
    lines: list[tuple[tuple[int, str, str, str], DirectoryLine]] = []
    used_units: set[uuid.UUID] = set()
    used_buildings: set[uuid.UUID] = set()
    for p in people:
        unit = units.get(p.unit_id) if p.unit_id else None
        building = buildings.get(unit.building_id) if unit else None
        if unit is not None and building is not None:
            used_units.add(unit.id)
            used_buildings.add(building.id)
        lines.append(
            (
                (building.sort_order if building else 10**9, unit.code if unit else "", p.kind, p.name_key),
                DirectoryLine(
                    building.code if building else "",
                    building.name if building else "",
                    unit.code if unit else "",
                    unit.floor if unit else "",
                    p.kind,
                    p.name,
                    p.phone or "",
                    p.role,
                    p.company,
                    p.notes,
                    "1" if p.active else "0",
                ),
            )
        )
    for unit in units.values():
        if unit.id not in used_units:
            b = buildings[unit.building_id]
            used_buildings.add(b.id)
            lines.append(((b.sort_order, unit.code, "", ""), DirectoryLine(b.code, b.name, unit.code, unit.floor)))
    for b in buildings.values():
        if b.id not in used_buildings:
            lines.append(((b.sort_order, "", "", ""), DirectoryLine(b.code, b.name)))
    lines.sort(key=lambda item: item[0])
    return [line for _key, line in lines]
