"""What the check characters catch: exhaustive proofs and properties over generated numbers."""

from __future__ import annotations

import pytest
from hypothesis import given

from app.errors import Rule, ValidationError
from app.validation.ids import (
    TAIWAN_LETTER_VALUES,
    IdType,
    hk_check_char,
    mainland_check_char,
    validate_id,
)

from .strategies import FAST, THOROUGH, full_width, hk_ids, mainland_ids, taiwan_ids

MAINLAND_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
REJECTIONS = {Rule.BAD_CHECKSUM, Rule.BAD_DATE, Rule.BAD_FORMAT}


def _substitutions(value: str, positions: range, alphabet: str) -> list[str]:
    return [value[:i] + ch + value[i + 1 :] for i in positions for ch in alphabet if ch != value[i]]


def _assert_rejected(kind: IdType, candidates: list[str]) -> None:
    for candidate in candidates:
        with pytest.raises(ValidationError) as err:
            validate_id(kind, candidate)
        assert err.value.rule in REJECTIONS, candidate
        assert err.value.warning is False


# --- mainland ------------------------------------------------------------------------------------


def test_mod_11_2_weights_detect_every_single_substitution_for_every_number() -> None:
    """The proof behind the property: a changed digit shifts the sum by weight × delta, never a
    multiple of 11 (11 is prime, 0 < |delta| ≤ 9, weights 1-10); a changed check character is
    another entry of an injective map."""
    for weight in MAINLAND_WEIGHTS:
        for delta in range(1, 10):
            assert weight * delta % 11 != 0
    assert len(set("10X98765432")) == 11


@pytest.mark.parametrize(
    "number",
    ["11010519491231002X", "440305199003071236", "810000198506150012", "650102190001010075"],
)
def test_every_single_substitution_of_known_mainland_ids_is_rejected(number: str) -> None:
    candidates = _substitutions(number, range(18), "0123456789X")
    assert len(candidates) == 18 * 10
    _assert_rejected(IdType.MAINLAND_ID, candidates)


@THOROUGH
@given(mainland_ids())
def test_generated_mainland_ids_are_accepted_and_every_substitution_rejected(number: str) -> None:
    check = validate_id(IdType.MAINLAND_ID, number)
    assert check.normalized == number
    assert check.birth_date is not None
    assert f"{check.birth_date:%Y%m%d}" == number[6:14]
    _assert_rejected(IdType.MAINLAND_ID, _substitutions(number, range(18), "0123456789X"))


@FAST
@given(mainland_ids())
def test_full_width_lower_case_and_grouped_mainland_ids_normalise_alike(number: str) -> None:
    grouped = f"{number[:6]} {number[6:14]}-{number[14:].lower()}"
    assert validate_id(IdType.MAINLAND_ID, full_width(grouped)).normalized == number


# --- Hong Kong -----------------------------------------------------------------------------------


def test_hk_weights_detect_every_digit_and_check_substitution() -> None:
    for weight in (7, 6, 5, 4, 3, 2, 1):
        for delta in range(1, 10):
            assert weight * delta % 11 != 0
    # ... but not letters 11 values apart in the prefix (A=10, L=21, W=32).
    assert hk_check_char("A", "123456") == hk_check_char("L", "123456") == "3"


@pytest.mark.parametrize("number", ["A1234563", "Z683365A", "AB9876543", "G123456A"])
def test_every_digit_and_check_substitution_of_known_hk_ids_is_rejected(number: str) -> None:
    first_digit = len(number) - 7
    candidates = _substitutions(number, range(first_digit, len(number) - 1), "0123456789")
    candidates += _substitutions(number, range(len(number) - 1, len(number)), "0123456789A")
    assert len(candidates) == 6 * 9 + 10
    _assert_rejected(IdType.HK_ID, candidates)


