"""Working-time calendars: 24/7 and business hours in the site's local zone."""

from __future__ import annotations

import time as perf
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.repairs.calendar import (
    ALWAYS_OPEN,
    AlwaysOpen,
    BusinessHours,
    CalendarKind,
    CalendarRule,
    Interval,
    calendar_for,
)
from tests.app.repairs.strategies import (
    FIXED_OFFSET_ZONES,
    ZONES,
    business_hours,
    calendar_spec,
    durations,
    instants,
    reference_between,
    schedules,
)

HK = ZoneInfo("Asia/Hong_Kong")
SHANGHAI = ZoneInfo("Asia/Shanghai")
H = timedelta(hours=1)
WEEKDAYS = range(5)
NINE_TO_SIX: list[Interval] = [(time(9), time(18))]
NINE_TO_SIX_LUNCH: list[Interval] = [(time(9), time(12)), (time(13), time(18))]
NINE_TO_FIVE: list[Interval] = [(time(9), time(17))]
NINE_TO_FIVE_LUNCH: list[Interval] = [(time(9), time(12)), (time(13), time(17))]


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0, zone: ZoneInfo = HK) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=zone)


def office(
    hours: Sequence[Interval] = NINE_TO_SIX,
    zone: ZoneInfo = HK,
    holidays: Iterable[date] = (),
    extra_working_days: Mapping[date, Sequence[Interval]] | None = None,
) -> BusinessHours:
    weekly = {day: list(hours) for day in WEEKDAYS}
    return BusinessHours(zone, weekly, holidays, extra_working_days)


FRIDAY_1655 = at(2024, 3, 1, 16, 55)  # 2024-03-01 is a Friday


# -- the brief's worked example: a job at 16:55 on a Friday with a 4 h business-hours target


def test_friday_1655_plus_4h_on_nine_to_six_is_monday_1155() -> None:
    # 16:55-18:00 Friday is 1 h 05; the remaining 2 h 55 from Monday 09:00 end at 11:55.
    due = office(NINE_TO_SIX).add_working_time(FRIDAY_1655, 4 * H)
    assert due == at(2024, 3, 4, 11, 55)
    assert due.tzinfo is UTC


def test_lunch_break_after_the_due_time_changes_nothing() -> None:
    assert office(NINE_TO_SIX_LUNCH).add_working_time(FRIDAY_1655, 4 * H) == at(2024, 3, 4, 11, 55)


def test_friday_1655_plus_4h_on_nine_to_five_is_monday_1255() -> None:
    # The brief's figures (12:55, 13:55 with lunch) are those of a 09:00-17:00 day.
    assert office(NINE_TO_FIVE).add_working_time(FRIDAY_1655, 4 * H) == at(2024, 3, 4, 12, 55)


def test_lunch_break_pushes_the_due_time_by_an_hour() -> None:
    due = office(NINE_TO_FIVE_LUNCH).add_working_time(FRIDAY_1655, 4 * H)
    assert due == at(2024, 3, 4, 13, 55)


@pytest.mark.parametrize(
    ("hours", "expected"),
    [(NINE_TO_SIX, at(2024, 3, 5, 11, 55)), (NINE_TO_FIVE_LUNCH, at(2024, 3, 5, 13, 55))],
)
def test_a_monday_holiday_moves_the_due_time_to_tuesday(hours: list[Interval], expected: datetime) -> None:
    calendar = office(hours, holidays={date(2024, 3, 4)})
    assert calendar.add_working_time(FRIDAY_1655, 4 * H) == expected


def test_working_time_across_a_weekend_and_a_holiday() -> None:
    calendar = office(holidays={date(2024, 3, 4)})
    # Friday 17:00-18:00 and Tuesday 09:00-10:00; Saturday, Sunday and Monday count nothing.
    assert calendar.working_time_between(at(2024, 3, 1, 17), at(2024, 3, 5, 10)) == 2 * H


