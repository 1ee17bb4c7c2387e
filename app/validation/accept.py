"""Warnings the operator has confirmed.

Format-only checks (phones, plates, passports…) warn instead of blocking: the form shows "please
check", and the operator may save anyway. The service is then called again with the field's name in
``accepted`` and stores the value normalised but unvalidated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from app.errors import ValidationError

T = TypeVar("T")


def unless_accepted(check: Callable[[], T], fallback: Callable[[], T], field: str, accepted: Collection[str]) -> T:
    """``check()``; if it raises a *warning* for ``field`` that the operator accepted, ``fallback()``."""
    try:
        return check()
    except ValidationError as error:
        if error.warning and error.field == field and field in accepted:
            return fallback()
        raise
