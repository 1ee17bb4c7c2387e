"""Free-text cleaning rules shared by every form."""

from __future__ import annotations

import pytest

from app.errors import Rule, ValidationError
from app.text import clean_code, clean_optional, clean_text


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert clean_text("ＡＢ１２３", "f") == "AB123"


def test_ideographic_space_and_runs_of_spaces_collapse() -> None:
    assert clean_text("  張\u3000\u3000三  ", "f") == "張 三"


@pytest.mark.parametrize("bad", ["張\u200b三", "\u202e三張", "a\ufeffb", "x\u2066y"])
def test_invisible_characters_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(bad, "visitor_name")
    assert err.value.field == "visitor_name"
    assert err.value.rule == Rule.INVISIBLE_CHARS


@pytest.mark.parametrize("bad", ["a\x00b", "a\x07b", "a\x1bb", "line\nbreak"])
def test_control_characters_are_refused_in_single_line_fields(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(bad, "f")
    assert err.value.rule == Rule.CONTROL_CHARS


def test_newlines_are_kept_in_multiline_fields() -> None:
    assert clean_text(" first\r\nsecond  \n", "notes", multiline=True) == "first\nsecond"


def test_required_blank_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        clean_text(" \u3000 ", "name", required=True)
    assert err.value.rule == Rule.REQUIRED


def test_too_long_reports_the_limit() -> None:
    with pytest.raises(ValidationError) as err:
        clean_text("字" * 10_000, "name", max_chars=60)
    assert err.value.rule == Rule.TOO_LONG
    assert err.value.params["max"] == 60


def test_optional_blank_is_none() -> None:
    assert clean_optional("   ", "company") is None


def test_codes_are_upper_case_without_spaces() -> None:
    assert clean_code(" ｋ-０１ a ", "tag") == "K-01A"


def test_chinese_punctuation_is_kept() -> None:
    assert clean_text("門鎖鬆，已報工程部（明早）；請跟進？", "notes") == "門鎖鬆，已報工程部（明早）；請跟進？"


def test_full_width_codes_still_fold_completely() -> None:
    assert clean_code("Ｋ－０１", "tag") == "K-01"


def test_a_code_must_fit_once_folded() -> None:
    """NFKC lengthens some characters (㍿ is 株式会社): the limit is that of the code as stored."""
    assert clean_code("㍿" * 5, "tag", max_chars=20) == "株式会社" * 5
    with pytest.raises(ValidationError) as raised:
        clean_code("㍿" * 6, "tag", max_chars=20)
    assert (raised.value.rule, raised.value.params) == (Rule.TOO_LONG, {"max": 20, "length": 24})
