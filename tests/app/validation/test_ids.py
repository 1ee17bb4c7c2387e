"""Document numbers: example tables (every example cited in app/validation docstrings is here)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Rule, ValidationError
from app.validation.ids import IdCheck, IdType, mainland_check_char, validate_id

from .strategies import TODAY

M, HK, MO, TW = IdType.MAINLAND_ID, IdType.HK_ID, IdType.MACAU_ID, IdType.TAIWAN_ID
HRP, TCP, PP, OT = (
    IdType.HOME_RETURN_PERMIT,
    IdType.TAIWAN_COMPATRIOT_PERMIT,
    IdType.PASSPORT,
    IdType.OTHER,
)


@pytest.mark.parametrize(
    ("kind", "raw", "normalized", "born"),
    [
        (M, "11010519491231002X", "11010519491231002X", date(1949, 12, 31)),  # GB 11643 example
        (M, "11010519491231002x", "11010519491231002X", date(1949, 12, 31)),
        (M, "１１０１０５１９４９１２３１００２ｘ", "11010519491231002X", date(1949, 12, 31)),
        (M, "440305 19900307 1236", "440305199003071236", date(1990, 3, 7)),
        (M, "440305-19900307-1236", "440305199003071236", date(1990, 3, 7)),
        (M, "310104200012294561", "310104200012294561", date(2000, 12, 29)),
        (M, "810000198506150012", "810000198506150012", date(1985, 6, 15)),  # HK resident permit
        (M, "911560202301010013", "911560202301010013", date(2023, 1, 1)),  # foreigner 2023
        (M, "650102190001010075", "650102190001010075", date(1900, 1, 1)),  # earliest year
        (M, "710000202302288883", "710000202302288883", date(2023, 2, 28)),
    ],
)
def test_valid_mainland_ids(kind: IdType, raw: str, normalized: str, born: date) -> None:
    check = validate_id(kind, raw, today=TODAY)
    assert check == IdCheck(normalized, M, checksummed=True, birth_date=born)


@pytest.mark.parametrize(
    ("kind", "raw", "normalized"),
    [
        (HK, "A123456(3)", "A1234563"),
        (HK, "A1234563", "A1234563"),
        (HK, "a123456(3)", "A1234563"),
        (HK, "Ａ１２３４５６（３）", "A1234563"),
        (HK, "A 123456 [3]", "A1234563"),
        (HK, "Z683365(A)", "Z683365A"),
        (HK, "z683365(a)", "Z683365A"),
        (HK, "AB987654(3)", "AB9876543"),
        (HK, "G123456(A)", "G123456A"),
        (HK, "L123456(3)", "L1234563"),  # A→L is 11 letter values away: not detected
        (TW, "A123456789", "A123456789"),
        (TW, "a123456789", "A123456789"),
        (TW, "A800000014", "A800000014"),  # 2021+ resident certificate
        (TW, "AC01234567", "AC01234567"),  # old resident certificate
        (TW, "AA00000009", "AA00000009"),
        (TW, "A128456789", "A128456789"),  # documented blind spots of the mod-10 check
        (TW, "A123656789", "A123656789"),
    ],
)
def test_valid_hk_and_taiwan_ids(kind: IdType, raw: str, normalized: str) -> None:
    assert validate_id(kind, raw) == IdCheck(normalized, kind, checksummed=True)


@pytest.mark.parametrize(
    ("kind", "raw", "normalized"),
    [
        (MO, "1234567(8)", "12345678"),
        (MO, "5123456(7)", "51234567"),
        (MO, "7123456 1", "71234561"),
        (MO, "15123457", "15123457"),
        (HRP, "H12345678", "H12345678"),
        (HRP, "m1234 5678", "M12345678"),
        (HRP, "H1234567890", "H1234567890"),
        (TCP, "12345678", "12345678"),
        (TCP, "1234567890", "1234567890"),
        (TCP, "12345678(B1)", "12345678B1"),
        (PP, "E12345678", "E12345678"),
        (PP, "g1234 5678", "G12345678"),
        (PP, "K1234", "K1234"),
        (PP, "A" * 20, "A" * 20),
        (OT, "軍官證 第12345號", "軍官證第12345號"),
        (OT, "x", "X"),
        (OT, "9" * 30, "9" * 30),
    ],
)
def test_format_only_documents(kind: IdType, raw: str, normalized: str) -> None:
    assert validate_id(kind, raw) == IdCheck(normalized, kind, checksummed=False)


def test_id_type_may_be_given_as_its_stored_string() -> None:
    assert validate_id("hk_id", "A123456(3)").id_type is IdType.HK_ID


@pytest.mark.parametrize(
    ("kind", "raw", "rule", "params"),
    [
        # mainland: blocking errors
        (M, "11010519491231002", Rule.BAD_FORMAT, {"id_type": "mainland_id"}),
        (M, "110105491231002", Rule.BAD_FORMAT, {"id_type": "mainland_id"}),  # old 15 digits
        (M, "11010519491231002Y", Rule.BAD_FORMAT, {"id_type": "mainland_id"}),
        (M, "1101051949123100X2", Rule.BAD_FORMAT, {"id_type": "mainland_id"}),
        (M, "11010519491231002XX", Rule.BAD_FORMAT, {"id_type": "mainland_id"}),
        (M, "00010519491231002X", Rule.BAD_FORMAT, {"id_type": "mainland_id", "part": "region"}),
        (M, "72010519491231002X", Rule.BAD_FORMAT, {"id_type": "mainland_id", "part": "region"}),
        (M, "110105194902300021", Rule.BAD_DATE, {"reason": "not_a_date"}),  # 30 February
        (M, "110105194913010021", Rule.BAD_DATE, {"reason": "not_a_date"}),
        (M, "440524188001010014", Rule.BAD_DATE, {"reason": "too_early"}),  # GB example, 1880
        (M, "110105189912310021", Rule.BAD_DATE, {"reason": "too_early"}),
        (M, "110105194912310021", Rule.BAD_CHECKSUM, {"id_type": "mainland_id"}),
        (M, "440305199003071237", Rule.BAD_CHECKSUM, {"id_type": "mainland_id"}),
        (M, "440305199003071263", Rule.BAD_CHECKSUM, {"id_type": "mainland_id"}),  # transposed
        # Hong Kong
        (HK, "A123456(4)", Rule.BAD_CHECKSUM, {"id_type": "hk_id"}),
        (HK, "A123465(3)", Rule.BAD_CHECKSUM, {"id_type": "hk_id"}),
        (HK, "Z683365(0)", Rule.BAD_CHECKSUM, {"id_type": "hk_id"}),
        (HK, "A12345(3)", Rule.BAD_FORMAT, {"id_type": "hk_id"}),
        (HK, "ABC123456(3)", Rule.BAD_FORMAT, {"id_type": "hk_id"}),
        (HK, "A123456(B)", Rule.BAD_FORMAT, {"id_type": "hk_id"}),
        (HK, "1234567(3)", Rule.BAD_FORMAT, {"id_type": "hk_id"}),
        # Taiwan
        (TW, "A123456788", Rule.BAD_CHECKSUM, {"id_type": "taiwan_id"}),
        (TW, "B123456789", Rule.BAD_CHECKSUM, {"id_type": "taiwan_id"}),
        (TW, "A323456789", Rule.BAD_FORMAT, {"id_type": "taiwan_id"}),  # 2nd char 3
        (TW, "AE01234567", Rule.BAD_FORMAT, {"id_type": "taiwan_id"}),  # 2nd letter past D
        (TW, "A12345678", Rule.BAD_FORMAT, {"id_type": "taiwan_id"}),
        (TW, "1123456789", Rule.BAD_FORMAT, {"id_type": "taiwan_id"}),
        # any type
        (M, "  ", Rule.REQUIRED, {}),
        (HK, "()-", Rule.REQUIRED, {}),
        (OT, "9" * 31, Rule.TOO_LONG, {"max": 30, "length": 31}),
        (PP, "A" * 31, Rule.TOO_LONG, {"max": 30, "length": 31}),
        (M, "1101\u200b05", Rule.INVISIBLE_CHARS, {}),
        (PP, "E123\x004567", Rule.CONTROL_CHARS, {}),
        ("driving_licence", "A123", Rule.CHOICE, {"choices": [t.value for t in IdType]}),
    ],
)
def test_blocking_errors(kind: IdType | str, raw: str, rule: Rule, params: dict[str, object]) -> None:
    with pytest.raises(ValidationError) as err:
        validate_id(kind, raw, "visitor_id_number")
    assert err.value.field == "visitor_id_number"
    assert err.value.rule == rule
    assert dict(err.value.params) == params
    assert err.value.warning is False


@pytest.mark.parametrize(
    ("kind", "raw"),
    [
        (MO, "2234567(8)"),
        (MO, "123456(7)"),
        (MO, "1234567(A)"),
        (HRP, "H1234567"),
        (HRP, "X12345678"),
        (HRP, "H123456789"),
        (TCP, "1234567"),
        (TCP, "A2345678"),
        (PP, "AB12"),
        (PP, "E1234567/8"),
        (PP, "A" * 21),
        (PP, "護照12345"),
    ],
)
def test_format_only_documents_warn(kind: IdType, raw: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_id(kind, raw, "visitor_id_number")
    assert err.value.field == "visitor_id_number"
    assert err.value.rule == Rule.BAD_FORMAT
    assert err.value.params == {"id_type": kind.value}
    assert err.value.warning is True


def test_birth_date_in_the_future_is_refused_only_when_today_is_known() -> None:
    first17 = "44030520250701123"  # born 2025-07-01, the day after TODAY
    number = first17 + mainland_check_char(first17)
    with pytest.raises(ValidationError) as err:
        validate_id(M, number, today=TODAY)
    assert (err.value.rule, dict(err.value.params)) == (Rule.BAD_DATE, {"reason": "in_future"})
    assert validate_id(M, number).birth_date == date(2025, 7, 1)
    assert validate_id(M, number, today=date(2025, 7, 1)).birth_date == date(2025, 7, 1)


def test_errors_never_carry_the_number() -> None:
    with pytest.raises(ValidationError) as err:
        validate_id(M, "440305199003071237")
    assert "440305" not in str(err.value)
    assert "1237" not in repr(err.value.params)
