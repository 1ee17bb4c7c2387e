"""SLA clocks: due times, pauses, breaches, at-risk and the live countdown."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import ValidationError
from app.repairs.calendar import ALWAYS_OPEN, BusinessHours, Calendar, CalendarKind
from app.repairs.sla import (
    DEFAULT_POLICY,
    DEFAULT_RISK,
    ClockState,
    Pause,
    Priority,
    RiskRule,
    SlaClock,
    SlaHistory,
    SlaStatus,
    SlaTarget,
    WorkKind,
    compute_status,
    countdown,
    next_due,
)

HK = ZoneInfo("Asia/Hong_Kong")
H = timedelta(hours=1)
M = timedelta(minutes=1)
S = timedelta(seconds=1)
OFFICE = BusinessHours(HK, {day: [(time(9), time(18))] for day in range(5)})
REPAIR = SlaTarget(4 * H, 24 * H)  # the guide's normal repair, 24/7
REPAIR_OFFICE = SlaTarget(4 * H, 24 * H, CalendarKind.BUSINESS_HOURS)


def at(mo: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> datetime:
    return datetime(2024, mo, d, h, mi, s, tzinfo=HK)


TUESDAY_10 = at(3, 5, 10)
FRIDAY_10 = at(3, 1, 10)


def status(
    history: SlaHistory,
    now: datetime,
    target: SlaTarget = REPAIR,
    calendar: Calendar = ALWAYS_OPEN,
    risk: RiskRule = DEFAULT_RISK,
) -> SlaStatus:
    return compute_status(history, target, calendar, now, risk)


# -- running clocks without pauses


def test_a_new_repair_is_due_4_h_and_24_h_after_creation() -> None:
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + H)
    assert s.response_due == TUESDAY_10 + 4 * H
    assert s.resolution_due == TUESDAY_10 + 24 * H
    assert s.response is not None and s.response.state is ClockState.OK
    assert s.response.remaining == 3 * H
    assert (s.elapsed, s.paused, s.breached) == (H, False, False)


def test_business_hours_clocks_count_only_opening_hours() -> None:
    s = status(SlaHistory(at(3, 1, 16, 55)), at(3, 2, 12), REPAIR_OFFICE, OFFICE)
    assert s.response_due == at(3, 4, 11, 55)  # the brief's example, 09:00-18:00
    assert s.response is not None and s.response.elapsed == 65 * M


# -- pauses


def test_a_2_h_pause_inside_working_time_moves_the_due_time_by_2_h() -> None:
    plain = status(SlaHistory(TUESDAY_10), TUESDAY_10, REPAIR_OFFICE, OFFICE)
    paused = SlaHistory(TUESDAY_10, pauses=[Pause(at(3, 5, 11), at(3, 5, 13))])
    s = status(paused, at(3, 5, 14), REPAIR_OFFICE, OFFICE)
    assert plain.response_due == at(3, 5, 14)
    assert s.response_due == at(3, 5, 16)
    assert plain.resolution_due == at(3, 7, 16)  # Tue 8 h, Wed 9 h, Thu 7 h
    assert s.resolution_due == at(3, 7, 18)
    assert (s.paused_time, s.elapsed) == (2 * H, 2 * H)


def test_a_pause_over_a_weekend_moves_the_due_time_by_the_working_hours_inside_it() -> None:
    # On hold Friday 17:00 to Monday 10:00: 1 h on Friday and 1 h on Monday are working time.
    history = SlaHistory(FRIDAY_10, pauses=[Pause(at(3, 1, 17), at(3, 4, 10))])
    s = status(history, at(3, 4, 12), REPAIR_OFFICE, OFFICE)
    plain = status(SlaHistory(FRIDAY_10), at(3, 4, 12), REPAIR_OFFICE, OFFICE)
    assert plain.resolution_due == at(3, 5, 16)  # Fri 8 h, Mon 9 h, Tue 7 h
    assert s.resolution_due == at(3, 5, 18)
    assert s.paused_time == 2 * H


def test_a_weekend_pause_on_a_24_7_clock_moves_the_due_time_by_the_whole_pause() -> None:
    history = SlaHistory(FRIDAY_10, pauses=[Pause(at(3, 1, 17), at(3, 4, 10))])
    s = status(history, at(3, 4, 12))
    assert s.resolution_due == FRIDAY_10 + 24 * H + 65 * H


def test_an_open_pause_freezes_the_remaining_time_as_now_advances() -> None:
    history = SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + H)])
    first, later = status(history, TUESDAY_10 + 2 * H), status(history, TUESDAY_10 + 50 * H)
    for s in (first, later):
        assert s.paused
        assert s.response is not None and s.response.state is ClockState.PAUSED
        assert s.response.remaining == 3 * H
        assert s.response_due == s.now + 3 * H  # the due time moves with now
    tick = countdown(first, TUESDAY_10 + 9 * H)  # the queue ticking without a recomputation
    assert tick is not None and (tick.remaining, tick.state) == (3 * H, ClockState.PAUSED)


def test_an_open_pause_on_business_hours_freezes_working_time_remaining() -> None:
    history = SlaHistory(TUESDAY_10, pauses=[Pause(at(3, 5, 11))])
    for now in (at(3, 5, 15), at(3, 9, 12), at(3, 12, 10)):
        s = status(history, now, REPAIR_OFFICE, OFFICE)
        assert s.response is not None and s.response.remaining == 3 * H


def test_several_pauses_add_up() -> None:
    pauses = [
        Pause(TUESDAY_10 + H, TUESDAY_10 + 2 * H),
        Pause(TUESDAY_10 + 3 * H, TUESDAY_10 + 3.5 * H),
    ]
    s = status(SlaHistory(TUESDAY_10, pauses=pauses), TUESDAY_10 + 5 * H)
    assert s.response_due == TUESDAY_10 + 5.5 * H
    assert s.paused_time == 1.5 * H
    assert s.response is not None and s.response.remaining == 30 * M


def test_pauses_may_be_given_in_any_order() -> None:
    pauses = [
        Pause(TUESDAY_10 + 3 * H, TUESDAY_10 + 4 * H),
        Pause(TUESDAY_10 + H, TUESDAY_10 + 2 * H),
    ]
    s = status(SlaHistory(TUESDAY_10, pauses=pauses), TUESDAY_10 + 5 * H)
    assert s.response_due == TUESDAY_10 + 6 * H


def test_a_pause_before_the_response_pauses_the_response_clock_too() -> None:
    history = SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + H, TUESDAY_10 + 3 * H)])
    s = status(history, TUESDAY_10 + 4 * H)
    assert s.response_due == TUESDAY_10 + 6 * H


def test_a_pause_after_the_response_leaves_the_response_due_time_alone() -> None:
    history = SlaHistory(
        TUESDAY_10,
        responded_at=TUESDAY_10 + H,
        pauses=[Pause(TUESDAY_10 + 2 * H, TUESDAY_10 + 5 * H)],
    )
    s = status(history, TUESDAY_10 + 6 * H)
    assert s.response_due == TUESDAY_10 + 4 * H
    assert s.response is not None and s.response.state is ClockState.MET
    assert s.resolution_due == TUESDAY_10 + 27 * H


def test_a_clock_already_breached_stays_breached_while_on_hold() -> None:
    history = SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + 5 * H)])
    s = status(history, TUESDAY_10 + 6 * H)
    assert s.response_due == TUESDAY_10 + 4 * H
    assert s.response is not None and s.response.state is ClockState.BREACHED
    assert s.resolution is not None and s.resolution.state is ClockState.PAUSED


def test_a_clock_paused_at_the_very_instant_it_falls_due_is_on_hold_not_breached() -> None:
    history = SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + 4 * H, TUESDAY_10 + 6 * H)])
    during = status(history, TUESDAY_10 + 5 * H)
    assert during.response is not None and during.response.state is ClockState.PAUSED
    after = status(history, TUESDAY_10 + 6 * H + S)
    assert after.response_due == TUESDAY_10 + 6 * H
    assert after.response is not None and after.response.state is ClockState.BREACHED


# -- breaches and the boundary


def test_now_equal_to_due_is_on_time_and_one_second_later_is_breached() -> None:
    due = TUESDAY_10 + 4 * H
    on_time = status(SlaHistory(TUESDAY_10), due)
    late = status(SlaHistory(TUESDAY_10), due + S)
    assert on_time.response is not None and late.response is not None
    assert on_time.response.state is ClockState.AT_RISK and not on_time.breached
    assert on_time.response.remaining == timedelta(0)
    assert late.response.state is ClockState.BREACHED and late.breached
    assert late.response.remaining == -S


def test_a_response_exactly_at_due_is_met_and_one_second_later_is_breached() -> None:
    due = TUESDAY_10 + 4 * H
    met = status(SlaHistory(TUESDAY_10, responded_at=due), due + H)
    late = status(SlaHistory(TUESDAY_10, responded_at=due + S), due + H)
    assert met.response is not None and met.response.state is ClockState.MET
    assert late.response is not None and late.response.state is ClockState.BREACHED
    assert late.response.stopped_at == due + S


def test_the_countdown_crosses_zero_at_the_same_boundary() -> None:
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10)
    due = TUESDAY_10 + 4 * H
    at_due, after = countdown(s, due), countdown(s, due + S)
    assert at_due is not None and (at_due.remaining, at_due.state) == (
        timedelta(0),
        ClockState.AT_RISK,
    )
    assert after is not None and (after.remaining, after.state) == (-S, ClockState.BREACHED)


def test_a_breach_on_business_hours_starts_the_second_after_closing_time() -> None:
    created = at(3, 8, 14)  # Friday 14:00, 4 working hours: due Friday 18:00
    s = status(SlaHistory(created), at(3, 8, 18), REPAIR_OFFICE, OFFICE)
    assert s.response_due == at(3, 8, 18) and not s.breached
    saturday = status(SlaHistory(created), at(3, 9, 10), REPAIR_OFFICE, OFFICE)
    assert saturday.response is not None and saturday.response.state is ClockState.BREACHED


# -- at risk


def test_a_24_h_target_is_at_risk_in_its_last_20_percent() -> None:
    risk_from = TUESDAY_10 + 24 * H * 0.8  # 4 h 48 min before due
    before = status(SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + H), risk_from)
    after = status(SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + H), risk_from + S)
    assert before.resolution is not None and before.resolution.state is ClockState.OK
    assert before.resolution.at_risk_from == risk_from
    assert after.resolution is not None and after.resolution.state is ClockState.AT_RISK


def test_a_short_target_is_at_risk_in_its_last_30_minutes() -> None:
    urgent = DEFAULT_POLICY.target_for("lift", Priority.URGENT)  # respond within 1 h
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + 30 * M, urgent)
    assert s.response is not None and s.response.state is ClockState.OK
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + 30 * M + S, urgent)
    assert s.response is not None and s.response.state is ClockState.AT_RISK


def test_the_at_risk_rule_is_configurable() -> None:
    half = RiskRule(fraction=0.5, floor=timedelta(0))
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + 2 * H + S, risk=half)
    assert s.response is not None and s.response.state is ClockState.AT_RISK
    with pytest.raises(ValidationError):
        RiskRule(fraction=1.5)


def test_at_risk_is_measured_in_working_time() -> None:
    # Created Friday 17:00 with 4 working hours: at risk after 3 h 12 min of working time, which
    # is Monday 11:12, even though the weekend passes in between.
    s = status(SlaHistory(at(3, 1, 17)), at(3, 2, 12), REPAIR_OFFICE, OFFICE)
    assert s.response is not None and s.response.state is ClockState.OK
    assert s.response.at_risk_from == at(3, 4, 11, 12)


# -- kinds


def test_a_complaint_must_be_answered_within_30_minutes() -> None:
    target = DEFAULT_POLICY.target_for("noise", Priority.NORMAL, WorkKind.COMPLAINT)
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + 10 * M, target)
    assert s.response_due == TUESDAY_10 + 30 * M
    # With the default rule (under 30 min left) a complaint is at risk from its first second.
    assert s.response is not None and s.response.state is ClockState.AT_RISK
    answered = status(SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + 29 * M), TUESDAY_10 + H, target)
    assert answered.response is not None and answered.response.state is ClockState.MET


def test_a_suggestion_has_no_resolution_clock() -> None:
    target = DEFAULT_POLICY.target_for("other", Priority.NORMAL, WorkKind.SUGGESTION)
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 + H, target)
    assert s.resolution is None and s.resolution_due is None
    assert s.response_due == TUESDAY_10 + 24 * H


# -- met, resolved, as of now


def test_a_job_resolved_without_a_response_counts_as_answered_when_resolved() -> None:
    s = status(SlaHistory(TUESDAY_10, resolved_at=TUESDAY_10 + 2 * H), TUESDAY_10 + 30 * H)
    assert s.response is not None and s.response.stopped_at == TUESDAY_10 + 2 * H
    assert s.response.state is ClockState.MET
    assert next_due(s) is None and countdown(s, TUESDAY_10 + 30 * H) is None
    assert s.remaining is None


def test_a_late_resolution_is_a_breach_that_stays_in_the_record() -> None:
    history = SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + H, resolved_at=TUESDAY_10 + 30 * H)
    s = status(history, TUESDAY_10 + 100 * H)
    assert s.resolution is not None and s.resolution.state is ClockState.BREACHED
    assert s.resolution.remaining == -6 * H
    assert s.elapsed == 30 * H  # stops at resolution: the repair time for MTTR


def test_events_after_now_have_not_happened_yet() -> None:
    history = SlaHistory(
        TUESDAY_10,
        responded_at=TUESDAY_10 + 3 * H,
        resolved_at=TUESDAY_10 + 9 * H,
        pauses=[Pause(TUESDAY_10 + 4 * H, TUESDAY_10 + 6 * H)],
    )
    s = status(history, TUESDAY_10 + 2 * H)
    assert s.response is not None and s.response.running and s.response.state is ClockState.OK
    s = status(history, TUESDAY_10 + 5 * H)
    assert s.paused and s.paused_time == H
    assert s.resolution is not None and s.resolution.state is ClockState.PAUSED


def test_now_before_creation_counts_as_creation() -> None:
    s = status(SlaHistory(TUESDAY_10), TUESDAY_10 - H)  # another desk's clock a little behind
    assert s.elapsed == timedelta(0)
    assert s.response is not None and s.response.remaining == 4 * H


def test_next_due_is_the_response_first_then_the_resolution() -> None:
    open_job = status(SlaHistory(TUESDAY_10), TUESDAY_10 + H)
    answered = status(SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + H), TUESDAY_10 + 2 * H)
    assert (clock := next_due(open_job)) is not None and clock.clock is SlaClock.RESPONSE
    assert (clock := next_due(answered)) is not None and clock.clock is SlaClock.RESOLUTION
    assert open_job.remaining == 3 * H and answered.remaining == 22 * H
    tick = countdown(answered, TUESDAY_10 + 3 * H)
    assert tick is not None and (tick.clock, tick.remaining) == (SlaClock.RESOLUTION, 21 * H)


# -- properties


created_at = st.datetimes(datetime(2024, 1, 1), datetime(2024, 12, 31), timezones=st.just(UTC)).map(
    lambda d: d.replace(microsecond=0)
)
offsets = st.integers(0, 20 * 24 * 3600).map(lambda s: timedelta(seconds=s))
calendars = st.sampled_from([ALWAYS_OPEN, OFFICE])
targets = st.builds(
    lambda r, extra: SlaTarget(timedelta(minutes=r), timedelta(minutes=r + extra)),
    st.integers(1, 48 * 60),
    st.integers(0, 96 * 60),
)


@st.composite
def closed_pauses(draw: st.DrawFn, created: datetime) -> list[Pause]:
    points = sorted(draw(st.lists(offsets, max_size=6)))
    if len(points) % 2:
        points = points[:-1]
    return [Pause(created + a, created + b) for a, b in zip(points[::2], points[1::2], strict=True)]


@settings(max_examples=150)
@given(st.data(), created_at, targets, calendars)
def test_at_its_due_time_a_clock_has_used_exactly_its_target(
    data: st.DataObject, created: datetime, target: SlaTarget, calendar: Calendar
) -> None:
    history = SlaHistory(created, pauses=data.draw(closed_pauses(created)))
    # Once every pause is in the past (a status only knows the pauses begun by its ``now``):
    due = status(history, created + 1000 * H, target, calendar).response_due
    assert due is not None
    s = status(history, due, target, calendar)
    assert s.response is not None and s.response_due == due
    assert s.response.remaining == timedelta(0) and s.response.state is not ClockState.BREACHED
    later = status(history, due + timedelta(microseconds=1), target, calendar)
    assert later.response is not None and later.response.state is ClockState.BREACHED


@settings(max_examples=150)
@given(st.data(), created_at, targets, calendars, offsets, offsets)
def test_the_live_countdown_agrees_with_a_full_recomputation(
    data: st.DataObject,
    created: datetime,
    target: SlaTarget,
    calendar: Calendar,
    first: timedelta,
    step: timedelta,
) -> None:
    # Between two events nothing changes but the time: ticking the countdown computed at ``t0`` must
    # give what a fresh computation at ``t1`` gives.
    pauses = data.draw(closed_pauses(created))
    t0 = created + first
    t1 = t0 + step
    history = SlaHistory(created, pauses=[p for p in pauses if p.end is not None and p.end <= t0])
    ticked = countdown(status(history, t0, target, calendar), t1)
    fresh = countdown(status(history, t1, target, calendar), t1)
    assert ticked == fresh
