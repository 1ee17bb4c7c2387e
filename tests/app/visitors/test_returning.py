"""Returning visitors: one search box finds them by name fragment (either script), pinyin, phone
digits or plate fragment, newest first; choosing one fills the form; their next visit joins the card."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.bootstrap import Services
from app.clock import FixedClock
from app.search import fold_script, name_search_key
from app.visitors.model import IdChecked
from app.visitors.search_keys import name_keys, name_lookup, plate_keys, plate_lookup
from tests.app.visitors.conftest import Estate, check_in, guest, record_ids
from tests.conftest import Staff

PEOPLE = (
    ("陳大文", "91234567", "粤B12345"),
    ("張三", "61234567", ""),
    ("歐陽娜娜", "13812345678", "AB1234"),
    ("李John", "", "ZX9"),
    ("张伟杰", "98765678", ""),
)


@pytest.fixture
def returning(services: Services, staff: Staff, estate: Estate, clock: FixedClock) -> None:
    for name, phone, plate in PEOPLE:
        check_in(services, staff.guard, guest(estate, name, phone=phone, plate=plate))
        clock.advance(timedelta(minutes=5))


def names(services: Services, typed: str) -> list[str]:
    return [m.name for m in services.visitor_lookup.find(typed)]


@pytest.mark.usefixtures("returning")
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("陳", ["陳大文"]),  # one character, Traditional
        ("陈", ["陳大文"]),  # …typed in Simplified
        ("大文", ["陳大文"]),  # two characters inside the name
        ("陈大文", ["陳大文"]),
        ("张", ["张伟杰", "張三"]),  # both scripts match, newest first
        ("張偉", ["张伟杰"]),
        ("欧阳", ["歐陽娜娜"]),
        ("陽娜娜", ["歐陽娜娜"]),  # three characters: first pair, then the whole fragment
        ("zs", ["張三"]),  # pinyin initials
        ("zhangsan", ["張三"]),  # full pinyin
        ("zhangs", ["張三"]),  # a prefix of it
        ("oynn", ["歐陽娜娜"]),  # compound surname read as one
        ("john", ["李John"]),  # a Latin word
        ("4567", ["張三", "陳大文"]),  # phone: last four digits
        ("5678", ["张伟杰", "歐陽娜娜"]),
        ("1381234", ["歐陽娜娜"]),  # phone: first digits
        ("B123", ["歐陽娜娜", "陳大文"]),  # plate fragment anywhere: AB1234 and 粤B12345
        ("粵B", ["陳大文"]),  # plate with a Traditional province
        ("ab12", ["歐陽娜娜"]),
        ("zx", ["李John"]),
        ("王", []),
        ("", []),
        ("'; DROP TABLE visitor; --", []),
        ('"陳" OR 1=1', []),
    ],
)
def test_a_returning_visitor_is_found_by_what_a_guard_types(
    services: Services, typed: str, expected: list[str]
) -> None:
    assert names(services, typed) == expected


def test_choosing_a_match_gives_the_form_the_latest_details(services: Services, staff: Staff, estate: Estate) -> None:
    first = check_in(
        services,
        staff.guard,
        guest(estate, "陳大文", phone="91234567", resident_id=estate.resident.id, purpose="探訪", plate="AB1234"),
    )
    [match] = services.visitor_lookup.find("陳大")
    assert (match.visitor_id, match.phone_masked, match.last_unit_label, match.visit_count) == (
        first.visitor_id,
        "+852 9***4567",
        "A座 12A",
        1,
    )
    assert match.on_site
    card = services.visitor_lookup.returning(match.visitor_id)
    assert (card.name, card.phone, card.unit_label, card.resident_name, card.purpose, card.plate) == (
        "陳大文",
        "+85291234567",
        "A座 12A",
        "黃美玲",
        "探訪",
        "AB1234",
    )


def test_a_returning_visit_joins_the_chosen_card(
    services: Services, staff: Staff, estate: Estate, clock: FixedClock
) -> None:
    first = check_in(services, staff.guard, guest(estate, "陳大文", phone="91234567"))
    services.visitors.check_out(staff.guard, first.id)
    clock.advance(timedelta(days=1))
    again = check_in(services, staff.guard, guest(estate, "陳大文", visitor_id=first.visitor_id, plate="AB1234"))
    assert again.visitor_id == first.visitor_id
    [match] = services.visitor_lookup.find("ab12")  # the card learned the new plate
    assert (match.visit_count, match.last_seen_at) == (2, clock.now())


def test_the_same_name_and_phone_join_a_card_without_choosing_it(
    services: Services, staff: Staff, estate: Estate
) -> None:
    first = check_in(services, staff.guard, guest(estate, "陳大文", phone="91234567"))
    same = check_in(services, staff.guard, guest(estate, "陈大文", phone="9123 4567"))  # other script, spaced
    other = check_in(services, staff.guard, guest(estate, "陳大文", phone="61234567"))
    assert same.visitor_id == first.visitor_id
    assert other.visitor_id != first.visitor_id


def test_a_stored_id_is_reused_without_retyping_it(services: Services, staff: Staff, estate: Estate) -> None:
    record_ids(services, staff)
    first = check_in(services, staff.guard, guest(estate, id_type="hk_id", id_number="A123456(3)"))
    services.visitors.check_out(staff.guard, first.id)
    [match] = services.visitor_lookup.find("陳大文")
    assert match.has_id
    again = check_in(services, staff.guard, guest(estate, visitor_id=match.visitor_id, reuse_stored_id=True))
    assert (again.id_checked, again.id_masked) == (IdChecked.RECORDED, "A****56(3)")
    services.visitors.check_out(staff.guard, again.id)  # else: "already on site" (same ID number)
    # The same number typed for a new name finds the same person (blind index), not a new card.
    renamed = check_in(services, staff.guard, guest(estate, "陳大民", id_type="hk_id", id_number="A1234563"))
    assert renamed.visitor_id == first.visitor_id


NAMES = st.text(alphabet="陳陈大文張张三李小明歐陽娜伟杰黃美玲", min_size=1, max_size=4)


@given(NAMES)
def test_every_one_and_two_character_fragment_of_a_name_has_a_key(name: str) -> None:
    keys = name_keys(name)
    for length in (1, 2, 3):
        for start in range(len(name) - length + 1):
            found = name_lookup(name_search_key(name[start : start + length]))  # folded, as classify() does
            assert found is not None
            key, must, _prefix = found
            assert key in keys
            if must is not None:
                assert must in fold_script(name)


@given(st.from_regex(r"[粤粵B][A-Z]{1,2}[0-9]{2,5}", fullmatch=True))
def test_every_fragment_of_a_plate_is_a_prefix_of_one_of_its_keys(plate: str) -> None:
    keys = plate_keys(plate)
    for length in range(2, len(plate) + 1):
        for start in range(len(plate) - length + 1):
            key = plate_lookup(plate[start : start + length])
            assert key is not None
            assert any(k.startswith(key) for k in keys)
