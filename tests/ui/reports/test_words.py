"""Every word a report or an export prints has a translation: the report vocabulary, every registered
list's column titles and every code its coded columns hold."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.duty.common import HandoverStatus, IncidentSeverity, IncidentStatus, LogKind
from app.repairs.config import DEFAULT_CATEGORIES
from app.repairs.lifecycle import Channel, WorkOrderState
from app.repairs.sla import ClockState
from app.repairs.sla_policy import Priority, WorkKind
from app.reports.labels import ENGLISH
from ui.i18n import install_language
from ui.reports.report_words import report_words

CODES = {
    "kind": list(WorkKind),
    "category": list(DEFAULT_CATEGORIES),
    "priority": list(Priority),
    "channel": list(Channel),
    "state": list(WorkOrderState),
    "sla": list(ClockState),
    "log_kind": list(LogKind),
    "incident_severity": list(IncidentSeverity),
    "incident_status": list(IncidentStatus),
    "handover_status": list(HandoverStatus),
}


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_report_and_export_word_is_translated(qapp: object, services: Services, language: str) -> None:
    install_language(language)
    try:
        words = report_words()
        english = dict(ENGLISH)
        missing = [key for key in english if not words.get(key)]
        assert missing == []
        for kind in services.exports.kinds():
            titles = [f"export.{kind.value}.{c.key}" for c in services.exports.columns(kind)]
            assert [t for t in titles if not words.get(t)] == [], kind
            assert words.get(f"export.title.{kind.value}")
        for column, codes in CODES.items():
            assert [c for c in codes if not words.get(f"code.{column}.{c}")] == [], column
        assert words["code.category.plumbing"] != "Plumbing" and words["export.log.text"] != "Entry"
    finally:
        install_language("zh_TW")
