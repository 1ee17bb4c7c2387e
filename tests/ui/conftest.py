"""GUI test fixtures: a real shell window over a real database in a temporary data directory."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.clock import FixedClock
from app.local_config import LocalConfig
from app.paths import DataPaths
from tests.conftest import LIGHT_HASHER
from ui.i18n import install_language
from ui.shell import ShellWindow

IDLE_MS_IN_TESTS = 600_000


@pytest.fixture(autouse=True)
def _default_language(qapp: object) -> Iterator[None]:
    install_language("zh_TW")
    yield
    install_language("zh_TW")


@pytest.fixture
def shell(qtbot: QtBot, data_paths: DataPaths, clock: FixedClock) -> Iterator[ShellWindow]:
    window = ShellWindow(data_paths, LocalConfig(), None, clock, hasher=LIGHT_HASHER, idle_ms=IDLE_MS_IN_TESTS)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitUntil(lambda: window.database is not None, timeout=20_000)
    yield window
    window.close()
