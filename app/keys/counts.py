"""The key count at a shift change: the incoming guard ticks off or scans what is in the cabinet; the
result (matched, missing, unexpected) is kept as its own record for the handover."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.audit import AuditLog
from app.changes import ChangeKind, changes
from app.clock import Clock
from app.errors import NotFound, Rule, ValidationError
from app.keys import queries
from app.keys.journal import Journal
from app.keys.policy import TAG_MAX_CHARS, WORK_KEYS
from app.keys.rows import CountOutcome, KeyCountRow, KeyRow, KeyState
from app.permissions import Actor, require
from app.storage import Sessions
from app.text import LONG_TEXT_MAX_CHARS, clean_code, clean_text
from db.models.keys import KeyCount, KeyCountLine, KeyItem

MAX_SCANS = 10_000


def _expected_condition() -> object:
    """In the cabinet by the register: in service, not hanging on a ring, not out."""
    return and_(
        KeyItem.state == KeyState.ACTIVE.value,
        KeyItem.ring_id.is_(None),
        queries.OpenLoan.id.is_(None),
    )


def clean_scans(scanned: Sequence[str]) -> list[str]:
    if len(scanned) > MAX_SCANS:
        raise ValidationError("scan", Rule.OUT_OF_RANGE, {"min": 0, "max": MAX_SCANS})
    tags = (clean_code(tag, "scan", max_chars=TAG_MAX_CHARS) for tag in scanned)
    return list(dict.fromkeys(tag for tag in tags if tag))


class KeyCountService:
    def __init__(self, sessions: Sessions, clock: Clock, audit: AuditLog) -> None:
        self._sessions = sessions
        self._clock = clock
        self._journal = Journal(audit)

    def expected_in(self) -> list[KeyRow]:
        """The keys that should be in the cabinet now, by cabinet position."""
        with self._sessions.read() as s:
            return queries.keys_where(s, _expected_condition(), self._clock.now())

    @changes(ChangeKind.KEY_COUNT)
    def record(
        self, actor: Actor, ticked: Collection[uuid.UUID], scanned: Sequence[str] = (), note: str = ""
    ) -> KeyCountRow:
        """Compare what was ticked or scanned with what should be in; keep the result."""
        require(actor, WORK_KEYS)
        if actor.desk_id is None:
            raise ValidationError("desk", Rule.REQUIRED)
        tags = clean_scans(scanned)
        remark = clean_text(note, "note", max_chars=LONG_TEXT_MAX_CHARS, multiline=True)
        now = self._clock.now()
        with self._sessions.begin() as s:
            expected = self._expected(s)
            seen_by_scan, unknown = self._scanned(s, tags)
            seen = set(ticked) | seen_by_scan
            self._check_known(s, set(ticked) - expected.keys())
            outcomes: list[tuple[uuid.UUID | None, str, CountOutcome, bool]] = []
            for key_id, tag in expected.items():
                outcome = CountOutcome.MATCHED if key_id in seen else CountOutcome.MISSING
                outcomes.append((key_id, tag, outcome, key_id in seen_by_scan))
            extra = seen - expected.keys()
            tags_of = {
                key_id: tag for key_id, tag in s.execute(select(KeyItem.id, KeyItem.tag).where(KeyItem.id.in_(extra)))
            }
            outcomes += [(key_id, tags_of[key_id], CountOutcome.UNEXPECTED, key_id in seen_by_scan) for key_id in extra]
            outcomes += [(None, tag, CountOutcome.UNEXPECTED, True) for tag in unknown]
            tally = {outcome: sum(1 for line in outcomes if line[2] == outcome) for outcome in CountOutcome}
            count = KeyCount(
                desk_id=actor.desk_id,
                shift_id=actor.shift_id,
                counted_at=now,
                counted_by_id=actor.operator_id,
                expected=len(expected),
                matched=tally[CountOutcome.MATCHED],
                missing=tally[CountOutcome.MISSING],
                unexpected=tally[CountOutcome.UNEXPECTED],
                note=remark,
            )
            s.add(count)
            s.flush()
            s.add_all(
                KeyCountLine(count_id=count.id, key_id=key_id, tag=tag, outcome=outcome.value, scanned=by_scan)
                for key_id, tag, outcome, by_scan in outcomes
            )
            self._journal.audit(
                s,
                at=now,
                actor=actor,
                action="key.count_recorded",
                record_kind="key_count",
                record_id=count.id,
                details={
                    "expected": count.expected,
                    "matched": count.matched,
                    "missing": count.missing,
                    "unexpected": count.unexpected,
                },
            )
            s.flush()
            return queries.count_row(s, count)

    @staticmethod
    def _expected(s: Session) -> dict[uuid.UUID, str]:
        query = (
            select(KeyItem.id, KeyItem.tag)
            .outerjoin(
                queries.OpenLoan,
                and_(queries.OpenLoan.key_id == KeyItem.id, queries.OpenLoan.closed_at.is_(None)),
            )
            .where(_expected_condition())  # type: ignore[arg-type]
        )
        return {key_id: tag for key_id, tag in s.execute(query)}

    @staticmethod
    def _scanned(s: Session, tags: list[str]) -> tuple[set[uuid.UUID], list[str]]:
        """Keys found by scanned tags (a key on a ring counts as its ring) and tags nobody knows."""
        if not tags:
            return set(), []
        found = {
            tag: (key_id, ring_id)
            for key_id, tag, ring_id in s.execute(
                select(KeyItem.id, KeyItem.tag, KeyItem.ring_id).where(KeyItem.tag.in_(tags))
            )
        }
        seen = {ring_id or key_id for key_id, ring_id in found.values()}
        return seen, [tag for tag in tags if tag not in found]

    @staticmethod
    def _check_known(s: Session, ids: set[uuid.UUID]) -> None:
        if not ids:
            return
        known = set(s.execute(select(KeyItem.id).where(KeyItem.id.in_(ids))).scalars())
        if known != ids:
            raise NotFound("key", str(next(iter(ids - known))))

    def latest(self, desk_id: uuid.UUID) -> KeyCountRow | None:
        with self._sessions.read() as s:
            return queries.latest_count(s, desk_id)

    def get(self, count_id: uuid.UUID) -> KeyCountRow:
        with self._sessions.read() as s:
            count = s.get(KeyCount, count_id)
            if count is None:
                raise NotFound("key_count", str(count_id))
            return queries.count_row(s, count)
