"""On/off settings are bools to their readers, whether stored now or as the older "yes"/"no" codes."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.errors import Rule, ValidationError
from app.settings import SILENT_PRINT, SITE_SCOPE, SettingsService
from app.visitors.slips import SLIP_AT_CHECK_IN
from tests.conftest import Staff


def test_flags_read_as_bools(services: Services, staff: Staff) -> None:
    settings = services.settings
    assert settings.get(SILENT_PRINT) is False and settings.get(SLIP_AT_CHECK_IN) is True
    settings.set(staff.supervisor, SILENT_PRINT, True)
    assert settings.get(SILENT_PRINT) is True


@pytest.mark.parametrize(("stored", "read"), [("yes", True), ("no", False)])
def test_the_older_codes_still_read(services: Services, stored: str, read: bool) -> None:
    with services.database.sessions.begin() as s:
        SettingsService.put(s, SLIP_AT_CHECK_IN, stored, SITE_SCOPE)
        SettingsService.put(s, SILENT_PRINT, stored, SITE_SCOPE)
    assert services.settings.get(SLIP_AT_CHECK_IN) is read and services.settings.get(SILENT_PRINT) is read


def test_anything_else_is_refused(services: Services, staff: Staff) -> None:
    with pytest.raises(ValidationError) as refused:
        services.settings.set(staff.supervisor, SILENT_PRINT, "maybe")
    assert (refused.value.field, refused.value.rule) == ("print.silent", Rule.CHOICE)
