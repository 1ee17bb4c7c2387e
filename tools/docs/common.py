"""What the picture scripts of the docs share: where pictures go, which ones are kept, and how a widget
or a PDF page becomes a PNG.

A picture is kept in ``docs/screenshots/`` only if a page shows it (README.md or docs/*.md links it):
a script asked to write another picture there skips it, so regenerating never brings back clutter.
With ``--out DIR`` elsewhere (``/tmp/…``) every picture is written, for a review.

The scripts run from the repository root as modules, under a virtual X server (or offscreen)::

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tools.docs.keys [--lang en] [--out DIR]

``python3 dev.py docs`` runs all of them. They import app/ and ui/ only, never a test module.
"""

from __future__ import annotations

import argparse
import re
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QWidget

from app.clock import Clock
from app.credentials import LIGHT_COST, SecretHasher
from app.local_config import LocalConfig
from app.operators import NewOperator
from app.paths import DataPaths
from app.permissions import Role
from app.site import DeskKind, DeskSpec, SiteSetup
from ui.i18n import install_language
from ui.shell import ShellWindow
from ui.style import apply_style

ROOT = Path(__file__).resolve().parents[2]
PICTURES = ROOT / "docs" / "screenshots"
SIZE = (1024, 768)
DEFAULT_LANGUAGE = "zh_TW"
# The scripts' throw-away sites hash passwords at the light cost: a picture needs no brute-force guard.
HASHER = SecretHasher(LIGHT_COST)

_LINKED_PICTURE = re.compile(r"screenshots/([A-Za-z0-9_.-]+\.png)")


def doc_pages(root: Path = ROOT) -> list[Path]:
    return [root / "README.md", *sorted((root / "docs").glob("*.md"))]


@cache
def shown_pictures(root: Path = ROOT) -> frozenset[str]:
    """File names of the pictures in docs/screenshots/ that a page links."""
    names: set[str] = set()
    for page in doc_pages(root):
        names.update(_LINKED_PICTURE.findall(page.read_text(encoding="utf-8")))
    return frozenset(names)


def wanted(path: Path) -> bool:
    """Write ``path``? Always outside docs/screenshots/; inside, only what a page shows."""
    return path.parent.resolve() != PICTURES.resolve() or path.name in shown_pictures()


def arguments(description: str | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--lang", default=DEFAULT_LANGUAGE, choices=("zh_TW", "zh_CN", "en"))
    parser.add_argument("--out", type=Path, default=PICTURES, help="folder for the pictures (default docs/screenshots)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    return args


def suffix(language: str) -> str:
    """Pictures in the default language have plain names; others end in ``-<lang>``."""
    return "" if language == DEFAULT_LANGUAGE else f"-{language}"


def start_app(language: str) -> QApplication:
    app = QApplication(sys.argv[:1])
    install_language(language)
    apply_style(app, language, 100)
    return app


def settle(app: QApplication, rounds: int = 8) -> None:
    """Let queued events, layouts and deferred deletes run, as the event loop would between frames."""
    for _ in range(rounds):
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def grab(app: QApplication, widget: QWidget, path: Path) -> None:
    if not wanted(path):
        return
    settle(app)
    widget.grab().save(str(path))
    print(path)


def grab_over(app: QApplication, window: QWidget, dialog: QWidget, path: Path) -> None:
    """The window with a dialog drawn where it stands (offscreen, a dialog is its own top-level)."""
    if not wanted(path):
        return
    settle(app)
    picture = window.grab()
    painter = QPainter(picture)
    spot = dialog.frameGeometry().topLeft() - window.geometry().topLeft()
    if not picture.rect().contains(spot):
        spot = picture.rect().center() - dialog.rect().center()
    painter.drawPixmap(spot, dialog.grab())
    painter.end()
    picture.save(str(path))
    print(path)


def pdf_picture(pdf: bytes, path: Path, dpi: int) -> None:
    """The first page of a PDF as a PNG at ``dpi`` (what the printer gets)."""
    if not wanted(path):
        return
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        document[0].render(scale=dpi / 72).to_pil().save(path)
    finally:
        document.close()
    print(path)


def open_shell(app: QApplication, paths: DataPaths, clock: Clock, language: str) -> ShellWindow:
    """The program's window at the booth screen's size, once its database is open."""
    shell = ShellWindow(paths, LocalConfig(language=language), None, clock, hasher=HASHER)
    shell.resize(*SIZE)
    shell.show()
    while shell.database is None:
        app.processEvents()
    return shell


def set_up_demo_site(app: QApplication, paths: DataPaths, clock: Clock, language: str) -> ShellWindow:
    """A new site as the setup screen makes it: 翠湖花園, a gate booth and a lobby desk, admin 陳志明."""
    shell = open_shell(app, paths, clock, language)
    shell._on_setup_page_setup_requested(
        SiteSetup(
            "翠湖花園",
            "Asia/Hong_Kong",
            [DeskSpec("東門崗", DeskKind.BOOTH), DeskSpec("大堂客服", DeskKind.RECEPTION)],
            NewOperator("admin", "陳志明", Role.ADMIN, "admin-pass-1", "2580"),
            language,
        )
    )
    return shell
