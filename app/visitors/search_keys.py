"""The search keys of a visitor, stored in ``visitor_key`` (one row per key), and the key a typed
query looks up. Pure functions: the service, the demo generator and the tests share them.

Why not FTS5: SQLite 3.40's trigram tokenizer never matches 1–2 characters (docs/traps.md, 4) and
FTS5 does not exist on PostgreSQL. Chinese names are 2–4 characters, so every 1- and 2-character
fragment of a name is stored as a key of its own (陈大文 → 陈 大 文 陈大 大文: five keys), and a
fragment is an *equality* look-up on a B-tree index ``(key, seen)`` that both databases walk
newest-first and stop after 20 rows. Longer fragments look up their first two characters and keep
the names that contain the whole fragment.

Key prefixes: ``n:`` name character or character pair (folded to Simplified, so 陳 and 陈 meet),
``w:`` a Latin word of a name, ``p:`` pinyin (full and initials, with polyphone variants), ``l:`` a
plate suffix of 2+ characters (so any fragment is a prefix of some suffix).
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from app.search import name_search_key, pinyin_search_keys
from app.validation import plate_search_key, split_phone

NAME = "n:"
WORD = "w:"
PINYIN = "p:"
PLATE = "l:"
MIN_PLATE_FRAGMENT = 2
MIN_PINYIN = 2
MAX_KEY_CHARS = 78  # the column holds 80


def _is_separate(ch: str) -> bool:
    """Characters written without spaces (Han, kana, Hangul): each one is a token."""
    return unicodedata.category(ch) == "Lo"


def compact(key: str) -> str:
    return key.replace(" ", "")


def split_name_key(key: str) -> tuple[str, list[str]]:
    """A folded name key as (its space-less characters in order, its other words)."""
    han: list[str] = []
    words: list[str] = []
    word: list[str] = []
    for ch in key:
        if _is_separate(ch):
            han.append(ch)
            if word:
                words.append("".join(word))
                word = []
        elif ch.isalnum():
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return "".join(han), words


def name_keys(name: str) -> set[str]:
    key = name_search_key(name)
    han, words = split_name_key(key)
    keys = {NAME + ch for ch in han}
    keys.update(NAME + han[i : i + 2] for i in range(len(han) - 1))
    keys.update(WORD + w for w in words)
    keys.update(PINYIN + p for p in pinyin_search_keys(name))
    return {k[:MAX_KEY_CHARS] for k in keys}


def plate_keys(plate: str | None) -> set[str]:
    if not plate:
        return set()
    key = plate_search_key(plate)
    return {(PLATE + key[i:])[:MAX_KEY_CHARS] for i in range(len(key) - MIN_PLATE_FRAGMENT + 1)}


def visitor_keys(name: str | None, plate: str | None) -> set[str]:
    return (name_keys(name) if name else set()) | plate_keys(plate)


def seen_rank(instant: datetime) -> int:
    """A last visit as the ``visitor_key.seen`` integer (Unix seconds): orders newest first."""
    return int(instant.timestamp())


def national_digits(phone: str | None) -> str | None:
    """The digits after the country code (``+85291234567`` → ``91234567``): what a guard types."""
    if not phone:
        return None
    digits = "".join(ch for ch in split_phone(phone)[2] if ch.isdigit())
    return digits or None


def reversed_digits(phone: str | None) -> str | None:
    digits = "".join(ch for ch in phone or "" if ch.isdigit())
    return digits[::-1] or None


# -- what a query looks up -------------------------------------------------------------------------
def name_lookup(fragment: str) -> tuple[str, str | None, bool] | None:
    """For a folded name fragment: (key, text every matching name's space-less key must contain or
    None, is_prefix).

    ``is_prefix`` says ``key`` is a prefix to range over (a Latin word being typed) rather than an
    exact key. None when the fragment cannot be looked up (a single Latin letter matches too much).
    """
    han, words = split_name_key(fragment)
    whole = compact(fragment)
    if han:
        key = NAME + han[:2]
        must = whole if whole != han[:2] else None
        return key, must, False
    if not words or (len(words) == 1 and len(words[0]) < MIN_PINYIN):
        return None
    if len(words) == 1:
        return WORD + words[0], None, True
    return WORD + words[0], whole, False


def pinyin_lookup(letters: str) -> str | None:
    return PINYIN + letters if len(letters) >= MIN_PINYIN else None


def plate_lookup(fragment: str) -> str | None:
    key = plate_search_key(fragment)
    return PLATE + key if len(key) >= MIN_PLATE_FRAGMENT else None
