"""classify(): which lookups the text typed into the one search box can mean."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.search.name_tokens import fts_phrase_query
from app.search.query import (
    MAX_QUERY_CHARS,
    SearchQuery,
    classify,
    clean_query,
    plate_key,
    prefix_range,
)

# text → (name_fragment, pinyin, phone_digits, phone_last4, plate_fragment, pass_number)
CASES: list[tuple[str, tuple[str | None, str | None, str | None, bool, str | None, str | None]]] = [
    # names, in either script
    ("陳", ("陈", None, None, False, None, None)),
    ("陈", ("陈", None, None, False, None, None)),
    ("張三", ("张三", None, None, False, None, None)),
    ("歐陽 娜娜", ("欧阳 娜娜", None, None, False, None, None)),
    # pinyin (also a Latin name and a plate fragment: harmless, several lookups apply)
    ("zs", ("zs", "zs", None, False, "ZS", None)),
    ("ZS", ("zs", "zs", None, False, "ZS", None)),
    ("ＺＳ", ("zs", "zs", None, False, "ZS", None)),
    ("zws", ("zws", "zws", None, False, "ZWS", None)),
    ("abc", ("abc", "abc", None, False, "ABC", None)),
    ("zhangs", ("zhangs", "zhangs", None, False, "ZHANGS", None)),
    ("zhang san", ("zhang san", "zhangsan", None, False, "ZHANGSAN", None)),
    ("xi'an", ("xi'an", "xian", None, False, None, None)),
    ("z", ("z", "z", None, False, None, None)),
    ("John Smith", ("john smith", "johnsmith", None, False, None, None)),
    ("a" * 31, ("a" * 31, None, None, False, None, None)),
    # phone digits
    ("1234", (None, None, "1234", True, "1234", None)),
    ("１２３４", (None, None, "1234", True, "1234", None)),
    ("123", (None, None, "123", False, "123", None)),
    ("12", (None, None, None, False, "12", None)),
    ("13800138000", (None, None, "13800138000", False, None, None)),
    ("138-0013-8000", (None, None, "13800138000", False, None, None)),
    ("+86 138 0013 8000", (None, None, "8613800138000", False, None, None)),
    ("(852) 9123 4567", (None, None, "85291234567", False, None, None)),
    # plates: with or without the province, any script, separators dropped
    ("粤B12", (None, None, None, False, "粤B12", None)),
    ("粵B12", (None, None, None, False, "粤B12", None)),
    ("粤b·12345", (None, None, None, False, "粤B12345", None)),
    ("B123", (None, None, None, False, "B123", None)),
    ("B1234", (None, None, None, False, "B1234", None)),
    ("粤Z1234港", (None, None, None, False, "粤Z1234港", None)),
    ("粤B1234学", (None, None, None, False, "粤B1234学", None)),
    ("京A", ("京a", None, None, False, "京A", None)),
    ("MA-12-34", (None, None, None, False, "MA1234", None)),  # Macau
    ("ABC-1234", (None, None, None, False, "ABC1234", "ABC-1234")),
    # pass numbers, typed or scanned
    ("V-000123", (None, None, None, False, "V000123", "V-000123")),
    ("v-000123", (None, None, None, False, "V000123", "V-000123")),
    ("V000123", (None, None, None, False, "V000123", "V-000123")),
    ("ＶＩＳ-０００１２３", (None, None, None, False, None, "VIS-000123")),
    # noise is dropped, never refused
    ("張\u200b三", ("张三", None, None, False, None, None)),
    ("\u202e1234\u202c", (None, None, "1234", True, "1234", None)),
    ("1234\x00", (None, None, "1234", True, "1234", None)),
    ("  陳 \t 大文  ", ("陈 大文", None, None, False, None, None)),
    ("NEAR(", ("near(", None, None, False, "NEAR", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_classify(text: str, expected: tuple[str | None, str | None, str | None, bool, str | None, str | None]) -> None:
    q = classify(text)
    got = (q.name_fragment, q.pinyin, q.phone_digits, q.phone_last4, q.plate_fragment)
    assert (*got, q.pass_number) == expected
    assert not q.is_empty


@pytest.mark.parametrize("text", ["", " ", "\u3000", "\t\n", "\u200b\ufeff", "\x00\x07", '"', "*-^", "1" * 16])
def test_blank_or_symbol_only_input_is_an_empty_query(text: str) -> None:
    q = classify(text)
    assert q.is_empty
    if not text.strip(" \t\n\u3000\u200b\ufeff\x00\x07"):
        assert q == SearchQuery()


def test_query_is_frozen() -> None:
    q = classify("zs")
    with pytest.raises(AttributeError):
        q.pinyin = "x"  # type: ignore[misc]


def test_clean_query_folds_width_and_bounds_length() -> None:
    assert clean_query("ＡＢ\u3000１２") == "AB 12"
    assert len(clean_query("陳" * 1000)) == MAX_QUERY_CHARS


@pytest.mark.parametrize(
    ("plate", "key"),
    [
        ("粵B 12345", "粤B12345"),
        ("粤b-12345", "粤B12345"),
        ("ａｂ１２３", "AB123"),
        ("京A·D1234", "京AD1234"),
    ],
)
def test_plate_key_matches_what_classify_searches(plate: str, key: str) -> None:
    assert plate_key(plate) == key


_CONN = sqlite3.connect(":memory:")
_CONN.execute("CREATE VIRTUAL TABLE t USING fts5(tokens, tokenize='unicode61')")


@settings(deadline=None, max_examples=500)
@given(st.text(max_size=80))
def test_classify_never_raises_and_its_fields_are_well_formed(text: str) -> None:
    q = classify(text)
    assert len(q.text) <= MAX_QUERY_CHARS
    if q.pinyin is not None:
        assert q.pinyin.isascii() and q.pinyin.isalpha() and q.pinyin.islower()
        assert 1 <= len(q.pinyin) <= 30
    if q.phone_digits is not None:
        assert q.phone_digits.isascii() and q.phone_digits.isdigit()
        assert 3 <= len(q.phone_digits) <= 15
        assert q.phone_last4 == (len(q.phone_digits) == 4)
    else:
        assert not q.phone_last4
    if q.name_fragment is not None:
        _CONN.execute("SELECT rowid FROM t WHERE t MATCH ?", (fts_phrase_query(q.name_fragment),))
    if q.plate_fragment is not None:
        assert q.plate_fragment == plate_key(q.plate_fragment)
    assert not any(ch in q.text for ch in "\u200b\u202e\x00")


def test_prefix_range_selects_exactly_the_keys_with_that_prefix() -> None:
    assert prefix_range("zs") == ("zs", "zt")
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE k (key TEXT PRIMARY KEY)")
    keys = [
        "zs",
        "zsf",
        "zs9",
        "zt",
        "zr",
        "z",
        "zhangsan",
        "zhangs",
        "zhang",
        "4321",
        "43219",
        "4322",
    ]
    conn.executemany("INSERT INTO k VALUES (?)", [(k,) for k in keys])
    for prefix in ("zs", "zhangs", "z", "4321"):
        low, high = prefix_range(prefix)
        rows = conn.execute("SELECT key FROM k WHERE key >= ? AND key < ?", (low, high))
        assert {r for (r,) in rows} == {k for k in keys if k.startswith(prefix)}
    with pytest.raises(ValueError):
        prefix_range("")
