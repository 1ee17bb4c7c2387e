#!/usr/bin/env python3
"""Print the big rooms: classes with more than 25 methods and modules longer than 500 lines.

    python3 tools/class_sizes.py [ROOT] [--methods N] [--lines N]

Both limits are prompts to split (docs/architecture.md), not hard rules: a class that is really two
things (a configuration service and a lifecycle, a form's layout and its validation) is split along
that seam. Looks at app/, db/ and ui/ under ROOT (default: this repository). Standard library only.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

PACKAGES = ("app", "db", "ui")
METHODS_LIMIT = 25
LINES_LIMIT = 500


def big_classes(path: Path, limit: int) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[str, int]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            methods = sum(isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef) for n in node.body)
            if methods > limit:
                found.append((node.name, methods))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=Path(__file__).resolve().parent.parent)
    parser.add_argument("--methods", type=int, default=METHODS_LIMIT)
    parser.add_argument("--lines", type=int, default=LINES_LIMIT)
    args = parser.parse_args(argv)
    classes: list[tuple[int, str]] = []
    modules: list[tuple[int, str]] = []
    for package in PACKAGES:
        for path in sorted((args.root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = path.relative_to(args.root).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > args.lines:
                modules.append((lines, name))
            classes.extend((count, f"{name}::{cls}") for cls, count in big_classes(path, args.methods))
    print(f"classes with more than {args.methods} methods: {len(classes)}")
    for count, name in sorted(classes, reverse=True):
        print(f"  {count:4d}  {name}")
    print(f"modules longer than {args.lines} lines: {len(modules)}")
    for lines, name in sorted(modules, reverse=True):
        print(f"  {lines:4d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
