"""One work order: its facts, countdown, attachments, the full timeline, and what can be done now."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.attachments import AttachmentRow
from app.clock import Clock
from app.repairs.lifecycle import OPEN_STATES, Action
from app.repairs.rows import SourceRow, WorkOrderDetail
from app.repairs.sla import ClockState, SlaClock, countdown
from ui.app_events import RecordRef
from ui.repairs.code_words import (
    action_names,
    category_names,
    channel_names,
    clock_state_names,
    duration_text,
    kind_names,
    name_of,
    priority_names,
    satisfaction_names,
    state_names,
)
from ui.repairs.models import STATE_COLOURS, STATE_SYMBOLS
from ui.widgets.attachments import AttachmentList
from ui.widgets.base import TranslatableWidget
from ui.widgets.record_links import RecordLinks

BUTTON_COLUMNS = 3
# The actions offered as buttons, in this order (VISIT_UNREACHED is a choice in the visit dialog).
OFFERED = (
    Action.DISPATCH,
    Action.START,
    Action.HOLD,
    Action.RESUME,
    Action.COMPLETE,
    Action.VISIT_ANSWERED,
    Action.CLOSE_UNREACHED,
    Action.REOPEN,
    Action.REJECT,
    Action.CANCEL,
    Action.NOTE,
)


class WorkOrderDetailPanel(TranslatableWidget):
    action_requested = Signal(object)  # Action
    print_requested = Signal(str)  # page name: "A4", "A5", "RECEIPT"

    def __init__(
        self,
        clock: Clock,
        zone: tzinfo,
        open_attachment: Callable[[AttachmentRow], Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workOrderDetail")
        self._clock = clock
        self._zone = zone
        self.detail: WorkOrderDetail | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.countdown = QLabel()
        self.countdown.setObjectName("slaCountdown")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.source = RecordLinks()  # "Made from: [Incident INC-… ›]": back to the log entry or incident
        self.source.setObjectName("workOrderSource")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._attachments_label = QLabel()
        self.attachments = AttachmentList(open_attachment, rows=1)
        self._attachments_label.setBuddy(self.attachments.list)
        self._timeline_label = QLabel()
        self.timeline = QListWidget()
        self.timeline.setObjectName("workOrderTimeline")
        self.timeline.setWordWrap(True)
        self.buttons: dict[Action, QPushButton] = {}
        self._grid = QGridLayout()
        for action in OFFERED:
            button = QPushButton()
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _checked=False, a=action: self.action_requested.emit(a))
            self.buttons[action] = button
        self.print_buttons: dict[str, QPushButton] = {}
        for page in ("A4", "A5", "RECEIPT"):
            button = QPushButton()
            button.clicked.connect(lambda _checked=False, p=page: self.print_requested.emit(p))
            self.print_buttons[page] = button
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.title)
        layout.addWidget(self.countdown)
        layout.addWidget(self.facts)
        layout.addWidget(self.source)
        layout.addWidget(self.description)
        files = QHBoxLayout()
        files.addWidget(self._attachments_label)
        files.addWidget(self.attachments, 1)
        layout.addLayout(files)
        layout.addLayout(self._grid)
        layout.addWidget(self._timeline_label)
        layout.addWidget(self.timeline, 1)
        self.retranslate()
        self.show_detail(None)

    def retranslate(self) -> None:
        texts = {
            Action.DISPATCH: self.tr("&Dispatch…"),
            Action.START: self.tr("S&tart work"),
            Action.HOLD: self.tr("&Hold…"),
            Action.RESUME: self.tr("Res&ume"),
            Action.COMPLETE: self.tr("D&one…"),
            Action.VISIT_ANSWERED: self.tr("Return &visit…"),
            Action.CLOSE_UNREACHED: self.tr("Close unreached…"),
            Action.REOPEN: self.tr("Re&open…"),
            Action.REJECT: self.tr("Re&ject…"),
            Action.CANCEL: self.tr("&Cancel job…"),
            Action.NOTE: self.tr("Add &note…"),
        }
        for action, button in self.buttons.items():
            button.setText(texts[action])
        self.print_buttons["A4"].setText(self.tr("Print A4"))
        self.print_buttons["A5"].setText(self.tr("Print A5"))
        self.print_buttons["RECEIPT"].setText(self.tr("Print slip"))
        self._timeline_label.setText(self.tr("Timeline"))
        self._attachments_label.setText(self.tr("Files"))
        self.empty.setText(self.tr("Choose a work order in the list to see its details and timeline."))
        self.show_detail(self.detail)

    def show_detail(self, detail: WorkOrderDetail | None) -> None:
        self.detail = detail
        has = detail is not None
        self.empty.setVisible(not has)
        for widget in (self.title, self.countdown, self.facts, self.description, self._timeline_label, self.timeline):
            widget.setVisible(has)
        allowed = set(detail.allowed) if detail is not None else set()
        self._lay_out_buttons([b for a, b in self.buttons.items() if a in allowed])
        self.timeline.clear()
        self._show_source(detail)
        if detail is None:
            self.attachments.hide()
            self._attachments_label.hide()
            return
        row = detail.row
        self.title.setText(f"{row.number} · {state_names().get(row.state, row.state)}")
        self.tick()
        local = row.created_at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        facts = [
            (self.tr("Type"), f"{kind_names()[row.kind]} · {priority_names()[row.priority]}"),
            (self.tr("Category"), category_names().get(row.category, row.category)),
            (self.tr("Reporter"), " · ".join(p for p in (row.reporter_name, row.reporter_phone or "") if p)),
            (self.tr("Unit / location"), row.where),
            (self.tr("Reported"), f"{local} · {channel_names()[row.channel]}"),
            (self.tr("Technician"), row.assignee_name or "—"),
        ]
        if row.satisfaction is not None:
            facts.append((self.tr("Satisfaction"), f"{row.satisfaction} · {satisfaction_names()[row.satisfaction]}"))
        if detail.reopened_from_number:
            facts.append((self.tr("Reopens"), detail.reopened_from_number))
        if detail.reopened_to_numbers:
            facts.append((self.tr("Reopened as"), ", ".join(detail.reopened_to_numbers)))
        self.facts.setText("<br>".join(f"<b>{escape(k)}</b>: {escape(v)}" for k, v in facts))
        self.description.setText(row.description)
        self.attachments.setVisible(bool(detail.attachments))
        self._attachments_label.setVisible(bool(detail.attachments))
        self.attachments.set_rows(detail.attachments)
        actions = action_names()
        for event in detail.events:
            when = event.at.astimezone(self._zone).strftime("%m-%d %H:%M")
            parts = [actions.get(event.action, event.action)]
            if event.assignee_name:
                parts.append(event.assignee_name)
            if event.related_number:
                parts.append(event.related_number)
            if event.reason:
                parts.append(name_of(event.reason))
            if event.satisfaction is not None:
                parts.append(f"{event.satisfaction} · {satisfaction_names()[event.satisfaction]}")
            line = f"{when}  {event.actor_name}  —  {' '.join(parts)}"
            if event.note:
                line += f"\n      {event.note}"
            item = QListWidgetItem(line)
            self.timeline.addItem(item)

    def _show_source(self, detail: WorkOrderDetail | None) -> None:
        source = None if detail is None else detail.source
        if source is None:
            self.source.set_links("", [])
            return
        text = self._source_text(source)
        ref = RecordRef(source.kind, source.id, source.reference or text)
        caption = self.tr("Made from")
        self.source.set_links(f"<b>{escape(caption)}</b>:", [(ref, text)])

    def _source_text(self, source: SourceRow) -> str:
        when = "" if source.at is None else source.at.astimezone(self._zone).strftime("%m-%d %H:%M")
        if source.kind == "incident":
            text = self.tr("Incident {number}").format(number=source.reference)
        elif source.kind == "log":
            text = self.tr("Duty-log entry")
        else:
            text = source.kind
        return " · ".join(part for part in (text, when) if part)  # the place is the job's own location

    def _lay_out_buttons(self, shown: list[QPushButton]) -> None:
        """The allowed actions packed in rows of three (no holes), the print buttons on their own row."""
        for button in [*self.buttons.values(), *self.print_buttons.values()]:
            self._grid.removeWidget(button)
            button.hide()
        for position, button in enumerate(shown):
            self._grid.addWidget(button, position // BUTTON_COLUMNS, position % BUTTON_COLUMNS)
            button.show()
        if self.detail is not None:
            row = -(-len(shown) // BUTTON_COLUMNS)
            for column, button in enumerate(self.print_buttons.values()):
                self._grid.addWidget(button, row, column)
                button.show()

    def tick(self) -> None:
        """Refresh the countdown line (the page's timer calls this)."""
        detail = self.detail
        if detail is None or detail.status is None:
            self.countdown.setText("")
            return
        if detail.row.state not in OPEN_STATES:
            state = detail.row.sla_state
            self.countdown.setText(f"{STATE_SYMBOLS[state]} {clock_state_names()[state]}")
            self.countdown.setStyleSheet(_style(state))
            return
        now = self._clock.now()
        current = countdown(detail.status, now)
        if current is None:
            self.countdown.setText("")
            return
        due = current.due.astimezone(self._zone).strftime("%m-%d %H:%M")
        clock_word = self.tr("respond") if current.clock is SlaClock.RESPONSE else self.tr("fix")
        self.countdown.setText(
            self.tr("{symbol} {state} {time} · {clock} by {due}").format(
                symbol=STATE_SYMBOLS[current.state],
                state=clock_state_names()[current.state],
                time=duration_text(current.remaining),
                clock=clock_word,
                due=due,
            )
        )
        self.countdown.setStyleSheet(_style(current.state))


def _style(state: ClockState) -> str:
    background, text = STATE_COLOURS[state]
    return f"background: {background}; color: {text}; padding: 4px; font-weight: bold;"
