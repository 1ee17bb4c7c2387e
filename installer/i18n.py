#!/usr/bin/env python3
"""Translation build step (build-time only, never imported by the program).

    python3 installer/i18n.py [update|fill|missing|release|all]   (dev.py i18n runs "all")

1. ``update``  pyside6-lupdate extracts every translatable string of ui/ and app/ into
               resources/translations/gatehouse_<lang>.ts (no line numbers: stable diffs).
2. ``fill``    writes the translations kept in resources/translations/catalog/*.tsv into the .ts
               files. A catalog is a UTF-8 TSV with the header ``context source zh_TW zh_CN en``
               (``\\n`` and ``\\t`` escaped), one file per module area, so areas developed side by side
               never edit the same catalog. English falls back to the source text.
3. ``missing`` prints the strings that have no catalog entry yet, as TSV rows to complete.
4. ``release`` compiles each .ts into the .qm the program loads.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TR_DIR = ROOT / "resources" / "translations"
CATALOG_DIR = TR_DIR / "catalog"
LANGUAGES = ("zh_TW", "zh_CN", "en")
HEADER = ("context", "source", "zh_TW", "zh_CN", "en")


def _tool(name: str) -> str:
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def ts_path(language: str) -> Path:
    return TR_DIR / f"gatehouse_{language}.ts"


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(nxt, "\\" + nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def load_catalog() -> dict[tuple[str, str], dict[str, str]]:
    """Every catalog row, keyed by (context, source). A key defined twice is an error."""
    entries: dict[tuple[str, str], dict[str, str]] = {}
    origin: dict[tuple[str, str], str] = {}
    for path in sorted(CATALOG_DIR.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(reader, None)
            if tuple(header or ()) != HEADER:
                raise SystemExit(f"{path.name}: header must be {HEADER}")
            for number, row in enumerate(reader, start=2):
                if not row or not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(HEADER):
                    raise SystemExit(f"{path.name}:{number}: expected {len(HEADER)} columns, got {len(row)}")
                context, source, *texts = (unescape(cell) for cell in row)
                key = (context, source)
                if key in entries:
                    raise SystemExit(f"{path.name}:{number}: duplicate of {origin[key]}: {context} / {source!r}")
                entries[key] = dict(zip(LANGUAGES, texts, strict=True))
                origin[key] = f"{path.name}:{number}"
    return entries


def update() -> None:
    TR_DIR.mkdir(parents=True, exist_ok=True)
    targets = [str(ts_path(lang)) for lang in LANGUAGES]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-extensions",
            "py",
            "ui",
            "app",
            "-locations",
            "none",
            "-no-obsolete",
            "-silent",
            "-ts",
            *targets,
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _write(tree: ET.ElementTree, path: Path, language: str) -> None:
    root = tree.getroot()
    root.set("language", language)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def fill() -> list[tuple[str, str]]:
    """Write catalog translations into the .ts files; return (context, source) still missing."""
    catalog = load_catalog()
    missing: dict[tuple[str, str], None] = {}
    for language in LANGUAGES:
        path = ts_path(language)
        tree = ET.parse(path)
        for context, message in _messages(tree):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            entry = catalog.get((context, source))
            text = (entry or {}).get(language, "")
            if not text and language == "en":
                text = source
            if text:
                translation.text = text
                translation.attrib.pop("type", None)
            else:
                translation.text = None
                translation.set("type", "unfinished")
                missing[(context, source)] = None
        _write(tree, path, language)
    return list(missing)


def release() -> None:
    for language in LANGUAGES:
        ts = ts_path(language)
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def print_missing(missing: list[tuple[str, str]]) -> None:
    buffer = io.StringIO()
    for context, source in missing:
        buffer.write("\t".join((escape(context), escape(source), "", "", "")) + "\n")
    sys.stdout.write(buffer.getvalue())


def main(argv: list[str]) -> int:
    step = argv[0] if argv else "all"
    if step in ("update", "all", "missing"):
        update()
    missing: list[tuple[str, str]] = []
    if step in ("fill", "all", "missing"):
        missing = fill()
    if step in ("release", "all"):
        release()
    if step == "missing":
        print_missing(missing)
    elif missing:
        print(
            f"i18n: {len(missing)} strings have no translation yet; "
            "list them with: .venv/bin/python installer/i18n.py missing",
            file=sys.stderr,
        )
        return 1 if step == "all" else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
