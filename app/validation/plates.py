"""Vehicle plates of mainland China, Hong Kong, Macau and Taiwan (format checks only, warn-only).

Stored form: upper case, no spaces, dots or hyphens, traditional province/suffix characters folded
to the simplified ones used on mainland plates (``粵B·12345`` → ``粤B12345``). ``plate_display``
re-inserts the grouping for screens and prints. Every format problem raises
``ValidationError(field, Rule.BAD_FORMAT, warning=True)``.

Formats (after normalisation):

* mainland (GA 36-2018): province + city letter (no I/O) + 5 letters/digits (no I/O), e.g.
  ``粤B12345``; or 4 + a special suffix 学 警 港 澳 挂 领 试 超 使 (``粤Z1234港``);
  new-energy plates have 8 characters: small vehicles D/F + letter-or-digit + 4 digits
  (``粤BD12345``, ``沪AFA1234``), large vehicles 5 digits + D/F (``粤B12345D``);
* Hong Kong: 1-2 letters (no I, O, Q) + 1-4 digits without a leading zero (``AB 1234``);
  personalised plates cannot be told from typos and only get the warning;
* Macau: ``MA-12-34`` and the newer two-letter series (``AA-12-34``);
* Taiwan: two groups of 2-4 letters/digits (``ABC-1234``, ``1234-AB``); without a hyphen, one
  letter run and one digit run are accepted (``ABC1234``).

Two-letter + four-digit plates (``AB1234``) fit Hong Kong, Macau and Taiwan alike: the typed
grouping decides (``AB-12-34`` Macau, ``AB-1234`` Taiwan), then ``prefer`` (the site's region), then
the order Hong Kong, Macau, Taiwan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from app.errors import Rule, ValidationError
from app.validation.normalize import fold_for_search, normalize_code


class PlateRegion(StrEnum):
    MAINLAND = "mainland"
    HK = "hk"
    MACAU = "macau"
    TAIWAN = "taiwan"
    OTHER = "other"  # never returned by validate_plate: for values saved after a warning


@dataclass(frozen=True, slots=True)
class PlateCheck:
    normalized: str  # "粤B12345"
    region: PlateRegion
    new_energy: bool
    display: str  # "粤B·12345"


PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
SPECIAL_SUFFIXES = "学警港澳挂领试超使"
# Traditional (and variant) forms typed on HK/Macau/Taiwan input methods → the characters on plates.
TRADITIONAL_TO_SIMPLIFIED = str.maketrans(
    {
        "滬": "沪", "遼": "辽", "魯": "鲁", "蘇": "苏", "贛": "赣", "貴": "贵", "粵": "粤",
        "寧": "宁", "瓊": "琼", "陝": "陕", "陜": "陕", "閩": "闽", "雲": "云", "晉": "晋",
        "學": "学", "掛": "挂", "領": "领", "試": "试",
    }
)  # fmt: skip

_L = "A-HJ-NP-Z"  # letters used on mainland plates (no I, O)
_MAINLAND = re.compile(
    rf"[{PROVINCES}][{_L}](?:"
    rf"(?P<ordinary>[{_L}0-9]{{5}})"
    rf"|(?P<special>[{_L}0-9]{{4}}[{SPECIAL_SUFFIXES}])"
    rf"|(?P<small_nev>[DF][{_L}0-9][0-9]{{4}})"
    rf"|(?P<large_nev>[0-9]{{5}}[DF])"
    r")",
    re.ASCII,
)
_HK = re.compile(r"([A-HJ-NPR-Z]{1,2})([1-9][0-9]{0,3})", re.ASCII)
_MACAU = re.compile(r"[A-Z]{2}[0-9]{4}", re.ASCII)
_MACAU_TYPED = re.compile(r"[A-Z]{2}-[0-9]{2}-[0-9]{2}", re.ASCII)
_TAIWAN_TYPED = re.compile(r"([A-Z0-9]{2,4})-([A-Z0-9]{2,4})", re.ASCII)
_TAIWAN_RUNS = re.compile(r"([A-Z]{2,4})([0-9]{2,4})|([0-9]{2,4})([A-Z]{2,4})", re.ASCII)
_DEFAULT_ORDER = (PlateRegion.HK, PlateRegion.MACAU, PlateRegion.TAIWAN)


def normalize_plate(raw: str, field: str = "plate") -> str:
    """Canonical stored form of a plate (also for a value saved after a warning)."""
    return normalize_code(raw, field).translate(TRADITIONAL_TO_SIMPLIFIED)


def _taiwan_split(normalized: str) -> tuple[str, str] | None:
    match = _TAIWAN_RUNS.fullmatch(normalized)
    if match is None:
        return None
    first, second = (match[1], match[2]) if match[1] else (match[3], match[4])
    return first, second


def plate_display(normalized: str, region: PlateRegion | str) -> str:
    """Readable grouping of a stored plate (``粤B·12345``, ``AB 1234``, ``MA-12-34``,
    ``ABC-1234``); total: anything unexpected comes back unchanged."""
    if region == PlateRegion.MAINLAND and _MAINLAND.fullmatch(normalized):
        return f"{normalized[:2]}·{normalized[2:]}"
    if region == PlateRegion.HK and (match := _HK.fullmatch(normalized)):
        return f"{match[1]} {match[2]}"
    if region == PlateRegion.MACAU and _MACAU.fullmatch(normalized):
        return f"{normalized[:2]}-{normalized[2:4]}-{normalized[4:]}"
    if region == PlateRegion.TAIWAN and (parts := _taiwan_split(normalized)):
        return "-".join(parts)
    return normalized


def _mainland(value: str) -> PlateCheck | None:
    match = _MAINLAND.fullmatch(value)
    if match is None:
        return None
    new_energy = match["small_nev"] is not None or match["large_nev"] is not None
    display = plate_display(value, PlateRegion.MAINLAND)
    return PlateCheck(value, PlateRegion.MAINLAND, new_energy, display)


def _taiwan(value: str, typed: str) -> PlateCheck | None:
    match = _TAIWAN_TYPED.fullmatch(typed)
    if match is not None:
        has_letter = any(ch.isalpha() for ch in value)
        has_digit = any(ch.isdigit() for ch in value)
        if has_letter and has_digit:
            return PlateCheck(value, PlateRegion.TAIWAN, False, f"{match[1]}-{match[2]}")
        return None
    if "-" in typed or _taiwan_split(value) is None:
        return None
    return PlateCheck(value, PlateRegion.TAIWAN, False, plate_display(value, PlateRegion.TAIWAN))


def _simple(value: str, region: PlateRegion, pattern: re.Pattern[str]) -> PlateCheck | None:
    if pattern.fullmatch(value) is None:
        return None
    return PlateCheck(value, region, False, plate_display(value, region))


def _region_or_none(value: PlateRegion | str | None, field: str) -> PlateRegion | None:
    if value is None:
        return None
    try:
        return PlateRegion(value)
    except ValueError:
        raise ValidationError(field, Rule.CHOICE, {"choices": [r.value for r in PlateRegion]}) from None


def validate_plate(raw: str, field: str = "plate", *, prefer: PlateRegion | str | None = None) -> PlateCheck:
    """Check and normalise a plate; ``prefer`` (the site's region) breaks HK/Macau/Taiwan ties.

    Raises ``ValidationError(field, rule)``: ``INVISIBLE_CHARS``/``CONTROL_CHARS``, ``REQUIRED``
    (blank), or ``BAD_FORMAT`` with ``warning=True``.
    """
    preferred = _region_or_none(prefer, field)
    value = normalize_plate(raw, field)
    if not value:
        raise ValidationError(field, Rule.REQUIRED)
    mainland = _mainland(value)
    if mainland is not None:
        return mainland
    typed = normalize_code(raw, field, keep_hyphens=True).strip("-")
    found = {
        PlateRegion.HK: _simple(value, PlateRegion.HK, _HK),
        PlateRegion.MACAU: _simple(value, PlateRegion.MACAU, _MACAU),
        PlateRegion.TAIWAN: _taiwan(value, typed),
    }
    candidates = {region: check for region, check in found.items() if check is not None}
    if not candidates:
        raise ValidationError(field, Rule.BAD_FORMAT, warning=True)
    if _MACAU_TYPED.fullmatch(typed) and PlateRegion.MACAU in candidates:
        return candidates[PlateRegion.MACAU]
    if preferred is not None and preferred in candidates:
        return candidates[preferred]
    if "-" in typed and PlateRegion.TAIWAN in candidates:
        return candidates[PlateRegion.TAIWAN]
    return next(candidates[region] for region in _DEFAULT_ORDER if region in candidates)


# Letters never used on mainland, HK or Taiwan plates, typed for the digits they look like.
_LOOKALIKES = str.maketrans({"O": "0", "I": "1"})


def plate_search_key(text: str) -> str:
    """Key for plate fragment search, applied alike to stored plates and to what is typed.

    Total (never raises): NFKC, upper case, letters/digits/CJK only, traditional characters folded,
    ``O``→``0`` and ``I``→``1`` (letters plates avoid because they look like digits).
    """
    return fold_for_search(text).translate(TRADITIONAL_TO_SIMPLIFIED).translate(_LOOKALIKES)
