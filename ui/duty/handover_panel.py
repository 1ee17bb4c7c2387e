"""Dashboard panel: the last handover at this desk, refused handovers waiting for a supervisor, and the
items the incoming guards queried that nobody has answered yet (answer them here)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.duty.handover import HandoverService, QueryRow
from app.errors import GatehouseError
from ui.app_events import Alert, AlertLevel, AppEvents
from ui.duty.code_words import handover_status_name, item_kind_name
from ui.session import OperatorSession
from ui.widgets.base import TranslatableFrame
from ui.widgets.form import Banner

REFUSED_ALERT = "handover-refused:"
HANDOVER_PAGE = "handover"


class HandoverPanel(TranslatableFrame):
    def __init__(
        self,
        handovers: HandoverService,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._handovers = handovers
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._queries: list[QueryRow] = []
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.last = QLabel()
        self.last.setObjectName("lastHandover")
        self.last.setWordWrap(True)
        self.refused = QLabel()
        self.refused.setObjectName("alertDanger")
        self.refused.setWordWrap(True)
        self.queries = QListWidget()
        self.queries.setMaximumHeight(120)
        self.queries.setWordWrap(True)
        self.queries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.answer = QLineEdit()
        self.answer.setMaxLength(500)
        self.answer_button = QPushButton()
        self.open_button = QPushButton()
        self.banner = Banner()
        row = QHBoxLayout()
        row.addWidget(self.answer, 1)
        row.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addWidget(self.last)
        layout.addWidget(self.refused)
        self._queries_label = QLabel()
        layout.addWidget(self._queries_label)
        layout.addWidget(self.queries)
        layout.addLayout(row)
        layout.addWidget(self.open_button)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.answer_button.clicked.connect(self._on_answer_button_clicked)
        self.answer.returnPressed.connect(self._on_answer_button_clicked)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Handover"))
        self._queries_label.setText(self.tr("Queried items not answered yet:"))
        self.answer.setPlaceholderText(self.tr("Answer to the selected query"))
        self.answer_button.setText(self.tr("Answer"))
        self.open_button.setText(self.tr("Open handover page"))
        self.refresh()

    def refresh(self) -> None:
        actor = self._session.actor
        try:
            last = self._handovers.last(actor.desk_id)
            refused = self._handovers.refused()
            self._queries = self._handovers.open_queries()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        if last is None:
            self.last.setText(self.tr("No handover yet."))
        else:
            when = (last.signed_at or last.closed_at or last.compiled_at).astimezone(self._zone)
            self.last.setText(
                self.tr("Last: {time} {outgoing} → {incoming}, {status}, {count} items").format(
                    time=when.strftime("%m-%d %H:%M"),
                    outgoing=last.outgoing_name,
                    incoming=last.incoming_name or "—",
                    status=handover_status_name(last.status),
                    count=len(last.items),
                )
            )
        lines = [
            self.tr("REFUSED {time}: {outgoing} → {incoming}. A supervisor must close it.").format(
                time=h.compiled_at.astimezone(self._zone).strftime("%m-%d %H:%M"),
                outgoing=h.outgoing_name,
                incoming=h.incoming_name,
            )
            for h in refused
        ]
        self.refused.setText("\n".join(lines))
        self.refused.setVisible(bool(lines))
        for h in refused:
            self._events.post_alert(
                Alert(
                    REFUSED_ALERT + str(h.id),
                    AlertLevel.URGENT,
                    self.tr("Handover refused by {incoming}: a supervisor must close it.").format(
                        incoming=h.incoming_name
                    ),
                    h.signed_at or h.compiled_at,
                    HANDOVER_PAGE,
                )
            )
        self.queries.clear()
        for query in self._queries:
            item = query.item
            text = f"{item_kind_name(item.kind)}: {item.subject} — {item.ack_by_name}: {item.ack_comment}"
            self.queries.addItem(QListWidgetItem(text))
        if self._queries:
            self.queries.setCurrentRow(0)
        has = bool(self._queries)
        for widget in (self.queries, self.answer, self.answer_button, self._queries_label):
            widget.setVisible(has)

    def _on_answer_button_clicked(self) -> None:
        row = self.queries.currentRow()
        if not 0 <= row < len(self._queries):
            return
        try:
            self._handovers.resolve_query(self._session.actor, self._queries[row].item.id, self.answer.text())
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.answer.clear()
        self._events.ran(self._handovers.resolve_query)

    def _on_open_button_clicked(self) -> None:
        self._events.navigate_requested.emit(HANDOVER_PAGE)

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.HANDOVER, ChangeKind.SHIFT):
            self.refresh()
