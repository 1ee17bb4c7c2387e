"""Pure search keys for finding a returning visitor from one search box. No Qt, no database.

* ``script_fold``: Traditional/variant → Simplified per character (陳 → 陈, 峯 → 峰).
* ``pinyin_keys``: full pinyin and initials with surname readings and polyphone variants.
* ``name_tokens``: the folded name, its FTS5 ``unicode61`` tokens and a safe phrase query.
* ``query``: ``classify`` says which lookups the typed text can mean.

Importing this package is cheap: the character table and pypinyin load on first use.
"""

from __future__ import annotations

from app.search.name_tokens import fts_phrase_query, name_fts_tokens, name_search_key
from app.search.pinyin_keys import (
    pinyin_full,
    pinyin_initials,
    pinyin_search_keys,
    pinyin_variants,
    warm_up,
)
from app.search.query import SearchQuery, classify, clean_query, plate_key, prefix_range
from app.search.script_fold import fold_char, fold_script

__all__ = [
    "SearchQuery",
    "classify",
    "clean_query",
    "fold_char",
    "fold_script",
    "fts_phrase_query",
    "name_fts_tokens",
    "name_search_key",
    "pinyin_full",
    "pinyin_initials",
    "pinyin_search_keys",
    "pinyin_variants",
    "plate_key",
    "prefix_range",
    "warm_up",
]
