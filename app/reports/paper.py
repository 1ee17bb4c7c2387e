"""What every report PDF needs besides its facts: the site, who prints it, when, in which words."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from app.printing.meta import DocumentMeta
from app.printing.pages import A4, PageSpec
from app.reports.labels import ReportLabels

if TYPE_CHECKING:
    from app.printing.document import Document

TIME_FORMAT = "%H:%M"
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class Paper:
    site_name: str
    printed_by: str
    printed_at: datetime
    zone: tzinfo
    labels: ReportLabels
    desk_name: str = ""
    page: PageSpec = A4

    def document(self, title: str) -> Document:
        from app.printing.document import Document

        meta = DocumentMeta(
            site_name=self.site_name,
            desk_name=self.desk_name,
            printed_by=self.printed_by,
            printed_at=self.printed_at,
            title=title,
            zone=self.zone,
            labels=self.labels.document(),
        )
        return Document(self.page, meta)

    def time(self, instant: datetime | None) -> str:
        return "" if instant is None else instant.astimezone(self.zone).strftime(TIME_FORMAT)

    def moment(self, instant: datetime | None, day_of: datetime | None = None) -> str:
        """``HH:MM`` when ``instant`` falls on the local day of ``day_of``, else ``YYYY-MM-DD HH:MM``."""
        if instant is None:
            return ""
        local = instant.astimezone(self.zone)
        if day_of is not None and local.date() == day_of.astimezone(self.zone).date():
            return local.strftime(TIME_FORMAT)
        return local.strftime(DATETIME_FORMAT)
