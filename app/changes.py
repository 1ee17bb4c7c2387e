"""What an operation changed: the kinds of records a page may show, named by the operation itself.

Every service method that writes is declared, next to its code, with the kinds of records it changes::

    @changes(ChangeKind.VISIT, ChangeKind.EXPECTED_VISIT)
    def check_in(self, actor: Actor, ...) -> VisitRow: ...

``changes_of(service.check_in)`` reads the declaration back. The UI does not name kinds itself: after
a call succeeds it announces ``changes_of`` of the method it ran (``AppEvents.ran``), and every page
asks ``changes.touches(ChangeKind.VISIT, …)`` to decide whether to refresh. An operation that writes
only the audit trail (a printed slip counted, an ID revealed) declares ``@changes()``: nothing a page
lists has moved. ``tests/app/test_changes.py`` walks every service of the composition root and fails
when a method that opens a write transaction has no declaration.

Later, sync (a bundle imported from another desk) and purge (old records removed by the retention
rules) report what they moved with the same ``Changes``, so every page refreshes from them exactly as
from an operator's own action.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

_ATTRIBUTE = "__gatehouse_changes__"


class ChangeKind(StrEnum):
    """One kind of record pages list or show."""

    VISIT = "visit"
    VISITOR = "visitor"  # a returning visitor's remembered details
    EXPECTED_VISIT = "expected_visit"
    WATCHLIST = "watchlist"
    KEY = "key"  # the key register itself: keys, rings, classes, lost/found, retirement
    KEY_LOAN = "key_loan"
    KEY_COUNT = "key_count"
    KEY_DEPOSIT = "key_deposit"
    WORK_ORDER = "work_order"
    RETURN_VISIT = "return_visit"  # a visit booked to a work order's site
    DUTY_LOG = "duty_log"
    INCIDENT = "incident"
    PATROL = "patrol"
    HANDOVER = "handover"
    SHIFT = "shift"
    OPERATOR = "operator"
    SETTINGS = "settings"
    SITE = "site"
    DESK = "desk"
    DIRECTORY = "directory"
    EMERGENCY_CONTACT = "emergency_contact"  # emergency contacts and plans
    BACKUP = "backup"  # a backup made, rotated or restored


@dataclass(frozen=True, slots=True)
class Changes:
    """A set of ``ChangeKind``; empty when nothing a page shows has moved."""

    kinds: frozenset[ChangeKind] = frozenset()

    @classmethod
    def of(cls, *kinds: ChangeKind) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def union(cls, parts: Iterable[Changes]) -> Changes:
        kinds: frozenset[ChangeKind] = frozenset()
        for part in parts:
            kinds |= part.kinds
        return cls(kinds)

    def touches(self, *kinds: ChangeKind) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.kinds | other.kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds)


def changes(*kinds: ChangeKind) -> Callable[[F], F]:
    """Declare the kinds of records the decorated operation changes (none: it writes only the audit trail)."""
    declared = Changes.of(*kinds)

    def declare(operation: F) -> F:
        setattr(operation, _ATTRIBUTE, declared)
        return operation

    return declare


def declared_changes(operation: Callable[..., Any]) -> Changes | None:
    """The declaration of ``operation`` (a function or a bound method), or None when it has none."""
    function = getattr(operation, "__func__", operation)
    found = getattr(function, _ATTRIBUTE, None)
    return found if isinstance(found, Changes) else None


def changes_of(*operations: Callable[..., Any]) -> Changes:
    """What the operations change together; a ``TypeError`` for one that declares nothing (a bug)."""
    parts = []
    for operation in operations:
        found = declared_changes(operation)
        if found is None:
            name = getattr(operation, "__qualname__", repr(operation))
            raise TypeError(f"{name} does not declare what it changes (@changes)")
        parts.append(found)
    return Changes.union(parts)
