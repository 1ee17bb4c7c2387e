"""Working-time calendars for SLA clocks: round the clock, or business hours in the site's zone.

Instants in and out are timezone-aware UTC ``datetime``s. ``BusinessHours`` describes opening
hours in local wall-clock time (``zoneinfo``) and converts at the edges: each local interval
becomes a pair of UTC instants, and working time is the real time elapsed inside those pairs.
On a DST day a wall time repeated by the fall-back hour means its first occurrence, and a wall
time skipped by the spring-forward gap means the instant the clock jumps (so "01:30" on a day that
skips 01:00-02:00 opens at 02:00). The regions we serve have no DST; see ``docs/sla.md``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import Protocol

from app.errors import Rule, ValidationError

Interval = tuple[time, time]
"""Local opening hours ``(start, end)``; an ``end`` of ``time(0)`` means 24:00 (end of the day)."""

_Span = tuple[timedelta, timedelta]  # an interval as offsets from local midnight
ZERO = timedelta(0)
ONE_DAY = timedelta(days=1)
ONE_WEEK = timedelta(days=7)
_ONE_MICROSECOND = timedelta(microseconds=1)
DAYS_PER_WEEK = 7
_CACHED_DAYS = 4096  # per calendar: the queue asks about the same few weeks over and over


class CalendarKind(StrEnum):
    ALWAYS_OPEN = "always_open"
    BUSINESS_HOURS = "business_hours"


class CalendarRule(StrEnum):
    BAD_INTERVAL = "bad_interval"  # start not before end, not a time, or a time with a zone
    OVERLAPPING_INTERVALS = "overlapping_intervals"
    NO_WORKING_TIME = "no_working_time"  # a week without a single open minute
    HOLIDAY_CONFLICT = "holiday_conflict"  # a date both a holiday and a make-up working day


class Calendar(Protocol):
    def add_working_time(self, start: datetime, duration: timedelta) -> datetime:
        """The earliest instant by which ``duration`` of working time has elapsed from ``start``."""
        ...

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time inside ``[a, b]``; negative when ``b`` is before ``a``."""
        ...


