"""A resident's key left at the desk: the unit, the depositor, their consent, who may collect it, and
the receipt. For a key already deposited: the list of collectors (changed at the depositor's word) and
a reprint of the receipt."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.directory import PersonKind
from app.errors import GatehouseError, ValidationError, ValidationErrors
from app.keys.deposits import collector_field
from app.keys.rows import CollectorFields, DepositFields, DepositRow
from ui.keys import code_words
from ui.keys.context import KeysContext
from ui.keys.printing import KeyPrinter, SlipPaper
from ui.keys.widgets import UnitPicker, dialog_buttons
from ui.widgets.form import Banner, FieldError, FormErrors

COLLECTOR_ROWS = 4
TEXT_MAX = 120


def _warned_fields(error: GatehouseError) -> set[str]:
    errors = error.errors if isinstance(error, ValidationErrors) else (error,)
    return {e.field for e in errors if isinstance(e, ValidationError) and e.warning}


class DepositDialog(QDialog):
    deposited = Signal(object)  # DepositRow

    def __init__(
        self, desk: KeysContext, printer: KeyPrinter, deposit: DepositRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("depositDialog")
        self._desk = desk
        self._printer = printer
        self.deposit = deposit
        self._warned: set[str] = set()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.banner = Banner()
        self.errors = FormErrors()
        form = QFormLayout()
        self.unit = UnitPicker(desk.services.directory)
        self.depositor = QComboBox()
        self.tag = QLineEdit()
        self.tag.setMaxLength(20)
        self.label = QLineEdit()
        self.label.setMaxLength(TEXT_MAX)
        self.position = QLineEdit()
        self.position.setMaxLength(20)
        self.consent = QCheckBox()
        self.consent_note = QLineEdit()
        self.consent_note.setMaxLength(TEXT_MAX)
        self.paper = QComboBox()
        self._labels = {
            n: QLabel() for n in ("unit", "depositor", "tag", "label", "position", "consent", "form", "paper")
        }
        if deposit is None:
            for name, field, widget in (
                ("unit", "unit", self.unit),
                ("depositor", "depositor", self.depositor),
                ("tag", "tag", self.tag),
                ("label", "label", self.label),
                ("position", "position", self.position),
                ("consent", "consent", self.consent),
                ("form", "consent_note", self.consent_note),
            ):
                self.errors.add_row(form, self._labels[name], field, widget)
        self.collectors: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        grid = QGridLayout()
        self._headers = [QLabel(), QLabel(), QLabel()]
        for column, header in enumerate(self._headers):
            grid.addWidget(header, 0, column)
        for index in range(COLLECTOR_ROWS):
            row = (QLineEdit(), QLineEdit(), QLineEdit())
            for column, (widget, field) in enumerate(zip(row, ("name", "phone", "relation"), strict=True)):
                widget.setMaxLength(TEXT_MAX)
                error = FieldError()
                cell = QVBoxLayout()
                cell.addWidget(widget)
                cell.addWidget(error)
                grid.addLayout(cell, index + 1, column)
                self.errors.register(collector_field(index, field), widget, error)
            self.collectors.append(row)
        self._collectors_label = QLabel()
        form.addRow(self._collectors_label, grid)
        self._labels["paper"].setBuddy(self.paper)
        form.addRow(self._labels["paper"], self.paper)
        self.buttons, self.save_button, _cancel = dialog_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate()
        self._load()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.unit.changed.connect(self._on_unit_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        deposit = self.deposit
        if deposit is None:
            self.setWindowTitle(self.tr("Resident's key deposited"))
            self.intro.setText(
                self.tr("The owner leaves a key with the management. Ask who else may collect it, with phones.")
            )
        else:
            self.setWindowTitle(self.tr("Deposited key"))
            self.intro.setText(
                self.tr(
                    "{tag} {label}: deposited by {name} ({unit}). Change who may collect it at the depositor's word."
                ).format(
                    tag=deposit.key_tag, label=deposit.key_label, name=deposit.depositor_name, unit=deposit.unit_label
                )
            )
        texts = {
            "unit": self.tr("&Unit"),
            "depositor": self.tr("&Depositor"),
            "tag": self.tr("&Tag"),
            "label": self.tr("&Name"),
            "position": self.tr("Cabinet &position"),
            "consent": self.tr("Consent"),
            "form": self.tr("Consent &form no."),
            "paper": self.tr("Print &receipt"),
        }
        for name, label in self._labels.items():
            label.setText(texts[name])
        self.consent.setText(self.tr("The owner agrees to leave this key with the management (&A)"))
        self._collectors_label.setText(self.tr("May collect"))
        for header, text in zip(self._headers, (self.tr("Name"), self.tr("Phone"), self.tr("Relation")), strict=True):
            header.setText(text)
        current = self.paper.currentData()
        self.paper.clear()
        self.paper.addItem(self.tr("A5 sheet"), SlipPaper.A5)
        self.paper.addItem(self.tr("Receipt printer"), SlipPaper.RECEIPT)
        self.paper.addItem(self.tr("No receipt"), SlipPaper.NONE)
        self.paper.setCurrentIndex(max(0, self.paper.findData(current)))
        self.save_button.setText(self.tr("&Save"))

    def _load(self) -> None:
        if self.deposit is None:
            self.unit.text.setFocus()
            return
        for row, collector in zip(self.collectors, self.deposit.collectors, strict=False):
            row[0].setText(collector.name)
            row[1].setText(collector.phone or "")
            row[2].setText(collector.relation)
        self.paper.setCurrentIndex(max(0, self.paper.findData(SlipPaper.NONE)))
        self.collectors[0][0].setFocus()

    def _on_unit_changed(self) -> None:
        unit_id = self.unit.unit_id()
        self.depositor.clear()
        if unit_id is None:
            return
        try:
            residents = self._desk.services.directory.people(kinds=[PersonKind.RESIDENT], unit_id=unit_id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        roles = code_words.resident_role_names()
        for person in residents:
            role = roles.get(person.role, person.role)
            self.depositor.addItem(f"{person.name} · {role}" if role else person.name, person.id)
        if not self.label.text().strip():
            self.label.setText(self.tr("{unit} deposited key").format(unit=self.unit.choice.currentText()))

    def collector_fields(self) -> tuple[CollectorFields, ...]:
        rows = [(n.text(), p.text(), r.text()) for n, p, r in self.collectors]
        return tuple(CollectorFields(n, p, r) for n, p, r in rows if n.strip() or p.strip() or r.strip())

    def _on_save_button_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        actor = self._desk.session.actor
        accepted = set(self._warned)
        try:
            if self.deposit is None:
                depositor = self.depositor.currentData()
                fields = DepositFields(
                    self.tag.text(),
                    self.label.text(),
                    self.unit.unit_id(),
                    depositor if isinstance(depositor, uuid.UUID) else None,
                    self.consent.isChecked(),
                    self.consent_note.text(),
                    self.position.text(),
                    self.collector_fields(),
                )
                row = self._desk.services.deposits.deposit(actor, fields, accepted)
            else:
                row = self._desk.services.deposits.set_collectors(
                    actor, self.deposit.key_id, self.collector_fields(), accepted
                )
        except GatehouseError as error:
            self._warned = _warned_fields(error)
            if not self.errors.show(error):
                self.banner.show_error(error)
            return
        self._desk.ran(
            self._desk.services.deposits.deposit
            if self.deposit is None
            else self._desk.services.deposits.set_collectors
        )
        self.deposited.emit(row)
        self._printer.deposit_receipt(row, SlipPaper(self.paper.currentData()), self.parentWidget())
        self.accept()
