"""Check-in, check-out, the on-site list and the overstay sweep: the guard's main service.

One user action = one method = one transaction with its audit entry. A check-in is screened against
the watchlist inside its transaction; a hit raises ``Conflict("visit", "watchlist_hit", {"hits"})``
until the guard's ``WatchRuling`` comes with the repeated call, and the decision is recorded with the
visit. A check-out asks every ``HoldingsSource`` first and raises ``Conflict("visit", "holds_items",
{"items"})`` unless the guard confirms.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime, tzinfo

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from app.approvals import redeem
from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock, local_day
from app.errors import Conflict, NotFound, Rule, ValidationError
from app.holdings import HeldItem, HoldingsSource, OnSiteVisitor
from app.permissions import Actor, Approval, require
from app.search import name_search_key
from app.settings import SettingsService
from app.storage import Sessions
from app.text import clean_code
from app.validation import PhoneRegion, normalize_code, phone_tail, plate_search_key
from app.visitors import amend as amending
from app.visitors.checks import PASS_MAX_CHARS, CleanVisit, check_visit
from app.visitors.identity import IdVault, SealedId
from app.visitors.model import (
    AMEND_VISIT,
    CHECK_IN,
    OVERRIDE_ID_CHECK,
    OVERRIDE_WATCHLIST,
    REVEAL_ID,
    CheckInFields,
    CheckoutMethod,
    ExpectedStatus,
    SweepDecision,
    VisitRow,
    VisitStatus,
    WatchAction,
    WatchDecision,
    WatchHit,
    WatchRuling,
    require_approval,
)
from app.visitors.profiles import get_visitor, record_visit
from app.visitors.rows import on_site_now, rows_of, visit_query
from app.visitors.types import ID_POLICY, VISITOR_TYPES, IdPolicySetting, VisitorType, id_policy, visitor_types
from app.visitors.watchlist import WatchlistService, screening_keys
from db.models.directory import Person, Unit
from db.models.visitors import (
    ExpectedVisit,
    IdReveal,
    Visit,
    VisitCounter,
    VisitPrint,
    VisitSweep,
    WatchlistHit,
)

CODE_PREFIX = "V-"
CODE_DIGITS = 6
COUNTER_ROW = 1
WATCHLIST_HIT = "watchlist_hit"
HOLDS_ITEMS = "holds_items"
NOT_ON_SITE = "not_on_site"
DECISION_NOT_ALLOWED = "decision_not_allowed"
# A check-in of someone already on site (same visitor card, same ID number, or same name and phone):
# a warning the guard confirms ("save anyway") — a second visit is possible, a forgotten check-out more likely.
ALREADY_ON_SITE = "already_on_site"
ON_SITE_FIELD = "on_site"
SEARCH_LIMIT = 50


def visit_code(seq: int) -> str:
    return f"{CODE_PREFIX}{seq:0{CODE_DIGITS}d}"


def next_seq(s: Session) -> int:
    """The next visit number; the counter row is locked until the transaction ends (PostgreSQL)."""
    counter = s.execute(select(VisitCounter).where(VisitCounter.id == COUNTER_ROW).with_for_update()).scalar_one()
    counter.last_seq += 1
    return counter.last_seq


class VisitService:
    def __init__(
        self,
        sessions: Sessions,
        clock: Clock,
        audit: AuditLog,
        settings: SettingsService,
        watchlist: WatchlistService,
        vault: IdVault,
        zone: tzinfo,
        region: PhoneRegion | None,
        holdings: Sequence[HoldingsSource] = (),
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._audit = audit
        self._settings = settings
        self._watchlist = watchlist
        self._vault = vault
        self._zone = zone
        self._region = region
        self._holdings = tuple(holdings)

    def attach_holdings(self, source: HoldingsSource) -> None:
        """Wire one more area that lends things to visitors (bootstrap, after both are built)."""
        self._holdings = (*self._holdings, source)

    # -- settings this service applies -------------------------------------------------------------
    def types(self) -> list[VisitorType]:
        return visitor_types(self._settings.get(VISITOR_TYPES))

    def id_policy(self) -> IdPolicySetting:
        return id_policy(self._settings.get(ID_POLICY))

    # -- check-in ----------------------------------------------------------------------------------
    @changes(ChangeKind.VISIT, ChangeKind.VISITOR, ChangeKind.EXPECTED_VISIT)
    def check_in(
        self,
        actor: Actor,
        fields: CheckInFields,
        *,
        accepted: Collection[str] = (),
        override_id: bool = False,
        id_approval: Approval | None = None,
        ruling: WatchRuling | None = None,
    ) -> VisitRow:
        """Save a check-in (or a refusal at the gate); see the module docstring for the two conflicts.

        ``accepted``: fields whose format warnings the guard confirmed. ``override_id``: save an ID
        number whose check digit or date is wrong, which needs ``id_approval`` (a supervisor's
        approval of ``OVERRIDE_ID_CHECK``; without it: ``PermissionDenied(approvable)``).
        """
        require(actor, CHECK_IN)
        now = self._clock.now()
        today = local_day(now, self._zone)
        types = {t.code: t for t in self.types()}
        override = override_id or id_approval is not None
        clean = check_visit(fields, types, self.id_policy().policy, self._region, now, today, accepted, override)
        id_approver = require_approval(actor, OVERRIDE_ID_CHECK, id_approval, now) if clean.id.overridden else None
        sealed = self._vault.seal(clean.id.id_type, clean.id.number) if clean.id.id_type and clean.id.number else None
        with self._sessions.begin() as s:
            self._check_references(s, clean)
            if clean.id.reuse_stored:
                sealed = self._stored_id(s, fields.visitor_id)
            if ON_SITE_FIELD not in accepted:
                self._warn_if_on_site(s, clean, fields.visitor_id, sealed)
            keys = screening_keys(clean.name_key, clean.phone, sealed.blind if sealed else None, clean.plate)
            hits = self._watchlist.hits_for(s, keys, today)
            decision, watch_approval = self._rule(actor, hits, ruling, now)
            visitor = record_visit(s, clean, fields.visitor_id, sealed, now)
            visit = self._insert_visit(s, actor, clean, sealed, visitor.id, decision, fields.expected_visit_id, now)
            visit.id_override_approval_id = id_approval.record_id if id_approval and clean.id.overridden else None
            if clean.id.overridden:
                id_approver = redeem(s, now, actor, id_approval, OVERRIDE_ID_CHECK, visit.id)
            if watch_approval is not None:
                redeem(s, now, actor, watch_approval, OVERRIDE_WATCHLIST, visit.id)
            for hit in hits:
                s.add(
                    WatchlistHit(
                        entry_id=hit.entry_id,
                        visit_id=visit.id,
                        at=now,
                        by_id=actor.operator_id,
                        matched_on=",".join(hit.matched_on),
                        decision=(decision or WatchDecision.REFUSED).value,
                        approval_id=watch_approval.record_id if watch_approval else None,
                    )
                )
            if fields.expected_visit_id is not None:
                self._mark_arrived(s, fields.expected_visit_id, visit.id)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="visit.refused" if decision is WatchDecision.REFUSED else "visit.checked_in",
                record_kind="visit",
                record_id=visit.id,
                approver_id=id_approver,
                details={
                    "code": visit.code,
                    "type": visit.visitor_type,
                    "id_check": visit.id_check,
                    "id_override": clean.id.overridden,
                    "watch_hits": len(hits),
                    "decision": decision.value if decision else None,
                    "expected": fields.expected_visit_id is not None,
                },
            )
            if watch_approval is not None:
                self._audit.append(
                    s,
                    at=now,
                    actor=actor,
                    action="watchlist.overridden",
                    record_kind="visit",
                    record_id=visit.id,
                    approver_id=watch_approval.approver_id,
                    details={"hits": len(hits)},
                )
            return self._row(s, visit.id)

    def _warn_if_on_site(
        self, s: Session, clean: CleanVisit, visitor_id: uuid.UUID | None, sealed: SealedId | None
    ) -> None:
        """Raise the ``already_on_site`` warning when this person has a visit still open."""
        same = on_site_visits_of(s, clean, visitor_id, sealed)
        if same:
            first = same[0]
            since = first.checked_in_at.astimezone(self._zone)
            raise ValidationError(
                ON_SITE_FIELD,
                ALREADY_ON_SITE,
                {"code": first.code, "time": f"{since:%m-%d %H:%M}", "count": len(same)},
                warning=True,
            )

    def _check_references(self, s: Session, clean: CleanVisit) -> None:
        if clean.unit_id is not None and s.get(Unit, clean.unit_id) is None:
            raise ValidationError("unit", Rule.NOT_FOUND)
        if clean.resident_id is not None and s.get(Person, clean.resident_id) is None:
            raise ValidationError("resident", Rule.NOT_FOUND)

    @staticmethod
    def _stored_id(s: Session, visitor_id: uuid.UUID | None) -> SealedId:
        visitor = get_visitor(s, visitor_id) if visitor_id else None
        if visitor is None or visitor.id_cipher is None or visitor.id_blind is None:
            raise ValidationError("id_number", Rule.REQUIRED)
        return SealedId(visitor.id_type or "", visitor.id_cipher, visitor.id_blind, visitor.id_masked or "")

    def _rule(
        self, actor: Actor, hits: list[WatchHit], ruling: WatchRuling | None, now: datetime
    ) -> tuple[WatchDecision | None, Approval | None]:
        if not hits:
            return None, None
        if ruling is None:
            raise Conflict("visit", WATCHLIST_HIT, {"hits": tuple(hits)})
        actions = {hit.action for hit in hits}
        decision = ruling.decision
        if decision is WatchDecision.OVERRIDDEN:
            require_approval(actor, OVERRIDE_WATCHLIST, ruling.approval, now)
            return decision, ruling.approval
        allowed = {
            WatchDecision.REFUSED: True,
            WatchDecision.ALLOWED_AFTER_CALL: WatchAction.DENY not in actions,
            WatchDecision.ALLOWED_ALERT_ONLY: actions == {WatchAction.ALERT_ONLY},
        }
        if not allowed[decision]:
            raise Conflict("visit", DECISION_NOT_ALLOWED, {"hits": tuple(hits)})
        return decision, None

    def _insert_visit(
        self,
        s: Session,
        actor: Actor,
        clean: CleanVisit,
        sealed: SealedId | None,
        visitor_id: uuid.UUID,
        decision: WatchDecision | None,
        expected_id: uuid.UUID | None,
        now: datetime,
    ) -> Visit:
        seq = next_seq(s)
        refused = decision is WatchDecision.REFUSED
        visit = Visit(
            seq=seq,
            code=visit_code(seq),
            visitor_id=visitor_id,
            status=(VisitStatus.REFUSED if refused else VisitStatus.ON_SITE).value,
            visitor_type=clean.visitor_type,
            name=clean.name,
            phone=clean.phone,
            company=clean.company,
            id_check=clean.id.checked.value,
            id_type=sealed.id_type if sealed else None,
            id_cipher=sealed.cipher if sealed else None,
            id_blind=sealed.blind if sealed else None,
            id_masked=sealed.masked if sealed else None,
            unit_id=clean.unit_id,
            resident_id=clean.resident_id,
            purpose=clean.purpose,
            plate=clean.plate,
            plate_region=clean.plate_region,
            companions=clean.companions,
            items=clean.items,
            pass_number=clean.pass_number,
            notes=clean.notes,
            expected_leave_at=None if refused else clean.expected_leave_at,
            checked_in_at=now,
            checked_in_by_id=actor.operator_id,
            desk_id=actor.desk_id,
            shift_id=actor.shift_id,
            expected_visit_id=expected_id,
            amended=False,
        )
        s.add(visit)
        s.flush()
        return visit

    @staticmethod
    def _mark_arrived(s: Session, expected_id: uuid.UUID, visit_id: uuid.UUID) -> None:
        expected = s.get(ExpectedVisit, expected_id)
        if expected is None:
            raise NotFound("expected_visit", str(expected_id))
        if expected.status != ExpectedStatus.EXPECTED.value:
            raise Conflict("expected_visit", "not_expected")
        expected.status = ExpectedStatus.ARRIVED.value
        expected.visit_id = visit_id

    # -- check-out ---------------------------------------------------------------------------------
    def held_items(self, visit_id: uuid.UUID) -> list[HeldItem]:
        return [item for source in self._holdings for item in source.held_by_visit(visit_id)]

    @changes(ChangeKind.VISIT)
    def check_out(
        self,
        actor: Actor,
        visit_id: uuid.UUID,
        method: CheckoutMethod = CheckoutMethod.LIST,
        *,
        confirm_held: bool = False,
    ) -> VisitRow:
        require(actor, CHECK_IN)
        held = self.held_items(visit_id)
        if held and not confirm_held:
            raise Conflict("visit", HOLDS_ITEMS, {"items": tuple(held), "count": len(held)})
        with self._sessions.begin() as s:
            visit = _on_site_visit(s, visit_id)
            now = self._clock.now()
            _leave(visit, actor, now, method)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="visit.checked_out",
                record_kind="visit",
                record_id=visit.id,
                details={"code": visit.code, "method": method.value, "held_items": len(held)},
            )
            return self._row(s, visit.id)

    @changes(ChangeKind.VISIT)
    def scan_out(self, actor: Actor, scanned: str, *, confirm_held: bool = False) -> VisitRow:
        """Check out the on-site visit whose slip code or pass number was scanned."""
        found = self.find_by_code(scanned)
        if found is None:
            raise NotFound("visit", "scanned")
        if not found.on_site:
            raise Conflict("visit", NOT_ON_SITE)
        return self.check_out(actor, found.id, CheckoutMethod.SCAN, confirm_held=confirm_held)

    # -- the on-site list --------------------------------------------------------------------------
    def _row(self, s: Session, visit_id: uuid.UUID) -> VisitRow:
        rows = rows_of(s.execute(visit_query().where(Visit.id == visit_id)))
        if not rows:
            raise NotFound("visit", str(visit_id))
        return rows[0]

    def visit(self, visit_id: uuid.UUID) -> VisitRow:
        with self._sessions.read() as s:
            return self._row(s, visit_id)

    def on_site(self) -> list[VisitRow]:
        """Everyone checked in and not out, newest first."""
        with self._sessions.read() as s:
            query = visit_query().where(on_site_now())
            return rows_of(s.execute(query.order_by(Visit.checked_in_at.desc())))

    def on_site_now(self) -> list[OnSiteVisitor]:
        """``OnSiteSource`` for the keys area: who may borrow a key as a visitor."""
        return [
            OnSiteVisitor(row.id, row.name, row.unit_label, row.pass_number or row.code, row.checked_in_at)
            for row in self.on_site()
        ]

    def overstays(self) -> list[VisitRow]:
        now = self._clock.now()
        return [row for row in self.on_site() if row.overstayed(now)]

    def find_by_code(self, text: str) -> VisitRow | None:
        """A visit by its slip code (``V-000123``, as scanned or typed) or, among those on site, by the
        pass number handed out (hyphens, spaces and width do not matter)."""
        try:
            code = clean_code(text.strip(), "code", max_chars=PASS_MAX_CHARS * 2)
            bare = normalize_code(code, "code")
        except ValidationError:
            return None
        if not code:
            return None
        candidates = {code}
        digits = bare.removeprefix(CODE_PREFIX.rstrip("-"))
        if digits.isdigit():
            candidates.add(visit_code(int(digits)))
        with self._sessions.read() as s:
            rows = rows_of(s.execute(visit_query().where(Visit.code.in_(candidates))))
            if rows:
                return rows[0]
            on_site = visit_query().where(on_site_now(), Visit.pass_number.is_not(None))
            for row in rows_of(s.execute(on_site.order_by(Visit.checked_in_at.desc()))):
                if normalize_code(row.pass_number, "pass_number") == bare:
                    return row
        return None

    def find_on_site(self, text: str) -> list[VisitRow]:
        """On-site visits matching a name fragment (either script), phone tail, plate, pass or code."""
        found = self.find_by_code(text)
        if found is not None and found.on_site:
            return [found]
        key = name_search_key(text)
        digits = "".join(ch for ch in text if ch.isdigit())
        plate = plate_search_key(text)
        out = []
        for row in self.on_site():
            if (
                (key and key in name_search_key(row.name))
                or (len(digits) >= 3 and row.phone and phone_tail(row.phone, len(digits)) == digits)
                or (len(plate) >= 2 and plate in plate_search_key(row.plate))
                or (key and key in name_search_key(row.unit_label))
            ):
                out.append(row)
        return out[:SEARCH_LIMIT]

    # -- end-of-shift sweep ------------------------------------------------------------------------
    @changes(ChangeKind.VISIT)
    def sweep(self, actor: Actor, decisions: Mapping[uuid.UUID, SweepDecision]) -> int:
        """Record the sweep's answer for each overstay; "left" checks out as not witnessed."""
        require(actor, CHECK_IN)
        with self._sessions.begin() as s:
            now = self._clock.now()
            for visit_id, decision in decisions.items():
                visit = _on_site_visit(s, visit_id)
                choice = SweepDecision(decision)
                if choice is SweepDecision.LEFT_UNWITNESSED:
                    _leave(visit, actor, now, CheckoutMethod.SWEEP)
                s.add(
                    VisitSweep(
                        visit_id=visit.id,
                        at=now,
                        by_id=actor.operator_id,
                        shift_id=actor.shift_id,
                        decision=choice.value,
                    )
                )
                self._audit.append(
                    s,
                    at=now,
                    actor=actor,
                    action="visit.swept",
                    record_kind="visit",
                    record_id=visit.id,
                    details={"code": visit.code, "decision": choice.value},
                )
        return len(decisions)

    # -- corrections, prints, ID reveal ------------------------------------------------------------
    @changes(ChangeKind.VISIT)
    def amend(
        self,
        actor: Actor,
        visit_id: uuid.UUID,
        changes: Mapping[str, object],
        reason: str,
        accepted: Collection[str] = (),
    ) -> VisitRow:
        """Correct a saved visit: the changed fields, old and new values, author and reason are kept."""
        require(actor, AMEND_VISIT)
        types = {t.code: t for t in self.types()}
        with self._sessions.begin() as s:
            visit = s.get(Visit, visit_id, with_for_update=True)
            if visit is None:
                raise NotFound("visit", str(visit_id))
            now = self._clock.now()
            context = amending.AmendContext(types, self._region, now, accepted)
            amendment = amending.apply(s, visit, changes, reason, context, actor.operator_id)
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="visit.amended",
                record_kind="visit",
                record_id=visit.id,
                details={"code": visit.code, "fields": amendment.fields},
            )
            return self._row(s, visit.id)

    def slip(self, visit_id: uuid.UUID) -> tuple[VisitRow, int]:
        """A visit and how many slips of it were printed so far (0: the next one is the original)."""
        with self._sessions.read() as s:
            row = self._row(s, visit_id)
            printed = s.execute(
                select(func.count()).select_from(VisitPrint).where(VisitPrint.visit_id == visit_id)
            ).scalar_one()
        return row, int(printed)

    @changes()
    def record_print(self, actor: Actor, visit_id: uuid.UUID, paper: str) -> tuple[VisitRow, int]:
        """Count a printed slip; returns the visit and how many times it was printed before (補印)."""
        require(actor, CHECK_IN)
        with self._sessions.begin() as s:
            row = self._row(s, visit_id)
            before = s.execute(
                select(func.count()).select_from(VisitPrint).where(VisitPrint.visit_id == visit_id)
            ).scalar_one()
            now = self._clock.now()
            s.add(VisitPrint(visit_id=visit_id, at=now, by_id=actor.operator_id, paper=paper, number=before + 1))
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="visit.slip_printed",
                record_kind="visit",
                record_id=visit_id,
                details={"code": row.code, "number": before + 1, "paper": paper},
            )
        return row, int(before)

    @changes()
    def reveal_id(self, actor: Actor, visit_id: uuid.UUID, approval: Approval | None) -> str:
        """The full ID number of a visit, for a supervisor who gave a reason (audited)."""
        now = self._clock.now()
        require_approval(actor, REVEAL_ID, approval, now)
        assert approval is not None
        with self._sessions.begin() as s:
            approver = redeem(s, now, actor, approval, REVEAL_ID, visit_id)
            visit = s.get(Visit, visit_id)
            if visit is None:
                raise NotFound("visit", str(visit_id))
            if visit.id_cipher is None:
                raise Conflict("visit", "no_id_number")
            s.add(
                IdReveal(
                    at=now,
                    by_id=actor.operator_id,
                    approval_id=approval.record_id,
                    record_kind="visit",
                    record_id=visit.id,
                )
            )
            self._audit.append(
                s,
                at=now,
                actor=actor,
                action="visit.id_revealed",
                record_kind="visit",
                record_id=visit.id,
                approver_id=approver,
                details={"code": visit.code},
            )
            return self._vault.open(visit.id_cipher)


