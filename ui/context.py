"""What page factories receive, and the per-PC preferences (language, text size) that apply live.

A factory picks its area's bundle (``UiContext.bundles``, app/bundles.py) and passes it, or the few
services its page uses, to the page: pages never hold this object, and nothing in it reaches the
database except through services.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from app.clock import Clock
from app.local_config import LocalConfig, save_local_config
from app.paths import DataPaths
from ui.app_events import AppEvents
from ui.i18n import install_language
from ui.session import OperatorSession
from ui.style import apply_style

if TYPE_CHECKING:
    from app.bundles import Bundles


class Preferences(QObject):
    """Language and text size of this PC: applied at once, remembered in local.json."""

    language_changed = Signal(str)

    def __init__(self, paths: DataPaths, local: LocalConfig, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = paths
        self._local = local
        self._scale = 100

    @property
    def local(self) -> LocalConfig:
        return self._local

    @property
    def language(self) -> str:
        return self._local.language

    @property
    def font_scale(self) -> int:
        return self._scale

    def update_local(self, local: LocalConfig) -> None:
        self._local = local
        # The preference still applies for this session if it cannot be saved; a data directory
        # problem is reported where it matters (the database).
        with contextlib.suppress(OSError):
            save_local_config(self._paths.local_config, local)

    def set_language(self, language: str) -> None:
        installed = install_language(language)
        if installed != self._local.language:
            self.update_local(self._local.with_language(installed))
        self._apply()
        self.language_changed.emit(installed)

    def set_font_scale(self, percent: int) -> None:
        self._scale = percent
        self._apply()

    def _apply(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_style(app, self._local.language, self._scale)


@dataclass(frozen=True)
class UiContext:
    bundles: Bundles
    session: OperatorSession
    events: AppEvents
    paths: DataPaths
    preferences: Preferences
    clock: Clock
