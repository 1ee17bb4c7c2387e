"""SLA targets: the default table, the lookup with fallbacks, storage as a plain dict."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.repairs.calendar import CalendarKind
from app.repairs.sla_policy import (
    DEFAULT_POLICY,
    PolicyRule,
    Priority,
    SlaPolicy,
    SlaTarget,
    WorkKind,
)

H = timedelta(hours=1)
BUSINESS = CalendarKind.BUSINESS_HOURS


# -- the default table


@pytest.mark.parametrize(
    ("priority", "response", "resolution"),
    [
        (Priority.URGENT, 1 * H, 8 * H),
        (Priority.NORMAL, 4 * H, 24 * H),
        (Priority.LOW, 8 * H, 72 * H),
    ],
)
def test_default_repair_targets_by_priority(priority: Priority, response: timedelta, resolution: timedelta) -> None:
    target = DEFAULT_POLICY.target_for("plumbing", priority)
    assert (target.response, target.resolution) == (response, resolution)
    assert target.calendar_kind is CalendarKind.ALWAYS_OPEN


def test_complaints_are_answered_within_30_minutes_whatever_the_priority() -> None:
    for priority in Priority:
        target = DEFAULT_POLICY.target_for("noise", priority, WorkKind.COMPLAINT)
        assert target.response == timedelta(minutes=30)
        assert target.resolution == 24 * H


@pytest.mark.parametrize("kind", [WorkKind.SUGGESTION, WorkKind.PRAISE])
def test_suggestions_and_praise_have_a_response_target_and_no_resolution_target(
    kind: WorkKind,
) -> None:
    target = DEFAULT_POLICY.target_for("other", Priority.NORMAL, kind)
    assert (target.response, target.resolution) == (24 * H, None)


# -- lookup with fallbacks

EXACT = SlaTarget(1 * H, 2 * H, BUSINESS)
CATEGORY = SlaTarget(2 * H, 4 * H, BUSINESS)
PRIORITY = SlaTarget(3 * H, 6 * H)
GLOBAL = SlaTarget(4 * H, 8 * H)
COMPLAINT = SlaTarget(timedelta(minutes=30), 8 * H)
POLICY = SlaPolicy(
    default=GLOBAL,
    by_priority={Priority.URGENT: PRIORITY},
    by_category={"lift": CATEGORY},
    by_category_priority={("lift", Priority.URGENT): EXACT},
    by_kind={WorkKind.COMPLAINT: COMPLAINT},
)


@pytest.mark.parametrize(
    ("category", "priority", "kind", "expected"),
    [
        ("lift", Priority.URGENT, WorkKind.REPAIR, EXACT),
        ("lift", Priority.LOW, WorkKind.REPAIR, CATEGORY),
        ("plumbing", Priority.URGENT, WorkKind.REPAIR, PRIORITY),
        ("plumbing", Priority.LOW, WorkKind.REPAIR, GLOBAL),
        ("lift", Priority.URGENT, WorkKind.COMPLAINT, COMPLAINT),
        ("lift", Priority.URGENT, WorkKind.SUGGESTION, EXACT),  # no row of its own: the table
    ],
)
def test_lookup_falls_back_from_exact_to_category_to_priority_to_global(
    category: str, priority: Priority, kind: WorkKind, expected: SlaTarget
) -> None:
    assert POLICY.target_for(category, priority, kind) == expected


def test_a_policy_is_immutable_after_construction() -> None:
    rows = {Priority.URGENT: PRIORITY}
    policy = SlaPolicy(default=GLOBAL, by_priority=rows)
    rows[Priority.LOW] = EXACT
    assert Priority.LOW not in policy.by_priority
    with pytest.raises(TypeError):
        policy.by_priority[Priority.LOW] = EXACT  # type: ignore[index]


# -- storage as a plain dict


def test_the_default_policy_survives_json() -> None:
    stored = json.dumps(DEFAULT_POLICY.to_dict())
    assert SlaPolicy.from_dict(json.loads(stored)) == DEFAULT_POLICY


def test_the_stored_form_is_readable() -> None:
    data = POLICY.to_dict()
    assert data["version"] == 1
    assert data["default"] == {
        "response_s": 14400,
        "resolution_s": 28800,
        "calendar": "always_open",
    }
    assert data["by_category_priority"] == {
        "lift": {"urgent": {"response_s": 3600, "resolution_s": 7200, "calendar": "business_hours"}}
    }
    assert SlaPolicy.from_dict(data) == POLICY


seconds = st.integers(min_value=1, max_value=90 * 24 * 3600)
targets = st.builds(
    lambda r, s, c: SlaTarget(
        None if r is None else timedelta(seconds=min(r, s or r)),
        None if s is None else timedelta(seconds=s),
        c,
    ),
    st.none() | seconds,
    st.none() | seconds,
    st.sampled_from(CalendarKind),
)
categories = st.sampled_from(["plumbing", "electrical", "lift", "door_access", "公共區域"])
policies = st.builds(
    SlaPolicy,
    default=targets,
    by_priority=st.dictionaries(st.sampled_from(Priority), targets),
    by_category=st.dictionaries(categories, targets),
    by_category_priority=st.dictionaries(st.tuples(categories, st.sampled_from(Priority)), targets),
    by_kind=st.dictionaries(st.sampled_from([k for k in WorkKind if k is not WorkKind.REPAIR]), targets),
)


@given(policies)
def test_any_policy_round_trips_through_json(policy: SlaPolicy) -> None:
    assert SlaPolicy.from_dict(json.loads(json.dumps(policy.to_dict(), ensure_ascii=False))) == policy


def _stored(**changes: Any) -> dict[str, Any]:
    data = DEFAULT_POLICY.to_dict()
    data.update(changes)
    return data


TARGET = {"response_s": 3600, "resolution_s": 7200, "calendar": "always_open"}


@pytest.mark.parametrize(
    ("data", "field", "rule"),
    [
        (_stored(default={**TARGET, "response_s": 0}), "default.response_s", Rule.OUT_OF_RANGE),
        (
            _stored(default={**TARGET, "resolution_s": 366 * 86400}),
            "default.resolution_s",
            Rule.OUT_OF_RANGE,
        ),
        (
            _stored(default={**TARGET, "resolution_s": -60}),
            "default.resolution_s",
            Rule.OUT_OF_RANGE,
        ),
        (_stored(default={**TARGET, "response_s": 1.5}), "default.response_s", Rule.NOT_A_NUMBER),
        (_stored(default={**TARGET, "response_s": True}), "default.response_s", Rule.NOT_A_NUMBER),
        (_stored(default={**TARGET, "response_s": "4h"}), "default.response_s", Rule.NOT_A_NUMBER),
        (
            _stored(default={**TARGET, "response_s": 9000}),
            "default.response_s",
            PolicyRule.RESPONSE_AFTER_RESOLUTION,
        ),
        (_stored(default={**TARGET, "respond_s": 60}), "default.respond_s", PolicyRule.UNKNOWN_KEY),
        (
            _stored(default={"response_s": 60, "calendar": "always_open"}),
            "default.resolution_s",
            Rule.REQUIRED,
        ),
        (_stored(default={**TARGET, "calendar": "weekdays"}), "default.calendar", Rule.CHOICE),
        (_stored(by_priority={"critical": TARGET}), "by_priority.critical", Rule.CHOICE),
        (
            _stored(by_priority={"urgent": {**TARGET, "response_s": 0}}),
            "by_priority.urgent.response_s",
            Rule.OUT_OF_RANGE,
        ),
        (_stored(by_kind={"repair": TARGET}), "by_kind.repair", Rule.CHOICE),
        (_stored(by_kind={"inquiry": TARGET}), "by_kind.inquiry", Rule.CHOICE),
        (_stored(by_category={" ": TARGET}), "by_category", Rule.REQUIRED),
        (
            _stored(by_category_priority={"lift": {"urgent": {**TARGET, "extra": 1}}}),
            "by_category_priority.lift.urgent.extra",
            PolicyRule.UNKNOWN_KEY,
        ),
        (
            _stored(by_category_priority={"lift": ["urgent"]}),
            "by_category_priority.lift",
            Rule.BAD_FORMAT,
        ),
        (_stored(escalation={}), "escalation", PolicyRule.UNKNOWN_KEY),
        (_stored(version=2), "version", Rule.CHOICE),
        ({"version": 1}, "default", Rule.REQUIRED),
        (["not", "a", "dict"], "sla_policy", Rule.BAD_FORMAT),
    ],
)
def test_bad_stored_policies_are_refused_with_the_field_path(data: object, field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as err:
        SlaPolicy.from_dict(data)
    assert (err.value.field, err.value.rule) == (field, rule)


@pytest.mark.parametrize(
    ("response", "resolution", "field", "rule"),
    [
        (timedelta(0), 1 * H, "response", Rule.OUT_OF_RANGE),
        (1 * H, -H, "resolution", Rule.OUT_OF_RANGE),
        (1 * H, timedelta(days=366), "resolution", Rule.OUT_OF_RANGE),
        (timedelta(seconds=1.5), 1 * H, "response", Rule.BAD_FORMAT),
        (2 * H, 1 * H, "response", PolicyRule.RESPONSE_AFTER_RESOLUTION),
    ],
)
def test_bad_targets_are_refused(response: timedelta, resolution: timedelta, field: str, rule: str) -> None:
    with pytest.raises(ValidationError) as err:
        SlaTarget(response, resolution)
    assert (err.value.field, err.value.rule) == (field, rule)


def test_a_kind_row_for_repairs_is_refused_because_it_would_hide_the_table() -> None:
    with pytest.raises(ValidationError) as err:
        SlaPolicy(default=GLOBAL, by_kind={WorkKind.REPAIR: GLOBAL})
    assert err.value.field == "by_kind.repair"
