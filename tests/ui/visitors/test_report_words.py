"""The visit export and the visitors' report words are translated: column titles, coded values and the
approvable actions the daily report lists."""

from __future__ import annotations

import pytest

from app.bootstrap import Services
from app.exports.registry import ExportKind
from app.visitors.model import OVERRIDE_ID_CHECK, OVERRIDE_WATCHLIST, REVEAL_ID, CheckoutMethod, VisitStatus
from app.visitors.types import BuiltinType
from ui.i18n import install_language
from ui.reports.report_words import report_words


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_visit_export_and_report_word_is_translated(qapp: object, services: Services, language: str) -> None:
    install_language(language)
    try:
        words = report_words()
        columns = services.exports.columns(ExportKind.VISITS)
        assert [c.key for c in columns if not words.get(f"export.visits.{c.key}")] == []
        assert all(words[f"export.visits.{c.key}"] != c.title for c in columns)
        codes = {
            "visit_status": list(VisitStatus),
            "visitor_type": list(BuiltinType),
            "checkout_method": list(CheckoutMethod),
            "amended": ["amended"],
            "permission": [REVEAL_ID.name, OVERRIDE_ID_CHECK.name, OVERRIDE_WATCHLIST.name],
        }
        for column, values in codes.items():
            missing = [v for v in values if not words.get(f"code.{column}.{v}")]
            assert missing == [], column
        assert words["code.visit_status.on_site"] == ("在場" if language == "zh_TW" else "在场")
    finally:
        install_language("zh_TW")
