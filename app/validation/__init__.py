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
from app.validation.masking import mask_generic, mask_id, mask_name, mask_phone
from app.validation.normalize import normalize_code
from app.validation.phones import (
    PhoneCheck,
    PhoneRegion,
    display_phone,
    phone_tail,
    split_phone,
    validate_phone,
)
from app.validation.plates import (
    PlateCheck,
    PlateRegion,
    normalize_plate,
    plate_display,
    plate_search_key,
    validate_plate,
)

__all__ = [
    "CHECKSUMMED_TYPES",
    "IdCheck",
    "IdType",
    "PhoneCheck",
    "PhoneRegion",
    "PlateCheck",
    "PlateRegion",
    "display_phone",
    "hk_check_char",
    "mainland_check_char",
    "mask_generic",
    "mask_id",
    "mask_name",
    "mask_phone",
    "normalize_code",
    "normalize_plate",
    "phone_tail",
    "plate_display",
    "plate_search_key",
    "split_phone",
    "taiwan_check_digit",
    "validate_id",
    "validate_phone",
    "validate_plate",
]
