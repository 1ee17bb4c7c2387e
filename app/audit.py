"""The audit log: append-only, hash-chained, written in the same transaction as the change.

Each entry's hash is HMAC(site audit key, previous hash + canonical entry), so editing, deleting or
reordering entries with the sqlite3 shell breaks the chain at the first touched entry. Cutting entries
off the end (and moving the head back) or re-forging the chain with the key file is caught by the
day seals and the anchors kept outside the database (app/audit_seal.py, docs/audit-sealing.md).
Entries hold record ids, codes and keyed hashes, never names, phones or ID numbers in the clear: a
retention purge never has to touch them.

Appending refuses an actor whose account was disabled meanwhile (the session ends at the next write),
and an entry naming an approver needs an approval record redeemed for it (app/approvals.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.approvals import redeem_for_audit
from app.audit_seal import AuditAnchor, read_anchor, signature_holds
from app.errors import AuthenticationError, AuthFailure, StorageError, StorageProblem
from app.permissions import Actor
from app.site_key import SiteKeys
from db.models.core import AuditEntry, AuditHead, AuditSeal, Operator

GENESIS_HASH = "0" * 64
HEAD_ROW_ID = 1
VERIFY_BATCH = 5000

# Values allowed in details: ids, codes, numbers, flags, keyed hashes. A guard against personal data.
DetailValue = str | int | float | bool | None


class AuditProblem(StrEnum):
    HASH_MISMATCH = "hash_mismatch"  # an entry was edited
    BROKEN_LINK = "broken_link"  # an entry before it was removed or the order changed
    SEQUENCE_GAP = "sequence_gap"
    HEAD_MISMATCH = "head_mismatch"  # entries removed from the end
    HEAD_MISSING = "head_missing"  # the audit_head row was deleted
    TRUNCATED = "truncated"  # entries missing from the end, the head moved back to hide it
    SEAL_BROKEN = "seal_broken"  # a day's seal does not verify (re-forged or replaced)
    ANCHOR_MISMATCH = "anchor_mismatch"  # the chain differs from an anchor kept outside the database


@dataclass(frozen=True, slots=True)
class AuditRow:
    seq: int
    at: datetime
    actor_id: uuid.UUID | None
    approver_id: uuid.UUID | None
    desk_id: uuid.UUID | None
    action: str
    record_kind: str
    record_id: str
    details: Mapping[str, Any]
    entry_hash: str


@dataclass(frozen=True, slots=True)
class AuditVerification:
    ok: bool
    entries_checked: int
    first_bad_seq: int | None = None
    problem: AuditProblem | None = None
    head_hash: str = GENESIS_HASH
    missing_entries: int = 0  # TRUNCATED: how many entries are gone from the end
    missing_since: datetime | None = None  # … since when the anchor or seal that names them
    bad_day: date | None = None  # SEAL_BROKEN: the first day whose seal does not hold
    seals_checked: int = 0
    anchor_count: int | None = None  # the highest anchor compared with, if any


def _canonical(
    seq: int,
    at: datetime,
    actor_id: uuid.UUID | None,
    approver_id: uuid.UUID | None,
    desk_id: uuid.UUID | None,
    action: str,
    record_kind: str,
    record_id: str,
    details_json: str,
) -> bytes:
    fields = [
        seq,
        at.isoformat(timespec="microseconds"),
        str(actor_id) if actor_id else None,
        str(approver_id) if approver_id else None,
        str(desk_id) if desk_id else None,
        action,
        record_kind,
        record_id,
        details_json,
    ]
    return json.dumps(fields, ensure_ascii=True, separators=(",", ":")).encode("ascii")


class AuditLog:
    def __init__(self, keys: SiteKeys) -> None:
        self._key = keys.audit

    def _hash(self, prev_hash: str, canonical: bytes) -> str:
        return hmac.new(self._key, prev_hash.encode("ascii") + canonical, hashlib.sha256).hexdigest()

    def hash_of(self, entry: AuditEntry, prev_hash: str, details_json: str | None = None) -> str:
        """The hash ``entry`` has after ``prev_hash`` (with other ``details_json``: what a forger computes)."""
        return self._hash(
            prev_hash,
            _canonical(
                entry.seq,
                entry.at,
                entry.actor_id,
                entry.approver_id,
                entry.desk_id,
                entry.action,
                entry.record_kind,
                entry.record_id,
                entry.details_json if details_json is None else details_json,
            ),
        )

    def append(
        self,
        session: Session,
        *,
        at: datetime,
        actor: Actor | None,
        action: str,
        record_kind: str,
        record_id: str | uuid.UUID,
        details: Mapping[str, DetailValue] | None = None,
        approver_id: uuid.UUID | None = None,
        desk_id: uuid.UUID | None = None,
    ) -> int:
        """Add one entry inside the caller's transaction; returns its sequence number."""
        if actor is not None:
            operator = session.get(Operator, actor.operator_id)
            if operator is None or not operator.active:
                raise AuthenticationError(AuthFailure.DISABLED)
            if approver_id is not None and approver_id != actor.operator_id:
                redeem_for_audit(session, at, actor, approver_id, action)
        head = session.execute(
            select(AuditHead).where(AuditHead.id == HEAD_ROW_ID).with_for_update()
        ).scalar_one_or_none()
        if head is None:
            raise StorageError(StorageProblem.CORRUPT, where="audit_head", detail="audit head")
        seq = head.last_seq + 1
        details_json = json.dumps(dict(details or {}), ensure_ascii=True, sort_keys=True)
        actor_id = actor.operator_id if actor else None
        desk = desk_id if desk_id is not None else (actor.desk_id if actor else None)
        entry_hash = self._hash(
            head.last_hash,
            _canonical(seq, at, actor_id, approver_id, desk, action, record_kind, str(record_id), details_json),
        )
        session.add(
            AuditEntry(
                seq=seq,
                at=at,
                actor_id=actor_id,
                approver_id=approver_id,
                desk_id=desk,
                action=action,
                record_kind=record_kind,
                record_id=str(record_id),
                details_json=details_json,
                prev_hash=head.last_hash,
                entry_hash=entry_hash,
            )
        )
        head.last_seq = seq
        head.last_hash = entry_hash
        return seq

    def verify(self, session: Session, anchors: Iterable[AuditAnchor] = ()) -> AuditVerification:
        """Walk the whole chain in order, then the day seals, then compare with the highest anchor."""
        anchor = max(anchors, key=lambda a: a.entry_count, default=None)
        seals = list(session.execute(select(AuditSeal).order_by(AuditSeal.day)).scalars())
        wanted = {s.entry_count for s in seals} | ({anchor.entry_count} if anchor else set())
        seen: dict[int, str] = {0: GENESIS_HASH}
        expected_prev = GENESIS_HASH
        expected_seq = 1
        checked = 0
        last_at: datetime | None = None
        while True:
            batch = (
                session.execute(
                    select(AuditEntry)
                    .where(AuditEntry.seq >= expected_seq)
                    .order_by(AuditEntry.seq)
                    .limit(VERIFY_BATCH)
                )
                .scalars()
                .all()
            )
            if not batch:
                break
            for entry in batch:
                if entry.seq != expected_seq:
                    return AuditVerification(False, checked, expected_seq, AuditProblem.SEQUENCE_GAP)
                if entry.prev_hash != expected_prev:
                    return AuditVerification(False, checked, entry.seq, AuditProblem.BROKEN_LINK)
                recomputed = self.hash_of(entry, entry.prev_hash)
                if not hmac.compare_digest(recomputed, entry.entry_hash):
                    return AuditVerification(False, checked, entry.seq, AuditProblem.HASH_MISMATCH)
                if entry.seq in wanted:
                    seen[entry.seq] = entry.entry_hash
                expected_prev = entry.entry_hash
                expected_seq = entry.seq + 1
                last_at = entry.at
                checked += 1
            session.expunge_all()
        last_seq = checked
        # Entries cut from the end: the highest count any seal or anchor names, against the chain.
        claims = [(s.entry_count, s.sealed_at) for s in seals] + ([(anchor.entry_count, anchor.at)] if anchor else [])
        highest = max((count for count, _at in claims), default=0)
        if highest > last_seq:
            return AuditVerification(
                False,
                checked,
                last_seq + 1,
                AuditProblem.TRUNCATED,
                expected_prev,
                highest - last_seq,
                last_at,
                seals_checked=len(seals),
                anchor_count=anchor.entry_count if anchor else None,
            )
        sealed = _check_seals(seals, seen, anchor)
        if sealed is not None:
            return AuditVerification(
                False,
                checked,
                sealed.first_bad_seq,
                sealed.problem,
                expected_prev,
                bad_day=sealed.bad_day,
                seals_checked=sealed.seals_checked,
            )
        if anchor is not None and seen.get(anchor.entry_count) != anchor.head_hash:
            return AuditVerification(
                False,
                checked,
                anchor.entry_count,
                AuditProblem.ANCHOR_MISMATCH,
                expected_prev,
                seals_checked=len(seals),
                anchor_count=anchor.entry_count,
            )
        head = session.execute(select(AuditHead).where(AuditHead.id == HEAD_ROW_ID)).scalar_one_or_none()
        if head is None:
            return AuditVerification(False, checked, None, AuditProblem.HEAD_MISSING, expected_prev)
        if head.last_seq != last_seq or head.last_hash != expected_prev:
            return AuditVerification(
                False,
                checked,
                last_seq + 1,
                AuditProblem.HEAD_MISMATCH,
                expected_prev,
                max(0, head.last_seq - last_seq),
            )
        return AuditVerification(
            True,
            checked,
            head_hash=expected_prev,
            seals_checked=len(seals),
            anchor_count=anchor.entry_count if anchor else None,
        )

    @staticmethod
    def anchor(session: Session, now: datetime) -> AuditAnchor:
        """The chain's head now (entry count, hash, last sealed day), for embedding outside the database.

        A missing head row raises ``StorageError(CORRUPT, where="audit_head")``."""
        return read_anchor(session, now)

    @staticmethod
    def head_before(session: Session, instant: datetime) -> tuple[int, str]:
        """The chain's last (seq, hash) written before ``instant`` (for the daily report's digest)."""
        row = session.execute(
            select(AuditEntry.seq, AuditEntry.entry_hash)
            .where(AuditEntry.at < instant)
            .order_by(AuditEntry.seq.desc())
            .limit(1)
        ).first()
        return (0, GENESIS_HASH) if row is None else (int(row[0]), str(row[1]))

    @staticmethod
    def entries_for_record(session: Session, record_id: str | uuid.UUID) -> list[AuditRow]:
        rows = session.execute(
            select(AuditEntry).where(AuditEntry.record_id == str(record_id)).order_by(AuditEntry.seq)
        ).scalars()
        return [
            AuditRow(
                e.seq,
                e.at,
                e.actor_id,
                e.approver_id,
                e.desk_id,
                e.action,
                e.record_kind,
                e.record_id,
                json.loads(e.details_json),
                e.entry_hash,
            )
            for e in rows
        ]


def _check_seals(seals: list[AuditSeal], seen: dict[int, str], anchor: AuditAnchor | None) -> AuditVerification | None:
    """The first seal that does not hold, as a failed verification; ``None`` when all hold.

    Each seal must verify under the key the previous seal certified (the first under the anchored
    root key, when an anchor names one) and name a head the chain really had."""
    expected_key = (anchor.root_key if anchor else "") or (seals[0].public_key if seals else "")
    for index, seal in enumerate(seals):
        holds = seal.public_key == expected_key and signature_holds(seal)
        if not holds or seen.get(seal.entry_count) != seal.head_hash:
            return AuditVerification(
                False, 0, seal.entry_count, AuditProblem.SEAL_BROKEN, bad_day=seal.day, seals_checked=index
            )
        expected_key = seal.next_public_key
    if anchor is not None and anchor.sealed_day is not None and (not seals or seals[-1].day < anchor.sealed_day):
        # Seals removed from the end: the anchor saw a later sealed day than the database holds.
        return AuditVerification(
            False, 0, None, AuditProblem.SEAL_BROKEN, bad_day=anchor.sealed_day, seals_checked=len(seals)
        )
    return None
