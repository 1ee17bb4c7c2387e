"""Hypothesis strategies for calendars, and an independent reference count to check them by."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from hypothesis import assume
from hypothesis import strategies as st

from app.repairs.calendar import BusinessHours, Interval

WEEKDAYS = range(5)


DAY_SECONDS = 86_400
ZONES = [
    "Asia/Shanghai",
    "Asia/Hong_Kong",
    "Asia/Macau",
    "Asia/Taipei",
    "UTC",
    "Europe/London",
    "America/New_York",
    "Australia/Lord_Howe",
    "America/Boa_Vista",
]
instants = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=0)
)
durations = st.integers(min_value=0, max_value=3000 * 3600).map(lambda s: timedelta(seconds=s))


def _as_time(seconds: int) -> time:
    return time(0) if seconds == DAY_SECONDS else time(seconds // 3600, seconds // 60 % 60, seconds % 60)


@st.composite
def day_hours(draw: st.DrawFn) -> list[Interval]:
    points = sorted(draw(st.sets(st.integers(0, DAY_SECONDS), max_size=6)))
    if len(points) % 2:
        points = points[:-1]
    return [(_as_time(s), _as_time(e)) for s, e in zip(points[::2], points[1::2], strict=True)]


@st.composite
def schedules(draw: st.DrawFn) -> dict[int, list[Interval]]:
    weekly = {day: draw(day_hours()) for day in range(7)}
    assume(any(weekly.values()))
    return weekly


@st.composite
def business_hours(draw: st.DrawFn, zones: Sequence[str] = ZONES) -> BusinessHours:
    zone = ZoneInfo(draw(st.sampled_from(zones)))
    weekly = draw(schedules())
    special = draw(st.lists(st.dates(date(1995, 1, 1), date(2035, 12, 31)), max_size=30, unique=True))
    holidays = set(special[::2])
    extra = {day: draw(day_hours()) for day in special[1::2]}
    return BusinessHours(zone, weekly, holidays, extra)


FIXED_OFFSET_ZONES = ["Asia/Shanghai", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei"]  # since 2000


def calendar_spec(
    hours: Sequence[Interval] | Mapping[int, Sequence[Interval]], holidays: set[date]
) -> tuple[Mapping[int, Sequence[Interval]], set[date]]:
    weekly = hours if isinstance(hours, Mapping) else {day: hours for day in WEEKDAYS}
    return weekly, holidays


def reference_between(
    spec: tuple[Mapping[int, Sequence[Interval]], set[date]],
    zone: ZoneInfo,
    a: datetime,
    b: datetime,
) -> timedelta:
    weekly, holidays = spec
    total = timedelta(0)
    day = a.astimezone(zone).date() - timedelta(days=1)
    while day <= b.astimezone(zone).date():
        for start, end in [] if day in holidays else weekly.get(day.weekday(), []):
            s = datetime.combine(day, start, tzinfo=zone)
            e = datetime.combine(day + timedelta(days=end == time(0)), end, tzinfo=zone)
            overlap = min(e, b) - max(s, a)
            total += max(overlap, timedelta(0))
        day += timedelta(days=1)
    return total
