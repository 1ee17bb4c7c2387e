"""Dashboard panel: visitors on site, overstays (named), and visitors still expected today."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.errors import GatehouseError
from app.visitors.expected import ExpectedVisitService
from app.visitors.model import ExpectedStatus, VisitRow
from app.visitors.visits import VisitService
from ui.app_events import AppEvents
from ui.visitors.code_words import duration_text
from ui.widgets.base import TranslatableFrame

MAX_LISTED = 5
SECONDS_PER_MINUTE = 60


class VisitorsPanel(TranslatableFrame):
    def __init__(
        self,
        visitors: VisitService,
        expected: ExpectedVisitService,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._visitors = visitors
        self._expected = expected
        self._events = events
        self._clock = clock
        self._zone = zone
        self._on_site: list[VisitRow] = []
        self._late: list[VisitRow] = []
        self._waiting = 0
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setObjectName("visitorsSummary")
        self.overstays = QLabel()
        self.overstays.setObjectName("alertWarning")
        self.overstays.setWordWrap(True)
        self.open_button = QPushButton()
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.summary)
        layout.addWidget(self.overstays)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        events.data_changed.connect(self._on_events_data_changed)
        self.refresh()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Visitors"))
        self.open_button.setText(self.tr("Open the visitor log"))
        self.summary.setText(
            self.tr("On site now: {on_site} · overstays: {late} · still expected today: {waiting}").format(
                on_site=len(self._on_site), late=len(self._late), waiting=self._waiting
            )
        )
        now = self._clock.now()
        lines = []
        for row in self._late[:MAX_LISTED]:
            over = int((now - (row.expected_leave_at or now)).total_seconds() // SECONDS_PER_MINUTE)
            lines.append(
                self.tr("{name} ({unit}) overstay {time}").format(
                    name=row.name, unit=row.unit_label or row.company or "—", time=duration_text(over)
                )
            )
        if len(self._late) > MAX_LISTED:
            lines.append(self.tr("… and {count} more").format(count=len(self._late) - MAX_LISTED))
        self.overstays.setText("\n".join(lines))
        self.overstays.setVisible(bool(lines))

    def refresh(self) -> None:
        try:
            self._on_site = self._visitors.on_site()
            self._waiting = sum(1 for r in self._expected.for_day() if r.status is ExpectedStatus.EXPECTED)
        except GatehouseError:
            self._on_site, self._waiting = [], 0
        now = self._clock.now()
        self._late = [row for row in self._on_site if row.overstayed(now)]
        self.retranslate()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.VISIT, ChangeKind.EXPECTED_VISIT):
            self.refresh()

    def _on_open_button_clicked(self) -> None:
        self._events.navigate_requested.emit("visitors")
