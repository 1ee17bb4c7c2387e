"""Name tokens for an FTS5 unicode61 table, and safe phrase queries (docs/traps.md, 4)."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.name_tokens import fts_phrase_query, name_fts_tokens, name_search_key
from app.search.script_fold import fold_script
from tests.app.search.names import make_names


def _fts_table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(tokens, tokenize='unicode61')")
    return conn


def _match(conn: sqlite3.Connection, fragment: str) -> set[int]:
    rows = conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts_phrase_query(fragment),))
    return {rowid for (rowid,) in rows}


@pytest.mark.parametrize(
    ("name", "key", "tokens"),
    [
        ("陳大文", "陈大文", "陈 大 文"),
        ("陈大文", "陈大文", "陈 大 文"),
        ("歐陽 娜娜", "欧阳 娜娜", "欧 阳 娜 娜"),
        ("  ＪＯＨＮ   Smith ", "john smith", "john smith"),
        ("李John·Smith", "李john·smith", "李 john smith"),
        ("O'Brien", "o'brien", "o brien"),
        ("佐々木", "佐々木", "佐 々 木"),
        ("張\u200b三\x07", "张三", "张 三"),
        ("王2号", "王2号", "王 2 号"),
        ("", "", ""),
    ],
)
def test_search_key_and_tokens(name: str, key: str, tokens: str) -> None:
    assert name_search_key(name) == key
    assert name_fts_tokens(name) == tokens


@pytest.mark.parametrize(
    ("fragment", "query"),
    [
        ("陳", '"陈"'),
        ("大文", '"大 文"'),
        ("陳大文", '"陈 大 文"'),
        ("john sm", '"john sm"*'),
        ("李J", '"李 j"*'),
        ('"', '""'),
        ("", '""'),
        ('大"文', '"大 文"'),
        ("AND", '"and"*'),
        ("NEAR(陈", '"near 陈"'),
        ("陈*", '"陈"'),
        ("-陈", '"陈"'),
        ("tokens:陈", '"tokens 陈"'),
        ("^陈", '"陈"'),
    ],
)
def test_phrase_query_neutralises_fts_syntax(fragment: str, query: str) -> None:
    assert fts_phrase_query(fragment) == query


@pytest.fixture(scope="module")
def fts_names() -> Iterator[tuple[sqlite3.Connection, list[str]]]:
    rng = random.Random(11)
    names = make_names(3000)
    # store every other name in Simplified, as a mainland clerk would have typed it
    stored = [fold_script(n) if rng.random() < 0.5 else n for n in names]
    conn = _fts_table()
    conn.executemany(
        "INSERT INTO t(rowid, tokens) VALUES (?, ?)",
        [(i, name_fts_tokens(n)) for i, n in enumerate(stored)],
    )
    yield conn, names
    conn.close()


@pytest.mark.parametrize("length", [1, 2, 3])
def test_fragments_in_either_script_find_exactly_the_names_containing_them(
    fts_names: tuple[sqlite3.Connection, list[str]], length: int
) -> None:
    conn, names = fts_names
    folded = [fold_script(n) for n in names]
    rng = random.Random(length)
    checked = 0
    for name in rng.sample(names, 60):
        if len(name) < length:
            continue
        start = rng.randrange(len(name) - length + 1)
        fragment = name[start : start + length]  # Traditional, as a Hong Kong guard types it
        expected = {i for i, n in enumerate(folded) if fold_script(fragment) in n}
        assert expected, fragment
        assert _match(conn, fragment) == expected, fragment
        assert _match(conn, fold_script(fragment)) == expected, fragment
        checked += 1
    assert checked > 40


def test_named_examples(fts_names: tuple[sqlite3.Connection, list[str]]) -> None:
    conn, _ = fts_names
    conn.executemany(
        "INSERT INTO t(rowid, tokens) VALUES (?, ?)",
        [(100_001, name_fts_tokens("陳大文")), (100_002, name_fts_tokens("陈小文"))],
    )
    try:
        assert {100_001, 100_002} <= _match(conn, "陈")
        assert 100_001 in _match(conn, "大文")
        assert 100_002 not in _match(conn, "大文")
        assert _match(conn, "陳大文") >= {100_001}
        assert 100_002 in _match(conn, "陈小文")
        assert not _match(conn, "文陈")  # order matters: a phrase, not a bag of characters
    finally:
        conn.execute("DELETE FROM t WHERE rowid > 100000")


def test_latin_names_match_by_word_prefix() -> None:
    conn = _fts_table()
    conn.executemany(
        "INSERT INTO t(rowid, tokens) VALUES (?, ?)",
        [(1, name_fts_tokens("John Smith")), (2, name_fts_tokens("Johnny Walker"))],
    )
    assert _match(conn, "joh") == {1, 2}
    assert _match(conn, "ＪＯＨＮ S") == {1}
    assert _match(conn, "smith") == {1}
    assert _match(conn, "mith") == set()  # a Latin word is matched from its start


# Text that likes to break FTS5 query syntax, mixed with names.
_PIECES = [*"\"*^:-+(){}[],.'\\ ", "AND", "OR", "NOT", "NEAR", "NEAR(", "\x00", "陳", "a", "1"]
hostile = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(max_size=30), hostile))
def test_phrase_query_is_always_accepted_by_sqlite(fragment: str) -> None:
    conn = _CONN
    conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts_phrase_query(fragment),)).fetchall()


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=30))
def test_a_stored_name_is_found_by_itself(name: str) -> None:
    conn = _CONN
    if not name_fts_tokens(name):
        return
    conn.execute("INSERT INTO t(rowid, tokens) VALUES (1, ?)", (name_fts_tokens(name),))
    try:
        (indexed,) = conn.execute("SELECT count(*) FROM v WHERE doc = 1").fetchone()
        if not indexed:
            return  # unicode61 (Unicode 6.1 tables) sees only separators, e.g. U+102B alone
        assert _match(conn, name) == {1}
        assert _match(conn, fold_script(name)) == {1}
    finally:
        conn.execute("DELETE FROM t")


_CONN = _fts_table()
_CONN.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
