"""Issuing a key and taking it back: the two dialogs a guard uses most, keyboard first.

Issue: the borrower (kind 1–5, type, Enter), purpose, due-back time (the class's default), "ID
checked", the depositor's confirmation for a deposited key, and the slip to print. Someone not
authorised for the key brings up the supervisor's PIN in place. Return: Enter takes it back from the
borrower; someone else bringing it is chosen like a borrower.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError, Rule, ValidationError
from app.keys.policy import DEPOSITED, ISSUE_UNAUTHORISED
from app.keys.rows import Borrower, BorrowerKind, KeyRow, LoanRow
from app.permissions import Approval
from ui.keys import code_words
from ui.keys.borrower_picker import BorrowerPicker
from ui.keys.context import KeysContext
from ui.keys.printing import KeyPrinter, SlipPaper
from ui.keys.widgets import dialog_buttons
from ui.widgets.approval import call_with_approval
from ui.widgets.datetime_edit import from_qdatetime, to_qdatetime
from ui.widgets.form import Banner, FormErrors

DATE_TIME_FORMAT = "yyyy-MM-dd HH:mm"
TEXT_MAX = 120
DIALOG_MIN_WIDTH = 480


class KeyDialog(QDialog):
    """Shared by the key dialogs: the key named at the top, a banner, a form with errors at the field."""

    def __init__(self, desk: KeysContext, key: KeyRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.key = key
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.heading = QLabel(f"{key.tag}  {key.label}")
        self.heading.setObjectName("bigTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.banner = Banner()
        self.errors = FormErrors()
        self.form = QFormLayout()

    def show_error(self, error: GatehouseError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class IssueKeyDialog(KeyDialog):
    issued = Signal(object)  # LoanRow

    def __init__(self, desk: KeysContext, key: KeyRow, printer: KeyPrinter, parent: QWidget | None = None) -> None:
        super().__init__(desk, key, parent)
        self.setObjectName("issueKeyDialog")
        self._printer = printer
        self.deposited = key.key_class == DEPOSITED
        self.picker = BorrowerPicker(desk.services.directory, desk.services.keys)
        self.permit_hint = QLabel()
        self.permit_hint.setObjectName("permitHint")
        self.permit_hint.setWordWrap(True)
        self.purpose = QLineEdit()
        self.purpose.setMaxLength(TEXT_MAX)
        self.due = QDateTimeEdit()
        self.due.setDisplayFormat(DATE_TIME_FORMAT)
        self.due.setCalendarPopup(True)
        self.id_checked = QCheckBox()
        self.confirmation = QLineEdit()
        self.confirmation.setMaxLength(TEXT_MAX)
        self.paper = QComboBox()
        self._labels = {name: QLabel() for name in ("borrower", "purpose", "due", "id", "confirmation", "paper")}
        self.errors.add_row(self.form, self._labels["borrower"], "borrower", self.picker)
        self.errors.alias("borrower_detail", "borrower")
        self.form.addRow("", self.permit_hint)
        self.errors.add_row(self.form, self._labels["purpose"], "purpose", self.purpose)
        self.errors.add_row(self.form, self._labels["due"], "due_at", self.due)
        self._labels["id"].setBuddy(self.id_checked)
        self.form.addRow(self._labels["id"], self.id_checked)
        if self.deposited:
            self.errors.add_row(self.form, self._labels["confirmation"], "depositor_confirmation", self.confirmation)
        self._labels["paper"].setBuddy(self.paper)
        self.form.addRow(self._labels["paper"], self.paper)
        self.buttons, self.save_button, self.cancel_button = dialog_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._load()
        self.retranslate()
        self.picker.search.setFocus()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.picker.changed.connect(self._on_picker_changed)
        self.picker.picked.connect(self._on_picker_picked)

    def _load(self) -> None:
        try:
            self.due.setDateTime(
                to_qdatetime(self._desk.services.keys.default_due(self.key.id), self._desk.services.zone)
            )
            suggestions = self._suggestions()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.picker.set_suggestions(suggestions)
        if self.deposited:
            self.picker.set_kind(BorrowerKind.RESIDENT)

    def _suggestions(self) -> list[tuple[str, Borrower]]:
        """The depositor and collectors of a deposited key, the people named for this key."""
        found: list[tuple[str, Borrower]] = []
        deposit = self._desk.services.deposits.deposit_for(self.key.id) if self.deposited else None
        if deposit is not None:
            if deposit.depositor_person_id is not None:
                owner = Borrower(BorrowerKind.RESIDENT, deposit.depositor_name, person_id=deposit.depositor_person_id)
                found.append((f"{deposit.depositor_name} · {deposit.unit_label}", owner))
            for c in deposit.collectors:
                label = " · ".join(p for p in (c.name, c.relation, c.phone_masked) if p)
                found.append((label, Borrower(BorrowerKind.OTHER, c.name, collector_id=c.id, detail=c.relation)))
        for grant in self._desk.services.inventory.authorisations(key_id=self.key.id):
            kind = BorrowerKind(grant.person_kind)
            found.append((grant.person_name, Borrower(kind, grant.person_name, person_id=grant.person_id)))
        return found

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lend a key"))
        classes = {c.code: c for c in self._desk.services.keys.classes()}
        klass = classes.get(self.key.key_class)
        parts = [code_words.class_name(klass) if klass else self.key.key_class]
        if self.key.position:
            parts.append(self.tr("hook {position}").format(position=self.key.position))
        if self.key.members:
            parts.append(
                self.tr("ring of {count}: {keys}").format(
                    count=len(self.key.members), keys="、".join(m.label for m in self.key.members)
                )
            )
        self.facts.setText(" · ".join(parts))
        self._labels["borrower"].setText(self.tr("&Borrower"))
        self._labels["purpose"].setText(self.tr("&Purpose"))
        self._labels["due"].setText(self.tr("&Due back"))
        self._labels["id"].setText(self.tr("ID checked"))
        self.id_checked.setText(self.tr("I have seen the borrower's ID card or staff card (&I)"))
        self._labels["confirmation"].setText(self.tr("Depositor's &confirmation"))
        self.confirmation.setPlaceholderText(
            self.tr("Only for someone not on the depositor's list: who confirmed, when")
        )
        self._labels["paper"].setText(self.tr("Print &slip"))
        current = self.paper.currentData()
        self.paper.clear()
        self.paper.addItem(self.tr("No slip"), SlipPaper.NONE)
        self.paper.addItem(self.tr("Receipt printer"), SlipPaper.RECEIPT)
        self.paper.addItem(self.tr("A5 sheet"), SlipPaper.A5)
        self.paper.setCurrentIndex(max(0, self.paper.findData(current)))
        self.save_button.setText(self.tr("&Lend"))
        self._update_hint()

    def _update_hint(self) -> None:
        borrower = self.picker.borrower()
        if borrower is None:
            self.permit_hint.setText("")
            return
        try:
            allowed = self._desk.services.keys.may_borrow(self.key.id, borrower)
        except GatehouseError:
            self.permit_hint.setText("")
            return
        if allowed:
            self.permit_hint.setText(self.tr("✔ {name} may borrow this key.").format(name=borrower.name))
        elif self.deposited:
            self.permit_hint.setText(self.tr("Not on the depositor's list: the depositor's confirmation is needed."))
        else:
            self.permit_hint.setText(self.tr("Not authorised for this key: a supervisor will be asked to approve."))

    def _on_picker_changed(self) -> None:
        self._update_hint()

    def _on_picker_picked(self) -> None:
        self._update_hint()
        self.purpose.setFocus()

    def _on_save_button_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        borrower = self.picker.borrower()
        if borrower is None:
            self.show_error(ValidationError("borrower", Rule.REQUIRED))
            return
        due = from_qdatetime(self.due.dateTime(), self._desk.services.zone)
        desk = self._desk

        def lend(approval: Approval | None) -> LoanRow:
            return desk.services.keys.issue(
                desk.session.actor,
                self.key.id,
                borrower,
                purpose=self.purpose.text(),
                due_at=due,
                id_checked=self.id_checked.isChecked(),
                depositor_confirmation=self.confirmation.text() if self.deposited else "",
                approval=approval,
            )

        call_with_approval(
            self,
            desk.services.auth,
            desk.services.operators,
            desk.session,
            ISSUE_UNAUTHORISED,
            lend,
            self._on_lent,
            self.show_error,
        )

    def _on_lent(self, loan: LoanRow) -> None:
        self._desk.ran(self._desk.services.keys.issue)
        self.issued.emit(loan)
        self._printer.loan_slip(loan, self.key, SlipPaper(self.paper.currentData()), self.parentWidget())
        self.accept()


class ReturnKeyDialog(KeyDialog):
    returned = Signal(object)  # LoanRow

    def __init__(self, desk: KeysContext, key: KeyRow, loan: LoanRow, parent: QWidget | None = None) -> None:
        super().__init__(desk, key, parent)
        self.setObjectName("returnKeyDialog")
        self.loan = loan
        self.by_borrower = QRadioButton()
        self.by_other = QRadioButton()
        self.by_borrower.setChecked(True)
        self.picker = BorrowerPicker(desk.services.directory, desk.services.keys)
        self.picker.set_kind(BorrowerKind.OTHER)
        self.picker.hide()
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_MAX)
        self._labels = {name: QLabel() for name in ("who", "note")}
        self.form.addRow(self._labels["who"], self.by_borrower)
        self.form.addRow("", self.by_other)
        self.errors.add_row(self.form, QLabel(), "returned_by", self.picker)
        self.errors.alias("returned_by_detail", "returned_by")
        self.errors.add_row(self.form, self._labels["note"], "return_note", self.note)
        self.buttons, self.return_button, _cancel = dialog_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self.return_button.setFocus()

    def _connect_signals(self) -> None:
        self.return_button.clicked.connect(self._on_return_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.by_other.toggled.connect(self._on_by_other_toggled)
        self.picker.picked.connect(self.note.setFocus)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Take a key back"))
        loan, zone = self.loan, self._desk.services.zone
        facts = self.tr("Lent to {name} at {issued}, due back {due}.").format(
            name=loan.borrower.name,
            issued=loan.issued_at.astimezone(zone).strftime("%m-%d %H:%M"),
            due=loan.due_at.astimezone(zone).strftime("%m-%d %H:%M"),
        )
        self.facts.setText(facts)
        if loan.overdue:
            self.banner.warning(self.tr("Overdue by {late}.").format(late=code_words.late_text(loan.late_minutes)))
        self._labels["who"].setText(self.tr("Brought back by"))
        self.by_borrower.setText(self.tr("The borrower, {name} (&B)").format(name=loan.borrower.name))
        self.by_other.setText(self.tr("Someone else (&O)"))
        self._labels["note"].setText(self.tr("&Note"))
        self.return_button.setText(self.tr("&Take back"))

    def _on_by_other_toggled(self, checked: bool) -> None:
        self.picker.setVisible(checked)
        self.adjustSize()
        if checked:
            self.picker.search.setFocus()

    def _on_return_button_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        returned_by = None
        if self.by_other.isChecked():
            returned_by = self.picker.borrower()
            if returned_by is None:
                self.show_error(ValidationError("returned_by", Rule.REQUIRED))
                return
        try:
            loan = self._desk.services.keys.return_key(
                self._desk.session.actor, self.loan.id, returned_by=returned_by, note=self.note.text()
            )
        except GatehouseError as error:
            self.show_error(error)
            return
        self._desk.ran(self._desk.services.keys.return_key)
        self.returned.emit(loan)
        self.accept()
