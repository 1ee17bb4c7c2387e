"""What every printed document says about itself: site, desk, title, who printed it and when.

``DocumentLabels`` carries the few words the engine prints on its own (header, footer, reprint mark,
signature blocks). app/ holds no translated prose: the UI (or the CLI) passes labels in the chosen
language; the English defaults keep tests and the CLI fallback working. Templates use ``{page}``,
``{pages}`` and ``{count}`` placeholders, substituted literally (a translator's typo cannot raise).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo

DEFAULT_TIMESTAMP_FORMAT = "%Y-%m-%d %H:%M"


@dataclass(frozen=True, slots=True)
class DocumentLabels:
    printed_by: str = "Printed by"
    printed_at: str = "Printed at"
    desk: str = "Desk"
    page: str = "Page {page} / {pages}"
    reprint: str = "REPRINT"
    reprint_count: str = "No. {count}"
    signature_date: str = "Date / time"
    note: str = "Note"

    def page_text(self, page: int, pages: int) -> str:
        return self.page.replace("{pages}", str(pages)).replace("{page}", str(page))

    def reprint_text(self, count: int) -> str:
        return self.reprint_count.replace("{count}", str(count))


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Header facts. ``printed_at`` must be aware; it is shown in ``zone`` (the site's local zone).

    ``reprint_count`` is 0 for an original; 1 for the first reprint, and so on: any value above 0
    prints a reprint mark with the count on every page.
    """

    site_name: str
    desk_name: str
    printed_by: str
    printed_at: datetime
    title: str
    zone: tzinfo
    labels: DocumentLabels = field(default_factory=DocumentLabels)
    reprint_count: int = 0
    timestamp_format: str = DEFAULT_TIMESTAMP_FORMAT

    def __post_init__(self) -> None:
        if self.printed_at.tzinfo is None or self.printed_at.utcoffset() is None:
            raise ValueError("DocumentMeta.printed_at must be timezone-aware")
        if self.reprint_count < 0:
            raise ValueError("DocumentMeta.reprint_count must be >= 0")

    @property
    def is_reprint(self) -> bool:
        return self.reprint_count > 0

    @property
    def printed_at_text(self) -> str:
        return self.printed_at.astimezone(self.zone).strftime(self.timestamp_format)

    def local(self, instant: datetime) -> str:
        """Any aware instant formatted like ``printed_at``, in the site's zone (for callers)."""
        return instant.astimezone(self.zone).strftime(self.timestamp_format)
