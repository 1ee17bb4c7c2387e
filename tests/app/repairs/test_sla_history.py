"""SLA histories: contradictions are refused with typed errors; edge cases that are fine."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.errors import ValidationError
from app.repairs.calendar import ALWAYS_OPEN
from app.repairs.sla import (
    DEFAULT_POLICY,
    ClockState,
    HistoryRule,
    Pause,
    Priority,
    SlaHistory,
    SlaStatus,
    compute_status,
)

HK = ZoneInfo("Asia/Hong_Kong")
H = timedelta(hours=1)
M = timedelta(minutes=1)
S = timedelta(seconds=1)
TUESDAY_10 = datetime(2024, 3, 5, 10, tzinfo=HK)
REPAIR = DEFAULT_POLICY.target_for("plumbing", Priority.NORMAL)


def status(history: SlaHistory, now: datetime) -> SlaStatus:
    return compute_status(history, REPAIR, ALWAYS_OPEN, now)


@pytest.mark.parametrize(
    ("history", "field", "rule", "params"),
    [
        (
            SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 - S, TUESDAY_10 + H)]),
            "pauses",
            HistoryRule.BEFORE_CREATED,
            {"index": 0},
        ),
        (
            SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + 2 * H, TUESDAY_10 + H)]),
            "pauses",
            HistoryRule.ENDS_BEFORE_START,
            {"index": 0},
        ),
        (
            SlaHistory(
                TUESDAY_10,
                pauses=[
                    Pause(TUESDAY_10 + H, TUESDAY_10 + 3 * H),
                    Pause(TUESDAY_10 + 2 * H, TUESDAY_10 + 4 * H),
                ],
            ),
            "pauses",
            HistoryRule.OVERLAPPING_PAUSES,
            {"index": 1},
        ),
        (
            SlaHistory(TUESDAY_10, pauses=[Pause(TUESDAY_10 + 3 * H), Pause(TUESDAY_10 + H)]),
            "pauses",
            HistoryRule.OPEN_PAUSE_NOT_LAST,
            {"index": 1},
        ),
        (
            SlaHistory(TUESDAY_10, resolved_at=TUESDAY_10 + H, pauses=[Pause(TUESDAY_10 + 2 * H)]),
            "pauses",
            HistoryRule.AFTER_RESOLVED,
            {"index": 0},
        ),
        (
            SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 - M),
            "responded_at",
            HistoryRule.BEFORE_CREATED,
            {},
        ),
        (
            SlaHistory(TUESDAY_10, resolved_at=TUESDAY_10 - M),
            "resolved_at",
            HistoryRule.BEFORE_CREATED,
            {},
        ),
        (
            SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + 2 * H, resolved_at=TUESDAY_10 + H),
            "responded_at",
            HistoryRule.AFTER_RESOLVED,
            {},
        ),
    ],
)
def test_contradictory_histories_are_refused(
    history: SlaHistory, field: str, rule: str, params: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as err:
        status(history, TUESDAY_10 + 10 * H)
    assert (err.value.field, err.value.rule, dict(err.value.params)) == (field, rule, params)


def test_touching_pauses_are_fine_and_a_pause_open_at_resolution_ends_there() -> None:
    pauses = [Pause(TUESDAY_10 + H, TUESDAY_10 + 2 * H), Pause(TUESDAY_10 + 2 * H)]
    history = SlaHistory(TUESDAY_10, responded_at=TUESDAY_10 + 30 * M, resolved_at=TUESDAY_10 + 5 * H, pauses=pauses)
    s = status(history, TUESDAY_10 + 9 * H)
    assert (s.paused, s.paused_time, s.elapsed) == (False, 4 * H, H)
    assert s.resolution is not None and s.resolution.state is ClockState.MET
