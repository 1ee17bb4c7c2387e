"""Fonts, text size and the style sheet.

The bundled WenQuanYi Micro Hei is registered so Chinese shows on a PC without Chinese fonts and so
screenshots are identical everywhere; on Windows the system's Microsoft JhengHei/YaHei come first.
The "large text" option scales the application font for booth screens.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.resources import resource_path

BASE_POINT_SIZE = 11.0
BUNDLED_FONT = "WenQuanYi Micro Hei"
# Style-sheet size tokens, as multiples of the base font size.
STYLE_SIZES = {"TITLE": 1.5, "BIG": 2.0, "HUGE": 4.0, "NAV": 1.15, "PANEL": 1.1}
_registered = False


def register_bundled_font() -> None:
    global _registered
    if _registered:
        return
    QFontDatabase.addApplicationFont(str(resource_path("fonts", "wqy-microhei.ttc")))
    _registered = True


def font_families(language: str) -> list[str]:
    if sys.platform == "win32":
        native = (
            ["Microsoft YaHei UI", "Microsoft YaHei"]
            if language == "zh_CN"
            else ["Microsoft JhengHei UI", "Microsoft JhengHei"]
        )
        return [*native, "Segoe UI", BUNDLED_FONT]
    if sys.platform == "darwin":
        return ["PingFang SC" if language == "zh_CN" else "PingFang TC", BUNDLED_FONT]
    return [BUNDLED_FONT, "Noto Sans CJK TC", "Noto Sans CJK SC", "DejaVu Sans"]


def apply_style(app: QApplication, language: str, scale_percent: int) -> None:
    register_bundled_font()
    font = QFont()
    font.setFamilies(font_families(language))
    font.setPointSizeF(BASE_POINT_SIZE * scale_percent / 100.0)
    app.setFont(font)
    sheet = resource_path("style", "gatehouse.qss").read_text(encoding="utf-8")
    base = font.pointSizeF()
    for token, factor in STYLE_SIZES.items():
        sheet = sheet.replace(f"@{token}@", f"{base * factor:.1f}")
    app.setStyleSheet(sheet)
