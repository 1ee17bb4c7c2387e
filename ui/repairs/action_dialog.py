"""One small dialog for every work-order action that needs more than a click: who to dispatch to,
why it waits, why it ends, the return-visit answer, a note. Opened with ``open()``; errors show at
the field and the dialog stays open with everything typed."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.directory import PersonRow
from app.errors import GatehouseError, Rule, ValidationError
from app.repairs.lifecycle import Action
from ui.repairs.code_words import end_reason_names, hold_reason_names, satisfaction_names
from ui.widgets.form import Banner, FormErrors

UNREACHED = 0  # the "not reached" choice of the return-visit answer


@dataclass(frozen=True, slots=True)
class ActionInput:
    action: Action
    assignee_id: uuid.UUID | None = None
    reason: str | None = None
    satisfaction: int | None = None  # None: not reached
    text: str = ""

    def chosen_reason(self) -> str:
        """The reason code picked for a hold, reject or cancel (the form requires one)."""
        if self.reason is None:
            raise ValidationError("reason", Rule.REQUIRED)
        return self.reason


# Submit returns an error to show, or None when done; it may finish later (a supervisor's PIN), so
# it reports through the callback it is given.
Submit = Callable[[ActionInput, Callable[[GatehouseError | None], None]], None]


class WorkOrderActionDialog(QDialog):
    def __init__(
        self, action: Action, number: str, technicians: list[PersonRow], submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"workOrderAction_{action.value}")
        self.action = action
        self._number = number
        self._submit = submit
        self.banner = Banner()
        self.errors = FormErrors()
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self.assignee = QComboBox()
        self.reason = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(90)
        self.answers = QButtonGroup(self)
        answer_box = QWidget()
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        self._answer_buttons: dict[int, QRadioButton] = {}
        for score in (5, 4, 3, 2, 1, UNREACHED):
            button = QRadioButton()
            self.answers.addButton(button, score)
            answer_layout.addWidget(button)
            self._answer_buttons[score] = button
        if action is Action.DISPATCH:
            for person in technicians:
                company = f" ({person.company})" if person.company else ""
                self.assignee.addItem(f"{person.name} · {person.role}{company}", person.id)
            self._row(form, "assignee", self.assignee)
        if action is Action.HOLD:
            for code, name in hold_reason_names().items():
                self.reason.addItem(name, str(code))
            self._row(form, "reason", self.reason)
        if action in (Action.REJECT, Action.CANCEL):
            for code, name in end_reason_names().items():
                self.reason.addItem(name, str(code))
            self._row(form, "reason", self.reason)
        if action is Action.VISIT_ANSWERED:
            self._row(form, "satisfaction", answer_box)
        self._row(form, self._text_field(), self.text)
        if action is Action.VISIT_ANSWERED:
            self.errors.alias("comment", "note")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self._buttons)
        layout.addLayout(bottom)
        self.retranslate()

    def _text_field(self) -> str:
        return "description" if self.action is Action.REOPEN else "note"

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel()
        self._labels[field] = label
        self.errors.add_row(form, label, field, widget)

    def retranslate(self) -> None:
        titles = {
            Action.DISPATCH: self.tr("Dispatch {number}"),
            Action.HOLD: self.tr("Put {number} on hold"),
            Action.COMPLETE: self.tr("{number} is done"),
            Action.REJECT: self.tr("Reject {number}"),
            Action.CANCEL: self.tr("Cancel {number}"),
            Action.VISIT_ANSWERED: self.tr("Return visit of {number}"),
            Action.CLOSE_UNREACHED: self.tr("Close {number} without reaching the reporter"),
            Action.REOPEN: self.tr("Reopen {number}"),
            Action.NOTE: self.tr("Note on {number}"),
        }
        self.setWindowTitle(titles.get(self.action, "{number}").format(number=self._number))
        intros = {
            Action.HOLD: self.tr("The SLA clocks stop while the job waits, and run again when it resumes."),
            Action.VISIT_ANSWERED: self.tr(
                "Ask: how satisfied are you with how we handled it? A dissatisfied answer needs a comment."
            ),
            Action.REOPEN: self.tr("A new work order is created and linked to this one. Say what is still wrong."),
        }
        self._intro.setText(intros.get(self.action, ""))
        self._intro.setVisible(bool(self._intro.text()))
        texts = {
            "assignee": self.tr("&Technician or contractor"),
            "reason": self.tr("&Reason"),
            "satisfaction": self.tr("&Answer"),
            "note": self.tr("&Note") if self.action is not Action.VISIT_ANSWERED else self.tr("&Comment"),
            "description": self.tr("&What is still wrong"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        names = satisfaction_names()
        for score, button in self._answer_buttons.items():
            text = self.tr("Not reached: call again later") if score == UNREACHED else f"{score} · {names[score]}"
            button.setText(text)

    def value(self) -> ActionInput:
        action = self.action
        satisfaction: int | None = None
        if action is Action.VISIT_ANSWERED:
            checked = self.answers.checkedId()
            if checked == UNREACHED:
                action = Action.VISIT_UNREACHED
            else:
                satisfaction = checked if checked > 0 else -1
        return ActionInput(
            action=action,
            assignee_id=self.assignee.currentData(),
            reason=self.reason.currentData(),
            satisfaction=satisfaction,
            text=self.text.toPlainText(),
        )

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        self._buttons.setEnabled(False)
        self._submit(self.value(), self._on_submit_finished)

    def _on_submit_finished(self, error: GatehouseError | None) -> None:
        self._buttons.setEnabled(True)
        if error is None:
            self.accept()
        elif not self.errors.show(error):
            self.banner.show_error(error)
