"""Who may save a refused check-in: the guard accepts warnings; a supervisor overrides an ID check."""

from __future__ import annotations

from app.errors import Rule, ValidationError
from app.visitors.checks import CheckInRemedy, check_in_remedy

PHONE_WARNING = ValidationError("phone", Rule.BAD_FORMAT, warning=True)
WRONG_CHECK_DIGIT = ValidationError("id_number", Rule.BAD_CHECKSUM)
NAME_MISSING = ValidationError("visitor_name", Rule.REQUIRED)


def test_warnings_alone_may_be_accepted_by_the_guard() -> None:
    assert check_in_remedy([PHONE_WARNING]) == CheckInRemedy(frozenset({"phone"}), True, False)


def test_a_failed_id_check_alone_is_for_a_supervisor_to_override() -> None:
    assert check_in_remedy([WRONG_CHECK_DIGIT]) == CheckInRemedy(frozenset(), False, True)
    remedy = check_in_remedy([WRONG_CHECK_DIGIT, PHONE_WARNING])
    assert (remedy.may_accept, remedy.may_override_id, remedy.warned) == (False, True, frozenset({"phone"}))


def test_anything_else_wrong_must_be_corrected_first() -> None:
    for errors in ([NAME_MISSING], [NAME_MISSING, WRONG_CHECK_DIGIT], [NAME_MISSING, PHONE_WARNING]):
        remedy = check_in_remedy(errors)
        assert not remedy.may_accept and not remedy.may_override_id
    too_long_id = ValidationError("id_number", Rule.TOO_LONG)  # not a check a supervisor can vouch for
    assert not check_in_remedy([too_long_id]).may_override_id
