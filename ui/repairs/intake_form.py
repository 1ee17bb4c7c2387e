"""The intake form: who reports, where, what, how urgent, and photos. Keyboard first: type a name,
phone digits or a unit in "Find resident" and press Enter to take the first match. A refused save
keeps everything typed and shows each problem under its field."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.directory import DirectoryService, PersonKind, PersonRow
from app.errors import GatehouseError, ValidationError, ValidationErrors
from app.repairs.lifecycle import Channel
from app.repairs.rows import IntakeFields, WorkOrderDetail
from app.repairs.service import RepairService
from app.repairs.sla_policy import Priority, WorkKind
from ui.repairs.code_words import category_names, channel_names, kind_names, priority_names
from ui.session import OperatorSession
from ui.widgets.attachments import AttachmentPicker
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FormErrors

MATCHES_SHOWN = 6
DESCRIPTION_HEIGHT = 220
INTAKE_CHANNELS = (Channel.PHONE, Channel.WALK_IN, Channel.PATROL, Channel.OWNER_APP)

# Saves the form's fields (with the fields whose warning the operator accepted) as a work order.
Submit = Callable[[IntakeFields, Collection[str]], WorkOrderDetail]


class IntakeForm(TranslatableWidget):
    saved = Signal(object)  # WorkOrderDetail

    def __init__(
        self,
        repairs: RepairService,
        directory: DirectoryService,
        session: OperatorSession,
        parent: QWidget | None = None,
        *,
        channels: Sequence[Channel] = INTAKE_CHANNELS,
        submit: Submit | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairIntake")
        self._repairs = repairs
        self._directory = directory
        self._session = session
        self._channels = tuple(channels)
        self._submit: Submit = submit or (lambda fields, accepted: repairs.create(session.actor, fields, accepted))
        self._resident: PersonRow | None = None
        self._warned: dict[str, str] = {}  # field → value the operator was warned about
        self.banner = Banner()
        self.errors = FormErrors()
        self.resident_search = QLineEdit()
        self.resident_search.setObjectName("residentSearch")
        self.matches = QListWidget()
        self.matches.setMaximumHeight(110)
        self.matches.hide()
        self.reporter_name = QLineEdit()
        self.reporter_phone = QLineEdit()
        self.unit_search = QLineEdit()
        self.unit = QComboBox()
        self.location = QLineEdit()
        self.channel = QComboBox()
        self.category = QComboBox()
        self.kind = QComboBox()
        self.priority = QComboBox()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)
        self.description.setMaximumHeight(DESCRIPTION_HEIGHT)
        self.files = AttachmentPicker(accelerator=True)
        self.attachment_list = self.files.list
        self.add_file = self.files.add_button
        self.remove_file = self.files.remove_button
        self.save_button = QPushButton()
        self.save_button.setProperty("role", "primary")
        self.clear_button = QPushButton()
        self._labels: dict[str, QLabel] = {}

        left, right = QFormLayout(), QFormLayout()
        search_box = QWidget()
        search_layout = QVBoxLayout(search_box)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.resident_search)
        search_layout.addWidget(self.matches)
        self._row(left, "search", search_box)
        self._row(left, "reporter_name", self.reporter_name)
        self._row(left, "reporter_phone", self.reporter_phone)
        unit_box = QWidget()
        unit_layout = QHBoxLayout(unit_box)
        unit_layout.setContentsMargins(0, 0, 0, 0)
        unit_layout.addWidget(self.unit_search, 1)
        unit_layout.addWidget(self.unit, 2)
        self._row(left, "unit", unit_box)
        self._row(left, "location", self.location)
        self._row(right, "kind", self.kind)
        self._row(right, "category", self.category)
        self._row(right, "priority", self.priority)
        self._row(right, "channel", self.channel)
        self._row(right, "attachments", self.files)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        description_form = QFormLayout()
        self._row(description_form, "description", self.description)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        self.button_row = buttons  # a dialog hosting the form adds its Cancel here
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(columns)
        layout.addLayout(description_form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self._connect_signals()
        self.retranslate()
        self._on_unit_search_text_changed("")

    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel()
        self._labels[field] = label
        self.errors.add_row(form, label, field, widget)

    def _connect_signals(self) -> None:
        self.resident_search.textChanged.connect(self._on_resident_search_text_changed)
        self.resident_search.returnPressed.connect(self._on_resident_search_return_pressed)
        self.matches.itemActivated.connect(self._on_matches_item_activated)
        self.unit_search.textChanged.connect(self._on_unit_search_text_changed)
        self.reporter_name.textEdited.connect(self._on_reporter_name_text_edited)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        save = QShortcut(QKeySequence("Ctrl+S"), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_button_clicked)

    def retranslate(self) -> None:
        texts = {
            "search": self.tr("&Find resident"),
            "reporter_name": self.tr("Reporter &name"),
            "reporter_phone": self.tr("&Phone"),
            "unit": self.tr("&Unit"),
            "location": self.tr("&Location"),
            "kind": self.tr("T&ype"),
            "category": self.tr("&Category"),
            "priority": self.tr("P&riority"),
            "channel": self.tr("C&hannel"),
            "attachments": self.tr("Photos / files"),
            "description": self.tr("&Description"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        self.resident_search.setPlaceholderText(self.tr("Name, phone digits or unit, then Enter"))
        self.unit_search.setPlaceholderText(self.tr("e.g. A12A"))
        self.location.setPlaceholderText(self.tr("e.g. kitchen, lobby, car park"))
        self.reporter_name.setPlaceholderText(self.tr("Walk-in: type the name"))
        self.save_button.setText(self.tr("&Save (Ctrl+S)"))
        self.clear_button.setText(self.tr("C&lear"))
        self._fill(self.kind, kind_names(), [k.value for k in WorkKind])
        self._fill(self.priority, priority_names(), [p.value for p in Priority], Priority.NORMAL.value)
        self._fill(self.channel, channel_names(), [c.value for c in self._channels])
        self._fill(self.category, category_names(), self._repairs.config.categories())
        if self.unit.count():
            self.unit.setItemText(0, self.tr("— no unit —"))

    @staticmethod
    def _fill(combo: QComboBox, names: dict[str, str], codes: list[str], default: str | None = None) -> None:
        current = combo.currentData() or default
        combo.clear()
        for code in codes:
            combo.addItem(names.get(code, code), code)
        combo.setCurrentIndex(max(0, combo.findData(current)))

    # -- reporter and unit ------------------------------------------------------------------------
    def _on_resident_search_text_changed(self, text: str) -> None:
        self.matches.clear()
        if len(text.strip()) < 1:
            self.matches.hide()
            return
        try:
            people = self._directory.people([PersonKind.RESIDENT], text=text, limit=MATCHES_SHOWN)
            if not people:
                people = [
                    p
                    for unit in self._directory.find_units(text, limit=2)
                    for p in self._directory.people([PersonKind.RESIDENT], unit_id=unit.id, limit=MATCHES_SHOWN)
                ]
        except GatehouseError:
            people = []
        for person in people[:MATCHES_SHOWN]:
            self.matches.addItem(f"{person.name} · {person.unit_label} · {person.phone_masked}")
            self.matches.item(self.matches.count() - 1).setData(Qt.ItemDataRole.UserRole, person)
        self.matches.setVisible(bool(people))
        if people:
            self.matches.setCurrentRow(0)

    def _on_resident_search_return_pressed(self) -> None:
        item = self.matches.currentItem()
        if item is not None:
            self._on_matches_item_activated(item)

    def _on_matches_item_activated(self, item: object) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
        if not isinstance(person, PersonRow):
            return
        self.choose_resident(person)

    def choose_resident(self, person: PersonRow) -> None:
        self._resident = person
        self.reporter_name.setText(person.name)
        self.reporter_phone.setText(person.phone or "")
        if person.unit_id is not None:
            unit = self._directory.unit(person.unit_id)
            self.unit_search.setText(f"{unit.building_code}{unit.code}")
            self.unit.setCurrentIndex(max(0, _index_of(self.unit, unit.id)))
        self.matches.hide()
        self.location.setFocus()

    def _on_reporter_name_text_edited(self, _text: str) -> None:
        self._resident = None  # typed over: a walk-in now

    def _on_unit_search_text_changed(self, text: str) -> None:
        current = self.unit.currentData()
        self.unit.clear()
        self.unit.addItem(self.tr("— no unit —"), None)
        try:
            units = self._directory.find_units(text) if text.strip() else []
        except GatehouseError:
            units = []
        for unit in units:
            self.unit.addItem(unit.label, unit.id)
        found = _index_of(self.unit, current) if current is not None else -1
        self.unit.setCurrentIndex(found if found >= 0 else (1 if units else 0))

    # -- attachments ------------------------------------------------------------------------------
    def add_attachments(self, paths: list[str]) -> None:
        self.files.add_paths(paths)

    def attachment_paths(self) -> list[str]:
        return self.files.paths()

    # -- a proposal (a duty-log entry or an incident turned into a work order) ---------------------
    def prefill(self, fields: IntakeFields) -> None:
        """Show ``fields`` for the operator to check and complete (the reporter as a walk-in name)."""
        self.clear()
        for combo, value in (
            (self.kind, fields.kind),
            (self.category, fields.category),
            (self.priority, fields.priority),
            (self.channel, fields.channel),
        ):
            combo.setCurrentIndex(max(0, combo.findData(str(value))))
        self.reporter_name.setText(fields.reporter_name)
        self.reporter_phone.setText(fields.reporter_phone)
        self.location.setText(fields.location)
        self.description.setPlainText(fields.description)
        self.add_attachments(list(fields.attachment_paths))

    # -- saving -----------------------------------------------------------------------------------
    def fields(self) -> IntakeFields:
        unit_id = self.unit.currentData()
        return IntakeFields(
            kind=WorkKind(self.kind.currentData()),
            category=str(self.category.currentData() or ""),
            priority=Priority(self.priority.currentData()),
            channel=Channel(self.channel.currentData()),
            description=self.description.toPlainText(),
            reporter_id=self._resident.id if self._resident is not None else None,
            reporter_name=self.reporter_name.text(),
            reporter_phone=self.reporter_phone.text(),
            unit_id=unit_id if isinstance(unit_id, uuid.UUID) else None,
            location=self.location.text(),
            attachment_paths=tuple(self.attachment_paths()),
        )

    def _on_save_button_clicked(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        current = {"reporter_phone": self.reporter_phone.text()}
        accepted = {field for field, value in self._warned.items() if current.get(field) == value}
        try:
            detail = self._submit(self.fields(), accepted)
        except GatehouseError as error:
            self._remember_warnings(error, current)
            if not self.errors.show(error):
                self.banner.show_error(error)
            elif self._warned and _only_warnings(error):
                self.banner.warning(self.tr("Check the marked values; press Save again to keep them as they are."))
            return
        self._warned = {}
        self.clear()
        self.banner.notice(self.tr("Work order {number} saved.").format(number=detail.row.number))
        self.saved.emit(detail)

    def _remember_warnings(self, error: GatehouseError, current: dict[str, str]) -> None:
        errors: tuple[ValidationError, ...] = ()
        if isinstance(error, ValidationErrors):
            errors = error.errors
        elif isinstance(error, ValidationError):
            errors = (error,)
        self._warned = {e.field: current[e.field] for e in errors if e.warning and e.field in current}

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.banner.clear_message()

    def clear(self) -> None:
        self._resident = None
        for edit in (self.resident_search, self.reporter_name, self.reporter_phone, self.unit_search, self.location):
            edit.clear()
        self.description.clear()
        self.files.clear()
        self.errors.clear()
        self.resident_search.setFocus()

    def focus_first(self) -> None:
        self.resident_search.setFocus()


def _only_warnings(error: GatehouseError) -> bool:
    errors = error.errors if isinstance(error, ValidationErrors) else (error,)
    return all(isinstance(e, ValidationError) and e.warning for e in errors)


def _index_of(combo: QComboBox, value: object) -> int:
    """``findData`` for Python objects (a UUID is not a Qt type: Qt cannot compare it)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)
