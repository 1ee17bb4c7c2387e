"""The transition table and the repair settings' checks."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from app.errors import Rule, ValidationError
from app.repairs.config import SLA_POLICY, _check_business_hours, _check_categories, business_hours
from app.repairs.lifecycle import (
    ENDED_STATES,
    TRANSITIONS,
    Action,
    IllegalTransition,
    WorkOrderState,
    allowed_actions,
    next_state,
)
from app.repairs.sla_policy import DEFAULT_POLICY

STATE_CHANGING = [a for a in Action if a not in (Action.NOTE, Action.CREATE)]


@pytest.mark.parametrize("state", list(WorkOrderState))
def test_only_the_table_allows_a_move(state: WorkOrderState) -> None:
    for action in STATE_CHANGING:
        if (state, action) in TRANSITIONS:
            assert next_state(state, action) in WorkOrderState
        else:
            with pytest.raises(IllegalTransition):
                next_state(state, action)
    assert next_state(state, Action.NOTE) is state


def test_ended_jobs_only_take_notes_except_closed_ones_reopen() -> None:
    for state in ENDED_STATES:
        expected = [Action.REOPEN, Action.NOTE] if state is WorkOrderState.CLOSED else [Action.NOTE]
        assert allowed_actions(state) == expected


def test_resume_returns_to_the_state_before_the_hold() -> None:
    assert next_state(WorkOrderState.ON_HOLD, Action.RESUME, WorkOrderState.DISPATCHED) is WorkOrderState.DISPATCHED
    assert next_state(WorkOrderState.ON_HOLD, Action.RESUME, WorkOrderState.NEW) is WorkOrderState.NEW
    assert next_state(WorkOrderState.ON_HOLD, Action.RESUME, None) is WorkOrderState.IN_PROGRESS


def test_category_settings_are_checked() -> None:
    assert _check_categories(["水管", " 電力 "]) == ["水管", "電力"]
    for bad, rule in (([], Rule.REQUIRED), (["a", "a"], Rule.DUPLICATE), (["a", " "], Rule.REQUIRED)):
        with pytest.raises(ValidationError) as caught:
            _check_categories(bad)
        assert caught.value.rule == rule


def test_business_hours_settings_are_checked_and_make_a_calendar() -> None:
    value = {"weekly": {"0": [["09:00", "18:00"]]}, "holidays": ["2026-04-03"], "extra_working_days": {}}
    assert _check_business_hours(value)["holidays"] == ["2026-04-03"]
    assert business_hours(value, ZoneInfo("Asia/Hong_Kong")).weekly_working_time.total_seconds() == 9 * 3600
    for bad in (
        {"weekly": {"0": [["9am", "18:00"]]}},
        {"weekly": {"0": [["18:00", "09:00"]]}},
        {"weekly": {}},
        {"weekly": {"0": [["09:00", "18:00"]]}, "holidays": ["2026-02-30"]},
    ):
        with pytest.raises(ValidationError):
            _check_business_hours(bad)


def test_the_stored_policy_is_the_default_policy() -> None:
    assert SLA_POLICY.check(SLA_POLICY.default) == DEFAULT_POLICY.to_dict()