@THOROUGH
@given(hk_ids())
def test_generated_hk_ids_are_accepted_and_digit_substitutions_rejected(number: str) -> None:
    assert validate_id(IdType.HK_ID, f"{number[:-1]}({number[-1]})").normalized == number
    first_digit = len(number) - 7
    candidates = _substitutions(number, range(first_digit, len(number) - 1), "0123456789")
    candidates += _substitutions(number, range(len(number) - 1, len(number)), "0123456789A")
    _assert_rejected(IdType.HK_ID, candidates)


@FAST
@given(hk_ids())
def test_full_width_hk_ids_normalise_alike(number: str) -> None:
    typed = full_width(f"{number[:-1].lower()}({number[-1]})")
    assert validate_id(IdType.HK_ID, typed).normalized == number


# --- Taiwan --------------------------------------------------------------------------------------

# Weight of each character after the letter (index 1..9); the letter itself counts as 2 digits.
TAIWAN_WEIGHTS = {1: 8, 2: 7, 3: 6, 4: 5, 5: 4, 6: 3, 7: 2, 8: 1, 9: 1}


def _taiwan_digit_substitution_is_blind(number: str, index: int, digit: str) -> bool:
    """True when the mod-10 sum cannot see this change (weight × delta ≡ 0 mod 10)."""
    return TAIWAN_WEIGHTS[index] * (int(digit) - int(number[index])) % 10 == 0


def test_taiwan_blind_spots_are_exactly_the_documented_ones() -> None:
    blind = {
        (index, delta)
        for index, weight in TAIWAN_WEIGHTS.items()
        if index >= 2
        for delta in range(1, 10)
        if weight * delta % 10 == 0
    }
    # 4th, 6th and 8th characters changed by 5; 5th character changed by an even amount.
    assert blind == {(3, 5), (5, 5), (7, 5), (4, 2), (4, 4), (4, 6), (4, 8)}


def _check_taiwan_substitutions(number: str) -> None:
    for index in range(2, 10):
        for digit in "0123456789":
            if digit == number[index]:
                continue
            candidate = number[:index] + digit + number[index + 1 :]
            if _taiwan_digit_substitution_is_blind(number, index, digit):
                assert validate_id(IdType.TAIWAN_ID, candidate).normalized == candidate
            else:
                _assert_rejected(IdType.TAIWAN_ID, [candidate])
    # The second character: only 1 2 8 9 A-D are allowed, and a letter counts as the last digit
    # of its value, so e.g. 1 and B (11) are the same to the check digit.
    for second in "0123456789ABCDEFXYZ":
        if second == number[1]:
            continue
        candidate = number[0] + second + number[2:]
        blind = 8 * (_second_value(second) - _second_value(number[1])) % 10 == 0
        if second in "1289ABCD" and blind:
            assert validate_id(IdType.TAIWAN_ID, candidate).normalized == candidate
        else:
            _assert_rejected(IdType.TAIWAN_ID, [candidate])


def _second_value(ch: str) -> int:
    return TAIWAN_LETTER_VALUES[ch] % 10 if ch.isalpha() else int(ch)


@pytest.mark.parametrize("number", ["A123456789", "A800000014", "AC01234567", "AA00000009"])
def test_taiwan_substitutions_of_known_ids_are_rejected_except_blind_spots(number: str) -> None:
    _check_taiwan_substitutions(number)


@THOROUGH
@given(taiwan_ids())
def test_generated_taiwan_ids_are_accepted_and_substitutions_rejected_except_blind_spots(
    number: str,
) -> None:
    assert validate_id(IdType.TAIWAN_ID, number).normalized == number
    _check_taiwan_substitutions(number)


@FAST
@given(taiwan_ids())
def test_full_width_taiwan_ids_normalise_alike(number: str) -> None:
    assert validate_id(IdType.TAIWAN_ID, full_width(number.lower())).normalized == number


def test_taiwan_letter_table_is_a_bijection_onto_10_to_35() -> None:
    assert sorted(TAIWAN_LETTER_VALUES.values()) == list(range(10, 36))


def test_mainland_check_char_of_the_standards_example() -> None:
    assert mainland_check_char("11010519491231002") == "X"
