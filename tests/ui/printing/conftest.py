"""The print-path tests read English labels unless a test installs another language itself."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.i18n import install_language


@pytest.fixture(autouse=True)
def _default_language(qapp: object) -> Iterator[None]:
    install_language("en")
    yield
    install_language("zh_TW")
