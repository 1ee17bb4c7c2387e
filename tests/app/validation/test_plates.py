"""Vehicle plates: mainland (incl. new-energy), HK, Macau, Taiwan; display and search keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import Rule, ValidationError
from app.validation.plates import (
    PROVINCES,
    TRADITIONAL_TO_SIMPLIFIED,
    PlateCheck,
    PlateRegion,
    normalize_plate,
    plate_display,
    plate_search_key,
    validate_plate,
)

from .strategies import FAST, full_width

CN, HK, MO, TW, OTHER = (
    PlateRegion.MAINLAND,
    PlateRegion.HK,
    PlateRegion.MACAU,
    PlateRegion.TAIWAN,
    PlateRegion.OTHER,
)
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I, O


@pytest.mark.parametrize(
    ("raw", "normalized", "region", "new_energy", "display"),
    [
        ("粤B12345", "粤B12345", CN, False, "粤B·12345"),
        ("粵B·12345", "粤B12345", CN, False, "粤B·12345"),
        ("粤b 12345", "粤B12345", CN, False, "粤B·12345"),
        ("粤Ｂ１２３４５", "粤B12345", CN, False, "粤B·12345"),
        ("川A·ABC12", "川AABC12", CN, False, "川A·ABC12"),
        ("京AD1234", "京AD1234", CN, False, "京A·D1234"),  # 7 characters: ordinary
        ("粤BD12345", "粤BD12345", CN, True, "粤B·D12345"),  # small new-energy
        ("粤B D12345", "粤BD12345", CN, True, "粤B·D12345"),
        ("沪AFA1234", "沪AFA1234", CN, True, "沪A·FA1234"),
        ("粤B12345D", "粤B12345D", CN, True, "粤B·12345D"),  # large new-energy
        ("粤B12345F", "粤B12345F", CN, True, "粤B·12345F"),
        ("粤Z1234港", "粤Z1234港", CN, False, "粤Z·1234港"),
        ("粤Z·1234澳", "粤Z1234澳", CN, False, "粤Z·1234澳"),
        ("京A1234學", "京A1234学", CN, False, "京A·1234学"),
        ("冀A1234掛", "冀A1234挂", CN, False, "冀A·1234挂"),
        ("京A1234警", "京A1234警", CN, False, "京A·1234警"),
        ("滬A12345", "沪A12345", CN, False, "沪A·12345"),
        ("陝A12345", "陕A12345", CN, False, "陕A·12345"),
        ("陜A12345", "陕A12345", CN, False, "陕A·12345"),
        ("晉A12345", "晋A12345", CN, False, "晋A·12345"),
        ("雲A12345", "云A12345", CN, False, "云A·12345"),
        ("閩D12345", "闽D12345", CN, False, "闽D·12345"),
        ("瓊A12345", "琼A12345", CN, False, "琼A·12345"),
        ("遼A12345", "辽A12345", CN, False, "辽A·12345"),
        ("AB 1234", "AB1234", HK, False, "AB 1234"),
        ("ab1234", "AB1234", HK, False, "AB 1234"),
        ("A 1", "A1", HK, False, "A 1"),
        ("XY 9999", "XY9999", HK, False, "XY 9999"),
        ("MA-12-34", "MA1234", MO, False, "MA-12-34"),
        ("ＭＡ－１２－３４", "MA1234", MO, False, "MA-12-34"),
        ("MA0123", "MA0123", MO, False, "MA-01-23"),  # leading zero: not Hong Kong
        ("AA-12-34", "AA1234", MO, False, "AA-12-34"),
        ("ABC-1234", "ABC1234", TW, False, "ABC-1234"),
        ("abc 1234", "ABC1234", TW, False, "ABC-1234"),
        ("1234-AB", "1234AB", TW, False, "1234-AB"),
        ("AB-1234", "AB1234", TW, False, "AB-1234"),  # the hyphen says Taiwan
        ("12-AB34", "12AB34", TW, False, "12-AB34"),
    ],
)
def test_valid_plates(raw: str, normalized: str, region: PlateRegion, new_energy: bool, display: str) -> None:
    assert validate_plate(raw) == PlateCheck(normalized, region, new_energy, display)


@pytest.mark.parametrize(
    ("raw", "prefer", "region", "display"),
    [
        ("AB1234", TW, TW, "AB-1234"),
        ("AB1234", MO, MO, "AB-12-34"),
        ("AB1234", None, HK, "AB 1234"),
        ("AB-1234", HK, HK, "AB 1234"),  # the site's region beats a typed hyphen
        ("MA-12-34", HK, MO, "MA-12-34"),  # ... but not the unmistakable Macau grouping
        ("粤B12345", TW, CN, "粤B·12345"),
        ("AB1234", "taiwan", TW, "AB-1234"),
    ],
)
def test_preferred_region_breaks_ties(
    raw: str, prefer: PlateRegion | str | None, region: PlateRegion, display: str
) -> None:
    check = validate_plate(raw, prefer=prefer)
    assert (check.region, check.display) == (region, display)


@pytest.mark.parametrize(
    "raw",
    [
        "粤I12345",  # city letter I
        "粤BO1234",  # O in the serial
        "京A1234I",
        "台A12345",  # not a province
        "粤B1234",
        "粤B123456",  # 8 characters but not new-energy
        "粤BD1234A",  # small new-energy ends in 4 digits
        "粤B1234港5",
        "I 1234",  # Hong Kong has no I, O, Q
        "Q 1234",
        "LOVEYOU",  # HK personalised plates cannot be checked
        "ABCDE",
        "12345",
        "A-B",
        "ABCDE-12345",
    ],
)
def test_bad_plates_only_warn(raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_plate(raw, "vehicle_plate")
    assert (err.value.field, err.value.rule, err.value.warning) == (
        "vehicle_plate",
        Rule.BAD_FORMAT,
        True,
    )
    assert dict(err.value.params) == {}


@pytest.mark.parametrize(
    ("raw", "prefer", "rule"),
    [
        ("", None, Rule.REQUIRED),
        (" · ", None, Rule.REQUIRED),
        ("粤B\u200b12345", None, Rule.INVISIBLE_CHARS),
        ("粤B\x0012345", None, Rule.CONTROL_CHARS),
        ("粤B12345", "atlantis", Rule.CHOICE),
    ],
)
def test_blank_hidden_characters_and_unknown_regions_block(raw: str, prefer: str | None, rule: Rule) -> None:
    with pytest.raises(ValidationError) as err:
        validate_plate(raw, "vehicle_plate", prefer=prefer)
    assert (err.value.field, err.value.rule, err.value.warning) == ("vehicle_plate", rule, False)


def test_normalize_plate_is_the_stored_form_after_a_warning() -> None:
    assert normalize_plate("粵 love-you") == "粤LOVEYOU"


@pytest.mark.parametrize(
    ("normalized", "region", "display"),
    [
        ("粤B12345", CN, "粤B·12345"),
        ("AB1234", HK, "AB 1234"),
        ("AB1234", MO, "AB-12-34"),
        ("ABC1234", TW, "ABC-1234"),
        ("12AB34", TW, "12AB34"),  # grouping unknown once stored: shown as stored
        ("LOVEYOU", OTHER, "LOVEYOU"),
        ("LOVEYOU", CN, "LOVEYOU"),
        ("", HK, ""),
        ("AB1234", "macau", "AB-12-34"),  # region as stored
        ("AB1234", "nowhere", "AB1234"),
    ],
)
def test_plate_display_is_total(normalized: str, region: PlateRegion | str, display: str) -> None:
    assert plate_display(normalized, region) == display


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("粵B·12345", "粤B12345"),
        ("b 123", "B123"),
        ("粤BO1234", "粤B01234"),  # O typed for 0
        ("ab-1i", "AB11"),
        ("ＭＡ－１２", "MA12"),
        ("\u200b", ""),
        ("", ""),
    ],
)
def test_plate_search_key(text: str, key: str) -> None:
    assert plate_search_key(text) == key


def test_every_traditional_fold_lands_on_a_plate_character() -> None:
    for simplified in TRADITIONAL_TO_SIMPLIFIED.values():
        assert isinstance(simplified, str)
        assert simplified in PROVINCES + "学挂领试"


@st.composite
def mainland_plates(draw: st.DrawFn) -> str:
    province = draw(st.sampled_from(PROVINCES))
    city = draw(st.sampled_from(PLATE_LETTERS))
    serial = draw(st.text(alphabet=PLATE_LETTERS + "0123456789", min_size=5, max_size=5))
    return province + city + serial


@FAST
@given(mainland_plates())
def test_generated_mainland_plates_are_accepted_however_typed(plate: str) -> None:
    check = validate_plate(plate)
    assert (check.normalized, check.region, check.new_energy) == (plate, CN, False)
    assert validate_plate(full_width(f"{plate[:2]}·{plate[2:].lower()}")) == check
    assert validate_plate(check.display) == check


@FAST
@given(mainland_plates(), st.data())
def test_any_fragment_of_a_plate_finds_it(plate: str, data: st.DataObject) -> None:
    display = validate_plate(plate).display
    start = data.draw(st.integers(0, len(display) - 1))
    end = data.draw(st.integers(start + 1, len(display)))
    assert plate_search_key(display[start:end]) in plate_search_key(plate)


@FAST
@given(st.text(), st.sampled_from([None, *PlateRegion]))
def test_random_text_only_ever_raises_validation_error(text: str, prefer: PlateRegion | None) -> None:
    try:
        check = validate_plate(text, prefer=prefer)
    except ValidationError:
        return
    assert check.region is not OTHER
    assert validate_plate(check.display, prefer=check.region) == check
    assert plate_display(check.normalized, check.region) in (check.display, check.normalized)


@FAST
@given(st.text())
def test_search_key_and_display_are_total(text: str) -> None:
    plate_search_key(text)
    for region in PlateRegion:
        plate_display(text, region)
