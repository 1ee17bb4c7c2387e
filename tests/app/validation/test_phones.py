"""Phone numbers: detection, E.164 normalisation, warn-only errors, tails for search."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.validation.phones import (
    PhoneCheck,
    PhoneRegion,
    display_phone,
    phone_tail,
    split_phone,
    validate_phone,
)

from .strategies import FAST, digits, full_width

CN, HK, MO, TW, OTHER = (
    PhoneRegion.MAINLAND,
    PhoneRegion.HK,
    PhoneRegion.MACAU,
    PhoneRegion.TAIWAN,
    PhoneRegion.OTHER,
)


@pytest.mark.parametrize(
    ("raw", "normalized", "region", "mobile"),
    [
        ("13812345678", "+8613812345678", CN, True),
        ("138 1234 5678", "+8613812345678", CN, True),
        ("+86 138-1234-5678", "+8613812345678", CN, True),
        ("0086 13812345678", "+8613812345678", CN, True),
        ("8613812345678", "+8613812345678", CN, True),
        ("＋８６　１３８１２３４５６７８", "+8613812345678", CN, True),
        ("013812345678", "+8613812345678", CN, True),  # old long-distance 0 before a mobile
        ("19912345678", "+8619912345678", CN, True),
        ("010-12345678", "+861012345678", CN, False),
        ("(020) 8765 4321", "+862087654321", CN, False),
        ("0755-2345678", "+867552345678", CN, False),  # 3-digit area, 7 digits
        ("0571 87654321", "+8657187654321", CN, False),
        ("+86 (0)10 12345678", "+861012345678", CN, False),
        ("+86 10 1234 5678", "+861012345678", CN, False),
        ("9123 4567", "+85291234567", HK, True),
        ("5123-4567", "+85251234567", HK, True),
        ("2123 4567", "+85221234567", HK, False),
        ("3123 4567", "+85231234567", HK, False),
        ("+852 6123 4567", "+85261234567", HK, True),
        ("852-2812-3456", "+85228123456", HK, False),
        ("6123 4567", "+85261234567", HK, True),  # HK or Macau: Hong Kong unless preferred
        ("2812 3456", "+85228123456", HK, False),
        ("+853 6612 3456", "+85366123456", MO, True),
        ("00853 2888 1234", "+85328881234", MO, False),
        ("0912-345-678", "+886912345678", TW, True),
        ("02-2345-6789", "+886223456789", TW, False),
        ("07-123-4567", "+88671234567", TW, False),
        ("+886 912 345 678", "+886912345678", TW, True),
        ("+886 0912345678", "+886912345678", TW, True),  # stray trunk 0 forgiven
        ("886912345678", "+886912345678", TW, True),
        ("+44 7911 123456", "+447911123456", OTHER, False),
        ("001 212 555 0100", "+12125550100", OTHER, False),
    ],
)
def test_valid_numbers_normalise_to_e164(raw: str, normalized: str, region: PhoneRegion, mobile: bool) -> None:
    assert validate_phone(raw) == PhoneCheck(normalized, region, mobile)


@pytest.mark.parametrize(
    ("raw", "region", "prefer", "normalized", "found"),
    [
        ("6123 4567", None, MO, "+85361234567", MO),
        ("2812 3456", None, MO, "+85328123456", MO),
        ("6123 4567", MO, None, "+85361234567", MO),
        ("6123 4567", HK, MO, "+85261234567", HK),  # region wins over preference
        ("13812345678", None, MO, "+8613812345678", CN),  # unambiguous numbers ignore prefer
        ("+8613812345678", CN, None, "+8613812345678", CN),
        ("0912345678", TW, None, "+886912345678", TW),
        ("+447911123456", OTHER, None, "+447911123456", OTHER),
    ],
)
def test_region_and_preference(
    raw: str,
    region: PhoneRegion | None,
    prefer: PhoneRegion | None,
    normalized: str,
    found: PhoneRegion,
) -> None:
    check = validate_phone(raw, "phone", region, prefer=prefer)
    assert (check.normalized, check.region) == (normalized, found)


@pytest.mark.parametrize(
    ("raw", "region", "params"),
    [
        ("12345", None, {}),
        ("4123 4567", None, {}),  # HK 4-prefix: not for public use
        ("4123 4567", HK, {"region": "hk"}),
        ("+852 4123 4567", None, {}),
        ("1234 5678", None, {}),
        ("12812345678", None, {}),  # mainland 12x is not a mobile range
        ("010-1234567", None, {}),  # 2-digit area codes have 8-digit numbers
        ("010-01234567", None, {}),
        ("+86 912 345 678", None, {}),
        ("+853 3123 4567", None, {}),
        ("+886 1234 5678", None, {}),
        ("912345678", None, {}),  # Taiwan mobile without its trunk 0
        ("+1 23", None, {}),
        ("+1234567890123456", None, {}),  # longer than E.164 allows
        ("138-1234-567八", None, {}),
        ("13812345678 ext 9", None, {}),
        ("++8613812345678", None, {}),
        ("13812345678", TW, {"region": "taiwan"}),
        ("13812345678", OTHER, {"region": "other"}),
        ("+8613812345678", OTHER, {"region": "other"}),
        ("+8613812345678", HK, {"region": "hk"}),
    ],
)
def test_bad_numbers_only_warn(raw: str, region: PhoneRegion | None, params: dict[str, str]) -> None:
    with pytest.raises(ValidationError) as err:
        validate_phone(raw, "visitor_phone", region)
    assert err.value.field == "visitor_phone"
    assert err.value.rule == Rule.BAD_FORMAT
    assert dict(err.value.params) == params
    assert err.value.warning is True


@pytest.mark.parametrize(
    ("raw", "rule"),
    [
        ("", Rule.REQUIRED),
        (" - ", Rule.REQUIRED),
        ("138\u200b12345678", Rule.INVISIBLE_CHARS),
        ("\u202e13812345678", Rule.INVISIBLE_CHARS),
        ("1381234\x005678", Rule.CONTROL_CHARS),
    ],
)
def test_blank_and_hidden_characters_block(raw: str, rule: Rule) -> None:
    with pytest.raises(ValidationError) as err:
        validate_phone(raw, "visitor_phone")
    assert (err.value.field, err.value.rule, err.value.warning) == ("visitor_phone", rule, False)


@pytest.mark.parametrize(
    ("normalized", "n", "tail"),
    [
        ("+8613812345678", 4, "5678"),
        ("+8613812345678", 6, "345678"),
        ("+85291234567", 4, "4567"),
        ("12", 4, "12"),
        ("+8613812345678", 0, ""),
        ("+8613812345678", -3, ""),
        ("", 4, ""),
    ],
)
def test_phone_tail(normalized: str, n: int, tail: str) -> None:
    assert phone_tail(normalized, n) == tail


@pytest.mark.parametrize(
    ("normalized", "home", "shown"),
    [
        ("+8613812345678", None, ("+86 ", "13812345678")),
        ("+8613812345678", CN, ("", "13812345678")),
        ("+861012345678", CN, ("", "01012345678")),
        ("+861012345678", HK, ("+86 ", "1012345678")),
        ("+85291234567", HK, ("", "91234567")),
        ("+85361234567", HK, ("+853 ", "61234567")),
        ("+886912345678", TW, ("", "0912345678")),
        ("+886223456789", TW, ("", "0223456789")),
        ("+447911123456", CN, ("+", "447911123456")),
        ("12345", CN, ("", "12345")),  # saved after a warning
        ("", None, ("", "")),
    ],
)
def test_display_phone(normalized: str, home: PhoneRegion | None, shown: tuple[str, str]) -> None:
    assert display_phone(normalized, home=home) == shown


def test_regions_may_be_given_as_stored_strings() -> None:
    assert validate_phone("6123 4567", "phone", "macau").region is MO
    assert validate_phone("6123 4567", prefer="macau").region is MO
    with pytest.raises(ValidationError) as err:
        validate_phone("6123 4567", "visitor_phone", "mars")
    assert (err.value.field, err.value.rule, err.value.warning) == (
        "visitor_phone",
        Rule.CHOICE,
        False,
    )


def test_split_phone() -> None:
    assert split_phone("+8613812345678") == (CN, "86", "13812345678")
    assert split_phone("+85328881234") == (MO, "853", "28881234")
    assert split_phone("+447911123456") == (OTHER, "", "447911123456")
    assert split_phone("x") == (OTHER, "", "x")


def _mainland_mobiles() -> st.SearchStrategy[str]:
    return st.builds(lambda second, rest: f"1{second}{rest}", st.sampled_from("3456789"), digits(9))


@FAST
@given(_mainland_mobiles(), st.sampled_from(["", "+86", "0086", "86", "+86 ", "(+86) "]))
def test_every_way_of_typing_a_mainland_mobile_gives_one_number(number: str, code: str) -> None:
    typed = f"{code}{number[:3]} {number[3:7]}-{number[7:]}"
    expected = PhoneCheck(f"+86{number}", CN, is_mobile=True)
    assert validate_phone(typed) == expected
    assert validate_phone(full_width(typed)) == expected
    assert phone_tail(expected.normalized) == number[-4:]


@FAST
@given(st.sampled_from("235679"), digits(7), st.sampled_from(["", "+852", "00852", "852"]))
def test_every_way_of_typing_a_hk_number_gives_one_number(first: str, rest: str, code: str) -> None:
    number = first + rest
    check = validate_phone(full_width(f"{code} {number[:4]} {number[4:]}"))
    assert (check.normalized, check.region) == (f"+852{number}", HK)
    assert check.is_mobile is (first in "5679")


@FAST
@given(digits(8), st.sampled_from(["0", "+886", "+886 0", "886"]))
def test_every_way_of_typing_a_taiwan_mobile_gives_one_number(rest: str, code: str) -> None:
    check = validate_phone(f"{code}9{rest[:2]}-{rest[2:5]}-{rest[5:]}")
    assert check == PhoneCheck(f"+8869{rest}", TW, is_mobile=True)


@FAST
@given(st.text(), st.sampled_from([None, *PhoneRegion]), st.sampled_from([None, *PhoneRegion]))
def test_random_text_only_ever_raises_validation_error(
    text: str, region: PhoneRegion | None, prefer: PhoneRegion | None
) -> None:
    try:
        check = validate_phone(text, "phone", region, prefer=prefer)
    except ValidationError:
        return
    assert check.normalized.startswith("+")
    assert check.normalized[1:].isdigit()
    assert validate_phone(check.normalized) == check  # idempotent, region kept by the code