# -- where the clock starts


def test_a_job_created_on_saturday_starts_on_monday_morning() -> None:
    assert office().add_working_time(at(2024, 3, 2, 10), 2 * H) == at(2024, 3, 4, 11)


def test_a_job_created_during_lunch_starts_after_lunch() -> None:
    calendar = office(NINE_TO_SIX_LUNCH)
    assert calendar.add_working_time(at(2024, 3, 5, 12, 30), H) == at(2024, 3, 5, 14)
    assert calendar.working_time_between(at(2024, 3, 5, 11, 30), at(2024, 3, 5, 13, 30)) == H


def test_a_job_created_after_hours_starts_at_the_next_opening() -> None:
    assert office().add_working_time(at(2024, 3, 5, 20), H) == at(2024, 3, 6, 10)
    assert office().add_working_time(at(2024, 3, 6, 0, 30), H) == at(2024, 3, 6, 10)


def test_due_exactly_at_closing_time_stays_on_that_day() -> None:
    # The earliest instant at which the time has elapsed, not the next morning's opening.
    assert office().add_working_time(at(2024, 3, 5, 9), 9 * H) == at(2024, 3, 5, 18)


def test_zero_duration_is_the_start_itself_even_after_hours() -> None:
    start = at(2024, 3, 2, 23, 59, 59)
    assert office().add_working_time(start, timedelta(0)) == start


def test_multi_day_duration_is_exact_to_the_second() -> None:
    # 20 h 0 min 1 s on 9 h days from Tuesday 09:00: Tue 9 h, Wed 9 h, Thu 2 h 0 min 1 s.
    due = office().add_working_time(at(2024, 3, 5, 9), timedelta(hours=20, seconds=1))
    assert due == at(2024, 3, 7, 11, 0, 1)


def test_a_weekday_without_intervals_is_skipped() -> None:
    weekly = {0: NINE_TO_SIX, 1: NINE_TO_SIX, 3: NINE_TO_SIX, 4: NINE_TO_SIX}  # Wednesday closed
    calendar = BusinessHours(HK, weekly)
    assert calendar.add_working_time(at(2024, 3, 5, 17), 2 * H) == at(2024, 3, 7, 10)


def test_intervals_may_run_to_midnight_and_continue_the_next_day() -> None:
    night: list[Interval] = [(time(0), time(2)), (time(22), time(0))]  # time(0) as end is 24:00
    calendar = BusinessHours(HK, {day: night for day in range(7)})
    assert calendar.add_working_time(at(2024, 3, 5, 23), 2 * H) == at(2024, 3, 6, 1)
    assert calendar.working_time_between(at(2024, 3, 5, 12), at(2024, 3, 6, 12)) == 4 * H


def test_working_time_between_is_negative_when_the_ends_are_swapped() -> None:
    a, b = at(2024, 3, 1, 10), at(2024, 3, 4, 10)  # Friday 10:00-18:00, Monday 09:00-10:00
    assert office().working_time_between(b, a) == -office().working_time_between(a, b) == -9 * H


def test_naive_instants_and_negative_durations_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        office().add_working_time(datetime(2024, 3, 1, 9), H)
    with pytest.raises(ValueError):
        office().add_working_time(FRIDAY_1655, -H)
    with pytest.raises(ValueError):
        ALWAYS_OPEN.working_time_between(FRIDAY_1655, datetime(2024, 3, 1))


# -- make-up working days (調休)

# Mainland 2024 Labour Day: 1-5 May off, Saturday 11 May a make-up working day.
LABOUR_DAY_2024 = {date(2024, 5, d) for d in range(1, 6)}


