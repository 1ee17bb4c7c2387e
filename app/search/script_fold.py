"""Fold Traditional Chinese and common glyph variants to Simplified, one character at a time.

A visitor registered in Hong Kong as 陳大文 must be found by a guard typing 陈大文, and the other
way round: both sides of every comparison go through ``fold_script``. The fold is a search key,
never something to show: it merges characters on purpose (鍾 and 鐘 both become 钟, 乾 becomes
干), which may find a few extra people but never misses one written in the other script.

The table (``_t2s_table.py``, ≈4,250 pairs, generated from the OpenCC dictionaries) is loaded on the
first call.
"""

from __future__ import annotations

from functools import cache


@cache
def _table() -> dict[int, str]:
    from app.search._t2s_table import PAIRS

    return {ord(src): dst for src, dst in zip(PAIRS[0::2], PAIRS[1::2], strict=True)}


def fold_script(text: str) -> str:
    """``text`` with every Traditional/variant Chinese character replaced by its Simplified form.

    Other characters are left exactly as they are; the length never changes; idempotent.
    """
    return text.translate(_table())


def fold_char(char: str) -> str:
    """The Simplified form of one character (the character itself when it has none)."""
    return _table().get(ord(char), char)
