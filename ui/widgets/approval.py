"""Supervisor approval in place: a supervisor at the desk types their PIN and a reason.

``call_with_approval`` runs a service call; when the service answers ``PermissionDenied`` with
``approvable``, it opens the dialog (non-modal ``open()``) and, once approved, calls the service
again with the ``Approval``. Nobody has to sign out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.auth import AuthService
from app.errors import AuthenticationError, GatehouseError, PermissionDenied
from app.operators import OperatorService
from app.permissions import Approval, Permission
from ui.session import OperatorSession
from ui.widgets.form import Banner, FormErrors

T = TypeVar("T")


class SupervisorApprovalDialog(QDialog):
    approved = Signal(object)  # Approval

    def __init__(
        self,
        auth: AuthService,
        operators: OperatorService,
        session: OperatorSession,
        permission: Permission,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._session = session
        self._permission = permission
        self.setObjectName("supervisorApproval")
        self.setModal(True)
        self._banner = Banner()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.supervisor = QComboBox()
        for row in operators.supervisors():
            self.supervisor.addItem(row.display_name, row.id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(6)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self._errors = FormErrors()
        form = QFormLayout()
        self._supervisor_label, self._pin_label, self._reason_label = QLabel(), QLabel(), QLabel()
        self._errors.add_row(form, self._supervisor_label, "supervisor", self.supervisor)
        self._errors.add_row(form, self._pin_label, "pin", self.pin)
        self._errors.add_row(form, self._reason_label, "reason", self.reason)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self._banner)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.retranslate()
        self.pin.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Supervisor approval"))
        self._intro.setText(
            self.tr(
                "This action needs a supervisor. The supervisor enters their PIN here "
                "and says why; the approval is recorded."
            )
        )
        self._supervisor_label.setText(self.tr("&Supervisor"))
        self._pin_label.setText(self.tr("&PIN"))
        self._reason_label.setText(self.tr("&Reason"))
        if not self.supervisor.count():
            self._banner.error(self.tr("No supervisor has a PIN yet. An administrator can set one."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_buttons_accepted(self) -> None:
        supervisor_id = self.supervisor.currentData()
        if supervisor_id is None:
            return
        try:
            approval = self._auth.approve(
                supervisor_id, self.pin.text(), self._permission, self.reason.text(), self._session.actor
            )
        except AuthenticationError as error:
            self.pin.clear()
            self._banner.show_error(error)
            self.pin.setFocus()
            return
        except GatehouseError as error:
            if not self._errors.show(error):
                self._banner.show_error(error)
            return
        self.approved.emit(approval)
        self.accept()


def call_with_approval(
    parent: QWidget,
    auth: AuthService,
    operators: OperatorService,
    session: OperatorSession,
    permission: Permission,
    action: Callable[[Approval | None], T],
    on_done: Callable[[T], Any],
    on_error: Callable[[GatehouseError], Any],
) -> None:
    """Run ``action``; if a supervisor must approve, ask in place and run it again."""
    try:
        result = action(None)
    except PermissionDenied as denied:
        if not denied.approvable:
            on_error(denied)
            return
        dialog = SupervisorApprovalDialog(auth, operators, session, permission, parent)

        def _on_dialog_approved(approval: Approval) -> None:
            try:
                outcome = action(approval)
            except GatehouseError as error:
                on_error(error)
                return
            on_done(outcome)

        dialog.approved.connect(_on_dialog_approved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return
    except GatehouseError as error:
        on_error(error)
        return
    on_done(result)
