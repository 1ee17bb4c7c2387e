"""Masks for screens, prints and exports: the documented examples, and that they never reveal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.validation.ids import CHECKSUMMED_TYPES, IdType
from app.validation.masking import MASK, mask_generic, mask_id, mask_name, mask_phone
from app.validation.phones import PhoneRegion, validate_phone

from .strategies import FAST, THOROUGH, digits, hk_ids, mainland_ids, taiwan_ids

M, HK, MO, TW = IdType.MAINLAND_ID, IdType.HK_ID, IdType.MACAU_ID, IdType.TAIWAN_ID
HRP, TCP, PP, OT = (
    IdType.HOME_RETURN_PERMIT,
    IdType.TAIWAN_COMPATRIOT_PERMIT,
    IdType.PASSPORT,
    IdType.OTHER,
)
MACAU_SHAPE = re.compile(r"[157][0-9]{7}")


@pytest.mark.parametrize(
    ("kind", "normalized", "masked"),
    [
        (M, "440305199003071236", "440***********1236"),
        (M, "11010519491231002X", "110***********002X"),
        (HK, "Z683365A", "Z****65(A)"),
        (HK, "A1234563", "A****56(3)"),
        (HK, "AB9876543", "AB****54(3)"),
        (TW, "A123456789", "A1*****789"),
        (MO, "15123457", "1*****5(7)"),
        (MO, "12345678", "1*****7(8)"),
        (PP, "E12345678", "E******78"),
        (PP, "K1234", "K***4"),
        (PP, "A" * 20, "AA" + "*" * 15 + "AAA"),
        (HRP, "H12345678", "H******78"),
        (HRP, "H1234567890", "H1*******90"),
        (TCP, "12345678", "1*****78"),
        (OT, "軍官證第12345號", "軍官******5號"),
        # odd values: checksummed types fully masked, others by the 40 % rule, short ones fully
        (M, "12345", "*****"),
        (M, "11010519491231002", "*" * 17),
        (HK, "A12", "***"),
        (TW, "A12345678", "*" * 9),
        (MO, "2234567", "2*****7"),
        (OT, "ABCD", "****"),
        (M, "", ""),
        ("no_such_type", "E12345678", "E******78"),
    ],
)
def test_mask_id(kind: IdType | str, normalized: str, masked: str) -> None:
    assert mask_id(kind, normalized) == masked


@pytest.mark.parametrize(
    ("normalized", "home", "masked"),
    [
        ("+8613812345678", None, "+86 138****5678"),
        ("+8613812345678", PhoneRegion.MAINLAND, "138****5678"),
        ("+861012345678", PhoneRegion.MAINLAND, "010****5678"),
        ("+85291234567", None, "+852 9***4567"),
        ("+85291234567", PhoneRegion.HK, "9***4567"),
        ("+85366123456", PhoneRegion.HK, "+853 6***3456"),
        ("+886912345678", PhoneRegion.TAIWAN, "091***5678"),
        ("+886912345678", None, "+886 9****5678"),
        ("+447911123456", PhoneRegion.HK, "+447*****3456"),
        ("1234567", None, "*****67"),  # saved after a warning
        ("12345", None, "****5"),
        ("12", None, "**"),
        ("", None, ""),
    ],
)
def test_mask_phone(normalized: str, home: PhoneRegion | None, masked: str) -> None:
    assert mask_phone(normalized, home=home) == masked


@pytest.mark.parametrize(
    ("name", "masked"),
    [
        ("張三豐", "張*豐"),
        ("張三", "張*"),
        ("張", "*"),
        ("歐陽娜娜", "歐**娜"),
        ("John Smith", "J*** S****"),
        ("  張 三 ", "* *"),
        ("Li", "L*"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def _hidden(masked: str) -> int:
    return masked.count(MASK)


def _assert_hides(kind: IdType, number: str, min_hidden_share: float) -> None:
    masked = mask_id(kind, number)
    assert number not in masked
    assert len(masked.replace("(", "").replace(")", "")) == len(number)
    assert _hidden(masked) >= min_hidden_share * len(number)
    visible = [ch for ch in masked if ch not in "*()"]
    assert len(visible) <= len(number) - 4


@THOROUGH
@given(mainland_ids())
def test_mainland_masks_hide_the_birth_date_and_most_digits(number: str) -> None:
    _assert_hides(M, number, 0.6)
    assert number[6:14] not in mask_id(M, number)


@FAST
@given(hk_ids())
def test_hk_masks_never_reveal_the_number(number: str) -> None:
    _assert_hides(HK, number, 0.44)


@FAST
@given(taiwan_ids())
def test_taiwan_masks_never_reveal_the_number(number: str) -> None:
    _assert_hides(TW, number, 0.5)


@FAST
@given(
    st.sampled_from([k for k in IdType if k not in CHECKSUMMED_TYPES]),
    st.text(alphabet="0123456789ABCDEFGHXYZ軍證", min_size=1, max_size=30),
)
def test_other_documents_show_at_most_40_percent(kind: IdType, value: str) -> None:
    masked = mask_id(kind, value)
    if kind is MO and MACAU_SHAPE.fullmatch(value):  # the bracketed Macau form: 3 of 8 shown
        _assert_hides(MO, value, 0.6)
        return
    assert len(masked) == len(value)
    assert len(value) - _hidden(masked) <= 0.4 * len(value)
    if len(value) < 5:
        assert masked == MASK * len(value)


@FAST
@given(st.text())
def test_masks_are_total_and_never_return_a_non_empty_value_unchanged(text: str) -> None:
    for kind in [*IdType, "unknown"]:
        masked = mask_id(kind, text)
        if text and MASK not in text:
            assert masked != text
    for home in [None, *PhoneRegion]:
        masked = mask_phone(text, home=home)
        if text and MASK not in text:
            assert masked != text
    masked_name = mask_name(text)
    if text.strip() and MASK not in text:
        assert masked_name != " ".join(text.split())
    assert len(mask_generic(text)) == len(text)


@FAST
@given(st.sampled_from("3456789"), digits(9))
def test_phone_masks_hide_at_least_four_digits(second: str, rest: str) -> None:
    number = f"1{second}{rest}"
    stored = validate_phone(number).normalized
    for home in [None, PhoneRegion.MAINLAND]:
        masked = mask_phone(stored, home=home)
        assert number not in masked
        assert masked.endswith(number[-4:])
        assert _hidden(masked) == 4
