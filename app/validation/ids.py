"""Identity document numbers: format and check-digit rules per document type.

Three kinds carry a published check digit and are *checksummed*: a wrong value blocks saving
(``warning=False``; a supervisor override is the service's business). The others are checked for
format only and raise with ``warning=True``: the site may save an unusual value after confirming.

Verified examples (each one is in the test tables):

* mainland resident ID (GB 11643-1999): ``11010519491231002X``, ``440305199003071236``; the
  standard's own ``440524188001010014`` has a correct check digit but is refused (born before 1900);
* Hong Kong ID: ``A123456(3)``, ``Z683365(A)``, ``AB987654(3)``, ``G123456(A)``;
* Taiwan ID: ``A123456789`` (citizen), ``A800000014`` (2021+ resident certificate), ``AC01234567``
  (old resident certificate, second letter), ``AA00000009``.

What the check characters catch (proved by tests): mainland MOD 11-2 catches every single changed
character. The HK mod-11 catches every changed digit or check character, but not a prefix letter
replaced by one 11 places away (``A123456(3)`` and ``L123456(3)`` are both valid). Taiwan's mod 10
misses a digit changed by 5 in the 4th, 6th or 8th character (weights 6, 4, 2) and any even change
in the 5th (weight 5): ``A123456789``, ``A128456789`` and ``A123656789`` are all valid.

Errors never carry the number (personal data); ``params`` holds only codes such as the document
type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import Rule, ValidationError
from app.validation.normalize import normalize_code


class IdType(StrEnum):
    MAINLAND_ID = "mainland_id"  # 居民身份證 (GB 11643-1999)
    HK_ID = "hk_id"  # 香港身份證
    MACAU_ID = "macau_id"  # 澳門居民身份證
    TAIWAN_ID = "taiwan_id"  # 國民身分證 / 居留證
    HOME_RETURN_PERMIT = "home_return_permit"  # 回鄉證 / 港澳居民來往內地通行證
    TAIWAN_COMPATRIOT_PERMIT = "taiwan_compatriot_permit"  # 台胞證
    PASSPORT = "passport"
    OTHER = "other"


CHECKSUMMED_TYPES = frozenset({IdType.MAINLAND_ID, IdType.HK_ID, IdType.TAIWAN_ID})

# Longest document number stored, whatever its type (the database column's width).
MAX_ID_CHARS = 30


@dataclass(frozen=True, slots=True)
class IdCheck:
    normalized: str
    id_type: IdType
    checksummed: bool
    birth_date: date | None = None  # mainland resident IDs only


# --- mainland resident ID ------------------------------------------------------------------------

MAINLAND_ID_LENGTH = 18
MAINLAND_MIN_BIRTH_YEAR = 1900
# First two digits: provinces (11-65), Taiwan (71), HK/Macau/Taiwan residence permits (81-83) and
# the 2023 foreigners' permanent residence ID card (91).
MAINLAND_REGION_CODES = frozenset(
    (
        *range(11, 16), *range(21, 24), *range(31, 38), *range(41, 47), *range(50, 55),
        *range(61, 66), 71, 81, 82, 83, 91,
    )
)  # fmt: skip
_MAINLAND_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_MAINLAND_CHECK_MAP = "10X98765432"
_MAINLAND_RE = re.compile(r"[0-9]{17}[0-9X]", re.ASCII)


def mainland_check_char(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character for the first 17 digits of a mainland resident ID."""
    total = sum(int(d) * w for d, w in zip(first17, _MAINLAND_WEIGHTS, strict=True))
    return _MAINLAND_CHECK_MAP[total % 11]


def _birth_date(digits: str, field: str, today: date | None) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError(field, Rule.BAD_DATE, {"reason": "not_a_date"}) from None
    if born.year < MAINLAND_MIN_BIRTH_YEAR:
        raise ValidationError(field, Rule.BAD_DATE, {"reason": "too_early"})
    if today is not None and born > today:
        raise ValidationError(field, Rule.BAD_DATE, {"reason": "in_future"})
    return born


def _mainland(value: str, field: str, today: date | None) -> IdCheck:
    params = {"id_type": IdType.MAINLAND_ID.value}
    if not _MAINLAND_RE.fullmatch(value):
        raise ValidationError(field, Rule.BAD_FORMAT, params)
    if int(value[:2]) not in MAINLAND_REGION_CODES:
        raise ValidationError(field, Rule.BAD_FORMAT, {**params, "part": "region"})
    born = _birth_date(value[6:14], field, today)
    if value[17] != mainland_check_char(value[:17]):
        raise ValidationError(field, Rule.BAD_CHECKSUM, params)
    return IdCheck(value, IdType.MAINLAND_ID, checksummed=True, birth_date=born)


# --- Hong Kong ID --------------------------------------------------------------------------------

_HK_RE = re.compile(r"([A-Z]{1,2})([0-9]{6})([0-9A])", re.ASCII)
_HK_SPACE_VALUE = 36  # the implicit leading "space" of a one-letter prefix
_HK_LETTER_WEIGHTS = (9, 8)
_HK_DIGIT_WEIGHTS = (7, 6, 5, 4, 3, 2)


def _hk_letter_value(ch: str) -> int:
    return _HK_SPACE_VALUE if ch == " " else ord(ch) - ord("A") + 10


def hk_check_char(prefix: str, digits: str) -> str:
    """Mod-11 check character (``0``-``9`` or ``A``) of a HK ID with letter ``prefix`` (1-2 letters)
    and six ``digits``."""
    letters = prefix.rjust(2)
    total = sum(_hk_letter_value(c) * w for c, w in zip(letters, _HK_LETTER_WEIGHTS, strict=True))
    total += sum(int(d) * w for d, w in zip(digits, _HK_DIGIT_WEIGHTS, strict=True))
    check = (11 - total % 11) % 11
    return "A" if check == 10 else str(check)


