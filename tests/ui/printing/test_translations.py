"""The Printing catalog: well-formed, complete, in step with the code, and loadable by Qt."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.printing import A5
from tests.app.printing import samples
from ui.printing import PdfPrintJob, document_labels

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ROOT = Path(__file__).resolve().parents[3]
CATALOG = ROOT / "resources" / "translations" / "catalog" / "printing.tsv"
HEADER = ["context", "source", "zh_TW", "zh_CN", "en"]
PLACEHOLDER = re.compile(r"%\d|\{\w+\}")
TOOLS = Path(sys.executable).parent


def unescape(cell: str) -> str:
    return cell.replace("\\n", "\n").replace("\\t", "\t")


def catalog() -> list[dict[str, str]]:
    lines = CATALOG.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(HEADER), f"line {number}: {cells}"
        rows.append(dict(zip(HEADER, map(unescape, cells), strict=True)))
    return rows


def test_every_string_is_translated_and_keeps_its_placeholders() -> None:
    rows = catalog()
    assert len({(r["context"], r["source"]) for r in rows}) == len(rows), "duplicate entries"
    for row in rows:
        assert row["context"] == "Printing"
        wanted = sorted(PLACEHOLDER.findall(row["source"]))
        for language in ("zh_TW", "zh_CN", "en"):
            assert row[language].strip(), (row["source"], language)
            assert sorted(PLACEHOLDER.findall(row[language])) == wanted, (row, language)
        assert row["en"] == row["source"]


def lupdate_sources(tmp_path: Path) -> set[str]:
    lupdate = shutil.which("pyside6-lupdate", path=str(TOOLS))
    if lupdate is None:
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "printing.ts"
    subprocess.run(
        [lupdate, "-extensions", "py", str(ROOT / "ui" / "printing"), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(ts)
    return {m.findtext("source") or "" for m in tree.iterfind("context/message")}


def test_catalog_matches_what_lupdate_finds_in_the_code(tmp_path: Path) -> None:
    assert lupdate_sources(tmp_path) == {row["source"] for row in catalog()}


@pytest.fixture
def zh_tw(qapp: object, tmp_path: Path) -> Iterator[None]:
    lrelease = shutil.which("pyside6-lrelease", path=str(TOOLS))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    ts = ET.Element("TS", version="2.1", language="zh_TW")
    context = ET.SubElement(ts, "context")
    ET.SubElement(context, "name").text = "Printing"
    for row in catalog():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = row["source"]
        ET.SubElement(message, "translation").text = row["zh_TW"]
    ts_path, qm_path = tmp_path / "zh_TW.ts", tmp_path / "zh_TW.qm"
    ET.ElementTree(ts).write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([lrelease, "-silent", str(ts_path), "-qm", str(qm_path)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm_path))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_document_labels_default_to_english(qapp: object) -> None:
    from app.printing import DocumentLabels

    assert document_labels() == DocumentLabels()


def test_zh_tw_labels_reach_the_pdf_and_the_preview(zh_tw: None, qtbot: QtBot, tmp_path: Path) -> None:
    labels = document_labels()
    assert (labels.printed_by, labels.reprint, labels.page_text(3, 45)) == (
        "列印人",
        "補印",
        "第 3 / 45 頁",
    )
    doc = samples.visitor_log(90, A5)
    doc.meta = samples.meta("訪客登記表", labels=labels)
    job = PdfPrintJob(doc.render(), "訪客登記表")
    preview = job.preview()
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "列印預覽：訪客登記表"
    texts = {label.text() for label in preview.findChildren(QLabel)}
    assert f"第 1 / {job.page_count()} 頁" in texts
