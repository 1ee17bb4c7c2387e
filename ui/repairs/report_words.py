"""The repairs area's words in reports and exports (``ui/reports/words.AREA_WORDS``): its codes (type,
category, priority, channel, state, SLA, queue scope) by ``code.<column>.<value>``, and the column
titles of the work-order export by ``export.repairs.<column>`` — the screens' own translations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from app.repairs.rows import QueueScope
from ui.repairs.code_words import (
    category_names,
    channel_names,
    clock_state_names,
    kind_names,
    priority_names,
    state_names,
)

_Code = TypeVar("_Code", bound=str)


def _codes(column: str, names: Mapping[_Code, str]) -> dict[str, str]:
    return {f"code.{column}.{code}": text for code, text in names.items()}


def words() -> dict[str, str]:
    scopes = {
        QueueScope.OPEN: QCoreApplication.translate("QueueView", "Open jobs"),
        QueueScope.CALL_LIST: QCoreApplication.translate("QueueView", "Return visits due"),
        QueueScope.ENDED: QCoreApplication.translate("QueueView", "Closed / ended"),
        QueueScope.ALL: QCoreApplication.translate("QueueView", "All"),
    }
    return {
        **_codes("kind", kind_names()),
        **_codes("category", category_names()),
        **_codes("priority", priority_names()),
        **_codes("channel", channel_names()),
        **_codes("state", state_names()),
        **_codes("sla", clock_state_names()),
        **_codes("scope", scopes),
        "export.repairs.number": QCoreApplication.translate("RepairExport", "No."),
        "export.repairs.created": QCoreApplication.translate("RepairExport", "Reported at"),
        "export.repairs.kind": QCoreApplication.translate("RepairExport", "Type"),
        "export.repairs.category": QCoreApplication.translate("RepairExport", "Category"),
        "export.repairs.priority": QCoreApplication.translate("RepairExport", "Priority"),
        "export.repairs.channel": QCoreApplication.translate("RepairExport", "Channel"),
        "export.repairs.state": QCoreApplication.translate("RepairExport", "State"),
        "export.repairs.where": QCoreApplication.translate("RepairExport", "Unit / location"),
        "export.repairs.reporter": QCoreApplication.translate("RepairExport", "Reporter"),
        "export.repairs.phone": QCoreApplication.translate("RepairExport", "Phone (masked)"),
        "export.repairs.technician": QCoreApplication.translate("RepairExport", "Technician"),
        "export.repairs.responded": QCoreApplication.translate("RepairExport", "Responded at"),
        "export.repairs.resolved": QCoreApplication.translate("RepairExport", "Done at"),
        "export.repairs.closed": QCoreApplication.translate("RepairExport", "Closed at"),
        "export.repairs.sla": QCoreApplication.translate("RepairExport", "SLA"),
        "export.repairs.satisfaction": QCoreApplication.translate("RepairExport", "Satisfaction"),
        "export.repairs.description": QCoreApplication.translate("RepairExport", "Description"),
    }