def test_a_make_up_working_saturday_counts_as_a_working_day() -> None:
    calendar = office(
        zone=SHANGHAI,
        holidays=LABOUR_DAY_2024,
        extra_working_days={date(2024, 5, 11): NINE_TO_SIX},
    )
    friday_17 = at(2024, 5, 10, 17, zone=SHANGHAI)
    assert calendar.add_working_time(friday_17, 3 * H) == at(2024, 5, 11, 11, zone=SHANGHAI)
    plain = office(zone=SHANGHAI, holidays=LABOUR_DAY_2024)
    assert plain.add_working_time(friday_17, 3 * H) == at(2024, 5, 13, 11, zone=SHANGHAI)


def test_the_clock_stands_still_over_a_five_day_holiday() -> None:
    calendar = office(zone=SHANGHAI, holidays=LABOUR_DAY_2024)
    due = calendar.add_working_time(at(2024, 4, 30, 17, zone=SHANGHAI), 2 * H)
    assert due == at(2024, 5, 6, 10, zone=SHANGHAI)


def test_an_extra_day_can_shorten_a_weekday() -> None:
    calendar = office(extra_working_days={date(2024, 3, 5): [(time(9), time(12))]})
    assert calendar.add_working_time(at(2024, 3, 5, 11), 2 * H) == at(2024, 3, 6, 10)


# -- long targets


def test_a_500_hour_target_matches_a_day_by_day_count() -> None:
    holidays = {date(2024, 4, 4), date(2024, 4, 5), date(2024, 5, 1)}
    calendar = office(NINE_TO_SIX_LUNCH, holidays=holidays)
    due = calendar.add_working_time(FRIDAY_1655, 500 * H)
    assert reference_between(calendar_spec(NINE_TO_SIX_LUNCH, holidays), HK, FRIDAY_1655, due) == 500 * H
    # 8 h days: 1 h 05 on Friday 1 March; 62 full days = 496 h (March 20, April 22 - 2, May 23 - 1)
    # to Friday 31 May; the remaining 2 h 55 from Monday 3 June 09:00 end at 11:55.
    assert due == at(2024, 6, 3, 11, 55)


def test_a_500_hour_target_takes_well_under_a_millisecond() -> None:
    # A fresh calendar each time: the day cache must not flatter the figure.
    best = min(_time_once(office(NINE_TO_SIX_LUNCH, holidays={date(2024, 4, 4)})) for _ in range(30))
    assert best < 0.001


def _time_once(calendar: BusinessHours) -> float:
    started = perf.perf_counter()
    calendar.add_working_time(FRIDAY_1655, 500 * H)
    return perf.perf_counter() - started


# -- validation


