"""The check-in form: returning-visitor search on top, then the visit's fields, keyboard first.

Enter moves to the next field and, on the last one, saves; Ctrl+Enter saves from anywhere. Choosing
a returning visitor fills the form and puts the focus on "Check in", so a returning visitor takes a
few keystrokes: ``zs`` Enter Enter. The form never clears itself on an error: the page shows the
errors at the fields and everything typed stays.
"""

from __future__ import annotations

import uuid
from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.clock import Clock
from app.directory import DirectoryService
from app.errors import GatehouseError, ValidationError
from app.validation import IdType
from app.visitors.lookup import VisitorLookup
from app.visitors.model import CheckInFields, IdChecked, IdPolicy, ReturningVisitor, VisitorMatch
from app.visitors.types import VisitorType
from app.visitors.visits import VisitService
from ui.visitors.checkin_parts import LeaveByTime, UnitAndResident
from ui.visitors.code_words import id_checked_name, id_type_name, type_name
from ui.visitors.suggest import SuggestBox
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FormErrors

MATCH_LIMIT = 8
MAX_COMPANIONS = 99


class CheckInForm(TranslatableWidget):
    submitted = Signal()

    def __init__(
        self,
        visitors: VisitService,
        lookup: VisitorLookup,
        directory: DirectoryService,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("checkInForm")
        self._visitors = visitors
        self._lookup = lookup
        self._directory = directory
        self._clock = clock
        self._zone = zone
        self._types: list[VisitorType] = []
        self._policy = IdPolicy.SIGHTED
        self._visitor_id: uuid.UUID | None = None
        self._expected_id: uuid.UUID | None = None
        self._stored_id_masked = ""
        self.errors = FormErrors()
        self.banner = Banner()
        self.search = SuggestBox()
        self.search.setObjectName("returningSearch")
        self.search.setClearButtonEnabled(True)
        self._search_label = QLabel()
        self._search_label.setObjectName("panelTitle")
        self._search_label.setWordWrap(True)
        self.visitor_note = QLabel()
        self.visitor_note.setObjectName("returningNote")
        self.visitor_note.setWordWrap(True)
        self.visitor_note.hide()
        self.name = QLineEdit()
        self.visitor_type = QComboBox()
        self.phone = QLineEdit()
        self.visiting = UnitAndResident(directory, self.banner.show_error)
        self.unit = self.visiting.unit
        self.resident = self.visiting.resident
        self.purpose = QLineEdit()
        self.plate = QLineEdit()
        self.companions = QSpinBox()
        self.companions.setRange(0, MAX_COMPANIONS)
        self.companions.setMaximumWidth(64)
        self.pass_number = QLineEdit()
        self.pass_number.setMaximumWidth(90)
        self.plate.setMinimumWidth(80)
        self.id_checked = QComboBox()
        self.id_type = QComboBox()
        self.id_number = QLineEdit()
        self.reuse_id = QCheckBox()
        self.company = QLineEdit()
        self.items = QLineEdit()
        self._leave = LeaveByTime(clock, zone)
        self.leave_by = self._leave.edit
        self.notes = QLineEdit()
        for edit, length in ((self.name, 60), (self.phone, 30), (self.purpose, 120), (self.plate, 20)):
            edit.setMaxLength(length * 2)  # the service says "too long" at the field; nothing is cut here
        self.save_button = QPushButton()
        self.save_button.setObjectName("checkInButton")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAutoDefault(True)
        self.clear_button = QPushButton()
        self.accept_button = QPushButton()  # "Save anyway": the marked values only fail a format check
        self.accept_button.setObjectName("acceptWarnings")
        self.override_button = QPushButton()  # a wrong check digit: a supervisor may accept it
        self.override_button.setObjectName("idOverride")
        self.accept_button.hide()
        self.override_button.hide()
        self._labels: dict[str, QLabel] = {}
        self._id_row = QWidget()
        self._build_layout()
        self._connect_signals()
        self.retranslate()
        self.reload_settings()

    # -- layout ------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel()
        self._labels[field] = label
        self.errors.add_row(form, label, field, widget)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(6)
        self._row(form, "name", self.name)
        self.errors.alias("on_site", "name")  # "already on site" is said at the name
        self._row(form, "visitor_type", self.visitor_type)
        self._row(form, "phone", self.phone)
        self._row(form, "unit", self.unit)
        self._row(form, "resident", self.resident)
        self._row(form, "purpose", self.purpose)
        small = QHBoxLayout()
        small.setContentsMargins(0, 0, 0, 0)
        self._companions_label = QLabel()
        self._pass_label = QLabel()
        small.addWidget(self.plate, 2)
        small.addWidget(self._companions_label)
        small.addWidget(self.companions)
        small.addWidget(self._pass_label)
        small.addWidget(self.pass_number, 1)
        plate_row = QWidget()
        plate_row.setLayout(small)
        self._row(form, "plate", plate_row)
        self.errors.alias("companions", "plate")
        self.errors.alias("pass_number", "plate")
        id_box = QHBoxLayout(self._id_row)
        id_box.setContentsMargins(0, 0, 0, 0)
        id_box.addWidget(self.id_checked, 1)
        id_box.addWidget(self.id_type, 1)
        id_box.addWidget(self.id_number, 2)
        id_box.addWidget(self.reuse_id)
        self._row(form, "id_number", self._id_row)
        self.errors.alias("id_type", "id_number")
        self.errors.alias("id_checked", "id_number")
        self._row(form, "company", self.company)
        self._row(form, "items", self.items)
        self._row(form, "expected_leave_at", self.leave_by)
        self._row(form, "notes", self.notes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        search_row = QVBoxLayout()
        search_row.setSpacing(2)
        search_row.addWidget(self._search_label)
        search_row.addWidget(self.search)
        search_row.addWidget(self.visitor_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(search_row)
        layout.addWidget(self.banner)
        offers = QHBoxLayout()
        offers.addWidget(self.accept_button)
        offers.addWidget(self.override_button)
        offers.addStretch(1)
        layout.addLayout(offers)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.search.query_changed.connect(self._on_search_query_changed)
        self.search.chosen.connect(self._on_search_chosen)
        self.visitor_type.currentIndexChanged.connect(self._on_visitor_type_current_index_changed)
        self.save_button.clicked.connect(self.submitted)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        for widget in self._inputs():
            widget.installEventFilter(self)

    def _inputs(self) -> list[QWidget]:
        return [
            self.search, self.name, self.visitor_type, self.phone, self.unit, self.resident, self.purpose,
            self.plate, self.companions, self.pass_number, self.id_checked, self.id_type, self.id_number,
            self.company, self.items, self.leave_by, self.notes,
        ]  # fmt: skip

    def retranslate(self) -> None:
        self._search_label.setText(self.tr("Returning visitor? Type a name, pinyin, phone digits or plate (F2)"))
        self.search.setPlaceholderText(self.tr("e.g. 陳大, zs, 4567, B123"))
        texts = {
            "name": self.tr("&Name *"),
            "visitor_type": self.tr("&Type *"),
            "phone": self.tr("&Phone"),
            "unit": self.tr("&Unit"),
            "resident": self.tr("&Resident"),
            "purpose": self.tr("Pu&rpose"),
            "plate": self.tr("P&late"),
            "id_number": self.tr("&ID"),
            "company": self.tr("&Company"),
            "items": self.tr("I&tems carried"),
            "expected_leave_at": self.tr("&Leave by"),
            "notes": self.tr("N&otes"),
        }
        for field, label in self._labels.items():
            label.setText(texts[field])
        self._companions_label.setText(self.tr("With"))
        self._pass_label.setText(self.tr("Pass"))
        self.unit.setPlaceholderText(self.tr("Building and unit, e.g. A12A"))
        self.reuse_id.setText(self.tr("Use the ID on file"))
        self.save_button.setText(self.tr("Check &in (Ctrl+Enter)"))
        self.clear_button.setText(self.tr("Clear form"))
        self.accept_button.setText(self.tr("Save &anyway"))
        self.override_button.setText(self.tr("Supervisor &override of the ID check…"))
        self.id_number.setPlaceholderText(self.tr("Number"))
        self._fill_choices()

    def _fill_choices(self) -> None:
        current_type = self.visitor_type.currentData()
        self.visitor_type.blockSignals(True)
        self.visitor_type.clear()
        for kind in self._types:
            if kind.active:
                self.visitor_type.addItem(type_name(kind), kind.code)
        index = self.visitor_type.findData(current_type)
        self.visitor_type.setCurrentIndex(max(0, index))
        self.visitor_type.blockSignals(False)
        checked = self.id_checked.currentData()
        self.id_checked.clear()
        for choice in (IdChecked.NONE, IdChecked.SIGHTED, IdChecked.RESIDENT_CONFIRMED):
            self.id_checked.addItem(id_checked_name(choice), choice.value)
        self.id_checked.setCurrentIndex(max(0, self.id_checked.findData(checked)))
        kind = self.id_type.currentData()
        self.id_type.clear()
        for id_type in IdType:
            self.id_type.addItem(id_type_name(id_type), id_type.value)
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(kind)))
        if self.resident.count() == 0:
            self.resident.addItem("—", None)
        else:
            self.resident.setItemText(0, "—")

    def reload_settings(self) -> None:
        """Visitor types and the ID policy (after a settings change)."""
        try:
            self._types = self._visitors.types()
            self._policy = self._visitors.id_policy().policy
        except GatehouseError as error:
            self.banner.show_error(error)
        self._fill_choices()
        self._apply_policy()
        self._leave.show_default(self._current_type())

    def _apply_policy(self) -> None:
        record = self._policy is IdPolicy.RECORD_NUMBER
        self._id_row.setVisible(self._policy is not IdPolicy.NOT_RECORDED)
        self._labels["id_number"].setVisible(self._policy is not IdPolicy.NOT_RECORDED)
        self.id_checked.setVisible(not record)
        for widget in (self.id_type, self.id_number):
            widget.setVisible(record)
        self.reuse_id.setVisible(record and bool(self._stored_id_masked))

    # -- keyboard ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()
            return True
        if isinstance(watched, SuggestBox) and watched.list.isVisible():
            return False  # Enter takes the highlighted suggestion
        if watched is self.notes:
            self.submitted.emit()
            return True
        self._focus_next(watched)
        return True

    def _focus_next(self, current: QObject) -> None:
        inputs = [w for w in self._inputs() if w.isVisibleTo(self) and w.isEnabled()]
        if current in inputs:
            following = inputs[inputs.index(current) + 1 :]
            if following:
                following[0].setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.save_button.setFocus(Qt.FocusReason.TabFocusReason)

    # -- returning visitors --------------------------------------------------------------------------
    def _on_search_query_changed(self, text: str) -> None:
        if not text.strip():
            self.search.set_suggestions([])
            return
        try:
            matches = self._lookup.find(text, MATCH_LIMIT)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.search.set_suggestions([(self._match_text(m), m.visitor_id) for m in matches])

    def _match_text(self, match: VisitorMatch) -> str:
        parts = [match.name, type_name(match.visitor_type, self._types)]
        parts += [p for p in (match.last_unit_label, match.phone_masked, match.plate) if p]
        seen = match.last_seen_at.astimezone(self._zone).strftime("%Y-%m-%d")
        text = (
            "  ·  ".join(parts)
            + "  ·  "
            + self.tr("last {date}, {count} visits").format(date=seen, count=match.visit_count)
        )
        return self.tr("{text}  (on site now)").format(text=text) if match.on_site else text

    def _on_search_chosen(self, visitor_id: object) -> None:
        if not isinstance(visitor_id, uuid.UUID):
            return
        try:
            card = self._lookup.returning(visitor_id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.fill_returning(card)

    def fill_returning(self, card: ReturningVisitor) -> None:
        """Put a returning visitor's latest details into the form; focus on "Check in"."""
        self.errors.clear()
        self._visitor_id = card.visitor_id
        self.name.setText(card.name)
        self.phone.setText(card.phone)
        self.company.setText(card.company)
        self._select_type(card.visitor_type)
        self.visiting.set_unit(card.unit_id, card.unit_label)
        self.visiting.select_resident(card.resident_id)
        self.purpose.setText(card.purpose)
        self.plate.setText(card.plate)
        self._stored_id_masked = card.id_masked
        self.reuse_id.setChecked(bool(card.id_masked))
        if card.id_masked:
            self.reuse_id.setText(self.tr("Use the ID on file ({masked})").format(masked=card.id_masked))
        self._apply_policy()
        self.visitor_note.setText(
            self.tr("Returning visitor: {name}. Check the details, then press Enter.").format(name=card.name)
        )
        self.visitor_note.show()
        self.search.clear()
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_fields(self, fields: CheckInFields, unit_label: str) -> None:
        """An expected visitor's registration, to complete before checking in."""
        self.reset()
        self._expected_id = fields.expected_visit_id
        self.name.setText(fields.name)
        self.phone.setText(fields.phone)
        self.company.setText(fields.company)
        self._select_type(fields.visitor_type)
        self.visiting.set_unit(fields.unit_id, unit_label)
        self.visiting.select_resident(fields.resident_id)
        self.purpose.setText(fields.purpose)
        self.plate.setText(fields.plate)
        self.companions.setValue(fields.companions)
        self.notes.setText(fields.notes)
        self.visitor_note.setText(
            self.tr("Expected visitor: {name}. Complete the details, then press Enter.").format(name=fields.name)
        )
        self.visitor_note.show()

    def _select_type(self, code: str) -> None:
        index = self.visitor_type.findData(code)
        if index >= 0:
            self.visitor_type.setCurrentIndex(index)

    def resolve_unit(self) -> ValidationError | None:
        """A unit typed but not picked from the list: take it if exactly one unit matches."""
        return self.visiting.resolve()

    # -- visitor type -----------------------------------------------------------------------------
    def _current_type(self) -> VisitorType | None:
        code = self.visitor_type.currentData()
        return next((t for t in self._types if t.code == code), None)

    def _on_visitor_type_current_index_changed(self, _index: int) -> None:
        self._leave.show_default(self._current_type())

    # -- values ------------------------------------------------------------------------------------
    def values(self) -> CheckInFields:
        record = self._policy is IdPolicy.RECORD_NUMBER
        reuse = record and self.reuse_id.isVisible() and self.reuse_id.isChecked() and not self.id_number.text().strip()
        return CheckInFields(
            name=self.name.text(),
            visitor_type=str(self.visitor_type.currentData() or ""),
            phone=self.phone.text(),
            company=self.company.text(),
            id_type=str(self.id_type.currentData() or "") if record and self.id_number.text().strip() else "",
            id_number=self.id_number.text() if record else "",
            id_checked=IdChecked(self.id_checked.currentData() or IdChecked.NONE.value)
            if not record
            else IdChecked.NONE,
            reuse_stored_id=reuse,
            unit_id=self.unit.unit_id,
            resident_id=self.resident.currentData(),
            purpose=self.purpose.text(),
            plate=self.plate.text(),
            companions=self.companions.value(),
            items=self.items.text(),
            pass_number=self.pass_number.text(),
            expected_leave_at=self._leave.value(),
            notes=self.notes.text(),
            visitor_id=self._visitor_id,
            expected_visit_id=self._expected_id,
        )

    def _on_clear_button_clicked(self) -> None:
        self.reset()

    def offer(self, accept: bool, override: bool) -> None:
        """Show the "save anyway" / "supervisor override" choices after a failed save."""
        self.accept_button.setVisible(accept)
        self.override_button.setVisible(override)

    def reset(self) -> None:
        """Empty the form after a saved check-in (or on the guard's own request)."""
        self.offer(False, False)
        for edit in (self.name, self.phone, self.company, self.purpose, self.plate, self.pass_number, self.items):
            edit.clear()
        self.id_number.clear()
        self.notes.clear()
        self.search.clear()
        self.search.hide_suggestions()
        self.companions.setValue(0)
        self.id_checked.setCurrentIndex(0)
        self._visitor_id = None
        self._expected_id = None
        self._stored_id_masked = ""
        self.reuse_id.setChecked(False)
        self.reuse_id.setText(self.tr("Use the ID on file"))
        self.visiting.set_unit(None, "")
        self.visitor_type.setCurrentIndex(0)
        self._leave.reset(self._current_type())
        self._apply_policy()
        self.visitor_note.hide()
        self.errors.clear()
        self.banner.clear_message()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)
