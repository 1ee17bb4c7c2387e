"""The watchlist (黑名單 / 關注名單): who to deny, whose resident to call first, whom to note.

Entries are matched by keys, never by personal data in the clear where it can be avoided: folded
names and aliases, E.164 phones, normalised plates, and for ID numbers only the keyed blind index
(the number itself is kept encrypted, shown masked). Every check-in is screened inside its own
transaction (``hits_for``); the guard's decision is recorded by the visit service. Entries are
lifted (with a reason), never deleted.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock, local_day
from app.errors import Conflict, GatehouseError, NotFound, Rule, ValidationError
from app.imports import ImportRejected, RowProblem, problems_of
from app.permissions import Actor, require
from app.search import name_search_key
from app.storage import Sessions
from app.text import LONG_TEXT_MAX_CHARS, NAME_MAX_CHARS, SHORT_TEXT_MAX_CHARS, clean_text
from app.validation import IdType, PhoneRegion, normalize_code, plate_search_key, validate_id
from app.validation.accept import unless_accepted
from app.visitors.checks import Collector, check_phone, check_plate_field, optional_text
from app.visitors.identity import IdVault, SealedId
from app.visitors.model import MANAGE_WATCHLIST, WatchAction, WatchHit, WatchlistRow
from db.models.core import Operator
from db.models.visitors import WatchlistEntry, WatchlistHit, WatchlistKey

NAME_KEY, PHONE_KEY, ID_KEY, PLATE_KEY = "name:", "phone:", "id:", "plate:"
MATCH_KINDS = {NAME_KEY: "name", PHONE_KEY: "phone", ID_KEY: "id", PLATE_KEY: "plate"}
ALIAS_SEPARATORS = re.compile(r"[,，、;；/|]")
REASON_MIN_CHARS = 2
ONE_KEY_REQUIRED = "one_key_required"


@dataclass(frozen=True, slots=True)
class WatchlistFields:
    name: str = ""
    aliases: str = ""
    phone: str = ""
    id_type: str = ""
    id_number: str = ""
    plate: str = ""
    reason: str = ""
    action: str = WatchAction.ALERT_ONLY.value
    expires_on: date | None = None


@dataclass(frozen=True, slots=True)
class _CleanEntry:
    name: str | None
    aliases: str | None
    phone: str | None
    sealed: SealedId | None
    plate: str | None
    reason: str
    action: WatchAction
    expires_on: date | None
    keys: frozenset[str]


def screening_keys(name_key: str | None, phone: str | None, id_blind: str | None, plate: str | None) -> set[str]:
    """The keys a visitor is screened with (same shapes as the entries' keys)."""
    keys = set()
    if name_key:
        keys.add(NAME_KEY + name_key)
    if phone:
        keys.add(PHONE_KEY + phone)
    if id_blind:
        keys.add(ID_KEY + id_blind)
    if plate:
        keys.add(PLATE_KEY + plate_search_key(plate))
    return keys


class WatchlistService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        vault: IdVault,
        zone: tzinfo,
        region: PhoneRegion | None,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._vault = vault
        self._zone = zone
        self._region = region

    # -- checking ----------------------------------------------------------------------------------
    def _clean(self, fields: WatchlistFields, accepted: Collection[str]) -> _CleanEntry:
        c = Collector()
        name = optional_text(c, fields.name, "name", NAME_MAX_CHARS)
        aliases = optional_text(c, fields.aliases, "aliases", SHORT_TEXT_MAX_CHARS)
        phone = check_phone(c, fields.phone, "phone", self._region, accepted, required=False)
        plate, _region = check_plate_field(c, fields.plate, "plate", self._region, accepted, required=False)
        sealed = c.check(lambda: self._seal(fields, accepted), None)
        reason = c.check(
            lambda: clean_text(
                fields.reason, "reason", max_chars=LONG_TEXT_MAX_CHARS, required=True, multiline=True,
                min_chars=REASON_MIN_CHARS,
            ),
            "",
        )  # fmt: skip
        action = c.check(lambda: _action(fields.action), WatchAction.ALERT_ONLY)
        today = local_day(self._clock.now(), self._zone)
        if fields.expires_on is not None and fields.expires_on < today:
            c.fail("expires_on", Rule.OUT_OF_RANGE)
        typed = (fields.name, fields.aliases, fields.phone, fields.plate, fields.id_number)
        if not any(value.strip() for value in typed):
            c.fail("name", ONE_KEY_REQUIRED)
        c.done()
        keys = screening_keys(name_search_key(name) if name else None, phone, sealed.blind if sealed else None, plate)
        for alias in ALIAS_SEPARATORS.split(aliases or ""):
            if alias_key := name_search_key(alias):
                keys.add(NAME_KEY + alias_key)
        return _CleanEntry(name, aliases, phone, sealed, plate, reason, action, fields.expires_on, frozenset(keys))

    def _seal(self, fields: WatchlistFields, accepted: Collection[str]) -> SealedId | None:
        if not fields.id_number.strip():
            return None
        kind = fields.id_type or IdType.OTHER.value

        def checked() -> str:
            return validate_id(kind, fields.id_number, "id_number").normalized

        def unchecked() -> str:
            return normalize_code(fields.id_number, "id_number")

        normalized = unless_accepted(checked, unchecked, "id_number", accepted)
        return self._vault.seal(kind, normalized)

    # -- writes ------------------------------------------------------------------------------------
    def _insert(self, s: Session, actor: Actor, entry: _CleanEntry) -> WatchlistEntry:
        row = WatchlistEntry(
            name=entry.name,
            aliases=entry.aliases,
            phone=entry.phone,
            id_type=entry.sealed.id_type if entry.sealed else None,
            id_cipher=entry.sealed.cipher if entry.sealed else None,
            id_masked=entry.sealed.masked if entry.sealed else None,
            plate=entry.plate,
            reason=entry.reason,
            action=entry.action.value,
            expires_on=entry.expires_on,
            added_by_id=actor.operator_id,
            active=True,
        )
        s.add(row)
        s.flush()
        s.add_all(WatchlistKey(entry_id=row.id, key=key) for key in sorted(entry.keys))
        return row

    @changes(ChangeKind.WATCHLIST)
    def add(self, actor: Actor, fields: WatchlistFields, accepted: Collection[str] = ()) -> WatchlistRow:
        require(actor, MANAGE_WATCHLIST)
        entry = self._clean(fields, accepted)
        with self._sessions.begin() as s:
            row = self._insert(s, actor, entry)
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="watchlist.added",
                record_kind="watchlist",
                record_id=row.id,
                details={"action": entry.action.value, "keys": len(entry.keys)},
            )
            entry_id = row.id
        return self.entry(entry_id)

    @changes(ChangeKind.WATCHLIST)
    def lift(self, actor: Actor, entry_id: uuid.UUID, reason: str) -> WatchlistRow:
        """Take an entry off the list (it stays on record, with who lifted it and why)."""
        require(actor, MANAGE_WATCHLIST)
        why = clean_text(reason, "reason", max_chars=LONG_TEXT_MAX_CHARS, required=True, multiline=True)
        with self._sessions.begin() as s:
            row = s.get(WatchlistEntry, entry_id)
            if row is None:
                raise NotFound("watchlist", str(entry_id))
            if not row.active:
                raise Conflict("watchlist", "already_lifted")
            now = self._clock.now()
            row.active, row.lifted_at, row.lifted_by_id, row.lift_reason = False, now, actor.operator_id, why
            self._audit.append(
                s, at=now, actor=actor, action="watchlist.lifted", record_kind="watchlist", record_id=row.id
            )
        return self.entry(entry_id)

    @changes(ChangeKind.WATCHLIST)
    def import_entries(
        self,
        actor: Actor,
        rows: Sequence[tuple[int, WatchlistFields]],
        sheet: str = "",
        accept_warnings: bool = False,
        *,
        check_only: bool = False,
    ) -> int:
        """Add every entry or none: a bad row is reported with its row number and nothing is saved.

        ``check_only`` checks the rows (``ImportRejected`` if any is bad) and saves nothing.
        """
        require(actor, MANAGE_WATCHLIST)
        clean: list[_CleanEntry] = []
        problems: list[RowProblem] = []
        accepted = ("phone", "plate", "id_number") if accept_warnings else ()
        for number, fields in rows:
            try:
                clean.append(self._clean(fields, accepted))
            except GatehouseError as error:
                problems.extend(problems_of(error, sheet, number))
        if problems:
            raise ImportRejected(tuple(problems))
        if check_only:
            return len(clean)
        with self._sessions.begin() as s:
            for entry in clean:
                self._insert(s, actor, entry)
            self._audit.append(
                s,
                at=self._clock.now(),
                actor=actor,
                action="watchlist.imported",
                record_kind="watchlist",
                record_id="import",
                details={"entries": len(clean)},
            )
        return len(clean)

    # -- reads -------------------------------------------------------------------------------------
    def _rows(self, s: Session, condition: ColumnElement[bool]) -> list[WatchlistRow]:
        hits = (
            select(func.count())
            .select_from(WatchlistHit)
            .where(WatchlistHit.entry_id == WatchlistEntry.id)
            .scalar_subquery()
        )
        statement = (
            select(WatchlistEntry, Operator.display_name, hits)
            .join(Operator, Operator.id == WatchlistEntry.added_by_id)
            .where(condition)
            .order_by(WatchlistEntry.active.desc(), WatchlistEntry.created_at.desc())
        )
        return [
            WatchlistRow(
                e.id,
                e.name or "",
                e.aliases or "",
                e.phone,
                e.id_type,
                e.id_masked or "",
                e.plate or "",
                e.reason,
                WatchAction(e.action),
                e.expires_on,
                e.active,
                added_by,
                e.created_at,
                int(count),
            )
            for e, added_by, count in s.execute(statement)
        ]

    def entry(self, entry_id: uuid.UUID) -> WatchlistRow:
        with self._sessions.read() as s:
            rows = self._rows(s, WatchlistEntry.id == entry_id)
        if not rows:
            raise NotFound("watchlist", str(entry_id))
        return rows[0]

    def entries(self, actor: Actor, include_lifted: bool = False) -> list[WatchlistRow]:
        """The list (supervisors): guards meet entries only as alerts at check-in."""
        require(actor, MANAGE_WATCHLIST)
        return self.listed(include_lifted)

    def listed(self, include_lifted: bool = False) -> list[WatchlistRow]:
        """``entries`` without the permission check, for callers that checked it (the Excel export)."""
        today = local_day(self._clock.now(), self._zone)
        with self._sessions.read() as s:
            current = WatchlistEntry.active.is_(True) & or_(
                WatchlistEntry.expires_on.is_(None), WatchlistEntry.expires_on >= today
            )
            condition = WatchlistEntry.id.is_not(None) if include_lifted else current
            return self._rows(s, condition)

    def hits_for(self, s: Session, keys: Iterable[str], today: date) -> list[WatchHit]:
        """Active, unexpired entries matching any of ``keys`` (inside the caller's transaction)."""
        wanted = sorted(set(keys))
        if not wanted:
            return []
        statement = (
            select(WatchlistEntry, WatchlistKey.key)
            .join(WatchlistKey, WatchlistKey.entry_id == WatchlistEntry.id)
            .where(
                WatchlistKey.key.in_(wanted),
                WatchlistEntry.active.is_(True),
                or_(WatchlistEntry.expires_on.is_(None), WatchlistEntry.expires_on >= today),
            )
        )
        found: dict[uuid.UUID, tuple[WatchlistEntry, set[str]]] = {}
        for entry, key in s.execute(statement):
            kind = next(label for prefix, label in MATCH_KINDS.items() if key.startswith(prefix))
            found.setdefault(entry.id, (entry, set()))[1].add(kind)
        return [
            WatchHit(
                e.id,
                WatchAction(e.action),
                e.reason,
                e.name or "",
                e.aliases or "",
                e.id_masked or "",
                e.plate or "",
                tuple(sorted(kinds)),
                e.expires_on,
            )
            for e, kinds in sorted(found.values(), key=lambda item: _severity(item[0].action))
        ]


def _action(value: str) -> WatchAction:
    try:
        return WatchAction(value)
    except ValueError:
        raise ValidationError("action", Rule.CHOICE) from None


def _severity(action: str) -> int:
    return list(WatchAction).index(WatchAction(action))
