"""Pinyin search keys for a person's name: full pinyin (``zhangsan``) and initials (``zs``).

* Toneless, lower case, no separators, ``ü`` written ``v`` (吕 → ``lv``); only ``[a-z0-9]``.
* The first one or two characters are read as a surname when they are in the surname table
  (曾 → ``zeng``, 单 → ``shan``, 欧阳 → ``ouyang``, 尉遲 → ``yuchi``): the surname reading wins.
* Latin words are kept whole and lower-cased (``John Smith`` → ``johnsmith`` / ``js``), digits are
  kept, accents dropped (``José`` → ``jose``), other symbols dropped.
* Any other first character is read as a surname too: one reading, its usual one (陳 is ``chen``,
  never ``zhen``).
* Polyphonic characters in the given name also give alternative keys (张长弓 →
  ``zhangzhanggong`` and ``zhangchanggong``): ``pinyin_variants`` and ``pinyin_search_keys``.

Every key has one syllable or word per initial, so ``len(initials) <= len(name)``.

pypinyin is imported on the first call (its dictionaries take ≈ 0.2 s to load); the program can warm
it up in the background with ``warm_up()``.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from app.search.script_fold import fold_char

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

MAX_VARIANTS = 8
_READINGS_PER_CHAR = 2  # a given-name character's usual reading and its next most common one
_MAX_SYLLABLES = 40  # names are short; bounds the work for pasted junk

# One reading: the syllables (or Latin words / digit runs) of a slot.
Reading = tuple[str, ...]
# One slot: the alternative readings of one token or of a compound surname, usual reading first.
Slot = tuple[Reading, ...]


def _is_han(char: str) -> bool:
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0xF900 <= code <= 0xFAFF
        or 0x20000 <= code <= 0x323AF
        or code == 0x3007  # 〇
    )


@cache
def _pypinyin() -> tuple[Callable[..., list[str]], Callable[..., list[list[str]]], Any]:
    from pypinyin import Style, lazy_pinyin, pinyin

    return lazy_pinyin, pinyin, Style.NORMAL


def warm_up() -> None:
    """Load pypinyin's dictionaries now (e.g. in a background thread at start-up)."""
    pinyin_full("张三")


def _ascii_letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum()).lower()


@cache
def _char_readings(char: str) -> Reading:
    """The toneless readings of one character out of context, usual one first (may be empty)."""
    _, pinyin, normal = _pypinyin()
    readings: list[str] = []
    for candidate in (char, fold_char(char)):
        for raw in pinyin(candidate, style=normal, heteronym=True, errors=lambda _: [])[:1]:
            for item in raw:
                syllable = _ascii_letters(item)
                if syllable and syllable not in readings:
                    readings.append(syllable)
        if readings:
            break
    return tuple(readings)


def _run_primary(run: str) -> list[str]:
    """Usual reading of each character of a run of Han characters (phrase-aware), '' if unknown."""
    lazy_pinyin, _, normal = _pypinyin()
    out = lazy_pinyin(run, style=normal, errors=lambda chars: [""] * len(chars))
    if len(out) != len(run):  # never seen; keep the one-syllable-per-character promise anyway
        out = [(_char_readings(ch) or ("",))[0] for ch in run]
    primary = []
    for ch, syllable in zip(run, out, strict=True):
        clean = _ascii_letters(syllable)
        if not clean:
            readings = _char_readings(ch)
            clean = readings[0] if readings else ""
        primary.append(clean)
    return primary


@cache
def _surname_tables() -> tuple[dict[str, tuple[Reading, ...]], dict[str, tuple[Reading, ...]]]:
    from app.search._surnames import COMPOUND, SINGLE

    def parse(text: str) -> dict[str, tuple[Reading, ...]]:
        table: dict[str, tuple[Reading, ...]] = {}
        for line in text.strip().splitlines():
            *forms, readings = line.split()
            parsed = tuple(tuple(alt.split("-")) for alt in readings.split("|"))
            for form in forms:
                table[form] = parsed
        return table

    return parse(SINGLE), parse(COMPOUND)


def _tokens(name: str) -> list[tuple[str, str]]:
    """Split ``name`` into ("han", char) and ("word", ascii-alnum) tokens; symbols end words."""
    tokens: list[tuple[str, str]] = []
    word: list[str] = []
    for ch in name:
        if _is_han(ch):
            if word:
                tokens.append(("word", "".join(word)))
                word = []
            tokens.append(("han", ch))
            continue
        letters = _ascii_letters(ch)
        if letters:
            word.append(letters)
        elif unicodedata.category(ch).startswith("M"):
            continue  # a combining accent belongs to the word it follows
        elif word:
            tokens.append(("word", "".join(word)))
            word = []
    if word:
        tokens.append(("word", "".join(word)))
    return tokens[:_MAX_SYLLABLES]


