"""Pure search keys for finding a returning visitor from one search box. No Qt, no database.

* ``script_fold``: Traditional/variant → Simplified per character (陳 → 陈, 峯 → 峰).
* ``pinyin_keys``: full pinyin and initials with surname readings and polyphone variants.
* ``name_tokens``: the folded name, its FTS5 ``unicode61`` tokens and a safe phrase query.
* ``query``: ``classify`` says which lookups the typed text can mean.

Importing this package is cheap: the character table and pypinyin load on first use.

How a visitors service uses it (figures: ``bench/search_keys_fts.py``, 1,000,000 names):

* store ``name_search_key(name)`` (folded name) and put ``name_fts_tokens(name)`` in an FTS5
  table ``USING fts5(tokens, tokenize='unicode61')`` with rowid = visitor id; look up
  ``MATCH fts_phrase_query(q.name_fragment)`` with ``ORDER BY rowid DESC LIMIT n``;
* store every ``pinyin_search_keys(name)`` in a (key, visitor_id) table indexed on both and
  look up ``key >= low AND key < high`` with ``prefix_range(q.pinyin)``;
* store phone digits reversed to find a phone tail by ``prefix_range(q.phone_digits[::-1])``,
  and ``plate_key(plate)`` for plates;
* recompute all keys when a name changes; keys are derived data, never shown.
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
