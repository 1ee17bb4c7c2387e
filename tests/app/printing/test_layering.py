"""app/printing stays Qt-free, and its light half stays cheap to import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[3] / "app" / "printing"


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_and_no_database_in_the_pdf_engine() -> None:
    for source in PACKAGE.glob("*.py"):
        for name in imported_modules(source):
            assert not name.startswith(("PySide6", "shiboken6", "sqlalchemy", "db", "ui")), (
                source.name,
                name,
            )


def test_page_sizes_and_labels_import_without_reportlab() -> None:
    probe = (
        "import sys; from app.printing import A4, RECEIPT_58, DocumentLabels, DocumentMeta; "
        "print('reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
