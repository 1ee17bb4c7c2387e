"""normalize_code: what input methods, chat apps and spreadsheets put around a code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.validation.normalize import normalize_code

from .strategies import FAST, control_chars, full_width, invisible_chars, with_char_inside


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a123456(3)", "A1234563"),
        ("Ａ１２３４５６（３）", "A1234563"),  # full-width from a Chinese input method
        ("  110105 1949-1231 002x\t\n", "11010519491231002X"),  # spreadsheet paste
        ("[H]【1234】〔5678〕", "H12345678"),
        ("粤B·12345", "粤B12345"),
        ("粤B。12345", "粤B12345"),  # Chinese full stop typed for a dot
        ("+86 (0)10－1234–5678", "+8601012345678"),  # full-width hyphen and an en dash
        ("\u00a0AB\u3000123\u2028", "AB123"),  # no-break, ideographic and line separator spaces
        ("ｘ", "X"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_normalize_code_folds_grouping_and_width(raw: str, expected: str) -> None:
    assert normalize_code(raw, "f") == expected


def test_hyphens_can_be_kept_for_callers_that_read_the_grouping() -> None:
    assert normalize_code("ma－12—34", "plate", keep_hyphens=True) == "MA-12-34"


@pytest.mark.parametrize("bad", ["A12\u200b3", "\u202eA123", "A123\u2066", "A\ufeff1", "1\ufe0f2"])
def test_invisible_characters_are_refused_even_at_the_ends(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_code(bad, "id_number")
    assert (err.value.field, err.value.rule, err.value.warning) == (
        "id_number",
        Rule.INVISIBLE_CHARS,
        False,
    )


@pytest.mark.parametrize("bad", ["A1\x002", "A1\t2", "A1\n2", "A\x1b[0m", "A\ue000"])
def test_control_characters_inside_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_code(bad, "phone")
    assert (err.value.field, err.value.rule, err.value.warning) == (
        "phone",
        Rule.CONTROL_CHARS,
        False,
    )


@FAST
@given(st.text(alphabet="0123456789ABCXYZabcxyz -()", min_size=1, max_size=20))
def test_full_width_typing_gives_the_same_code(text: str) -> None:
    assert normalize_code(full_width(text), "f") == normalize_code(text, "f")


@FAST
@given(st.data(), st.text(alphabet="0123456789ABC", min_size=2, max_size=20))
def test_any_hidden_character_inside_is_refused(data: st.DataObject, text: str) -> None:
    raw = data.draw(with_char_inside(text, invisible_chars()))
    with pytest.raises(ValidationError) as err:
        normalize_code(raw, "f")
    assert err.value.rule == Rule.INVISIBLE_CHARS


@FAST
@given(st.data(), st.text(alphabet="0123456789ABC", min_size=2, max_size=20))
def test_any_control_character_inside_is_refused(data: st.DataObject, text: str) -> None:
    raw = data.draw(with_char_inside(text, control_chars()))
    with pytest.raises(ValidationError) as err:
        normalize_code(raw, "f")
    assert err.value.rule == Rule.CONTROL_CHARS


@FAST
@given(st.text())
def test_random_text_only_ever_raises_validation_error(text: str) -> None:
    try:
        result = normalize_code(text, "f")
    except ValidationError:
        return
    assert not any(ch.isspace() for ch in result)
