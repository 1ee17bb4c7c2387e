"""What the About dialog lists: the program's version and the bundled fonts and libraries with their licences.

Qt-free; the dialog (ui/about_dialog.py) adds the Qt version it runs on. Versions come from the
installed distributions' metadata when it is there (a frozen bundle may not carry it: then none).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import metadata

from app.cli import VERSION


@dataclass(frozen=True, slots=True)
class Component:
    name: str
    version: str | None
    licence: str
    licence_file: tuple[str, ...] | None = None  # under resources/, when the bundle ships the text


# (shown name, distribution name for the version, licence, licence text under resources/)
_COMPONENTS: tuple[tuple[str, str | None, str, tuple[str, ...] | None], ...] = (
    (
        "WenQuanYi Micro Hei 文泉驛微米黑 (font)",
        None,
        "Apache-2.0 / GPL-3.0 with font exception",
        ("fonts", "LICENSE-wqy-microhei.txt"),
    ),
    ("OpenCC (conversion data)", None, "Apache-2.0", ("search", "LICENSE-OpenCC.txt")),
    ("Qt 6 / PySide6", "PySide6-Essentials", "LGPL-3.0", None),
    ("Python", None, "PSF-2.0", None),
    ("SQLAlchemy", "SQLAlchemy", "MIT", None),
    ("Alembic", "alembic", "MIT", None),
    ("psycopg", "psycopg", "LGPL-3.0", None),
    ("ReportLab", "reportlab", "BSD-3-Clause", None),
    ("Pillow", "pillow", "MIT-CMU", None),
    ("openpyxl", "openpyxl", "MIT", None),
    ("argon2-cffi", "argon2-cffi", "MIT", None),
    ("cryptography", "cryptography", "Apache-2.0 / BSD-3-Clause", None),
    ("platformdirs", "platformdirs", "MIT", None),
    ("tzdata", "tzdata", "Apache-2.0", None),
    ("pypinyin", "pypinyin", "MIT", None),
    ("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 / BSD-3-Clause", None),
)


def program_version() -> str:
    return VERSION


def _version(distribution: str | None) -> str | None:
    if distribution is None:
        return None
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def bundled_components(python_version: str) -> list[Component]:
    """The fonts and libraries Gatehouse ships, in the order the About dialog shows them."""
    rows = []
    for name, distribution, licence, licence_file in _COMPONENTS:
        version = python_version if name == "Python" else _version(distribution)
        rows.append(Component(name, version, licence, licence_file))
    return rows


def distributions() -> list[str]:
    """Distribution names whose metadata the bundle keeps, so the About dialog can show versions."""
    return [distribution for _, distribution, _, _ in _COMPONENTS if distribution is not None]
