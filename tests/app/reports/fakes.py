"""Small in-test sources standing in for areas (their real sources are tested in their own files)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.reports.facts import (
    CategoryCount,
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
    WorkOrderBucket,
    WorkOrderCount,
)
from app.severity import Severity


@dataclass
class FakeVisitors:
    """Visits at fixed local hours; the first visitor overstays."""

    names: tuple[str, ...] = ("張三", "李四", "王五")
    hours: tuple[int, ...] = (9, 9, 14)
    calls: list[tuple[datetime, datetime, uuid.UUID | None]] = field(default_factory=list)

    @property
    def muster_kinds(self) -> frozenset[MusterKind]:
        return frozenset({MusterKind.VISITOR})

    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        self.calls.append((day_start, day_end, desk_id))
        per_hour = [0] * 24
        for hour in self.hours:
            per_hour[hour] += 1
        overstay = ExceptionFact(
            ExceptionKind.OVERSTAY,
            Severity.WARNING,
            day_start + timedelta(hours=1),
            self.names[0],
            "A座 12樓C室",
            due=day_start + timedelta(hours=3),
        )
        watch = ExceptionFact(ExceptionKind.WATCHLIST_HIT, Severity.URGENT, day_start + timedelta(hours=6), "趙六")
        return DailySection(
            Module.VISITORS,
            exceptions=(overstay, watch),
            counts=(
                CountFact(Module.VISITORS, Metric.VISITS_IN, len(self.names)),
                CountFact(Module.VISITORS, Metric.OVERSTAYS, 1),
            ),
            visitors_per_hour=tuple(per_hour),
        )

    def people_on_site(self, now: datetime) -> list[MusterEntry]:
        return [
            MusterEntry(
                MusterKind.VISITOR, self.names[0], "A座", "A座 12樓C室", now - timedelta(hours=2), "順豐速運", "P-0012"
            ),
            MusterEntry(MusterKind.VISITOR, self.names[1], "B座", "B座 3樓A室", now - timedelta(minutes=30)),
            MusterEntry(MusterKind.VISITOR, self.names[2], "", "會所", now - timedelta(minutes=5)),
        ]

    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        days = round((end - start).total_seconds() / 86400)
        per_day = tuple((d % 7) + 1 for d in range(days))
        return MonthSection(
            Module.VISITORS,
            values=((Indicator.VISITS, float(sum(per_day))), (Indicator.VISITS_PER_DAY, sum(per_day) / days)),
            visits_per_day=per_day,
        )


@dataclass
class FakeRepairs:
    breaches: int = 1

    def daily_facts(self, day_start: datetime, day_end: datetime, desk_id: uuid.UUID | None) -> DailySection:
        exceptions = tuple(
            ExceptionFact(
                ExceptionKind.SLA_BREACH,
                Severity.URGENT,
                day_start + timedelta(hours=2, minutes=n),
                f"WO-{n + 1:06d}",
                "B座 大堂",
                due=day_start + timedelta(hours=1),
                note="水管爆裂",
            )
            for n in range(self.breaches)
        )
        return DailySection(
            Module.REPAIRS,
            exceptions=exceptions,
            counts=(
                CountFact(Module.REPAIRS, Metric.WORK_ORDERS_NEW, 4),
                CountFact(Module.REPAIRS, Metric.SLA_BREACHES, self.breaches),
            ),
            work_orders=(
                WorkOrderCount("水電", WorkOrderBucket.NEW, 2),
                WorkOrderCount("水電", WorkOrderBucket.DONE, 1),
                WorkOrderCount("電梯", WorkOrderBucket.IN_PROGRESS, 1),
            ),
        )

    def month_facts(self, start: datetime, end: datetime) -> MonthSection:
        march = start.month == 2  # the UTC start of 1 March (HK) is 28 February 16:00
        return MonthSection(
            Module.REPAIRS,
            values=(
                (Indicator.RESPONSE_TIME, 42.0 if march else 55.0),
                (Indicator.MTTR, 20.5 if march else 18.0),
                (Indicator.SLA_COMPLIANCE, 95.0 if march else 90.0),
                (Indicator.SATISFACTION, 4.25 if march else None),
                (Indicator.COMPLAINT_RATE, 10.0),
            ),
            work_orders_by_category=(CategoryCount("水電", 12 if march else 9), CategoryCount("電梯", 3)),
        )


@dataclass
class FakeKeys:
    @property
    def muster_kinds(self) -> frozenset[MusterKind]:
        return frozenset({MusterKind.KEY_HOLDER})

    def people_on_site(self, now: datetime) -> list[MusterEntry]:
        return [
            MusterEntry(MusterKind.KEY_HOLDER, "陳師傅", "A座", "天台", now - timedelta(hours=1), "K-012 A座天台門")
        ]
