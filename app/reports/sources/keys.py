"""The key register's facts for the reports: the daily report's key exceptions and counts, the muster
list's key holders, the monthly report's key indicators. Reads only; facts, never sentences."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from app.clock import Clock
from app.keys.rows import CountOutcome, LoanCloseKind
from app.reports.facts import (
    CountFact,
    DailySection,
    ExceptionFact,
    ExceptionKind,
    Indicator,
    Metric,
    Module,
    MonthSection,
    MusterEntry,
    MusterKind,
)
from app.severity import Severity
from app.storage import Sessions
from db.models.directory import Building, Unit
from db.models.keys import KeyCount, KeyCountLine, KeyItem, KeyLoan, KeyLostReport


def _desk(column: Any, desk_id: uuid.UUID | None) -> Any:
    return column == desk_id if desk_id is not None else True


class KeyReportSource:
    """``DailyReportSource``, ``MusterSource`` and ``MonthlyKpiSource`` of the key register."""

    def __init__(self, sessions: Sessions, clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    # -- daily ------------------------------------------------------------------------------------
    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        """Keys overdue at the end of the day, keys lost and count differences during it; the day's
        loans, returns, keys out at its end (or now, for a day not over yet)."""
        cutoff = min(day_end, self._clock.now())
        with self._sessions.read() as s:
            out_at_end = and_(
                KeyLoan.issued_at < cutoff,
                or_(KeyLoan.closed_at.is_(None), KeyLoan.closed_at > cutoff),
                _desk(KeyLoan.issue_desk_id, desk_id),
            )
            overdue = s.execute(
                select(KeyLoan, KeyItem.tag, KeyItem.label)
                .join(KeyItem, KeyItem.id == KeyLoan.key_id)
                .where(out_at_end, KeyLoan.due_at < cutoff)
                .order_by(KeyLoan.due_at, KeyItem.tag)
            ).all()
            lost = s.execute(
                select(KeyLostReport, KeyItem.tag, KeyItem.label)
                .join(KeyItem, KeyItem.id == KeyLostReport.key_id)
                .where(KeyLostReport.reported_at >= day_start, KeyLostReport.reported_at < day_end)
                .order_by(KeyLostReport.reported_at)
            ).all()
            counts = (
                s.execute(
                    select(KeyCount)
                    .where(
                        KeyCount.counted_at >= day_start,
                        KeyCount.counted_at < day_end,
                        _desk(KeyCount.desk_id, desk_id),
                    )
                    .order_by(KeyCount.counted_at)
                )
                .scalars()
                .all()
            )
            exceptions = [
                ExceptionFact(
                    ExceptionKind.KEY_OVERDUE,
                    Severity.WARNING,
                    loan.issued_at,
                    f"{tag} {label}",
                    due=loan.due_at,
                    note=loan.borrower_name,
                    ref=str(loan.id),
                )
                for loan, tag, label in overdue
            ]
            exceptions += [
                ExceptionFact(
                    ExceptionKind.KEY_LOST,
                    Severity.WARNING,
                    r.reported_at,
                    f"{tag} {label}",
                    note=r.note,
                    ref=str(r.id),
                )
                for r, tag, label in lost
            ]
            differences = 0
            for count in counts:
                wrong = count.missing + count.unexpected
                differences += wrong
                if wrong:
                    tags = s.execute(
                        select(KeyCountLine.tag)
                        .where(KeyCountLine.count_id == count.id, KeyCountLine.outcome != CountOutcome.MATCHED.value)
                        .order_by(KeyCountLine.tag)
                    ).scalars()
                    exceptions.append(
                        ExceptionFact(
                            ExceptionKind.KEY_COUNT_DIFFERENCE,
                            Severity.WARNING,
                            count.counted_at,
                            "、".join(tags),
                            note=count.note,
                            count=wrong,
                            ref=str(count.id),
                        )
                    )
            issued = s.execute(
                select(func.count(KeyLoan.id)).where(
                    KeyLoan.issued_at >= day_start, KeyLoan.issued_at < day_end, _desk(KeyLoan.issue_desk_id, desk_id)
                )
            ).scalar_one()
            returned = s.execute(
                select(func.count(KeyLoan.id)).where(
                    KeyLoan.closed_at >= day_start,
                    KeyLoan.closed_at < day_end,
                    KeyLoan.close_kind == LoanCloseKind.RETURNED.value,
                    _desk(KeyLoan.close_desk_id, desk_id),
                )
            ).scalar_one()
            out = s.execute(select(func.count(KeyLoan.id)).where(out_at_end)).scalar_one()
        metric = {
            Metric.KEYS_ISSUED: issued,
            Metric.KEYS_RETURNED: returned,
            Metric.KEYS_OUT_AT_END: out,
            Metric.KEYS_OVERDUE: len(overdue),
            Metric.KEYS_LOST: len(lost),
            Metric.KEY_COUNTS: len(counts),
            Metric.KEY_COUNT_DIFFERENCES: differences,
        }
        return DailySection(
            Module.KEYS,
            exceptions=tuple(exceptions),
            counts=tuple(CountFact(Module.KEYS, name, int(value)) for name, value in metric.items()),
        )

    # -- muster -----------------------------------------------------------------------------------
    @property
    def muster_kinds(self) -> frozenset[MusterKind]:
        return frozenset({MusterKind.KEY_HOLDER})

    def people_on_site(self, now: datetime) -> list[MusterEntry]:
        """Everyone holding a key now (one line per person, the keys listed)."""
        with self._sessions.read() as s:
            rows = s.execute(
                select(KeyLoan, KeyItem.tag, KeyItem.label, Building.name)
                .join(KeyItem, KeyItem.id == KeyLoan.key_id)
                .outerjoin(Unit, Unit.id == KeyItem.unit_id)
                .outerjoin(Building, Building.id == Unit.building_id)
                .where(KeyLoan.closed_at.is_(None), KeyLoan.issued_at <= now)
                .order_by(KeyLoan.issued_at, KeyItem.tag)
            ).all()
            buildings = sorted(s.execute(select(Building.name)).scalars(), key=len, reverse=True)
        holders: dict[tuple[Any, ...], list[Any]] = {}
        for loan, tag, label, building in rows:
            who = (loan.borrower_kind, loan.borrower_person_id, loan.borrower_visit_id, loan.borrower_name)
            holders.setdefault(who, []).append((loan, tag, label, building))
        entries = []
        for held in holders.values():
            first, _tag, label, building = held[0]
            keys = "、".join(f"{tag} {label}" for _loan, tag, label, _b in held)
            identities = []
            if first.borrower_visit_id is not None:
                identities.append(f"visit:{first.borrower_visit_id}")
            if first.borrower_person_id is not None:
                identities.append(f"person:{first.borrower_person_id}")
            entries.append(
                MusterEntry(
                    MusterKind.KEY_HOLDER,
                    first.borrower_name,
                    building or _building_named(label, buildings),
                    label,  # where the key leads: where to look for them
                    first.issued_at,
                    detail=" · ".join(p for p in (first.borrower_detail, keys) if p),
                    ref=str(first.id),
                    identities=tuple(identities),
                )
            )
        return entries

    # -- monthly ----------------------------------------------------------------------------------
    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        """Key loans issued in the month, and loans that went overdue in it (by now, for this month)."""
        cutoff = min(end, self._clock.now())
        with self._sessions.read() as s:
            loans = s.execute(
                select(func.count(KeyLoan.id)).where(KeyLoan.issued_at >= start, KeyLoan.issued_at < end)
            ).scalar_one()
            overdue = s.execute(
                select(func.count(KeyLoan.id)).where(
                    KeyLoan.due_at >= start,
                    KeyLoan.due_at < cutoff,
                    or_(KeyLoan.closed_at.is_(None), KeyLoan.closed_at > KeyLoan.due_at),
                )
            ).scalar_one()
        return MonthSection(
            Module.KEYS, values=((Indicator.KEY_LOANS, float(loans)), (Indicator.OVERDUE_KEYS, float(overdue)))
        )


def _building_named(place: str, buildings: list[str]) -> str:
    """The building a key's place starts with ("A座 電錶房" → "A座"), longest name first; "" if none."""
    return next((name for name in buildings if name and place.startswith(name)), "")
