"""Printed labels follow the operator's language: English source, zh_TW in the PDF and the preview."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.printing import A5, DocumentLabels
from tests.app.printing import samples
from ui.i18n import install_language
from ui.printing import PdfPrintJob, document_labels

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_document_labels_default_to_english(qapp: object) -> None:
    assert document_labels() == DocumentLabels()


def test_zh_tw_labels_reach_the_pdf_and_the_preview(qapp: object, qtbot: QtBot) -> None:
    install_language("zh_TW")
    labels = document_labels()
    assert (labels.printed_by, labels.reprint, labels.page_text(3, 45)) == ("列印人", "補印", "第 3 / 45 頁")
    doc = samples.visitor_log(90, A5)
    doc.meta = samples.meta("訪客登記表", labels=labels)
    job = PdfPrintJob(doc.render(), "訪客登記表")
    preview = job.preview()
    qtbot.addWidget(preview)
    assert preview.windowTitle() == "列印預覽：訪客登記表"
    texts = {label.text() for label in preview.findChildren(QLabel)}
    assert f"第 1 / {job.page_count()} 頁" in texts
    job.close()
