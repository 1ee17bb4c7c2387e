"""Phone numbers of mainland China, Hong Kong, Macau and Taiwan (format checks only, warn-only).

Normalised form: **E.164**, ``+`` country code + national significant number, no trunk ``0``:
``+8613812345678`` (mainland mobile), ``+861012345678`` (Beijing 010-12345678), ``+85291234567``,
``+85361234567``, ``+886912345678`` (Taiwan 0912-345-678), ``+886223456789`` (Taipei 02-2345-6789).
One form per number whatever was typed (``0086``, ``86``, ``+86 (0)10``…), and it keeps the region:
Hong Kong and Macau both have 8-digit numbers beginning with 6 or 28, so local digits alone would be
ambiguous. ``display_phone`` turns it back into the local dialling form for the site's own region.

Every format problem raises ``ValidationError(field, Rule.BAD_FORMAT, warning=True)``: phones only
warn. Invisible/control characters and a blank value are refused outright (``warning=False``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.errors import Rule, ValidationError
from app.validation.normalize import normalize_code


class PhoneRegion(StrEnum):
    MAINLAND = "mainland"
    HK = "hk"
    MACAU = "macau"
    TAIWAN = "taiwan"
    OTHER = "other"  # any other country, written with its international prefix


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    normalized: str  # E.164: "+8613812345678"
    region: PhoneRegion
    is_mobile: bool  # False for landlines and for OTHER (unknown)


COUNTRY_CODES: dict[PhoneRegion, str] = {
    PhoneRegion.MAINLAND: "86",
    PhoneRegion.HK: "852",
    PhoneRegion.MACAU: "853",
    PhoneRegion.TAIWAN: "886",
}
# Regions whose local dialling form starts with the trunk prefix 0 before an area code.
_TRUNK_REGIONS = frozenset({PhoneRegion.MAINLAND, PhoneRegion.TAIWAN})
_TRUNK = "0"
_INTERNATIONAL_PREFIXES = ("+", "00")
E164_MAX_DIGITS = 15
OTHER_MIN_DIGITS = 7
_DETECTION_ORDER = (PhoneRegion.MAINLAND, PhoneRegion.HK, PhoneRegion.MACAU, PhoneRegion.TAIWAN)
_DIGITS = re.compile(r"[0-9]+", re.ASCII)

# National significant numbers (no trunk 0), as (pattern, is_mobile).
_NATIONAL: dict[PhoneRegion, tuple[tuple[re.Pattern[str], bool], ...]] = {
    PhoneRegion.MAINLAND: (
        (re.compile(r"1[3-9][0-9]{9}", re.ASCII), True),
        # 2-digit area codes (010, 020-029) have 8-digit numbers; 3-digit ones 7 or 8 digits.
        # Subscriber numbers never start with the trunk 0.
        (re.compile(r"(?:10|2[0-9])[1-9][0-9]{7}|[3-9][0-9]{2}[1-9][0-9]{6,7}", re.ASCII), False),
    ),
    PhoneRegion.HK: (
        (re.compile(r"[5-9][0-9]{7}", re.ASCII), True),
        (re.compile(r"[23][0-9]{7}", re.ASCII), False),
    ),
    PhoneRegion.MACAU: (
        (re.compile(r"6[0-9]{7}", re.ASCII), True),
        (re.compile(r"28[0-9]{6}", re.ASCII), False),
    ),
    PhoneRegion.TAIWAN: (
        (re.compile(r"9[0-9]{8}", re.ASCII), True),
        (re.compile(r"[2-8][0-9]{7,8}", re.ASCII), False),
    ),
}


def _national(region: PhoneRegion, nsn: str) -> PhoneCheck | None:
    for pattern, mobile in _NATIONAL.get(region, ()):
        if pattern.fullmatch(nsn):
            return PhoneCheck(f"+{COUNTRY_CODES[region]}{nsn}", region, mobile)
    return None


def _local(region: PhoneRegion, digits: str) -> PhoneCheck | None:
    """``digits`` as dialled inside ``region``.

    Mainland: mobiles without a prefix, landlines with the trunk 0 (a 0 before a mobile, once
    needed for long-distance calls, is forgiven). Taiwan: always with the trunk 0. Hong Kong and
    Macau have no trunk prefix.
    """
    if region in _TRUNK_REGIONS:
        if digits.startswith(_TRUNK):
            return _national(region, digits[len(_TRUNK) :])
        found = _national(region, digits) if region is PhoneRegion.MAINLAND else None
        return found if found is not None and found.is_mobile else None
    return _national(region, digits)


def _with_country_code(region: PhoneRegion, rest: str) -> PhoneCheck | None:
    """The digits after ``region``'s country code; a stray trunk 0 ("+86 (0)10…") is forgiven."""
    if region in _TRUNK_REGIONS and rest.startswith(_TRUNK):
        rest = rest[1:]
    return _national(region, rest)