@pytest.mark.parametrize(
    ("weekly", "field", "rule"),
    [
        ({0: [(time(12), time(9))]}, "weekly.0", CalendarRule.BAD_INTERVAL),
        ({1: [(time(9), time(9))]}, "weekly.1", CalendarRule.BAD_INTERVAL),
        ({2: [(time(9, tzinfo=UTC), time(10))]}, "weekly.2", CalendarRule.BAD_INTERVAL),
        (
            {3: [(time(9), time(12)), (time(11), time(13))]},
            "weekly.3",
            CalendarRule.OVERLAPPING_INTERVALS,
        ),
        ({7: NINE_TO_SIX}, "weekly", Rule.OUT_OF_RANGE),
        ({}, "weekly", CalendarRule.NO_WORKING_TIME),
        ({0: []}, "weekly", CalendarRule.NO_WORKING_TIME),
    ],
)
def test_bad_weekly_hours_are_refused(weekly: Mapping[int, Sequence[Interval]], field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as err:
        BusinessHours(HK, weekly)
    assert (err.value.field, err.value.rule) == (field, rule)


def test_a_date_cannot_be_both_a_holiday_and_a_working_day() -> None:
    day = date(2024, 5, 11)
    with pytest.raises(ValidationError) as err:
        office(holidays={day}, extra_working_days={day: NINE_TO_SIX})
    assert err.value.rule == CalendarRule.HOLIDAY_CONFLICT
    assert err.value.params == {"date": "2024-05-11"}


def test_touching_intervals_are_one_interval() -> None:
    calendar = office([(time(13), time(18)), (time(9), time(13))])
    assert calendar.weekly_working_time == 45 * H
    assert calendar.add_working_time(at(2024, 3, 5, 12), 2 * H) == at(2024, 3, 5, 14)


def test_always_open_and_calendar_for() -> None:
    assert AlwaysOpen().add_working_time(FRIDAY_1655, 4 * H) == FRIDAY_1655 + 4 * H
    business = office()
    assert calendar_for(CalendarKind.ALWAYS_OPEN, business) is ALWAYS_OPEN
    assert calendar_for(CalendarKind.BUSINESS_HOURS, business) is business


# -- properties


def within_200_weeks(calendar: BusinessHours, d: timedelta) -> timedelta:
    # A random schedule may be open one second a week: keep the due time inside datetime's range.
    cap = calendar.weekly_working_time * 200
    return d if d <= cap else d % cap


@settings(max_examples=300)
@given(business_hours(), instants, durations)
def test_working_time_between_undoes_add_working_time(calendar: BusinessHours, a: datetime, d: timedelta) -> None:
    d = within_200_weeks(calendar, d)
    assert calendar.working_time_between(a, calendar.add_working_time(a, d)) == d


@settings(max_examples=200)
@given(business_hours(), instants, durations, durations)
def test_a_larger_duration_never_gives_an_earlier_due(
    calendar: BusinessHours, a: datetime, d1: timedelta, d2: timedelta
) -> None:
    small, large = sorted((within_200_weeks(calendar, d1), within_200_weeks(calendar, d2)))
    assert calendar.add_working_time(a, small) <= calendar.add_working_time(a, large)


@given(business_hours(), instants, durations.filter(bool))
def test_add_working_time_gives_the_earliest_instant(calendar: BusinessHours, a: datetime, d: timedelta) -> None:
    d = within_200_weeks(calendar, d)
    assume(d)
    due = calendar.add_working_time(a, d)
    assert calendar.working_time_between(a, due - timedelta(microseconds=1)) < d


@given(business_hours(), instants, instants, instants)
def test_working_time_adds_up_over_adjacent_ranges(
    calendar: BusinessHours, a: datetime, b: datetime, c: datetime
) -> None:
    between = calendar.working_time_between
    assert between(a, c) == between(a, b) + between(b, c)


@given(st.sampled_from(ZONES), instants, durations)
def test_an_all_day_schedule_is_real_elapsed_time_in_any_zone(zone: str, a: datetime, d: timedelta) -> None:
    calendar = BusinessHours(ZoneInfo(zone), {day: [(time(0), time(0))] for day in range(7)})
    assert calendar.add_working_time(a, d) == a + d
    assert calendar.working_time_between(a, a + d) == d


@given(instants, durations)
def test_always_open_is_plain_addition(a: datetime, d: timedelta) -> None:
    assert ALWAYS_OPEN.add_working_time(a, d) == a + d
    assert ALWAYS_OPEN.working_time_between(a, a + d) == d


@settings(max_examples=200)
@given(
    schedules(),
    st.sampled_from(FIXED_OFFSET_ZONES),
    st.sets(st.dates(date(2000, 1, 1), date(2002, 12, 31)), max_size=40),
    st.datetimes(datetime(2000, 1, 1), datetime(2001, 12, 31), timezones=st.just(UTC)),
    st.integers(0, 200 * 24 * 3600).map(lambda s: timedelta(seconds=s)),
)
def test_week_jumps_agree_with_a_plain_day_by_day_count(
    weekly: dict[int, list[Interval]],
    zone: str,
    holidays: set[date],
    a: datetime,
    span: timedelta,
) -> None:
    calendar = BusinessHours(ZoneInfo(zone), weekly, holidays)
    expected = reference_between(calendar_spec(weekly, holidays), ZoneInfo(zone), a, a + span)
    assert calendar.working_time_between(a, a + span) == expected