def _on_site_visit(s: Session, visit_id: uuid.UUID) -> Visit:
    visit = s.get(Visit, visit_id, with_for_update=True)
    if visit is None:
        raise NotFound("visit", str(visit_id))
    if visit.status != VisitStatus.ON_SITE.value:
        raise Conflict("visit", NOT_ON_SITE)
    return visit


def _leave(visit: Visit, actor: Actor, now: datetime, method: CheckoutMethod) -> None:
    visit.status = VisitStatus.CHECKED_OUT.value
    visit.checked_out_at = now
    visit.checked_out_by_id = actor.operator_id
    visit.checkout_method = method.value
    visit.checkout_witnessed = method is not CheckoutMethod.SWEEP


def on_site_visits_of(
    s: Session, clean: CleanVisit, visitor_id: uuid.UUID | None, sealed: SealedId | None
) -> list[Visit]:
    """Visits still open of the same person: the same visitor card, the same ID number, or the
    same name with the same phone (a name alone is not enough: two 陳大文 are two people)."""
    same: list[ColumnElement[bool]] = []
    if visitor_id is not None:
        same.append(Visit.visitor_id == visitor_id)
    if sealed is not None and sealed.blind:
        same.append(Visit.id_blind == sealed.blind)
    if clean.phone and clean.name:
        same.append(and_(Visit.name == clean.name, Visit.phone == clean.phone))
    if not same:
        return []
    query = select(Visit).where(on_site_now(), or_(*same)).order_by(Visit.checked_in_at)
    return list(s.execute(query).scalars())