def as_utc(instant: datetime) -> datetime:
    """``instant`` in UTC; a naive datetime is a programming error, not operator input."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValueError("calendar instants must be timezone-aware")
    return instant.astimezone(UTC)


def _check_duration(duration: timedelta) -> None:
    if duration < ZERO:
        raise ValueError("working time to add must not be negative")


class AlwaysOpen:
    """24/7: working time is plain elapsed time."""

    def add_working_time(self, start: datetime, duration: timedelta) -> datetime:
        _check_duration(duration)
        return as_utc(start) + duration

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        return as_utc(b) - as_utc(a)


ALWAYS_OPEN = AlwaysOpen()


class BusinessHours:
    """Opening hours per weekday (Monday = 0) in ``zone``, minus ``holidays``.

    ``extra_working_days`` gives the hours of particular dates and replaces the weekly hours there:
    make-up working Saturdays (調休) or a short day. A date may not be both a holiday and an extra
    working day. Intervals of one day may touch but not overlap.
    """

    def __init__(
        self,
        zone: tzinfo,
        weekly: Mapping[int, Sequence[Interval]],
        holidays: Iterable[date] = (),
        extra_working_days: Mapping[date, Sequence[Interval]] | None = None,
    ) -> None:
        for weekday in weekly:
            if weekday not in range(DAYS_PER_WEEK):
                raise ValidationError("weekly", Rule.OUT_OF_RANGE, {"weekday": weekday})
        self._zone = zone
        self._weekly = tuple(_clean_intervals(weekly.get(day, ()), f"weekly.{day}") for day in range(DAYS_PER_WEEK))
        self._holidays = frozenset(holidays)
        self._extra = {
            day: _clean_intervals(intervals, f"extra_working_days.{day.isoformat()}")
            for day, intervals in (extra_working_days or {}).items()
        }
        clash = self._holidays & self._extra.keys()
        if clash:
            raise ValidationError(
                "extra_working_days",
                CalendarRule.HOLIDAY_CONFLICT,
                {"date": min(clash).isoformat()},
            )
        self._week_total = sum((e - s for day in self._weekly for s, e in day), ZERO)
        if not self._week_total:
            raise ValidationError("weekly", CalendarRule.NO_WORKING_TIME)
        self._special = sorted(self._holidays | self._extra.keys())
        self._spans: dict[date, tuple[tuple[datetime, datetime], ...]] = {}
        self._weeks: dict[date, tuple[datetime, datetime | None]] = {}

    @property
    def zone(self) -> tzinfo:
        return self._zone

    @property
    def weekly_working_time(self) -> timedelta:
        """Working time of an ordinary week (no holiday, no DST change)."""
        return self._week_total

    def add_working_time(self, start: datetime, duration: timedelta) -> datetime:
        cursor = as_utc(start)
        _check_duration(duration)
        left = duration
        if not left:
            return cursor
        # Start one local day early: on a DST day the previous day's last interval can end after
        # local midnight. Spans before the cursor are clipped away.
        day = cursor.astimezone(self._zone).date() - ONE_DAY
        while True:
            week_end = self._skippable_week_end(day, cursor) if left > self._week_total else None
            if week_end is not None:
                left -= self._week_total
                cursor, day = week_end, day + ONE_WEEK
                continue
            for span_start, span_end in self._day_spans(day):
                begin = max(span_start, cursor)
                if span_end <= begin:
                    continue
                if left <= span_end - begin:
                    return begin + left
                left -= span_end - begin
                cursor = span_end
            day += ONE_DAY

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        cursor, end = as_utc(a), as_utc(b)
        if end < cursor:
            return -self.working_time_between(end, cursor)
        total = ZERO
        day = cursor.astimezone(self._zone).date() - ONE_DAY
        last_day = end.astimezone(self._zone).date()
        while day <= last_day:
            week_end = self._skippable_week_end(day, cursor)
            if week_end is not None and week_end <= end:
                total += self._week_total
                cursor, day = week_end, day + ONE_WEEK
                continue
            for span_start, span_end in self._day_spans(day):
                begin, finish = max(span_start, cursor), min(span_end, end)
                if finish > begin:
                    total += finish - begin
                    cursor = finish
            day += ONE_DAY
        return total

    # -- internals

    def _intervals_on(self, day: date) -> tuple[_Span, ...]:
        extra = self._extra.get(day)
        if extra is not None:
            return extra
        if day in self._holidays:
            return ()
        return self._weekly[day.weekday()]

    def _day_spans(self, day: date) -> tuple[tuple[datetime, datetime], ...]:
        spans = self._spans.get(day)
        if spans is None:
            if len(self._spans) >= _CACHED_DAYS:
                self._spans.clear()
            midnight = datetime(day.year, day.month, day.day)
            spans = self._spans[day] = tuple(
                (self._wall_to_utc(midnight + s), self._wall_to_utc(midnight + e)) for s, e in self._intervals_on(day)
            )
        return spans

    def _skippable_week_end(self, day: date, cursor: datetime) -> datetime | None:
        """The UTC end of the 7 local days from ``day`` if they are an ordinary week wholly after
        ``cursor``; its working time is then the weekly total, so the walk can jump over it."""
        week = self._weeks.get(day)
        if week is None:
            if len(self._weeks) >= _CACHED_DAYS:
                self._weeks.clear()
            week = self._weeks[day] = self._week_bounds(day)
        start, end = week
        return end if end is not None and cursor <= start else None

    def _week_bounds(self, day: date) -> tuple[datetime, datetime | None]:
        """UTC start of ``day`` and, if the 7 local days from it are an ordinary week, their UTC
        end: no holiday or extra day, and the same UTC offset at each of its 8 local midnights.

        Checking every midnight, not just both ends, matters: in October 2000 America/Boa_Vista
        changed its offset twice within 7 days. No zone in tzdata 1970-2040 changes twice within
        one day (checked by sampling every 3 hours).
        """
        start = self._wall_to_utc(datetime(day.year, day.month, day.day))
        i = bisect_left(self._special, day)
        if i < len(self._special) and self._special[i] < day + ONE_WEEK:
            return start, None
        after = day + ONE_WEEK
        end = self._wall_to_utc(datetime(after.year, after.month, after.day))
        if end - start != ONE_WEEK:
            return start, None
        offset = datetime(day.year, day.month, day.day, tzinfo=self._zone).utcoffset()
        for k in range(1, DAYS_PER_WEEK):
            d = day + timedelta(days=k)
            if datetime(d.year, d.month, d.day, tzinfo=self._zone).utcoffset() != offset:
                return start, None
        return start, end

    def _wall_to_utc(self, wall: datetime) -> datetime:
        instant = wall.replace(tzinfo=self._zone).astimezone(UTC)
        if instant.astimezone(self._zone).replace(tzinfo=None) == wall:
            return instant  # exists; for a repeated wall time, fold=0 is its first occurrence
        # ``wall`` falls in a spring-forward gap: use the instant the clock jumps over it. That
        # instant is after the fold=1 reading and at or before the fold=0 reading.
        before = wall.replace(tzinfo=self._zone, fold=1).astimezone(UTC)
        while instant - before > _ONE_MICROSECOND:
            middle = before + (instant - before) / 2
            if middle.astimezone(self._zone).replace(tzinfo=None) > wall:
                instant = middle
            else:
                before = middle
        return instant


def _clean_intervals(intervals: Sequence[Interval], field: str) -> tuple[_Span, ...]:
    spans: list[_Span] = []
    for interval in intervals:
        if len(interval) != 2 or not all(isinstance(t, time) and t.tzinfo is None for t in interval):
            raise ValidationError(field, CalendarRule.BAD_INTERVAL, {"interval": repr(interval)})
        start, end = interval
        s = _offset(start)
        e = _offset(end) if end != time(0) else ONE_DAY
        if e <= s:
            raise ValidationError(
                field,
                CalendarRule.BAD_INTERVAL,
                {"start": start.isoformat(), "end": end.isoformat()},
            )
        spans.append((s, e))
    spans.sort()
    merged: list[_Span] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            raise ValidationError(field, CalendarRule.OVERLAPPING_INTERVALS, {"at": str(s)})
        if merged and s == merged[-1][1]:
            merged[-1] = (merged[-1][0], e)  # touching intervals are one interval
        else:
            merged.append((s, e))
    return tuple(merged)


def _offset(t: time) -> timedelta:
    return timedelta(hours=t.hour, minutes=t.minute, seconds=t.second, microseconds=t.microsecond)


def calendar_for(kind: CalendarKind, business_hours: Calendar) -> Calendar:
    """The calendar a target's ``calendar_kind`` asks for, given the site's business hours."""
    return ALWAYS_OPEN if kind is CalendarKind.ALWAYS_OPEN else business_hours
