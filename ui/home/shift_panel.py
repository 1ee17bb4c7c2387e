"""The shift at this desk: start one, or see who is on duty since when and hand it over.

Ending a shift is handing it over: the button compiles the handover and opens the handover page,
where the incoming guard acknowledges each item and both confirm with their PINs. A supervisor closes
a refused or stuck handover there (the shift then ends, recorded with the approval).
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.auth import AuthService
from app.changes import ChangeKind, Changes
from app.duty.handover import HandoverRow, HandoverService
from app.errors import GatehouseError
from app.operators import OperatorService
from app.permissions import END_OTHERS_SHIFT, Approval, allowed
from app.shifts import ShiftRow, ShiftService
from ui.app_events import AppEvents
from ui.code_words import pattern_name
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableFrame
from ui.widgets.form import Banner

HANDOVER_PAGE = "handover"


class ShiftPanel(TranslatableFrame):
    def __init__(
        self,
        shifts: ShiftService,
        handovers: HandoverService,
        auth: AuthService,
        operators: OperatorService,
        session: OperatorSession,
        events: AppEvents,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        self._shifts = shifts
        self._handovers = handovers
        self._auth = auth
        self._operators = operators
        self._session = session
        self._events = events
        self._zone = zone
        self._current: ShiftRow | None = None
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setObjectName("shiftSummary")
        self.summary.setWordWrap(True)
        self.banner = Banner()
        self.pattern = QComboBox()
        self.start_button = QPushButton()
        self.start_button.setProperty("role", "primary")
        self.end_button = QPushButton()
        row = QHBoxLayout()
        row.addWidget(self.pattern)
        row.addWidget(self.start_button)
        row.addWidget(self.end_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(row)
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._session.actor_changed.connect(self._on_session_actor_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Shift"))
        self.start_button.setText(self.tr("&Start my shift"))
        self.end_button.setText(self.tr("&End shift: hand over"))
        self._fill_patterns()
        self._render()

    def _fill_patterns(self) -> None:
        current = self.pattern.currentData()
        self.pattern.clear()
        try:
            patterns = self._shifts.patterns()
            suggested = self._shifts.pattern_now().code
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for p in patterns:
            self.pattern.addItem(f"{pattern_name(p)} {p.start:%H:%M}–{p.end:%H:%M}", p.code)
        self.pattern.setCurrentIndex(max(0, self.pattern.findData(current or suggested)))

    def refresh(self) -> None:
        actor = self._session.actor
        try:
            self._current = self._shifts.current(actor.desk_id) if actor.desk_id else None
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._render()

    def _render(self) -> None:
        shift = self._current
        if shift is None:
            self.summary.setText(self.tr("No shift is open at this desk."))
        else:
            started = shift.started_at.astimezone(self._zone)
            self.summary.setText(
                self.tr("{pattern}: {name} on duty since {time}.").format(
                    pattern=pattern_name(shift.pattern), name=shift.operator_name, time=started.strftime("%m-%d %H:%M")
                )
            )
        self.pattern.setVisible(shift is None)
        self.start_button.setVisible(shift is None)
        self.end_button.setVisible(shift is not None)

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.SHIFT, ChangeKind.SETTINGS):
            self.refresh()

    def _on_session_actor_changed(self, _actor: object) -> None:
        self.refresh()

    def _on_start_button_clicked(self) -> None:
        self.banner.clear_message()
        try:
            shift = self._shifts.start(self._session.actor, self.pattern.currentData())
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._session.set_shift(shift.id)
        self._events.ran(self._shifts.start)

    def _on_end_button_clicked(self) -> None:
        """Hand the shift over. A guard ending somebody else's shift (its guard has gone) needs a
        supervisor's PIN and reason in place: the handover is compiled for the record and closed."""
        shift = self._current
        if shift is None:
            return
        self.banner.clear_message()
        actor = self._session.actor
        if shift.operator_id != actor.operator_id and not allowed(actor, END_OTHERS_SHIFT):

            def close(approval: Approval | None) -> HandoverRow:
                return self._handovers.close_shift(actor, approval.reason if approval else "", approval)

            call_with_approval(
                self,
                self._auth,
                self._operators,
                self._session,
                END_OTHERS_SHIFT,
                close,
                self._on_shift_closed,
                self.banner.show_error,
            )
            return
        try:
            self._handovers.compile(actor)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._handovers.compile)
        self._events.navigate_requested.emit(HANDOVER_PAGE)

    def _on_shift_closed(self, _row: HandoverRow) -> None:
        self._session.set_shift(None)
        self._events.ran(self._handovers.close_shift)
        self.banner.notice(self.tr("Shift ended by a supervisor's approval; the handover is recorded."))

    def show_error(self, error: GatehouseError) -> None:
        self.banner.show_error(error)
