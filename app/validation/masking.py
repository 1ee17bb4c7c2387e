"""Masked forms of personal data for screens, prints and exports.

Every function here is total: it never raises, and a value it does not recognise is masked *more*,
not less (fully, for short values and for odd-shaped numbers of checksummed document types). The
mask character is ``*``, one per hidden character, so printed columns keep their width.

Examples (each one is in the test tables):

* ``mask_id(MAINLAND_ID, "440305199003071236")`` → ``440***********1236`` (first 3, last 4);
* ``mask_id(HK_ID, "Z683365A")`` → ``Z****65(A)`` (letters, last 2 digits, check digit);
* ``mask_id(TAIWAN_ID, "A123456789")`` → ``A1*****789`` (first 2, last 3);
* ``mask_id(MACAU_ID, "15123457")`` → ``1*****5(7)``;
* other documents show at most 40 % of the characters, at most 2 in front and 3 at the end:
  ``mask_id(PASSPORT, "E12345678")`` → ``E******78``;
* ``mask_phone("+8613812345678")`` → ``+86 138****5678``, with ``home=MAINLAND`` ``138****5678``;
  ``mask_phone("+85291234567")`` → ``+852 9***4567``;
* ``mask_name("張三豐")`` → ``張*豐``, ``mask_name("張三")`` → ``張*``, ``mask_name("John Smith")``
  → ``J*** S****``.
"""

from __future__ import annotations

import re

from app.validation.ids import CHECKSUMMED_TYPES, IdType
from app.validation.phones import PhoneRegion, display_phone

MASK = "*"
MAX_REVEALED_SHARE = 0.4
GENERIC_HEAD_MAX = 2
GENERIC_TAIL_MAX = 3
PHONE_TAIL = 4

_MAINLAND = re.compile(r"[0-9]{17}[0-9X]", re.ASCII)
_HK = re.compile(r"([A-Z]{1,2})([0-9]{6})([0-9A])", re.ASCII)
_TAIWAN = re.compile(r"[A-Z][1289A-D][0-9]{8}", re.ASCII)
_MACAU = re.compile(r"[157][0-9]{7}", re.ASCII)


def _keep(value: str, head: int, tail: int) -> str:
    """``value`` with all but ``head`` leading and ``tail`` trailing characters masked."""
    hidden = len(value) - head - tail
    if head < 0 or tail < 0 or hidden <= 0:
        return MASK * len(value)
    return value[:head] + MASK * hidden + value[len(value) - tail :]


def mask_generic(value: str) -> str:
    """At most 40 % of the characters shown (≤ 2 leading, ≤ 3 trailing); values under 5 characters
    are masked fully."""
    budget = int(len(value) * MAX_REVEALED_SHARE)
    if budget < 2:
        return MASK * len(value)
    head = min(GENERIC_HEAD_MAX, max(1, budget // 2))
    tail = min(GENERIC_TAIL_MAX, budget - head)
    return _keep(value, head, tail)


def _mask_typed(kind: IdType, value: str) -> str | None:
    if kind is IdType.MAINLAND_ID and _MAINLAND.fullmatch(value):
        return _keep(value, 3, 4)
    if kind is IdType.HK_ID and (match := _HK.fullmatch(value)):
        prefix, digits, check = match.groups()
        return f"{prefix}{MASK * 4}{digits[4:]}({check})"
    if kind is IdType.TAIWAN_ID and _TAIWAN.fullmatch(value):
        return _keep(value, 2, 3)
    if kind is IdType.MACAU_ID and _MACAU.fullmatch(value):
        return f"{_keep(value[:7], 1, 1)}({value[7]})"
    return None


def mask_id(id_type: IdType | str, normalized: str) -> str:
    """Masked document number for display; total."""
    try:
        kind = IdType(id_type)
    except ValueError:
        return mask_generic(normalized)
    masked = _mask_typed(kind, normalized)
    if masked is not None:
        return masked
    if kind in CHECKSUMMED_TYPES:
        return MASK * len(normalized)
    return mask_generic(normalized)


def _mask_phone_number(number: str) -> str:
    size = len(number)
    if size >= 10:
        return _keep(number, 3, PHONE_TAIL)
    if size >= 8:
        return _keep(number, 1, PHONE_TAIL)
    return _keep(number, 0, size // 3)


def mask_phone(normalized: str, *, home: PhoneRegion | None = None) -> str:
    """Masked phone: the last 4 digits and a short head stay visible; total.

    Numbers of the ``home`` region are shown as dialled locally (``138****5678``), others with
    their country code (``+852 9***4567``). Values shorter than 8 characters keep at most a third.
    """
    prefix, number = display_phone(normalized, home=home)
    if normalized and not number:  # nothing but a prefix ("+", "+852"): show only the mask
        return MASK * len(normalized)
    return prefix + _mask_phone_number(number)


def _mask_word(word: str) -> str:
    return MASK if len(word) <= 1 else word[0] + MASK * (len(word) - 1)


def mask_name(name: str) -> str:
    """Masked person name for public prints; total.

    A name without spaces (Chinese) keeps its first and, from 3 characters on, its last
    character: ``張*``, ``張*豐``, ``歐**娜``; a one-character name is fully masked. A name with
    spaces keeps the first letter of each word: ``J*** S****``.
    """
    words = name.split()
    if len(words) > 1:
        return " ".join(_mask_word(word) for word in words)
    if not words:
        return ""
    word = words[0]
    if len(word) <= 2:
        return _mask_word(word)
    return _keep(word, 1, 1)
