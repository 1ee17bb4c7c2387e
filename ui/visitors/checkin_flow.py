"""One check-in as a conversation: save; on format warnings offer "save anyway"; on a wrong check
digit offer a supervisor's override; on a watchlist hit show the alert and save with the decision.

Whatever goes wrong, the form keeps everything typed; only a saved check-in empties it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from app.auth import AuthService
from app.clock import Clock
from app.errors import Conflict, GatehouseError, ValidationError, ValidationErrors
from app.operators import OperatorService
from app.permissions import Approval
from app.visitors.checks import check_in_remedy
from app.visitors.model import OVERRIDE_ID_CHECK, OVERRIDE_WATCHLIST, VisitRow, WatchDecision, WatchHit, WatchRuling
from app.visitors.visits import WATCHLIST_HIT, VisitService
from ui.app_events import Alert, AlertLevel, AppEvents, RecordRef
from ui.session import OperatorSession
from ui.visitors.checkin_form import CheckInForm
from ui.visitors.code_words import decision_name
from ui.visitors.dialogs import WatchAlertDialog
from ui.visitors.widgets import open_dialog
from ui.widgets.approval import call_with_approval


@dataclass
class _Attempt:
    accepted: frozenset[str] = frozenset()
    override_id: bool = False
    id_approval: Approval | None = None
    ruling: WatchRuling | None = None
    hits: tuple[WatchHit, ...] = field(default_factory=tuple)


def _errors_of(error: GatehouseError) -> tuple[ValidationError, ...]:
    if isinstance(error, ValidationErrors):
        return error.errors
    if isinstance(error, ValidationError):
        return (error,)
    return ()


class CheckInFlow(QObject):
    checked_in = Signal(object)  # VisitRow: on site, or refused at the gate

    def __init__(
        self,
        form: CheckInForm,
        visitors: VisitService,
        auth: AuthService,
        operators: OperatorService,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._visitors = visitors
        self._auth = auth
        self._operators = operators
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._page = parent
        self._attempt = _Attempt()
        self._warned: frozenset[str] = frozenset()
        self.alert: WatchAlertDialog | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._form.submitted.connect(self._on_form_submitted)
        self._form.accept_button.clicked.connect(self._on_accept_button_clicked)
        self._form.override_button.clicked.connect(self._on_override_button_clicked)

    # -- the guard's actions -------------------------------------------------------------------------
    def _on_form_submitted(self) -> None:
        self._form.offer(False, False)
        self._form.banner.clear_message()
        unit_error = self._form.resolve_unit()
        if unit_error is not None:
            self._form.errors.show(unit_error)
            return
        self._attempt = _Attempt()
        self._save()

    def _on_accept_button_clicked(self) -> None:
        self._attempt.accepted = self._attempt.accepted | self._warned
        self._form.offer(False, False)
        self._save()

    def _on_override_button_clicked(self) -> None:
        self._attempt.accepted = self._attempt.accepted | self._warned
        self._form.offer(False, False)
        call_with_approval(
            self._page,
            self._auth,
            self._operators,
            self._session,
            OVERRIDE_ID_CHECK,
            lambda approval: self._call(override_id=True, id_approval=approval),
            self._done,
            self._failed,
        )

    # -- saving ------------------------------------------------------------------------------------
    def _call(
        self, *, override_id: bool = False, id_approval: Approval | None = None, ruling: WatchRuling | None = None
    ) -> VisitRow:
        if override_id:
            self._attempt.override_id = True
        if id_approval is not None:
            self._attempt.id_approval = id_approval
        if ruling is not None:
            self._attempt.ruling = ruling
        attempt = self._attempt
        return self._visitors.check_in(
            self._session.actor,
            self._form.values(),
            accepted=attempt.accepted,
            override_id=attempt.override_id,
            id_approval=attempt.id_approval,
            ruling=attempt.ruling,
        )

    def _save(self) -> None:
        self._form.errors.clear()
        try:
            row = self._call()
        except GatehouseError as error:
            self._failed(error)
            return
        self._done(row)

    def _failed(self, error: GatehouseError) -> None:
        if isinstance(error, Conflict) and error.reason == WATCHLIST_HIT:
            self._show_alert(tuple(error.params.get("hits", ())))
            return
        errors = _errors_of(error)
        if not errors:
            self._form.banner.show_error(error)
            return
        self._form.errors.show(error)
        remedy = check_in_remedy(errors)
        self._warned = remedy.warned
        self._form.offer(remedy.may_accept, remedy.may_override_id)
        if remedy.may_accept:
            self._form.banner.warning(
                self.tr('Check the marked fields. If they are right as typed, press "Save anyway".')
            )

    def _done(self, row: VisitRow) -> None:
        decision = self._attempt.ruling.decision if self._attempt.ruling else None
        if decision is not None:
            self._events.post_alert(
                Alert(
                    f"watchlist:{row.id}",
                    AlertLevel.URGENT,
                    self.tr("Watchlist: {name} ({decision})").format(name=row.name, decision=decision_name(decision)),
                    self._clock.now(),
                    "visitors",
                    record=RecordRef("visit", str(row.id), row.name),
                )
            )
        self._attempt = _Attempt()
        self._form.reset()
        self.checked_in.emit(row)

    # -- the watchlist alert -------------------------------------------------------------------------
    def _show_alert(self, hits: tuple[WatchHit, ...]) -> None:
        self._attempt.hits = hits
        dialog = WatchAlertDialog(self._form.name.text(), hits, self._page)
        dialog.decided.connect(self._on_alert_decided)
        open_dialog(dialog, self._keep_alert)

    def _keep_alert(self, dialog: object) -> None:
        self.alert = dialog if isinstance(dialog, WatchAlertDialog) else None

    def _on_alert_decided(self, decision: WatchDecision) -> None:
        if decision is WatchDecision.OVERRIDDEN:
            call_with_approval(
                self._page,
                self._auth,
                self._operators,
                self._session,
                OVERRIDE_WATCHLIST,
                lambda approval: self._call(ruling=WatchRuling(decision, approval)),
                self._done,
                self._failed,
            )
            return
        try:
            row = self._call(ruling=WatchRuling(decision))
        except GatehouseError as error:
            self._failed(error)
            return
        self._done(row)
