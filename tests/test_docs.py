"""The docs stand on their own: every picture kept is shown by a page, every picture a page shows
exists, no page or comment points outside the repository, and the docs tools import no test module."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tools.docs.common import PICTURES, doc_pages, shown_pictures

ROOT = Path(__file__).resolve().parent.parent
OUTSIDE = re.compile(r"\.\./shared|SPEC §|TECH-NOTES")


def test_every_picture_is_shown_by_a_page_and_every_shown_picture_exists() -> None:
    kept = {path.name for path in PICTURES.glob("*")}
    shown = set(shown_pictures(ROOT))
    assert sorted(kept - shown) == [], "pictures no page shows: delete them (python3 dev.py docs won't write them)"
    assert sorted(shown - kept) == [], "pages show pictures that are missing: python3 dev.py docs"


def test_nothing_points_outside_the_repository() -> None:
    texts = [*doc_pages(ROOT), ROOT / "pyproject.toml"]
    for folder in ("app", "db", "ui", "tests", "bench", "tools", "installer"):
        texts += sorted((ROOT / folder).rglob("*.py"))
    offences = []
    for path in texts:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if OUTSIDE.search(line) and path != Path(__file__).resolve():
                offences.append(f"{path.relative_to(ROOT)}:{number}")
    assert offences == [], "point to a page in docs/ instead (docs/traps.md, docs/targets.md, docs/architecture.md)"


def test_the_docs_tools_import_no_test_module() -> None:
    offences = []
    for path in sorted((ROOT / "tools").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offences += [
                f"{path.relative_to(ROOT)}:{node.lineno} {name}" for name in names if name.split(".")[0] == "tests"
            ]
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "path"
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            ):
                offences.append(f"{path.relative_to(ROOT)}:{node.lineno} sys.path")
    assert offences == []
