from __future__ import annotations

import pytest

from app.bootstrap import Services
from tests.app.repairs.site import Site, make_directory
from tests.conftest import Staff


@pytest.fixture
def site(services: Services, staff: Staff) -> Site:
    return make_directory(services, staff)
