"""The site directory: people (residents, staff, contractors) and units; add and correct them, switch
people off (never delete), and exchange the whole directory with Excel (template, export, import)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.changes import ChangeKind, Changes
from app.directory import (
    EDIT_DIRECTORY,
    DirectoryLine,
    DirectoryService,
    PersonFields,
    PersonKind,
    PersonRow,
    ResidentRole,
)
from app.errors import GatehouseError, ValidationErrors
from app.imports import ImportRejected
from app.permissions import allowed
from ui.app_events import AppEvents
from ui.session import OperatorSession
from ui.visitors.code_words import person_kind_name, resident_role_name
from ui.visitors.directory_excel import DirectoryExcel
from ui.visitors.models import PersonTableModel
from ui.visitors.widgets import FormDialog, UnitPicker, open_dialog, read_only_table, selected_row
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner

SEARCH_DELAY_MS = 150
LIST_LIMIT = 500
UNIT_LIMIT = 12


class PersonDialog(FormDialog[PersonFields]):
    """Add or correct a person. A phone that only fails a format check is saved on a second OK."""

    def __init__(
        self,
        directory: DirectoryService,
        session: OperatorSession,
        person: PersonRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personDialog")
        self._directory = directory
        self._session = session
        self._person = person
        self.kind = QComboBox()
        for kind in PersonKind:
            self.kind.addItem(person_kind_name(kind), kind.value)
        self.name = QLineEdit(person.name if person else "")
        self.phone = QLineEdit((person.phone or "") if person else "")
        self.unit = UnitPicker(directory)
        if person is not None:
            self.unit.set_unit(person.unit_id, person.unit_label)
        self.role = QComboBox()
        self.role.setEditable(True)
        for role in ResidentRole:
            self.role.addItem(resident_role_name(role), role.value)
        self.company = QLineEdit(person.company if person else "")
        self.notes = QLineEdit(person.notes if person else "")
        if person is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(person.kind.value)))
            index = self.role.findData(person.role)
            if index >= 0:
                self.role.setCurrentIndex(index)
            else:
                self.role.setEditText(person.role)
        self.add_rows(
            [
                ("kind", self.kind),
                ("name", self.name),
                ("phone", self.phone),
                ("unit", self.unit),
                ("role", self.role),
                ("company", self.company),
                ("notes", self.notes),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Correct a person") if self._person else self.tr("Add a person"))
        self.set_labels(
            {
                "kind": self.tr("&Kind"),
                "name": self.tr("&Name *"),
                "phone": self.tr("&Phone"),
                "unit": self.tr("&Unit (residents)"),
                "role": self.tr("&Role / job"),
                "company": self.tr("&Company"),
                "notes": self.tr("N&otes"),
            }
        )

    def values(self) -> PersonFields:
        kind = PersonKind(self.kind.currentData())
        role_index = self.role.findText(self.role.currentText())
        role = self.role.itemData(role_index) if role_index >= 0 else self.role.currentText()
        return PersonFields(
            kind,
            self.name.text(),
            self.phone.text(),
            self.unit.unit_id,
            str(role or ""),
            self.company.text(),
            self.notes.text(),
        )

    def submit(self, values: PersonFields, accepted: tuple[str, ...]) -> None:
        unit_error = self.unit.resolve()
        if unit_error is not None:
            raise unit_error
        values = self.values()
        if self._person is None:
            self._directory.add_person(self._session.actor, values, accepted)
        else:
            self._directory.update_person(self._session.actor, self._person.id, values, accepted)


class UnitDialog(FormDialog[DirectoryLine]):
    """Add a building, or a unit of one (the building is created when its code is new)."""

    def __init__(self, directory: DirectoryService, session: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitDialog")
        self._directory = directory
        self._session = session
        self.building_code, self.building_name = QLineEdit(), QLineEdit()
        self.unit_code, self.floor = QLineEdit(), QLineEdit()
        self.add_rows(
            [
                ("building_code", self.building_code),
                ("building_name", self.building_name),
                ("unit_code", self.unit_code),
                ("floor", self.floor),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a building or a unit"))
        self.set_labels(
            {
                "building_code": self.tr("&Building code *"),
                "building_name": self.tr("Building &name (new buildings)"),
                "unit_code": self.tr("&Unit (empty: the building only)"),
                "floor": self.tr("&Floor"),
            }
        )

    def values(self) -> DirectoryLine:
        return DirectoryLine(
            self.building_code.text(), self.building_name.text(), self.unit_code.text(), self.floor.text()
        )

    def submit(self, values: DirectoryLine, accepted: tuple[str, ...]) -> None:
        try:
            self._directory.import_lines(self._session.actor, [(0, values)])
        except ImportRejected as rejected:
            raise ValidationErrors(tuple(p.as_error() for p in rejected.problems)) from rejected


class DirectoryPage(TranslatableWidget):
    def __init__(
        self,
        directory: DirectoryService,
        session: OperatorSession,
        events: AppEvents,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self._directory = directory
        self._session = session
        self._events = events
        self._zone = zone
        self._title = page_title()
        self.banner = Banner()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.include_inactive = QCheckBox()
        self.model = PersonTableModel(self)
        self.table = read_only_table(self.model, "peopleTable")
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.edit_button = QPushButton()
        self.toggle_button = QPushButton()
        self.unit_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.template_button = QPushButton()
        self.count_label = QLabel()
        self.dialog: QDialog | None = None
        self.excel = DirectoryExcel(directory, session, zone, self.banner, self._changed, self._keep_dialog, self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.kind)
        filters.addWidget(self.include_inactive)
        filters.addWidget(self.count_label, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.toggle_button, self.unit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.template_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self.retranslate()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._on_search_text_changed)
        self._timer.timeout.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.include_inactive.toggled.connect(self._on_include_inactive_toggled)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.toggle_button.clicked.connect(self._on_toggle_button_clicked)
        self.unit_button.clicked.connect(self._on_unit_button_clicked)
        self.import_button.clicked.connect(self.excel.ask_import)
        self.export_button.clicked.connect(self.excel.ask_export)
        self.template_button.clicked.connect(self.excel.ask_template)
        self._session.actor_changed.connect(self._on_session_actor_changed)
        self._events.data_changed.connect(self._on_events_data_changed)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Site directory"))
        self.search.setPlaceholderText(self.tr("Name, phone digits, or unit (e.g. A12A)"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("Everyone"), None)
        for kind in PersonKind:
            self.kind.addItem(person_kind_name(kind), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.include_inactive.setText(self.tr("Show switched-off people"))
        self.add_button.setText(self.tr("&Add person…"))
        self.edit_button.setText(self.tr("&Correct…"))
        self.toggle_button.setText(self.tr("Switch &off / on"))
        self.unit_button.setText(self.tr("Add building / &unit…"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.template_button.setText(self.tr("Excel &template…"))
        self.model.retranslate_headers()
        self._update_count()

    def activated(self) -> None:
        self._on_session_actor_changed(None)
        self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_session_actor_changed(self, _actor: object) -> None:
        can_edit = allowed(self._session.actor, EDIT_DIRECTORY)
        for button in (self.add_button, self.edit_button, self.toggle_button, self.unit_button, self.import_button):
            button.setVisible(can_edit)

    def refresh(self) -> None:
        text = self.search.text()
        kind = self.kind.currentData()
        try:
            unit_ids = [u.id for u in self._directory.find_units(text, UNIT_LIMIT)] if text.strip() else []
            people = self._directory.people(
                kinds=[PersonKind(kind)] if kind else (),
                text=text,
                include_inactive=self.include_inactive.isChecked(),
                limit=LIST_LIMIT,
            )
            seen = {p.id for p in people}
            for unit_id in unit_ids:
                people += [
                    p for p in self._directory.people(unit_id=unit_id, include_inactive=True) if p.id not in seen
                ]
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.model.set_rows(people)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{count} shown").format(count=self.model.rowCount()))

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_kind_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_include_inactive_toggled(self, _checked: bool) -> None:
        self.refresh()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.DIRECTORY) and self.isVisible():
            self.refresh()

    def selected(self) -> PersonRow | None:
        return selected_row(self.table, self.model)

    def _changed(self, operations: tuple[Callable[..., object], ...], message: str) -> None:
        """``operations`` ran (the service methods, whose declarations say what changed)."""
        self.refresh()
        self._events.ran(*operations)
        self.banner.notice(message)

    def _open_person(self, person: PersonRow | None) -> None:
        dialog = PersonDialog(self._directory, self._session, person, self)
        saved_with = self._directory.add_person if person is None else self._directory.update_person
        dialog.accepted.connect(lambda: self._changed((saved_with,), self.tr("Saved.")))
        open_dialog(dialog, self._keep_dialog)

    def _keep_dialog(self, dialog: object) -> None:
        self.dialog = dialog if isinstance(dialog, QDialog) else None

    def _on_add_button_clicked(self) -> None:
        self._open_person(None)

    def _on_edit_button_clicked(self) -> None:
        person = self.selected()
        if person is not None:
            self._open_person(person)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        person = self.model.row_at(index.row())
        if person is not None and allowed(self._session.actor, EDIT_DIRECTORY):
            self._open_person(person)

    def _on_unit_button_clicked(self) -> None:
        dialog = UnitDialog(self._directory, self._session, self)
        added_with = (self._directory.add_building, self._directory.add_unit)
        dialog.accepted.connect(lambda: self._changed(added_with, self.tr("Saved.")))
        open_dialog(dialog, self._keep_dialog)

    def _on_toggle_button_clicked(self) -> None:
        person = self.selected()
        if person is None:
            return
        try:
            self._directory.set_person_active(self._session.actor, person.id, not person.active)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._changed(
            (self._directory.set_person_active,),
            (self.tr("{name} switched on.") if not person.active else self.tr("{name} switched off.")).format(
                name=person.name
            ),
        )
