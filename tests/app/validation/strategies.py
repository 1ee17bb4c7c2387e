"""Hypothesis strategies and helpers shared by the validation tests."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from app.text import INVISIBLE_CHARS
from app.validation.ids import (
    MAINLAND_REGION_CODES,
    TAIWAN_LETTER_VALUES,
    hk_check_char,
    mainland_check_char,
    taiwan_check_digit,
)

# Moderate example counts: the whole package must run in well under 20 s.
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
THOROUGH = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
TODAY = date(2025, 6, 30)


def full_width(text: str) -> str:
    """What a Chinese input method in full-width mode types for ``text``."""
    return "".join("\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)


def digits(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=DIGITS, min_size=n, max_size=n)


@st.composite
def mainland_ids(draw: st.DrawFn) -> str:
    region = draw(st.sampled_from(sorted(MAINLAND_REGION_CODES)))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    first17 = f"{region:02d}{draw(digits(4))}{born:%Y%m%d}{draw(digits(3))}"
    return first17 + mainland_check_char(first17)


@st.composite
def hk_ids(draw: st.DrawFn) -> str:
    """Normalised HK IDs (no brackets)."""
    prefix = draw(st.text(alphabet=UPPER, min_size=1, max_size=2))
    body = draw(digits(6))
    return prefix + body + hk_check_char(prefix, body)


@st.composite
def taiwan_ids(draw: st.DrawFn) -> str:
    letter = draw(st.sampled_from(sorted(TAIWAN_LETTER_VALUES)))
    second = draw(st.sampled_from("1289ABCD"))
    first9 = letter + second + draw(digits(7))
    return first9 + taiwan_check_digit(first9)


def invisible_chars() -> st.SearchStrategy[str]:
    """Zero-width, bidi and format characters, variation selectors and language tags."""
    extra = {"\u200b", "\u202e", "\u2066", "\ufeff", "\ufe0f", "\U000e0001", "\u061c"}
    return st.sampled_from(sorted(INVISIBLE_CHARS | extra))


def control_chars() -> st.SearchStrategy[str]:
    return st.sampled_from(["\x00", "\x07", "\x08", "\x1b", "\x7f", "\x85", "\t", "\n", "\ue000"])


@st.composite
def with_char_inside(draw: st.DrawFn, value: str, chars: st.SearchStrategy[str]) -> str:
    """``value`` with one character from ``chars`` inserted strictly inside it."""
    at = draw(st.integers(min_value=1, max_value=len(value) - 1))
    return value[:at] + draw(chars) + value[at:]
