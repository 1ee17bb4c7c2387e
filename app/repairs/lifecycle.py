"""The life of a work order: states, actions and the one table of what may follow what.

    new → dispatched → in progress ⇄ on hold → done → return visit → closed
    (dispatched ⇄ on hold; reassign keeps dispatched / in progress; rejected / cancelled end a job)

``next_state(state, action)`` is the only place that decides; anything not in ``TRANSITIONS``
raises ``IllegalTransition`` (a ``Conflict`` carrying both codes). Reopening does not change the
old job's history: it creates a new work order linked to the old one (the old one is closed if
it was not yet, with reason ``reopened``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from types import MappingProxyType

from app.errors import Conflict


class WorkOrderState(StrEnum):
    NEW = "new"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    ON_HOLD = "on_hold"
    DONE = "done"  # work finished; waiting for the return visit
    RETURN_VISIT = "return_visit"  # return visit under way: the reporter was not reached yet
    CLOSED = "closed"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class Action(StrEnum):
    CREATE = "create"
    DISPATCH = "dispatch"  # to a technician (staff) or a contractor; again = reassign
    START = "start"
    HOLD = "hold"
    RESUME = "resume"
    COMPLETE = "complete"
    VISIT_UNREACHED = "visit_unreached"  # return-visit call: nobody answered, try again later
    VISIT_ANSWERED = "visit_answered"  # return-visit call: satisfaction recorded; closes
    CLOSE_UNREACHED = "close_unreached"  # give up calling after the allowed attempts
    REJECT = "reject"
    CANCEL = "cancel"
    REOPEN = "reopen"  # on the old job: closes it (if open) and links the new one
    NOTE = "note"  # a remark; no state change


class HoldReason(StrEnum):
    """Why a job waits. Every one of them stops the SLA clocks."""

    WAITING_RESIDENT = "waiting_resident"
    WAITING_PARTS = "waiting_parts"
    WAITING_QUOTE = "waiting_quote"
    OTHER = "other"


class EndReason(StrEnum):
    """Why a job was rejected or cancelled (a note says more)."""

    DUPLICATE = "duplicate"
    NOT_OUR_RESPONSIBILITY = "not_our_responsibility"
    WITHDRAWN = "withdrawn"  # the reporter no longer wants it
    MISTAKE = "mistake"  # entered by mistake
    OTHER = "other"


class Channel(StrEnum):
    PHONE = "phone"
    WALK_IN = "walk_in"
    PATROL = "patrol"  # found by a guard on patrol
    OWNER_APP = "owner_app"
    DUTY_LOG = "duty_log"  # turned from a duty-log entry or incident


class Satisfaction(IntEnum):
    """The guide's 5-point return-visit answer (非常滿意 … 非常不滿意)."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    NEUTRAL = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1


OPEN_STATES = frozenset(
    {WorkOrderState.NEW, WorkOrderState.DISPATCHED, WorkOrderState.IN_PROGRESS, WorkOrderState.ON_HOLD}
)
CALL_LIST_STATES = frozenset({WorkOrderState.DONE, WorkOrderState.RETURN_VISIT})
ENDED_STATES = frozenset({WorkOrderState.CLOSED, WorkOrderState.REJECTED, WorkOrderState.CANCELLED})
REOPENABLE_STATES = frozenset({WorkOrderState.DONE, WorkOrderState.RETURN_VISIT, WorkOrderState.CLOSED})
# Leaving NEW by any of these is the first response (the response clock stops).
RESPONSE_ACTIONS = frozenset({Action.DISPATCH, Action.START, Action.HOLD, Action.COMPLETE})

S = WorkOrderState
TRANSITIONS: MappingProxyType[tuple[WorkOrderState, Action], WorkOrderState] = MappingProxyType(
    {
        (S.NEW, Action.DISPATCH): S.DISPATCHED,
        (S.NEW, Action.START): S.IN_PROGRESS,
        (S.NEW, Action.HOLD): S.ON_HOLD,
        (S.NEW, Action.COMPLETE): S.DONE,  # answered at the desk (a complaint settled by phone)
        (S.NEW, Action.REJECT): S.REJECTED,
        (S.NEW, Action.CANCEL): S.CANCELLED,
        (S.DISPATCHED, Action.DISPATCH): S.DISPATCHED,
        (S.DISPATCHED, Action.START): S.IN_PROGRESS,
        (S.DISPATCHED, Action.HOLD): S.ON_HOLD,
        (S.DISPATCHED, Action.COMPLETE): S.DONE,
        (S.DISPATCHED, Action.CANCEL): S.CANCELLED,
        (S.IN_PROGRESS, Action.DISPATCH): S.IN_PROGRESS,
        (S.IN_PROGRESS, Action.HOLD): S.ON_HOLD,
        (S.IN_PROGRESS, Action.COMPLETE): S.DONE,
        (S.IN_PROGRESS, Action.CANCEL): S.CANCELLED,
        (S.ON_HOLD, Action.RESUME): S.IN_PROGRESS,  # the service returns to the state before the hold
        (S.ON_HOLD, Action.CANCEL): S.CANCELLED,
        (S.DONE, Action.VISIT_UNREACHED): S.RETURN_VISIT,
        (S.DONE, Action.VISIT_ANSWERED): S.CLOSED,
        (S.DONE, Action.REOPEN): S.CLOSED,
        (S.RETURN_VISIT, Action.VISIT_UNREACHED): S.RETURN_VISIT,
        (S.RETURN_VISIT, Action.VISIT_ANSWERED): S.CLOSED,
        (S.RETURN_VISIT, Action.CLOSE_UNREACHED): S.CLOSED,
        (S.RETURN_VISIT, Action.REOPEN): S.CLOSED,
        (S.CLOSED, Action.REOPEN): S.CLOSED,
    }
)
NOTE_STATES = frozenset(WorkOrderState)  # a note may be added to any job


@dataclass(frozen=True, slots=True)
class Move:
    """A transition that is allowed: from ``state`` by ``action`` to ``to``."""

    state: WorkOrderState
    action: Action
    to: WorkOrderState


class IllegalTransition(Conflict):
    """``params``: ``state`` and ``action`` codes."""

    def __init__(self, state: WorkOrderState, action: Action) -> None:
        super().__init__("work_order", "illegal_transition", {"state": state.value, "action": action.value})


def next_state(state: WorkOrderState, action: Action, held_from: WorkOrderState | None = None) -> WorkOrderState:
    """The state after ``action``; ``IllegalTransition`` if the table does not allow it."""
    if action is Action.NOTE:
        return state
    target = TRANSITIONS.get((state, action))
    if target is None:
        raise IllegalTransition(state, action)
    if action is Action.RESUME and held_from in (S.DISPATCHED, S.IN_PROGRESS):
        return held_from
    if action is Action.RESUME and held_from is S.NEW:
        return S.NEW
    return target


def allowed_actions(state: WorkOrderState) -> list[Action]:
    """What the detail view offers for a job in ``state`` (the service checks again)."""
    actions = [a for (s, a) in TRANSITIONS if s is state]
    return [*dict.fromkeys(actions), Action.NOTE]
