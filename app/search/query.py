"""What the guard typed into the one search box, and which lookups it can mean.

``classify`` never refuses input: full-width text is folded, invisible and control characters are
dropped, and whatever remains is offered to every lookup it fits. Several may apply at once:

=============  ==========================================================================
``1234``       phone tail (last 4 digits) and plate fragment
``abc``        name fragment (Latin), pinyin and plate fragment
``zs``         pinyin initials (and, harmlessly, a Latin name and a plate fragment)
``陳``         name fragment ``陈``
``粤B12``      plate fragment
``V-000123``   pass number (and plate fragment ``V000123``)
=============  ==========================================================================
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.search.name_tokens import name_search_key
from app.search.script_fold import fold_script
from app.text import INVISIBLE_CHARS, fold_width

MAX_QUERY_CHARS = 60
PINYIN_MAX = 30
PHONE_MIN, PHONE_MAX = 3, 15
PLATE_MAX_ALNUM = 8

# Mainland plate province / region abbreviations, in the Simplified form fold_script gives.
PROVINCES = frozenset("京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼")
# Characters that may end a plate: 学 (driving school), 警, 挂 (trailer), 港/澳 (cross-border),
# 领/使 (consulate / embassy), 试, 超, 应急.
PLATE_SUFFIXES = frozenset("学警挂港澳领使试超应急")
# Separators people put inside phone numbers and plates.
_SEPARATORS = re.compile(r"[\s\-_.·•・/()（）+]")
_PHONE = re.compile(r"\d+")
_PINYIN = re.compile(r"[a-z]+")
_PLATE_BODY = re.compile(r"[A-Z0-9]+")
# A pass number: letters, a dash, digits (V-000123); without the dash, at least 6 digits, so that
# a plate fragment such as B123 is not taken for one.
_PASS = re.compile(r"([A-Z]{1,4})(?:[-_ ](\d{3,12})|(\d{6,12}))")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """The lookups that apply to one search text; ``None`` means "not this kind of lookup"."""

    text: str = ""
    """The cleaned text: half-width, without invisible characters, spaces collapsed."""
    name_fragment: str | None = None
    """Folded name text (``陈大``, ``john sm``): give it to ``fts_phrase_query``."""
    pinyin: str | None = None
    """Lower-case ASCII letters (``zs``, ``zhangs``): a prefix of a stored pinyin key."""
    phone_digits: str | None = None
    """3–15 digits with separators removed: part of a phone number."""
    phone_last4: bool = False
    """``phone_digits`` is exactly 4 digits: most likely the end of a phone number."""
    plate_fragment: str | None = None
    """Upper-case plate text with an optional leading province (``粤B12``, ``B1234``, ``1234``)."""
    pass_number: str | None = None
    """A pass / badge number as ``PREFIX-DIGITS`` (``V-000123``), typed or scanned."""

    @property
    def is_empty(self) -> bool:
        """Nothing to look up (blank input, or only symbols)."""
        return not (self.name_fragment or self.pinyin or self.phone_digits or self.plate_fragment or self.pass_number)


def clean_query(text: str) -> str:
    """Half-width, NFC, no invisible/control characters, spaces collapsed, at most 60 chars."""
    text = unicodedata.normalize("NFC", fold_width(text[: MAX_QUERY_CHARS * 4]))
    kept = (
        " " if ch.isspace() else ch
        for ch in text
        if ch not in INVISIBLE_CHARS and (ch.isspace() or unicodedata.category(ch)[0] != "C")
    )
    return " ".join("".join(kept).split())[:MAX_QUERY_CHARS]


def _pinyin(text: str) -> str | None:
    letters = text.lower().replace(" ", "").replace("'", "")
    if 1 <= len(letters) <= PINYIN_MAX and _PINYIN.fullmatch(letters) and letters.isascii():
        return letters
    return None


def _phone(text: str) -> str | None:
    digits = _SEPARATORS.sub("", text)
    if PHONE_MIN <= len(digits) <= PHONE_MAX and digits.isascii() and _PHONE.fullmatch(digits):
        return digits
    return None


def plate_key(plate: str) -> str:
    """A plate (or a fragment of one) as stored and searched: ``粵 b·12345`` → ``粤B12345``.

    Half-width, separators and spaces removed, Latin letters upper-cased, Chinese folded to
    Simplified. Use it for the stored plate column too, so fragments compare equal.
    """
    text = fold_script(fold_width(unicodedata.normalize("NFC", plate)))
    return _SEPARATORS.sub("", text).upper()


def _plate(text: str) -> str | None:
    key = plate_key(text)
    body = key
    if body and body[0] in PROVINCES:
        body = body[1:]
    if body and body[-1] in PLATE_SUFFIXES:
        body = body[:-1]
    if not body or not body.isascii() or not _PLATE_BODY.fullmatch(body):
        return None
    if len(body) > PLATE_MAX_ALNUM or len(key) < 2:
        return None
    return key


def _pass_number(text: str) -> str | None:
    match = _PASS.fullmatch(text.upper())
    if match and text.isascii():
        return f"{match.group(1)}-{match.group(2) or match.group(3)}"
    return None


def _name(text: str) -> str | None:
    if any(ch.isdigit() for ch in text):
        return None  # names have no digits; digits mean a phone, a plate or a pass
    if not any(unicodedata.category(ch)[0] == "L" for ch in text):
        return None
    return name_search_key(text) or None


def prefix_range(prefix: str) -> tuple[str, str]:
    """``(low, high)`` such that ``low <= key < high`` holds exactly for keys starting with
    ``prefix`` under SQLite's BINARY collation: an index range scan, unlike ``LIKE 'zs%'``.

    ``prefix_range("zs") == ("zs", "zt")``. Use it for pinyin keys, reversed phone digits (phone
    tails) and plate keys.
    """
    if not prefix:
        raise ValueError("prefix_range needs a non-empty prefix")
    return prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)


def classify(text: str) -> SearchQuery:
    """Say which lookups apply to ``text``. Never raises; blank input gives an empty query."""
    cleaned = clean_query(text)
    if not cleaned:
        return SearchQuery()
    phone = _phone(cleaned)
    return SearchQuery(
        text=cleaned,
        name_fragment=_name(cleaned),
        pinyin=_pinyin(cleaned),
        phone_digits=phone,
        phone_last4=phone is not None and len(phone) == 4,
        plate_fragment=_plate(cleaned),
        pass_number=_pass_number(cleaned),
    )
