"""The key register's part of a shift handover: keys out (overdue ones flagged) and the differences
of the shift's key count."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from app.handover_sources import HandoverItem, HandoverItemKind, KeyCountResult
from app.keys.rows import LoanRow
from app.keys.service import KeyService
from app.severity import Severity

COUNT_BEFORE_SHIFT = timedelta(hours=1)  # a count made just before a shift starts belongs to it


class KeyHandoverSource:
    """``HandoverSource`` over the key register."""

    def __init__(self, keys: KeyService) -> None:
        self._keys = keys

    def handover_items(self, desk_id: uuid.UUID, shift_started_at: datetime, now: datetime) -> list[HandoverItem]:
        """``HandoverSource``: keys out (overdue ones flagged) and the differences of this shift's key
        count at ``desk_id`` (a count made up to an hour before the shift started belongs to it)."""
        items = [_loan_item(loan) for loan in self._keys.out_now()]
        count = self._keys.latest_count(desk_id)
        if count is None or count.counted_at < shift_started_at - COUNT_BEFORE_SHIFT:
            items.append(
                HandoverItem(
                    HandoverItemKind.KEY_COUNT,
                    "key_count",
                    str(desk_id),  # no count to point at: the desk whose count was not done
                    "",
                    severity=Severity.WARNING,
                    facts=(("result", KeyCountResult.NOT_DONE.value),),
                )
            )
        else:
            differences = len(count.missing) + len(count.unexpected)
            result = KeyCountResult.DIFFERENCES if differences else KeyCountResult.NO_DIFFERENCE
            items.append(
                HandoverItem(
                    HandoverItemKind.KEY_COUNT,
                    "key_count",
                    str(count.id),
                    "",
                    since=count.counted_at,
                    severity=Severity.WARNING if differences else Severity.INFO,
                    facts=(
                        ("result", result.value),
                        ("counted_by", count.counted_by),
                        ("expected", str(count.expected)),
                        ("matched", str(count.matched)),
                        ("differences", str(differences)),
                    ),
                )
            )
            for line in (*count.missing, *count.unexpected):
                items.append(
                    HandoverItem(
                        HandoverItemKind.KEY_COUNT_DIFFERENCE,
                        "key_count",
                        str(count.id),
                        f"{line.tag} {line.label}".strip(),
                        place=line.position,
                        since=count.counted_at,
                        severity=Severity.WARNING,
                        facts=(("outcome", line.outcome.value), ("counted_by", count.counted_by)),
                    )
                )
        return items


def _loan_item(loan: LoanRow) -> HandoverItem:
    return HandoverItem(
        HandoverItemKind.KEY_OVERDUE if loan.overdue else HandoverItemKind.KEY_OUT,
        "key_loan",
        str(loan.id),
        f"{loan.key_tag} {loan.key_label}",
        since=loan.issued_at,
        due=loan.due_at,
        severity=Severity.WARNING if loan.overdue else Severity.INFO,
        facts=(
            ("borrower", loan.borrower.name),
            ("borrower_kind", loan.borrower.kind.value),
            ("late_minutes", str(loan.late_minutes)),
        ),
    )