def _order(region: PhoneRegion | None, prefer: PhoneRegion | None) -> tuple[PhoneRegion, ...]:
    if region is not None:
        return (region,)
    if prefer in _DETECTION_ORDER:
        return (prefer, *(r for r in _DETECTION_ORDER if r is not prefer))
    return _DETECTION_ORDER


def _fail(field: str, region: PhoneRegion | None) -> ValidationError:
    params = {} if region is None else {"region": region.value}
    return ValidationError(field, Rule.BAD_FORMAT, params, warning=True)


def _international(body: str, region: PhoneRegion | None) -> PhoneCheck | None:
    for known, code in COUNTRY_CODES.items():
        if body.startswith(code):
            if region not in (None, known):
                return None
            return _with_country_code(known, body[len(code) :])
    if region in (None, PhoneRegion.OTHER) and OTHER_MIN_DIGITS <= len(body) <= E164_MAX_DIGITS:
        return PhoneCheck(f"+{body}", PhoneRegion.OTHER, is_mobile=False)
    return None


def _domestic(digits: str, order: Iterable[PhoneRegion]) -> PhoneCheck | None:
    regions = tuple(order)
    for region in regions:
        found = _local(region, digits)
        if found is not None:
            return found
    # A country code typed without "+" or "00" ("8613812345678", "85291234567").
    for region in regions:
        code = COUNTRY_CODES.get(region)
        if code is not None and digits.startswith(code):
            found = _with_country_code(region, digits[len(code) :])
            if found is not None:
                return found
    return None


def _region_or_none(value: PhoneRegion | str | None, field: str) -> PhoneRegion | None:
    """Accept a region as stored (plain string) too; an unknown one is a programming error that
    still surfaces as a ``ValidationError`` (``Rule.CHOICE``)."""
    if value is None:
        return None
    try:
        return PhoneRegion(value)
    except ValueError:
        raise ValidationError(field, Rule.CHOICE, {"choices": [r.value for r in PhoneRegion]}) from None


def validate_phone(
    raw: str,
    field: str = "phone",
    region: PhoneRegion | str | None = None,
    *,
    prefer: PhoneRegion | str | None = None,
) -> PhoneCheck:
    """Check and normalise a phone number to E.164.

    ``region`` given: the number must belong to it (local form or with its country code).
    ``region`` None: detected from the country code or the local form; the one real ambiguity
    (Hong Kong and Macau 8-digit numbers beginning with 6 or 28) is resolved in favour of
    ``prefer`` (the site's own region), else Hong Kong. ``PhoneRegion.OTHER`` numbers must be
    written with ``+`` or ``00`` and are 7-15 digits.
    """
    region, prefer = _region_or_none(region, field), _region_or_none(prefer, field)
    value = normalize_code(raw, field)
    if not value:
        raise ValidationError(field, Rule.REQUIRED)
    prefix = next((p for p in _INTERNATIONAL_PREFIXES if value.startswith(p)), "")
    body = value[len(prefix) :]
    if not _DIGITS.fullmatch(body):
        raise _fail(field, region)
    if prefix:
        found = _international(body, region)
    elif region is PhoneRegion.OTHER:
        found = None
    else:
        found = _domestic(body, _order(region, prefer))
    if found is None:
        raise _fail(field, region)
    return found


def phone_tail(normalized: str, n: int = 4) -> str:
    """The last ``n`` digits (fewer if the number is shorter), for "last 4 digits" search."""
    if n <= 0:
        return ""
    digits = "".join(ch for ch in normalized if "0" <= ch <= "9")
    return digits[-n:]


def split_phone(normalized: str) -> tuple[PhoneRegion, str, str]:
    """``(region, country_code, national_number)`` of a stored phone; total.

    A value that is not E.164 for a known region (saved after a warning) comes back as
    ``(OTHER, "", value)`` or, with a ``+``, ``(OTHER, "", digits after +)``.
    """
    if normalized.startswith("+"):
        body = normalized[1:]
        for region, code in COUNTRY_CODES.items():
            if body.startswith(code) and _national(region, body[len(code) :]) is not None:
                return region, code, body[len(code) :]
        return PhoneRegion.OTHER, "", body
    return PhoneRegion.OTHER, "", normalized


def display_phone(normalized: str, *, home: PhoneRegion | None = None) -> tuple[str, str]:
    """``(prefix, number)`` for showing a stored phone; total.

    Numbers of the ``home`` region are shown as dialled locally with an empty prefix
    (``"", "13812345678"``, ``"", "0912345678"``, ``"", "01012345678"``); others keep their country
    code as prefix (``"+852 ", "91234567"``). Unknown values come back as ``("+", digits)`` or
    ``("", value)``.
    """
    region, code, number = split_phone(normalized)
    if region is PhoneRegion.OTHER:
        return ("+" if normalized.startswith("+") else ""), number
    if region is not home:
        return f"+{code} ", number
    found = _national(region, number)
    is_mainland_mobile = region is PhoneRegion.MAINLAND and found is not None and found.is_mobile
    if region in _TRUNK_REGIONS and not is_mainland_mobile:
        return "", _TRUNK + number
    return "", number