def _given_slots(chars: str, usual: list[str]) -> list[Slot]:
    slots: list[Slot] = []
    for ch, primary in zip(chars, usual, strict=True):
        alternatives = [primary] if primary else []
        for reading in _char_readings(ch):
            if len(alternatives) >= _READINGS_PER_CHAR:
                break
            if reading not in alternatives:
                alternatives.append(reading)
        slots.append(tuple((r,) for r in alternatives) or (("",),))
    return slots


def _surname_slot(run: str, usual: list[str]) -> tuple[Slot, int]:
    """The slot for the surname at the start of ``run`` and how many characters it takes.

    ``usual`` holds the run's usual (phrase-aware) readings, one per character.
    """
    single, compound = _surname_tables()
    if len(run) >= 2 and run[:2] in compound:
        readings = list(compound[run[:2]])
        # The other way to read it: a single surname followed by a given name (長孫 → chang sun).
        first = single[run[0]][0] if run[0] in single else _char_readings(run[0])[:1]
        split = (*first, *_char_readings(run[1])[:1])
        if len(split) == 2 and split not in readings:
            readings.append(split)
        return tuple(readings), 2
    if run[0] in single:
        return single[run[0]], 1
    return ((usual[0],),), 1


def _slots(name: str) -> list[Slot]:
    slots: list[Slot] = []
    tokens = _tokens(name)
    i = 0
    while i < len(tokens):
        kind, text = tokens[i]
        if kind == "word":
            slots.append(((text,),))
            i += 1
            continue
        j = i
        while j < len(tokens) and tokens[j][0] == "han":
            j += 1
        run = "".join(t for _, t in tokens[i:j])
        usual = _run_primary(run)
        used = 0
        if i == 0:
            slot, used = _surname_slot(run, usual)
            slots.append(slot)
        slots.extend(_given_slots(run[used:], usual[used:]))
        i = j
    return slots


def _join(readings: Sequence[Reading]) -> tuple[str, str]:
    syllables = [s for reading in readings for s in reading if s]
    return "".join(syllables), "".join(s[0] for s in syllables)


def _choices(slots: list[Slot], limit: int) -> list[list[Reading]]:
    """Reading choices, the usual one first, then one changed slot, then two, … (at most limit)."""
    usual = [slot[0] for slot in slots]
    found = [usual]
    changeable = [(i, alt) for i, slot in enumerate(slots) for alt in slot[1:]]
    for count in range(1, len(slots) + 1):
        for combo in combinations(changeable, count):
            if len({i for i, _ in combo}) < count:
                continue
            choice = list(usual)
            for i, alt in combo:
                choice[i] = alt
            found.append(choice)
            if len(found) >= limit:
                return found
    return found


def pinyin_full(name: str) -> str:
    """Toneless full pinyin of ``name`` with the surname reading: 單田芳 → ``shantianfang``."""
    return _join([slot[0] for slot in _slots(name)])[0]


def pinyin_initials(name: str) -> str:
    """First letter of each syllable, Latin word or digit run: 張三 → ``zs``, John Smith → ``js``"""
    return _join([slot[0] for slot in _slots(name)])[1]


def pinyin_variants(name: str, limit: int = MAX_VARIANTS) -> tuple[str, ...]:
    """Distinct full-pinyin readings, ``pinyin_full(name)`` first, at most ``limit`` of them."""
    slots = _slots(name)
    out: list[str] = []
    for choice in _choices(slots, limit * 2):
        full = _join(choice)[0]
        if full not in out:
            out.append(full)
            if len(out) >= limit:
                break
    return tuple(out) if out and out != [""] else ()


def pinyin_search_keys(name: str, limit: int = MAX_VARIANTS) -> tuple[str, ...]:
    """Every key to index for ``name``: each variant's full pinyin and its initials, distinct.

    ``pinyin_full(name)`` comes first; at most ``2 * limit`` keys, empty for a name with no
    letters. A guard's pinyin input matches a visitor when it is a prefix of one of these keys.
    """
    slots = _slots(name)
    keys: list[str] = []
    variants = 0
    for choice in _choices(slots, limit * 2):
        full, initials = _join(choice)
        if not full or full in keys:
            continue
        keys.append(full)
        if initials not in keys:
            keys.append(initials)
        variants += 1
        if variants >= limit:
            break
    return tuple(keys)