def _hk(value: str, field: str, today: date | None) -> IdCheck:
    params = {"id_type": IdType.HK_ID.value}
    match = _HK_RE.fullmatch(value)
    if match is None:
        raise ValidationError(field, Rule.BAD_FORMAT, params)
    prefix, digits, check = match.groups()
    if check != hk_check_char(prefix, digits):
        raise ValidationError(field, Rule.BAD_CHECKSUM, params)
    return IdCheck(value, IdType.HK_ID, checksummed=True)


# --- Taiwan ID -----------------------------------------------------------------------------------

TAIWAN_LETTER_VALUES = {
    "A": 10, "B": 11, "C": 12, "D": 13, "E": 14, "F": 15, "G": 16, "H": 17, "I": 34,
    "J": 18, "K": 19, "L": 20, "M": 21, "N": 22, "O": 35, "P": 23, "Q": 24, "R": 25,
    "S": 26, "T": 27, "U": 28, "V": 29, "W": 32, "X": 30, "Y": 31, "Z": 33,
}  # fmt: skip
# Second character: 1/2 citizens (sex), 8/9 resident certificates since 2021, A-D old certificates.
_TAIWAN_RE = re.compile(r"[A-Z][1289A-D][0-9]{8}", re.ASCII)
_TAIWAN_WEIGHTS = (1, 9, 8, 7, 6, 5, 4, 3, 2, 1)


def taiwan_check_digit(first9: str) -> str:
    """Check digit of a Taiwan ID from its first nine characters (letter, sex/kind char, 7 digits).

    The leading letter counts as its two-digit value; a second *letter* (old resident certificate)
    counts as the last digit of its value.
    """
    tens, units = divmod(TAIWAN_LETTER_VALUES[first9[0]], 10)
    second = first9[1]
    second_value = TAIWAN_LETTER_VALUES[second] % 10 if second.isalpha() else int(second)
    values = (tens, units, second_value, *(int(d) for d in first9[2:]))
    total = sum(v * w for v, w in zip(values, _TAIWAN_WEIGHTS, strict=True))
    return str((10 - total % 10) % 10)


def _taiwan(value: str, field: str, today: date | None) -> IdCheck:
    params = {"id_type": IdType.TAIWAN_ID.value}
    if not _TAIWAN_RE.fullmatch(value):
        raise ValidationError(field, Rule.BAD_FORMAT, params)
    if value[9] != taiwan_check_digit(value[:9]):
        raise ValidationError(field, Rule.BAD_CHECKSUM, params)
    return IdCheck(value, IdType.TAIWAN_ID, checksummed=True)


# --- format-only documents -----------------------------------------------------------------------

_FORMATS: dict[IdType, re.Pattern[str]] = {
    # 8 digits, first 1/5/7; the bracketed last digit has no published algorithm.
    IdType.MACAU_ID: re.compile(r"[157][0-9]{7}", re.ASCII),
    # H (Hong Kong) / M (Macau) + 8 digits (card since 2013) or + 10 digits (older booklets).
    IdType.HOME_RETURN_PERMIT: re.compile(r"[HM][0-9]{8}(?:[0-9]{2})?", re.ASCII),
    # 8 digits (card since 2015) or the older 10 characters (8 digits + 2-char issue suffix).
    IdType.TAIWAN_COMPATRIOT_PERMIT: re.compile(r"[0-9]{8}(?:[0-9A-Z]{2})?", re.ASCII),
    IdType.PASSPORT: re.compile(r"[0-9A-Z]{5,20}", re.ASCII),
}


def _format_only(id_type: IdType) -> Callable[[str, str, date | None], IdCheck]:
    pattern = _FORMATS.get(id_type)

    def check(value: str, field: str, today: date | None) -> IdCheck:
        if pattern is not None and not pattern.fullmatch(value):
            raise ValidationError(field, Rule.BAD_FORMAT, {"id_type": id_type.value}, warning=True)
        return IdCheck(value, id_type, checksummed=False)

    return check


_VALIDATORS: dict[IdType, Callable[[str, str, date | None], IdCheck]] = {
    IdType.MAINLAND_ID: _mainland,
    IdType.HK_ID: _hk,
    IdType.TAIWAN_ID: _taiwan,
    **{kind: _format_only(kind) for kind in IdType if kind not in CHECKSUMMED_TYPES},
}


def validate_id(id_type: IdType | str, raw: str, field: str = "id_number", *, today: date | None = None) -> IdCheck:
    """Normalise and check the document number ``raw`` of type ``id_type``.

    ``today`` enables the "birth date not in the future" check of mainland IDs (pass the site's
    local date from the injected clock); ``None`` skips it.

    Raises ``ValidationError(field, rule)`` with rule ``INVISIBLE_CHARS``/``CONTROL_CHARS`` (odd
    characters), ``REQUIRED`` (nothing left after normalisation), ``TOO_LONG`` (over
    ``MAX_ID_CHARS``), ``CHOICE`` (unknown ``id_type``), ``BAD_FORMAT``, ``BAD_DATE`` or
    ``BAD_CHECKSUM``. Format-only document types raise ``BAD_FORMAT`` with ``warning=True``.
    """
    try:
        kind = IdType(id_type)
    except ValueError:
        raise ValidationError(field, Rule.CHOICE, {"choices": [t.value for t in IdType]}) from None
    value = normalize_code(raw, field)
    if not value:
        raise ValidationError(field, Rule.REQUIRED)
    if len(value) > MAX_ID_CHARS:
        raise ValidationError(field, Rule.TOO_LONG, {"max": MAX_ID_CHARS, "length": len(value)})
    return _VALIDATORS[kind](value, field, today)
