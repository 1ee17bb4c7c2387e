"""Warnings the operator has confirmed.

Format-only checks (phones, plates, passports…) warn instead of blocking: the form shows "please
check", and the operator may save anyway. The service is then called again with the field's name in
``accepted`` and stores the value normalised but unvalidated.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

from app.errors import Rule, ValidationError
from app.validation.normalize import normalize_code
from app.validation.phones import validate_phone

T = TypeVar("T")
PHONE_MAX_CHARS = 20  # E.164 holds 15 digits and a "+"; a phone kept as typed must fit as well


def unless_accepted(check: Callable[[], T], fallback: Callable[[], T], field: str, accepted: Collection[str]) -> T:
    """``check()``; if it raises a *warning* for ``field`` that the operator accepted, ``fallback()``."""
    try:
        return check()
    except ValidationError as error:
        if error.warning and error.field == field and field in accepted:
            return fallback()
        raise


def optional_phone(
    raw: str | None, field: str, accepted: Collection[str], *, max_chars: int = PHONE_MAX_CHARS
) -> str | None:
    """A phone that may be left empty (None): normalised to E.164, or — once the operator accepted the
    format warning — kept as typed (codes folded). Too long is an error, never a warning: a value saved
    as typed must still fit its column."""
    text = (raw or "").strip()
    if not text:
        return None
    folded = normalize_code(text, field)
    if len(folded) > max_chars:
        raise ValidationError(field, Rule.TOO_LONG, {"max": max_chars, "length": len(folded)})
    return unless_accepted(lambda: validate_phone(text, field).normalized, lambda: folded, field, accepted)
