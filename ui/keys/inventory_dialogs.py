"""Looking after the inventory: a key's details, the keys on a ring, who may borrow it, a lost key,
retiring a key. Each dialog is one action (one service call); supervisor approval is asked in place."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError, NotFound, Rule, ValidationError
from app.keys.policy import (
    ACKNOWLEDGE_LOST,
    DEPOSITED,
    MANAGE_KEYS,
    MAX_COPIES,
    RETIRE_KEYS,
    WORK_KEYS,
)
from app.keys.rows import (
    AuthorisationRow,
    BorrowerKind,
    KeyFields,
    KeyRow,
    LostReportRow,
    LostResolution,
    OpensKind,
)
from app.permissions import Approval, Permission
from ui.keys import code_words
from ui.keys.borrower_picker import BorrowerPicker
from ui.keys.context import KeysContext
from ui.keys.widgets import UnitPicker, dialog_buttons
from ui.widgets.approval import call_with_approval
from ui.widgets.form import Banner, FormErrors

T = TypeVar("T")
TEXT_MAX = 120


class InventoryDialog(QDialog):
    """A form with a banner and errors at the field; ``run`` calls one service method with approval."""

    saved = Signal(object)  # whatever the service returned

    def __init__(self, desk: KeysContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self.banner = Banner()
        self.errors = FormErrors()
        self.form = QFormLayout()
        self.buttons, self.ok_button, _cancel = dialog_buttons()
        self.buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self._on_ok_button_clicked)

    def _lay_out(self, *top: QWidget) -> None:
        layout = QVBoxLayout(self)
        for widget in top:
            layout.addWidget(widget)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def show_error(self, error: GatehouseError) -> None:
        if not self.errors.show(error):
            self.banner.show_error(error)

    def run(
        self, permission: Permission, action: Callable[[Approval | None], T], operation: Callable[..., object]
    ) -> None:
        """``action`` calls ``operation`` (the service method, whose declaration says what changed)."""
        self.errors.clear()
        self.banner.clear_message()
        desk = self._desk

        def finished(result: T) -> None:
            desk.ran(operation)
            self.saved.emit(result)
            self.accept()

        call_with_approval(
            self,
            desk.services.auth,
            desk.services.operators,
            desk.session,
            permission,
            action,
            finished,
            self.show_error,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError

    def _on_ok_button_clicked(self) -> None:
        raise NotImplementedError


class KeyFormDialog(InventoryDialog):
    """A new key, or corrections to a key's details (an amendment: the history names the fields)."""

    def __init__(self, desk: KeysContext, key: KeyRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("keyFormDialog")
        self.key = key
        self.tag = QLineEdit()
        self.tag.setMaxLength(20)
        self.label = QLineEdit()
        self.label.setMaxLength(TEXT_MAX)
        self.opens_kind = QComboBox()
        self.opens_text = QLineEdit()
        self.opens_text.setMaxLength(TEXT_MAX)
        self.unit = UnitPicker(desk.services.directory)
        self.key_class = QComboBox()
        self.position = QLineEdit()
        self.position.setMaxLength(20)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.is_ring = QCheckBox()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self._labels: dict[str, QLabel] = {}
        for field, widget in (
            ("tag", self.tag),
            ("label", self.label),
            ("opens_kind", self.opens_kind),
            ("opens_text", self.opens_text),
            ("unit", self.unit),
            ("key_class", self.key_class),
            ("position", self.position),
            ("copies", self.copies),
            ("is_ring", self.is_ring),
            ("notes", self.notes),
        ):
            self._labels[field] = QLabel()
            self.errors.add_row(self.form, self._labels[field], field, widget)
        self._lay_out()
        self.retranslate()
        self._load()
        self.tag.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a key's details") if self.key else self.tr("Add a key"))
        texts = {
            "tag": self.tr("&Tag"),
            "label": self.tr("&Name"),
            "opens_kind": self.tr("&Opens"),
            "opens_text": self.tr("&What it opens"),
            "unit": self.tr("&Unit"),
            "key_class": self.tr("&Class"),
            "position": self.tr("Cabinet &position"),
            "copies": self.tr("Co&pies on the hook"),
            "is_ring": self.tr("Ring"),
            "notes": self.tr("N&otes"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        self.is_ring.setText(self.tr("This is a key ring, lent as one item (&R)"))
        self.label.setPlaceholderText(self.tr("e.g. B2 水泵房"))
        self.position.setPlaceholderText(self.tr("e.g. 甲櫃 12"))
        current_kind, current_class = self.opens_kind.currentData(), self.key_class.currentData()
        self.opens_kind.clear()
        for kind, text in code_words.opens_kind_names().items():
            self.opens_kind.addItem(text, kind)
        self.opens_kind.setCurrentIndex(max(0, self.opens_kind.findData(current_kind)))
        self.key_class.clear()
        editing_deposited = self.key is not None and self.key.key_class == DEPOSITED
        for klass in self._desk.services.keys.classes():
            if (klass.code == DEPOSITED) == editing_deposited:
                self.key_class.addItem(code_words.class_name(klass), klass.code)
        self.key_class.setCurrentIndex(max(0, self.key_class.findData(current_class)))
        self.ok_button.setText(self.tr("&Save"))

    def _load(self) -> None:
        key = self.key
        if key is None:
            self.opens_kind.setCurrentIndex(max(0, self.opens_kind.findData(OpensKind.PLANT_ROOM)))
            return
        self.tag.setText(key.tag)
        self.label.setText(key.label)
        self.opens_kind.setCurrentIndex(max(0, self.opens_kind.findData(key.opens_kind.value)))
        self.opens_text.setText(key.opens_text)
        self.unit.set_unit(key.unit_id, key.unit_label)
        self.key_class.setCurrentIndex(max(0, self.key_class.findData(key.key_class)))
        self.position.setText(key.position)
        self.copies.setValue(key.copies)
        self.is_ring.setChecked(key.is_ring)
        self.notes.setPlainText(key.notes)

    def fields(self) -> KeyFields:
        return KeyFields(
            self.tag.text(),
            self.label.text(),
            self.opens_kind.currentData() or OpensKind.OTHER,
            self.opens_text.text(),
            self.unit.unit_id(),
            self.key_class.currentData() or "",
            self.position.text(),
            self.copies.value(),
            self.is_ring.isChecked(),
            self.notes.toPlainText(),
        )

    def _on_ok_button_clicked(self) -> None:
        fields, inventory, actor = self.fields(), self._desk.services.inventory, self._desk.session.actor
        key = self.key
        if key is None:
            self.run(MANAGE_KEYS, lambda approval: inventory.add_key(actor, fields, approval), inventory.add_key)
        else:
            self.run(
                MANAGE_KEYS, lambda approval: inventory.amend_key(actor, key.id, fields, approval), inventory.amend_key
            )


class RingDialog(InventoryDialog):
    """The keys on a ring, by tag."""

    def __init__(self, desk: KeysContext, ring: KeyRow, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("ringDialog")
        self.ring = ring
        self.heading = QLabel(f"{ring.tag}  {ring.label}")
        self.heading.setObjectName("bigTitle")
        self.members = QLineEdit(", ".join(m.tag for m in ring.members))
        self._members_label = QLabel()
        self.errors.add_row(self.form, self._members_label, "members", self.members)
        self._lay_out(self.heading)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keys on a ring"))
        self._members_label.setText(self.tr("&Tags on the ring"))
        self.members.setPlaceholderText(self.tr("e.g. K-031, K-032 (comma or space between tags)"))
        self.ok_button.setText(self.tr("&Save"))

    def _on_ok_button_clicked(self) -> None:
        tags = [t for t in self.members.text().replace("，", ",").replace(",", " ").split() if t]
        member_ids: list[uuid.UUID] = []
        for tag in tags:
            try:
                member_ids.append(self._desk.services.keys.key_by_tag(tag).id)
            except NotFound:
                self.errors.clear()
                self.banner.error(self.tr("No key has the tag {tag}.").format(tag=tag))
                return
            except GatehouseError as error:
                self.show_error(error)
                return
        inventory, actor, ring_id = self._desk.services.inventory, self._desk.session.actor, self.ring.id
        self.run(
            MANAGE_KEYS,
            lambda approval: inventory.set_ring_members(actor, ring_id, member_ids, approval),
            inventory.set_ring_members,
        )


class AuthorisationsDialog(InventoryDialog):
    """Who may borrow this key (or every key of its class) without a supervisor."""

    def __init__(self, desk: KeysContext, key: KeyRow, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("authorisationsDialog")
        self.key = key
        self.heading = QLabel(f"{key.tag}  {key.label}")
        self.heading.setObjectName("bigTitle")
        self.open_to = QLabel()
        self.open_to.setWordWrap(True)
        self.current = QListWidget()
        self.revoke_button = QPushButton()
        self.picker = BorrowerPicker(
            desk.services.directory,
            desk.services.keys,
            (BorrowerKind.STAFF, BorrowerKind.CONTRACTOR, BorrowerKind.RESIDENT),
        )
        self.scope_key, self.scope_class = QRadioButton(), QRadioButton()
        self.scope_key.setChecked(True)
        self._scope = QButtonGroup(self)
        self._scope.addButton(self.scope_key)
        self._scope.addButton(self.scope_class)
        self._labels = {name: QLabel() for name in ("current", "person", "scope")}
        self.form.addRow(self._labels["current"], self.current)
        self.form.addRow("", self.revoke_button)
        self.errors.add_row(self.form, self._labels["person"], "person", self.picker)
        self.form.addRow(self._labels["scope"], self.scope_key)
        self.form.addRow("", self.scope_class)
        self._lay_out(self.heading, self.open_to)
        self.revoke_button.clicked.connect(self._on_revoke_button_clicked)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Who may borrow this key"))
        klass = self._desk.services.keys.key_class(self.key.key_class)
        kinds = code_words.borrower_kind_names()
        open_to = "、".join(kinds[k] for k in sorted(klass.open_to)) or self.tr("nobody")
        self.open_to.setText(
            self.tr("Every {kinds} may borrow {class_name} keys. Anyone else must be named here.").format(
                kinds=open_to, class_name=code_words.class_name(klass)
            )
        )
        self._labels["current"].setText(self.tr("Named"))
        self._labels["person"].setText(self.tr("&Add a person"))
        self._labels["scope"].setText(self.tr("For"))
        self.scope_key.setText(self.tr("this key only (&K)"))
        self.scope_class.setText(self.tr("every {class_name} key (&E)").format(class_name=code_words.class_name(klass)))
        self.revoke_button.setText(self.tr("&Withdraw the chosen permission"))
        self.ok_button.setText(self.tr("&Add"))

    def load(self) -> None:
        self.current.clear()
        try:
            grants = self._desk.services.inventory.authorisations(key_id=self.key.id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        kinds = code_words.borrower_kind_names()
        for grant in grants:
            scope = self.tr("this key") if grant.key_id else self.tr("the whole class")
            item = QListWidgetItem(f"{grant.person_name} · {kinds.get(grant.person_kind, '')} · {scope}")
            item.setData(Qt.ItemDataRole.UserRole, grant)
            self.current.addItem(item)

    def _on_ok_button_clicked(self) -> None:
        borrower = self.picker.borrower()
        if borrower is None or borrower.person_id is None:
            self.show_error(ValidationError("person", Rule.REQUIRED))
            return
        inventory, actor, person_id = self._desk.services.inventory, self._desk.session.actor, borrower.person_id
        key_id = self.key.id if self.scope_key.isChecked() else None
        key_class = None if key_id else self.key.key_class

        def grant(approval: Approval | None) -> AuthorisationRow:
            return inventory.authorise(actor, person_id, key_id=key_id, key_class=key_class, approval=approval)

        self.run(MANAGE_KEYS, grant, inventory.authorise)

    def _on_revoke_button_clicked(self) -> None:
        item = self.current.currentItem()
        grant = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(grant, AuthorisationRow):
            return
        inventory, actor, desk = self._desk.services.inventory, self._desk.session.actor, self._desk

        def revoked(_result: object) -> None:
            desk.ran(inventory.revoke)
            self.load()

        call_with_approval(
            self,
            desk.services.auth,
            desk.services.operators,
            desk.session,
            MANAGE_KEYS,
            lambda approval: inventory.revoke(actor, grant.id, approval),
            revoked,
            self.show_error,
        )


class LostKeyDialog(InventoryDialog):
    """Report a key lost; or, for a lost key, acknowledge (supervisor), found, replaced or retired."""

    def __init__(
        self, desk: KeysContext, key: KeyRow, report: LostReportRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(desk, parent)
        self.setObjectName("lostKeyDialog")
        self.key = key
        self.report = report
        self.heading = QLabel(f"{key.tag}  {key.label}")
        self.heading.setObjectName("bigTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.outcome = QComboBox()
        self._note_label, self._outcome_label = QLabel(), QLabel()
        if report is not None:
            self.errors.add_row(self.form, self._outcome_label, "resolution", self.outcome)
        self.errors.add_row(self.form, self._note_label, "note", self.note)
        self._lay_out(self.heading, self.facts)
        self.retranslate()
        self.note.setFocus()

    def retranslate(self) -> None:
        zone = self._desk.services.zone
        report = self.report
        if report is None:
            self.setWindowTitle(self.tr("Report a key lost"))
            facts = self.tr("The key cannot be lent until it is found or replaced.")
            if self.key.loan is not None:
                facts = (
                    self.tr("Lent to {name}: the loan is closed as lost. ").format(name=self.key.loan.borrower.name)
                    + facts
                )
            self.facts.setText(facts)
            self._note_label.setText(self.tr("&What happened"))
            self.ok_button.setText(self.tr("&Report lost"))
            return
        self.setWindowTitle(self.tr("Lost key"))
        lines = [
            self.tr("Reported by {name} at {time}.").format(
                name=report.reported_by, time=report.reported_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            )
        ]
        if report.borrower_name:
            lines.append(self.tr("It was lent to {name}.").format(name=report.borrower_name))
        if report.note:
            lines.append(report.note)
        if report.acknowledged_at is not None:
            lines.append(self.tr("Acknowledged by {name}.").format(name=report.acknowledged_by))
        else:
            lines.append(self.tr("Not yet acknowledged by a supervisor."))
        self.facts.setText("\n".join(lines))
        current = self.outcome.currentData()
        self.outcome.clear()
        if report.acknowledged_at is None:
            self.outcome.addItem(self.tr("Acknowledge the loss (supervisor)"), "acknowledge")
        resolutions = code_words.resolution_names()
        for resolution in (LostResolution.FOUND, LostResolution.REPLACED, LostResolution.RETIRED):
            self.outcome.addItem(resolutions[resolution], resolution.value)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(current)))
        self._outcome_label.setText(self.tr("&Outcome"))
        self._note_label.setText(self.tr("&Note"))
        self.ok_button.setText(self.tr("&Record"))

    def _on_ok_button_clicked(self) -> None:
        inventory, actor, note = self._desk.services.inventory, self._desk.session.actor, self.note.toPlainText()
        report = self.report
        if report is None:
            key_id = self.key.id
            self.run(WORK_KEYS, lambda _approval: inventory.report_lost(actor, key_id, note), inventory.report_lost)
            return
        choice = self.outcome.currentData()
        if choice == "acknowledge":
            self.run(
                ACKNOWLEDGE_LOST,
                lambda approval: inventory.acknowledge_lost(actor, report.id, approval),
                inventory.acknowledge_lost,
            )
            return
        resolution = LostResolution(choice)
        permission = WORK_KEYS if resolution == LostResolution.FOUND else RETIRE_KEYS

        def resolve(approval: Approval | None) -> Any:
            return inventory.resolve_lost(actor, report.id, resolution, note, approval)

        self.run(permission, resolve, inventory.resolve_lost)


class RetireKeyDialog(InventoryDialog):
    """Take a key out of service for good, with the reason (the lock was changed…)."""

    def __init__(self, desk: KeysContext, key: KeyRow, parent: QWidget | None = None) -> None:
        super().__init__(desk, parent)
        self.setObjectName("retireKeyDialog")
        self.key = key
        self.heading = QLabel(f"{key.tag}  {key.label}")
        self.heading.setObjectName("bigTitle")
        self.reason = QLineEdit()
        self.reason.setMaxLength(TEXT_MAX)
        self._reason_label = QLabel()
        self.errors.add_row(self.form, self._reason_label, "reason", self.reason)
        self._lay_out(self.heading)
        self.retranslate()
        self.reason.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Retire a key"))
        self._reason_label.setText(self.tr("&Reason"))
        self.reason.setPlaceholderText(self.tr("e.g. lock changed on 2026-03-01"))
        self.ok_button.setText(self.tr("&Retire the key"))

    def _on_ok_button_clicked(self) -> None:
        inventory, actor, key_id, reason = (
            self._desk.services.inventory,
            self._desk.session.actor,
            self.key.id,
            self.reason.text(),
        )
        self.run(
            RETIRE_KEYS, lambda approval: inventory.retire_key(actor, key_id, reason, approval), inventory.retire_key
        )
