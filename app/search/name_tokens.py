"""Name keys for fragment search: a folded name, its FTS5 tokens, and a safe FTS5 phrase query.

SQLite 3.40's trigram tokenizer never matches fewer than 3 characters and its ``LIKE`` silently
finds nothing (docs/traps.md, 4), yet most Chinese names have 2–3 characters and a guard types 1–2.
What works: an FTS5 table with the ``unicode61`` tokenizer over the name split into one token per
Chinese character, queried with a phrase — 陈大文 is stored as ``陈 大 文`` and 大文 is searched as
``"大 文"``. Latin words stay whole (``john smith``) and the last word of a query is a prefix
(``"john smi"*``), so a guard can stop typing early.

Both sides go through the same folding (width, Traditional → Simplified, case), so 陳/陈 and
ＪＯＨＮ/john meet.
"""

from __future__ import annotations

import unicodedata

from app.search.script_fold import fold_script
from app.text import INVISIBLE_CHARS, fold_width

MAX_NAME_CHARS = 100  # longer input is cut: a name field holds 60, a search box needs far fewer


def _is_separate_char(char: str) -> bool:
    """Characters of scripts written without spaces (Han, kana, Hangul…): one token each."""
    return unicodedata.category(char) == "Lo"


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LNM"


def name_search_key(name: str) -> str:
    """``name`` folded for comparison: NFC, half-width, Simplified, case-folded, spaces collapsed.

    Invisible and control characters are removed. 陳 大文 → ``陈 大文``; ＪＯＨＮ → ``john``.
    """
    text = unicodedata.normalize("NFC", fold_width(name[: MAX_NAME_CHARS * 2]))
    text = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch not in INVISIBLE_CHARS and (ch.isspace() or unicodedata.category(ch)[0] != "C")
    )
    return " ".join(fold_script(text).casefold().split())[:MAX_NAME_CHARS]


def _tokens(key: str) -> list[str]:
    tokens: list[str] = []
    word: list[str] = []
    for ch in key:
        if _is_separate_char(ch):
            if word:
                tokens.append("".join(word))
                word = []
            tokens.append(ch)
        elif _is_word_char(ch) and (word or not unicodedata.category(ch).startswith("M")):
            word.append(ch)  # a combining mark only continues a word
        elif word:
            tokens.append("".join(word))
            word = []
    if word:
        tokens.append("".join(word))
    return tokens


def name_fts_tokens(name: str) -> str:
    """The text to store in the FTS5 (``unicode61``) column: 陳大文 → ``陈 大 文``.

    One token per Chinese (or other space-less script) character, Latin words and digit runs kept
    whole and lower-cased, punctuation and symbols dropped: ``李John·Smith`` → ``李 john smith``.
    """
    return " ".join(_tokens(name_search_key(name)))


def fts_phrase_query(fragment: str) -> str:
    """A safe FTS5 ``MATCH`` expression finding names that contain ``fragment``.

    The folded tokens of ``fragment`` as one phrase (``"陈 大"``); when it ends with a Latin word
    or digits, that last token is a prefix (``"john sm"*``). User text can never act as FTS5
    syntax: only letters, digits and marks reach the phrase, inside double quotes (doubled if
    any). A fragment without any letter or digit gives ``'""'``, which matches nothing; callers
    should skip the lookup instead (``SearchQuery.name_fragment`` is then ``None``).
    """
    tokens = _tokens(name_search_key(fragment))
    if not tokens:
        return '""'
    phrase = '"' + " ".join(t.replace('"', '""') for t in tokens) + '"'
    return phrase if _is_separate_char(tokens[-1][-1]) else phrase + "*"
