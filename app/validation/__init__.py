"""Validators for what is typed at the desk: document numbers, phones, plates; and their masks.

Pure functions: no database, no Qt, no clock (``today`` is passed in). Each validator takes the raw
text and the form field's name and returns a frozen ``*Check`` with the normalised value, or raises
``app.errors.ValidationError(field, rule, params, warning)``. ``params`` never contains the value.
"""

from app.validation.ids import (
    CHECKSUMMED_TYPES,
    IdCheck,
    IdType,
    hk_check_char,
    mainland_check_char,
    taiwan_check_digit,
    validate_id,
)
from app.validation.normalize import normalize_code

__all__ = [
    "CHECKSUMMED_TYPES",
    "IdCheck",
    "IdType",
    "hk_check_char",
    "mainland_check_char",
    "normalize_code",
    "taiwan_check_digit",
    "validate_id",
]
