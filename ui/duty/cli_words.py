"""The duty area's CLI words (appended to ``ui/cli_text.AREA_MESSAGES``).

Labels objects for printed sheets travel as JSON in one message each; braces are doubled so that
``CliText.say`` formatting leaves the templates' own placeholders (``{count}``…) as they are.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.duty.code_words import handover_sheet_labels
from ui.printing.document_words import document_labels


def _as_message(labels: Any) -> str:
    text = json.dumps(dataclasses.asdict(labels), ensure_ascii=False)
    return text.replace("{", "{{").replace("}", "}}")


def messages() -> dict[str, str]:
    return {
        "handover.none": QCoreApplication.translate("DutyCli", "No handover has been signed or closed yet."),
        "handover.no_desk": QCoreApplication.translate("DutyCli", "No desk is called '{desk}'."),
        "handover.written": QCoreApplication.translate("DutyCli", "Handover sheet written: {path} ({items} items)."),
        "handover.sheet_labels": _as_message(handover_sheet_labels()),
        "handover.document_labels": _as_message(document_labels()),
    }
