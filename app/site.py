"""The site profile and its desks; first-run initialisation of a new database."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.credentials import SecretHasher
from app.errors import Conflict, NotFound, Rule, ValidationError, ValidationErrors
from app.operators import NewOperator, add_operator
from app.permissions import EDIT_SITE_SETTINGS, Actor, Role, require
from app.settings import LANGUAGE, SettingsService
from app.site_key import KeyStore, SiteKeys
from app.storage import Sessions
from app.text import clean_text
from db.models.core import Desk, Site

SITE_NAME_MAX_CHARS = 80
DESK_NAME_MAX_CHARS = 40
MAX_DESKS = 50
REASON_ALREADY_INITIALISED = "already_initialised"


class DeskKind(StrEnum):
    BOOTH = "booth"  # 門崗 / 保安亭
    RECEPTION = "reception"  # 客服 / 前台


@dataclass(frozen=True, slots=True)
class SiteRow:
    id: uuid.UUID
    name: str
    timezone: str
    key_fingerprint: str


@dataclass(frozen=True, slots=True)
class DeskRow:
    id: uuid.UUID
    name: str
    kind: DeskKind
    active: bool


@dataclass(frozen=True, slots=True)
class DeskSpec:
    name: str
    kind: DeskKind


@dataclass(frozen=True, slots=True)
class SiteSetup:
    site_name: str
    timezone: str
    desks: Sequence[DeskSpec]
    admin: NewOperator
    language: str = "zh_TW"


def clean_timezone(name: str, field: str = "timezone") -> str:
    value = (name or "").strip()
    if not value:
        raise ValidationError(field, Rule.REQUIRED)
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValidationError(field, Rule.CHOICE) from error
    return value


def read_site(sessions: Sessions) -> SiteRow | None:
    with sessions.read() as s:
        site = s.execute(select(Site)).scalars().first()
        return None if site is None else SiteRow(site.id, site.name, site.timezone, site.key_fingerprint)


def _check_desks(desks: Sequence[DeskSpec]) -> list[DeskSpec]:
    if not desks:
        raise ValidationError("desks", Rule.REQUIRED)
    if len(desks) > MAX_DESKS:
        raise ValidationError("desks", Rule.OUT_OF_RANGE, {"max": MAX_DESKS})
    cleaned = [
        DeskSpec(clean_text(d.name, "desks", max_chars=DESK_NAME_MAX_CHARS, required=True), DeskKind(d.kind))
        for d in desks
    ]
    if len({d.name.casefold() for d in cleaned}) != len(cleaned):
        raise ValidationError("desks", Rule.DUPLICATE)
    return cleaned


def initialize_site(
    sessions: Sessions, key_store: KeyStore, clock: Clock, hasher: SecretHasher, setup: SiteSetup
) -> tuple[SiteRow, SiteKeys]:
    """Create the site, its desks, the first admin and the key file, all or nothing."""
    errors: list[ValidationError] = []
    name = timezone = ""
    desks: list[DeskSpec] = []
    for check in ("site_name", "timezone", "desks"):
        try:
            if check == "site_name":
                name = clean_text(setup.site_name, "site_name", max_chars=SITE_NAME_MAX_CHARS, required=True)
            elif check == "timezone":
                timezone = clean_timezone(setup.timezone)
            else:
                desks = _check_desks(setup.desks)
        except ValidationError as error:
            errors.append(error)
    if setup.admin.role != Role.ADMIN:
        errors.append(ValidationError("role", Rule.CHOICE))
    keys = SiteKeys.generate()
    audit = AuditLog(keys)
    with sessions.begin() as s:
        if s.execute(select(func.count()).select_from(Site)).scalar_one():
            raise Conflict("site", REASON_ALREADY_INITIALISED)
        try:
            admin = add_operator(s, hasher, setup.admin)
        except ValidationErrors as many:
            errors.extend(many.errors)
        except ValidationError as one:
            errors.append(one)
        if errors:
            raise ValidationErrors(tuple(errors))
        site = Site(name=name, timezone=timezone, key_fingerprint=keys.fingerprint)
        s.add(site)
        desk_rows = [Desk(name=d.name, kind=d.kind.value, active=True) for d in desks]
        s.add_all(desk_rows)
        SettingsService.put(s, LANGUAGE, LANGUAGE.check(setup.language))
        s.flush()
        now = clock.now()
        audit.append(
            s,
            at=now,
            actor=None,
            action="site.initialized",
            record_kind="site",
            record_id=site.id,
            details={"desks": len(desk_rows), "admin": str(admin.id)},
        )
        # Written inside the transaction: if the key cannot be saved, the site is not created.
        key_store.save(keys, name)
        return SiteRow(site.id, site.name, site.timezone, site.key_fingerprint), keys


class SiteService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit

    def site(self) -> SiteRow:
        row = read_site(self._sessions)
        if row is None:
            raise NotFound("site")
        return row

    def desks(self, include_inactive: bool = False) -> list[DeskRow]:
        with self._sessions.read() as s:
            query = select(Desk).order_by(Desk.name)
            if not include_inactive:
                query = query.where(Desk.active.is_(True))
            return [DeskRow(d.id, d.name, DeskKind(d.kind), d.active) for d in s.execute(query).scalars()]

    def desk(self, desk_id: uuid.UUID) -> DeskRow:
        with self._sessions.read() as s:
            d = s.get(Desk, desk_id)
            if d is None:
                raise NotFound("desk", str(desk_id))
            return DeskRow(d.id, d.name, DeskKind(d.kind), d.active)

    @changes(ChangeKind.SITE, ChangeKind.DESK)
    def update_profile(self, actor: Actor, name: str, timezone: str) -> SiteRow:
        require(actor, EDIT_SITE_SETTINGS)
        errors: list[ValidationError] = []
        clean = zone = ""
        try:
            clean = clean_text(name, "site_name", max_chars=SITE_NAME_MAX_CHARS, required=True)
        except ValidationError as error:
            errors.append(error)
        try:
            zone = clean_timezone(timezone)
        except ValidationError as error:
            errors.append(error)
        if errors:
            raise ValidationErrors(tuple(errors))
        with self._sessions.begin() as s:
            site = s.execute(select(Site)).scalar_one()
            site.name, site.timezone = clean, zone
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="site.updated",
                record_kind="site",
                record_id=site.id,
                details={"timezone": zone},
            )
            return SiteRow(site.id, site.name, site.timezone, site.key_fingerprint)

    @changes(ChangeKind.SITE, ChangeKind.DESK)
    def add_desk(self, actor: Actor, name: str, kind: DeskKind) -> DeskRow:
        require(actor, EDIT_SITE_SETTINGS)
        clean = clean_text(name, "desk_name", max_chars=DESK_NAME_MAX_CHARS, required=True)
        with self._sessions.begin() as s:
            if s.execute(select(Desk.id).where(func.lower(Desk.name) == clean.lower())).first():
                raise ValidationError("desk_name", Rule.DUPLICATE)
            desk = Desk(name=clean, kind=DeskKind(kind).value, active=True)
            s.add(desk)
            s.flush()
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="desk.added",
                record_kind="desk",
                record_id=desk.id,
                details={"kind": desk.kind},
            )
            return DeskRow(desk.id, desk.name, DeskKind(desk.kind), desk.active)

    @changes(ChangeKind.SITE, ChangeKind.DESK)
    def update_desk(self, actor: Actor, desk_id: uuid.UUID, name: str, active: bool) -> DeskRow:
        require(actor, EDIT_SITE_SETTINGS)
        clean = clean_text(name, "desk_name", max_chars=DESK_NAME_MAX_CHARS, required=True)
        with self._sessions.begin() as s:
            desk = s.get(Desk, desk_id)
            if desk is None:
                raise NotFound("desk", str(desk_id))
            clash = s.execute(select(Desk.id).where(func.lower(Desk.name) == clean.lower(), Desk.id != desk_id)).first()
            if clash:
                raise ValidationError("desk_name", Rule.DUPLICATE)
            if not active and desk.active:
                others = s.execute(
                    select(func.count()).select_from(Desk).where(Desk.active.is_(True), Desk.id != desk_id)
                ).scalar_one()
                if not others:
                    raise Conflict("desk", "last_desk")
            desk.name, desk.active = clean, active
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="desk.updated",
                record_kind="desk",
                record_id=desk.id,
                details={"active": active},
            )
            return DeskRow(desk.id, desk.name, DeskKind(desk.kind), desk.active)
