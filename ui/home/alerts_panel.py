"""Non-modal alerts: shown in a list on the home page, most severe first (the one scale of app/severity.py,
its mark before each line), then newest first, never stealing focus.

An alert is a target: a click (or Tab to it and Enter) opens the record it is about (``Alert.record``),
else the page that deals with it (``Alert.page``)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.clock import Clock
from ui.app_events import Alert, AlertLevel, AppEvents
from ui.widgets.base import TranslatableFrame

MAX_ALERTS = 30
OBJECT_NAMES = {AlertLevel.URGENT: "alertDanger", AlertLevel.WARNING: "alertWarning", AlertLevel.INFO: "alertInfo"}


class AlertLine(QLabel):
    """One alert in the list: pressed with the mouse, Enter or Space when it leads somewhere."""

    pressed = Signal(object)  # Alert

    def __init__(self, alert: Alert, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.alert = alert
        self.setObjectName(OBJECT_NAMES[alert.level])
        self.setWordWrap(True)
        if alert.record is not None or alert.page:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)

    def leads_somewhere(self) -> bool:
        return self.alert.record is not None or bool(self.alert.page)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.leads_somewhere():
            self.pressed.emit(self.alert)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.leads_somewhere():
            self.pressed.emit(self.alert)
            return
        super().keyPressEvent(event)


class AlertsPanel(TranslatableFrame):
    def __init__(self, events: AppEvents, clock: Clock, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events = events
        self._clock = clock
        self._zone = zone
        self._alerts: dict[str, Alert] = {}
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self._empty = QLabel()
        self._list = QVBoxLayout()
        self._clear = QPushButton()
        self._clear.clicked.connect(self._on_clear_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addLayout(self._list)
        layout.addWidget(self._clear)
        layout.addStretch(1)
        events.alert_posted.connect(self._on_events_alert_posted)
        events.alert_cleared.connect(self._on_events_alert_cleared)
        self.retranslate()
        self._render()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Alerts"))
        self._empty.setText(self.tr("Nothing needs attention."))
        self._clear.setText(self.tr("Clear all"))

    def alerts(self) -> list[Alert]:
        newest_first = sorted(self._alerts.values(), key=lambda a: a.at, reverse=True)
        return sorted(newest_first, key=lambda a: a.level.rank)

    def _on_events_alert_posted(self, alert: Alert) -> None:
        self._alerts[alert.key] = alert
        if len(self._alerts) > MAX_ALERTS:
            oldest = min(self._alerts.values(), key=lambda a: a.at)
            del self._alerts[oldest.key]
        self._render()

    def _on_events_alert_cleared(self, key: str) -> None:
        if self._alerts.pop(key, None) is not None:
            self._render()

    def _on_clear_clicked(self) -> None:
        self._alerts.clear()
        self._render()

    def _render(self) -> None:
        while self._list.count():
            item = self._list.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for alert in self.alerts():
            # the mark (■ ▲ ·) says the step without colour, as on the papers
            line = AlertLine(alert, f"{alert.level.mark} {alert.at.astimezone(self._zone):%H:%M}  {alert.text}")
            if alert.record is not None:
                line.setToolTip(self.tr("Click, or press Enter, to open it"))
            elif alert.page:
                line.setToolTip(self.tr("Click, or press Enter, to go to its page"))
            line.pressed.connect(self._on_line_pressed)
            self._list.addWidget(line)
        self._empty.setVisible(not self._alerts)
        self._clear.setVisible(bool(self._alerts))

    def lines(self) -> list[AlertLine]:
        items = (self._list.itemAt(n) for n in range(self._list.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, AlertLine)]

    def _on_line_pressed(self, alert: Alert) -> None:
        if alert.record is not None:
            self._events.open_record(alert.record)
        elif alert.page:
            self._events.navigate_requested.emit(alert.page)
