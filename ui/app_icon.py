"""The program icon for windows and dialogs (PNG renders of resources/icons/gatehouse.svg)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ui.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        png = resource_path("icons", f"gatehouse-{size}.png")
        if png.exists():
            icon.addFile(str(png))
    return icon
