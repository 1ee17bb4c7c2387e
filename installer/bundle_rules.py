"""What goes into the booth-PC bundle and what is left out (read by gatehouse.spec and the tests).

Kept apart from the spec so a test can check the rules, the file list and the Windows installer
script without building anything.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

APP_NAME = "gatehouse"
CLI_NAME = "gatehouse-cli"  # Windows only: a console program for scheduled tasks and the CLI
INTERNAL = "_internal"  # PyInstaller 6 puts everything but the programs in here
FILE_LIST = "FILES.txt"

# Files taken from the repository: (source glob relative to the repo, folder inside the bundle).
# Only what the program reads at run time: no tests, bench, docs, catalogs or .ts sources.
RESOURCE_GLOBS: tuple[tuple[str, str], ...] = (
    ("resources/fonts/*", "resources/fonts"),
    ("resources/translations/*.qm", "resources/translations"),
    ("resources/style/*.qss", "resources/style"),
    ("resources/icons/*.svg", "resources/icons"),
    ("resources/icons/*.png", "resources/icons"),
    ("resources/icons/*.ico", "resources/icons"),
    ("resources/search/LICENSE-*.txt", "resources/search"),
    ("resources/licenses/*", "resources/licenses"),
    ("db/migrations/env.py", "db/migrations"),
    ("db/migrations/script.py.mako", "db/migrations"),
    ("db/migrations/versions/*.py", "db/migrations/versions"),
)

# Python modules never imported by the program (test tools, build tools, GUI toolkits we don't use).
EXCLUDED_MODULES = [
    "tkinter",
    "pytest",
    "pytestqt",
    "hypothesis",
    "_pytest",
    "mypy",
    "ruff",
    "pip",
    "setuptools",
    "pkg_resources",
    "IPython",
    "matplotlib",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    # Pillow's AVIF, WebP and Tk modules (reportlab reads PNG and JPEG only).
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    "PIL._imagingtk",
    "PIL.ImageTk",
]

# Qt parts PyInstaller's hooks would copy but the program never loads (paths inside the bundle,
# POSIX form, matched with fnmatch). Qt's own translations: only our three languages.
_QT = "PySide6/Qt"
DROPPED = (
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/lib/libQt6Wayland*",
    "PySide6/Qt/lib/libQt6Designer*",
    "PySide6/Qt/lib/libQt6OpenGL*",
    "PySide6/Qt/lib/libQt6Egl*",
    "PySide6/Qt/lib/libQt6WlShell*",
    "PySide6/Qt/plugins/platforms/libqwayland*",
    "PySide6/Qt/plugins/platforms/libqvnc*",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*",
    "PySide6/Qt/plugins/platforms/libqeglfs*",
    "PySide6/Qt/plugins/platforms/libqlinuxfb*",
    "PySide6/Qt/plugins/platforms/libqminimalegl*",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/platformthemes/*",
    "PySide6/Qt/plugins/platforminputcontexts/*",
    "PySide6/Qt/plugins/wayland-*/*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/xcbglintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    "PySide6/Qt/plugins/networkinformation/*",
    "PySide6/Qt/plugins/tls/*",
    "PySide6/Qt/plugins/imageformats/*qtga*",
    "PySide6/Qt/plugins/imageformats/*qtiff*",
    "PySide6/Qt/plugins/imageformats/*qwbmp*",
    "PySide6/Qt/plugins/imageformats/*qwebp*",
    "PySide6/Qt/plugins/imageformats/*qicns*",
    "PySide6/Qt/plugins/imageformats/*qpdf*",
    "PySide6/Qt/plugins/platforms/qdirect2d*",
    "PySide6/Qt/plugins/platforms/qminimal.dll",
    "PySide6/opengl32sw.dll",
    "PySide6/Qt6Qml*",
    "PySide6/Qt6Quick*",
    "PySide6/Qt6Pdf*",
    "PySide6/Qt6VirtualKeyboard*",
)
# Linux: shared libraries of the desktop itself (X11/xcb, GLib, fontconfig, D-Bus, CUPS and what they
# pull in, and the GTK stack of Qt's GTK theme plugin, which is left out). They come from the system,
# named in the .deb's Depends (installer/linux_packages.py): a copy from the build machine would
# clash with the desktop's own configuration (fontconfig, D-Bus, CUPS) and weigh ~25 MB.
SYSTEM_LIBRARIES = (
    "libX11.so.6",
    "libX11-xcb.so.1",
    "libXau.so.6",
    "libXdmcp.so.6",
    "libXext.so.6",
    "libXrender.so.1",
    "libxcb.so.1",
    "libxcb-*.so.[0-9]",
    "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0",
    "libbsd.so.0",
    "libmd.so.0",
    "libglib-2.0.so.0",
    "libgio-2.0.so.0",
    "libgobject-2.0.so.0",
    "libgmodule-2.0.so.0",
    "libgthread-2.0.so.0",
    "libpcre2-8.so.0",
    "libmount.so.1",
    "libblkid.so.1",
    "libselinux.so.1",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libpng16.so.16",
    "libdbus-1.so.3",
    "libsystemd.so.0",
    "libcap.so.2",
    "libgcrypt.so.20",
    "libgpg-error.so.0",
    "liblz4.so.1",
    "libcups.so.2",
    "libavahi-client.so.3",
    "libavahi-common.so.3",
    "libgnutls.so.30",
    "libgmp.so.10",
    "libhogweed.so.6",
    "libnettle.so.8",
    "libidn2.so.0",
    "libunistring.so.2",
    "libp11-kit.so.0",
    "libtasn1.so.6",
    "libatk-1.0.so.0",
    "libcairo.so.2",
    "libcairo-gobject.so.2",
    "libpango-1.0.so.0",
    "libpangocairo-1.0.so.0",
    "libpangoft2-1.0.so.0",
    "libgdk_pixbuf-2.0.so.0",
    "libpixman-1.so.0",
    "libharfbuzz.so.0",
    "libgraphite2.so.3",
    "libthai.so.0",
    "libdatrie.so.1",
    "libfribidi.so.0",
    "libjpeg.so.62",
    # Qt libraries of the parts left out above (PyInstaller links them at the top level too).
    "libQt6OpenGL*",
    "libQt6Egl*",
    "libQt6WlShell*",
    "libQt6Wayland*",
    "libQt6Qml*",
    "libQt6Quick*",
    "libQt6Pdf*",
)
KEPT_QT_TRANSLATIONS = ("qtbase_zh_TW.qm", "qtbase_zh_CN.qm", "qtbase_en.qm")

# Qt plugins the program needs; the build fails when one is missing (see check_bundle).
REQUIRED_LINUX = (
    "_internal/PySide6/Qt/plugins/platforms/libqxcb.so",
    "_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "_internal/PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "_internal/PySide6/Qt/plugins/imageformats/libqsvg.so",
    "_internal/PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    "_internal/resources/fonts/wqy-microhei.ttc",
    "_internal/resources/fonts/LICENSE-wqy-microhei.txt",
    "_internal/resources/translations/gatehouse_zh_TW.qm",
    "_internal/resources/style/gatehouse.qss",
    "_internal/db/migrations/env.py",
)


def keep(bundle_path: str) -> bool:
    """False for a file of the bundle (path relative to ``_internal``) that is never loaded."""
    path = bundle_path.replace("\\", "/")
    if any(fnmatch(path, pattern) for pattern in DROPPED):
        return False
    if "/" not in path and sys.platform.startswith("linux") and any(fnmatch(path, p) for p in SYSTEM_LIBRARIES):
        return False
    name = PurePosixPath(path).name
    in_qt_translations = fnmatch(path, "PySide6/Qt/translations/*") or fnmatch(path, "PySide6/translations/*")
    return not (in_qt_translations and name not in KEPT_QT_TRANSLATIONS)


def data_files(root: Path) -> Iterator[tuple[str, str]]:
    """(source path relative to ``root``, folder inside the bundle) of every resource file."""
    for pattern, target in RESOURCE_GLOBS:
        for source in sorted(root.glob(pattern)):
            if source.is_file():
                yield source.relative_to(root).as_posix(), target


def icon(root: Path) -> str | None:
    """The program icon for the Windows executable (Linux uses the .desktop file's icon)."""
    ico = root / "resources" / "icons" / "gatehouse.ico"
    return str(ico) if sys.platform == "win32" and ico.exists() else None


def file_list(bundle: Path) -> list[str]:
    """Every file of a built bundle, relative and in POSIX form, sorted (written to FILES.txt)."""
    return sorted(p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file() and p.name != FILE_LIST)


def top_level(names: list[str]) -> set[str]:
    """The first path component of each listed file: what an installer copies."""
    return {name.split("/", 1)[0] for name in names}
