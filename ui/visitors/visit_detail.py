"""One visit in full, with its story (amendments, sweep answers, watchlist decisions, prints), and
the actions on it: amend (with a reason), reveal the ID number (supervisor, with a reason), print."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.visitors.checks import MAX_COMPANIONS
from app.visitors.model import REVEAL_ID, VisitDetail, VisitRow
from ui import error_words
from ui.app_events import AppEvents
from ui.session import OperatorSession
from ui.visitors.checkin_parts import local_qdatetime
from ui.visitors.code_words import (
    action_name,
    checkout_name,
    decision_name,
    id_checked_name,
    id_type_name,
    listing,
    status_name,
    sweep_name,
    type_name,
)
from ui.visitors.widgets import FormDialog, TranslatableDialog, UnitPicker, open_dialog
from ui.widgets.approval import call_with_approval
from ui.widgets.form import Banner

if TYPE_CHECKING:
    from app.bundles import VisitorServices
    from ui.visitors.slips import SlipPrinter

TIME_FORMAT = "%Y-%m-%d %H:%M"


def _utc(value: QDateTime, zone: tzinfo) -> datetime:
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute(), tzinfo=zone).astimezone(UTC)


Amendment = tuple[dict[str, Any], str]  # (changed fields, reason)


class AmendDialog(FormDialog[Amendment]):
    """Correct a saved visit: change what was wrong and say why. Nothing is overwritten silently."""

    def __init__(
        self, services: VisitorServices, session: OperatorSession, zone: tzinfo, row: VisitRow, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("amendDialog")
        self._s = services
        self._session = session
        self._zone = zone
        self._row = row
        self.amended: VisitRow | None = None
        self.name = QLineEdit(row.name)
        self.phone = QLineEdit(row.phone or "")
        self.company = QLineEdit(row.company)
        self.visitor_type = QComboBox()
        for kind in services.visitors.types():
            self.visitor_type.addItem(type_name(kind), kind.code)
        self.visitor_type.setCurrentIndex(max(0, self.visitor_type.findData(row.visitor_type)))
        self.unit = UnitPicker(services.directory)
        self.unit.set_unit(row.unit_id, row.unit_label)
        self.purpose = QLineEdit(row.purpose)
        self.plate = QLineEdit(row.plate)
        self.companions = QSpinBox()
        self.companions.setRange(0, MAX_COMPANIONS)
        self.companions.setValue(row.companions)
        self.items = QLineEdit(row.items)
        self.pass_number = QLineEdit(row.pass_number)
        self.notes = QLineEdit(row.notes)
        self.leave_by = self._time_edit(row.expected_leave_at)
        self.left_at = self._time_edit(row.checked_out_at)
        self.reason = QLineEdit()
        self.reason.setObjectName("amendReason")
        self.add_rows(list(self._widgets().items()))
        self.errors.alias("unit_id", "unit")
        self.errors.alias("resident_id", "unit")
        self.retranslate()
        self.reason.setFocus()

    def _time_edit(self, instant: datetime | None) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setEnabled(instant is not None)
        if instant is not None:
            edit.setDateTime(local_qdatetime(instant, self._zone))
        return edit

    def _widgets(self) -> dict[str, QWidget]:
        return {
            "name": self.name,
            "phone": self.phone,
            "company": self.company,
            "visitor_type": self.visitor_type,
            "unit": self.unit,
            "purpose": self.purpose,
            "plate": self.plate,
            "companions": self.companions,
            "items": self.items,
            "pass_number": self.pass_number,
            "notes": self.notes,
            "expected_leave_at": self.leave_by,
            "checked_out_at": self.left_at,
            "reason": self.reason,
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Amend visit {code}").format(code=self._row.code))
        labels = {field: error_words.field_label(field) for field in self._widgets()}
        labels["reason"] = self.tr("&Reason for the amendment *")
        self.set_labels(labels)

    def _changed_time(self, edit: QDateTimeEdit, instant: datetime | None) -> datetime | None:
        if instant is None or edit.dateTime() == local_qdatetime(instant, self._zone):
            return None
        return _utc(edit.dateTime(), self._zone)

    def values(self) -> Amendment:
        """Only what the guard changed, and why."""
        row = self._row
        texts = {
            "name": (self.name.text(), row.name),
            "phone": (self.phone.text(), row.phone or ""),
            "company": (self.company.text(), row.company),
            "purpose": (self.purpose.text(), row.purpose),
            "plate": (self.plate.text(), row.plate),
            "items": (self.items.text(), row.items),
            "pass_number": (self.pass_number.text(), row.pass_number),
            "notes": (self.notes.text(), row.notes),
        }
        changed: dict[str, Any] = {field: new for field, (new, old) in texts.items() if new != old}
        if self.visitor_type.currentData() != row.visitor_type:
            changed["visitor_type"] = self.visitor_type.currentData()
        if self.unit.text() != row.unit_label:
            changed["unit_id"] = self.unit.unit_id
            changed["resident_id"] = None
        if self.companions.value() != row.companions:
            changed["companions"] = self.companions.value()
        for field, edit, instant in (
            ("expected_leave_at", self.leave_by, row.expected_leave_at),
            ("checked_out_at", self.left_at, row.checked_out_at),
        ):
            if (when := self._changed_time(edit, instant)) is not None:
                changed[field] = when
        return changed, self.reason.text()

    def submit(self, values: Amendment, accepted: tuple[str, ...]) -> None:
        unit_error = self.unit.resolve(unchanged=self._row.unit_label)
        if unit_error is not None:
            raise unit_error
        changes, reason = self.values()
        self.amended = self._s.visitors.amend(self._session.actor, self._row.id, changes, reason, accepted)


class VisitDetailDialog(TranslatableDialog):
    def __init__(
        self,
        services: VisitorServices,
        session: OperatorSession,
        events: AppEvents,
        zone: tzinfo,
        visit_id: uuid.UUID,
        slips: SlipPrinter | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDetail")
        self.setMinimumSize(620, 520)
        self._s = services
        self._session = session
        self._events = events
        self._zone = zone
        self._visit_id = visit_id
        self._slips = slips
        self._detail: VisitDetail | None = None
        self.amend_dialog: AmendDialog | None = None
        self.banner = Banner()
        self.facts = QFormLayout()
        self.story = QListWidget()
        self.story.setObjectName("visitStory")
        self._story_label = QLabel()
        self._story_label.setObjectName("panelTitle")
        self.amend_button = QPushButton()
        self.reveal_button = QPushButton()
        self.print_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.amend_button, self.reveal_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.facts)
        layout.addWidget(self._story_label)
        layout.addWidget(self.story, 1)
        layout.addLayout(buttons)
        self.amend_button.clicked.connect(self._on_amend_button_clicked)
        self.reveal_button.clicked.connect(self._on_reveal_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.close_button.clicked.connect(self.accept)
        self.print_button.setVisible(slips is not None)
        self.retranslate()

    def retranslate(self) -> None:
        self.amend_button.setText(self.tr("&Amend…"))
        self.reveal_button.setText(self.tr("Show full &ID number…"))
        self.print_button.setText(self.tr("&Print slip"))
        self.close_button.setText(self.tr("Close"))
        self._story_label.setText(self.tr("What happened to this visit"))
        self.load()

    def _local(self, instant: datetime | None) -> str:
        return instant.astimezone(self._zone).strftime(TIME_FORMAT) if instant else "—"

    def load(self) -> None:
        try:
            detail = self._s.history.detail(self._visit_id)
            types = self._s.visitors.types()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._detail = detail
        row = detail.visit
        self.setWindowTitle(self.tr("Visit {code}").format(code=row.code))
        while self.facts.rowCount():
            self.facts.removeRow(0)
        left = self._local(row.checked_out_at)
        if row.checked_out_at is not None:
            left = f"{left} · {checkout_name(row.checkout_method)}"
        facts = [
            (self.tr("Visitor"), row.name),
            (self.tr("Type"), type_name(row.visitor_type, types)),
            (self.tr("Status"), status_name(row.status) + (self.tr(" · amended") if row.amended else "")),
            (self.tr("Visiting"), " · ".join(p for p in (row.unit_label, row.resident_name) if p) or "—"),
            (self.tr("Phone"), row.phone_masked or "—"),
            (self.tr("ID"), self._id_text(row)),
            (self.tr("Plate"), row.plate or "—"),
            (self.tr("Purpose"), row.purpose or "—"),
            (self.tr("In"), f"{self._local(row.checked_in_at)} · {row.checked_in_by}"),
            (self.tr("Leave by"), self._local(row.expected_leave_at)),
            (self.tr("Left"), left),
        ]
        for label, value in facts:
            text = QLabel(value)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(label, text)
        self.story.clear()
        for line in self._story(detail):
            self.story.addItem(line)
        self.reveal_button.setVisible(bool(row.id_masked))

    def _id_text(self, row: VisitRow) -> str:
        text = id_checked_name(row.id_checked)
        if row.id_masked and row.id_type:
            text = f"{id_type_name(row.id_type)} {row.id_masked}"
        return text

    def _story(self, detail: VisitDetail) -> list[str]:
        lines: list[tuple[datetime, str]] = []
        for hit in detail.hits:
            approved = self.tr(", approved by {name}").format(name=hit.approved_by) if hit.approved_by else ""
            lines.append(
                (
                    hit.at,
                    self.tr(
                        "{time} Watchlist ({action}): {decision} by {by}{approved}. Reason listed: {reason}"
                    ).format(
                        time=self._local(hit.at),
                        action=action_name(hit.action),
                        decision=decision_name(hit.decision),
                        by=hit.by,
                        approved=approved,
                        reason=hit.reason,
                    ),
                )
            )
        for amendment in detail.amendments:
            changes = listing(
                (
                    self.tr("{field}: {old} → {new}").format(
                        field=error_words.field_label(f), old=old or "—", new=new or "—"
                    )
                    for f, old, new in amendment.changes
                ),
                long=True,
            ) or listing(error_words.field_label(f) for f in amendment.fields)
            lines.append(
                (
                    amendment.at,
                    self.tr("{time} Amended by {by}: {changes}. Reason: {reason}").format(
                        time=self._local(amendment.at), by=amendment.author, changes=changes, reason=amendment.reason
                    ),
                )
            )
        for sweep in detail.sweeps:
            lines.append(
                (
                    sweep.at,
                    self.tr("{time} Overstay sweep by {by}: {decision}").format(
                        time=self._local(sweep.at), by=sweep.by, decision=sweep_name(sweep.decision)
                    ),
                )
            )
        if detail.prints:
            lines.append((detail.visit.checked_in_at, self.tr("Slips printed: {count}").format(count=detail.prints)))
        return [text for _at, text in sorted(lines, key=lambda item: item[0])] or [self.tr("Nothing since check-in.")]

    # -- actions -----------------------------------------------------------------------------------
    def _on_amend_button_clicked(self) -> None:
        if self._detail is None:
            return
        dialog = AmendDialog(self._s, self._session, self._zone, self._detail.visit, self)
        dialog.accepted.connect(self._on_amend_dialog_accepted)
        open_dialog(dialog, self._keep_amend)

    def _keep_amend(self, dialog: object) -> None:
        self.amend_dialog = dialog if isinstance(dialog, AmendDialog) else None

    def _on_amend_dialog_accepted(self) -> None:
        self.load()
        self.banner.notice(self.tr("Amendment saved."))
        self._events.ran(self._s.visitors.amend)

    def _on_reveal_button_clicked(self) -> None:
        call_with_approval(
            self,
            self._s.auth,
            self._s.operators,
            self._session,
            REVEAL_ID,
            lambda approval: self._s.visitors.reveal_id(self._session.actor, self._visit_id, approval),
            self._on_revealed,
            self.banner.show_error,
        )

    def _on_revealed(self, number: str) -> None:
        self.banner.warning(self.tr("Full ID number (this view is recorded): {number}").format(number=number))

    def _on_print_button_clicked(self) -> None:
        if self._slips is not None:
            self._slips.print_slip(self._session.actor, self._visit_id, self)
