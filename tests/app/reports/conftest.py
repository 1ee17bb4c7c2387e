"""Report fixtures: a service over the real foundation facts plus fake area sources."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from app.bootstrap import Services
from app.reports.labels import ReportLabels
from app.reports.paper import Paper
from app.reports.service import ReportService
from app.reports.sources.access import AccessSource

MakeReports = Callable[..., ReportService]


@pytest.fixture
def make_reports(services: Services) -> MakeReports:
    def make(daily: Sequence[Any] = (), muster: Sequence[Any] = (), monthly: Sequence[Any] = ()) -> ReportService:
        return ReportService(
            services.clock,
            services.zone,
            services.site,
            AccessSource(services.database.sessions),
            daily_sources=daily,
            muster_sources=muster,
            monthly_sources=monthly,
        )

    return make


@pytest.fixture
def paper(services: Services) -> Paper:
    return Paper(
        site_name=services.site_row.name,
        printed_by="黃大文",
        printed_at=services.clock.now(),
        zone=services.zone,
        labels=ReportLabels(),
        desk_name="東門崗",
    )
