"""Across all validators: hostile or sloppy input never crashes and hidden characters never pass."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.validation.ids import IdType, validate_id
from app.validation.phones import validate_phone
from app.validation.plates import validate_plate

from .strategies import (
    FAST,
    TODAY,
    control_chars,
    full_width,
    hk_ids,
    invisible_chars,
    mainland_ids,
    taiwan_ids,
    with_char_inside,
)

Validator = Callable[[str, str], object]

# (validator, a valid raw value) for every validator and document type.
VALID: list[tuple[str, Validator, str]] = [
    *[
        (kind.value, lambda raw, field, kind=kind: validate_id(kind, raw, field), example)
        for kind, example in [
            (IdType.MAINLAND_ID, "11010519491231002X"),
            (IdType.HK_ID, "A123456(3)"),
            (IdType.MACAU_ID, "1234567(8)"),
            (IdType.TAIWAN_ID, "A123456789"),
            (IdType.HOME_RETURN_PERMIT, "H12345678"),
            (IdType.TAIWAN_COMPATRIOT_PERMIT, "12345678"),
            (IdType.PASSPORT, "E12345678"),
            (IdType.OTHER, "X-9"),
        ]
    ],
    ("phone", lambda raw, field: validate_phone(raw, field), "+86 138 1234 5678"),
    ("plate", lambda raw, field: validate_plate(raw, field), "粤B·D12345"),
]
IDS = [name for name, _, _ in VALID]


@pytest.mark.parametrize(("name", "validate", "example"), VALID, ids=IDS)
def test_examples_are_valid_and_full_width_typing_changes_nothing(name: str, validate: Validator, example: str) -> None:
    assert validate(full_width(example.lower()), "f") == validate(example, "f")


@FAST
@given(data=st.data())
@pytest.mark.parametrize(("name", "validate", "example"), VALID, ids=IDS)
def test_a_hidden_character_anywhere_inside_is_refused(
    name: str, validate: Validator, example: str, data: st.DataObject
) -> None:
    for chars, rule in [
        (invisible_chars(), Rule.INVISIBLE_CHARS),
        (control_chars(), Rule.CONTROL_CHARS),
    ]:
        raw = data.draw(with_char_inside(example, chars))
        with pytest.raises(ValidationError) as err:
            validate(raw, "the_field")
        assert (err.value.field, err.value.rule, err.value.warning) == ("the_field", rule, False)


@FAST
@given(number=st.one_of(mainland_ids(), hk_ids(), taiwan_ids()), zw=invisible_chars())
def test_invisible_characters_at_the_ends_are_refused_too(number: str, zw: str) -> None:
    for raw in (zw + number, number + zw):
        with pytest.raises(ValidationError) as err:
            validate_id(IdType.OTHER, raw)
        assert err.value.rule == Rule.INVISIBLE_CHARS


@FAST
@given(st.text(), st.sampled_from([*IdType, "bogus"]))
def test_random_text_never_crashes_an_id_validator(text: str, kind: IdType | str) -> None:
    try:
        check = validate_id(kind, text, today=TODAY)
    except ValidationError as err:
        assert err.field == "id_number"
        assert err.warning is (err.rule == Rule.BAD_FORMAT and kind not in _CHECKSUMMED)
        return
    assert check.normalized
    assert validate_id(kind, check.normalized, today=TODAY) == check  # idempotent


_CHECKSUMMED = {IdType.MAINLAND_ID, IdType.HK_ID, IdType.TAIWAN_ID}


@FAST
@given(st.text(alphabet="0123456789XxAaBbHhMm()（）-－ ·.", max_size=24), st.sampled_from(IdType))
def test_code_like_text_never_crashes_an_id_validator(text: str, kind: IdType) -> None:
    with contextlib.suppress(ValidationError):
        validate_id(kind, text, today=TODAY)
