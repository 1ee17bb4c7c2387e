"""Business hours in a zone with DST: wall-clock intervals, gaps and repeated hours.

Our regions have no DST; these show that a site elsewhere gets sensible results, not a crash.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.repairs.calendar import BusinessHours

LONDON = ZoneInfo("Europe/London")  # 2024-03-31 01:00 GMT -> 02:00 BST; 2024-10-27 back
H = timedelta(hours=1)
M = timedelta(minutes=1)


def at(y: int, mo: int, d: int, h: int = 0, mi: int = 0, zone: ZoneInfo = LONDON) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def office(zone: ZoneInfo = LONDON) -> BusinessHours:
    return BusinessHours(zone, {day: [(time(9), time(17))] for day in range(5)})


def test_office_hours_across_a_dst_weekend_keep_their_wall_times() -> None:
    calendar = office()
    due = calendar.add_working_time(at(2024, 3, 29, 16, zone=LONDON), 2 * H)
    assert due == at(2024, 4, 1, 10, zone=LONDON)
    assert due.astimezone(LONDON).hour == 10


def test_an_all_day_schedule_counts_real_hours_on_dst_days() -> None:
    calendar = BusinessHours(LONDON, {day: [(time(0), time(0))] for day in range(7)})
    spring = (at(2024, 3, 30, 12, zone=LONDON), at(2024, 3, 31, 12, zone=LONDON))
    autumn = (at(2024, 10, 26, 12, zone=LONDON), at(2024, 10, 27, 12, zone=LONDON))
    assert calendar.working_time_between(*spring) == 23 * H
    assert calendar.working_time_between(*autumn) == 25 * H


def test_an_interval_starting_in_the_spring_gap_opens_when_the_clock_jumps() -> None:
    # 01:30 does not exist on 2024-03-31 in London; the desk opens at the jump (02:00 BST).
    calendar = BusinessHours(LONDON, {6: [(time(1, 30), time(3))]})
    sunday = (at(2024, 3, 31, zone=LONDON), at(2024, 4, 1, zone=LONDON))
    assert calendar.working_time_between(*sunday) == H
    due = calendar.add_working_time(sunday[0], 30 * M)
    assert due == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)  # 02:30 BST


def test_an_interval_wholly_inside_the_gap_has_no_working_time() -> None:
    calendar = BusinessHours(LONDON, {6: [(time(1), time(2))]})
    sunday = (at(2024, 3, 31, zone=LONDON), at(2024, 4, 1, zone=LONDON))
    assert calendar.working_time_between(*sunday) == timedelta(0)
    # The next Sunday has its hour back.
    assert calendar.add_working_time(sunday[0], 30 * M) == at(2024, 4, 7, 1, 30, zone=LONDON)


def test_the_repeated_autumn_hour_is_worked_twice() -> None:
    calendar = BusinessHours(LONDON, {6: [(time(1), time(2))]})  # 01:00-02:00 happens twice
    sunday = (at(2024, 10, 27, zone=LONDON), at(2024, 10, 28, zone=LONDON))
    assert calendar.working_time_between(*sunday) == 2 * H


def test_two_offset_changes_within_one_week_are_counted_exactly() -> None:
    # America/Boa_Vista went to DST at midnight on Sunday 2000-10-08 and back at midnight on
    # 2000-10-15, when Saturday's 23:00-24:00 happened twice. That week starts and ends at the same
    # UTC offset, yet it holds 2 h of Saturday-night working time, not 1 h.
    calendar = BusinessHours(ZoneInfo("America/Boa_Vista"), {5: [(time(23), time(0))]})
    a, b = datetime(2000, 9, 20, tzinfo=UTC), datetime(2000, 11, 10, tzinfo=UTC)
    # Seven Saturdays (23 and 30 Sep, 7, 14, 21 and 28 Oct, 4 Nov), the 14th counting twice.
    assert calendar.working_time_between(a, b) == 8 * H
    assert calendar.add_working_time(a, 8 * H) == datetime(2000, 11, 5, 4, tzinfo=UTC)
