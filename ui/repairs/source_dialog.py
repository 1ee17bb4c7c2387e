"""A duty-log entry or an incident turned into a work order: the repairs intake form filled in from the
source for the guard to check (``DutyWorkOrders.draft``), the source's files carried over (each can be
unticked), saved with ``DutyWorkOrders.create`` so the work order stays linked to where it came from.

Opened with ``open()``. Cancel or Esc only hides it: the page keeps the dialog of each source until it
is saved, so what was typed is there again when the guard comes back to it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection
from datetime import tzinfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.bundles import WorkOrderIntakeServices
from app.duty.work_orders import SourceKind, WorkOrderDraft
from app.repairs.lifecycle import Channel
from app.repairs.rows import IntakeFields, WorkOrderDetail
from ui.repairs.intake_form import IntakeForm
from ui.session import OperatorSession
from ui.widgets.attachments import ROW_HEIGHT, size_text
from ui.widgets.form import Banner

DIALOG_SIZE = (960, 660)
CARRIED_ROWS = 2


class WorkOrderFromSourceDialog(QDialog):
    saved = Signal(object)  # WorkOrderDetail

    def __init__(
        self,
        deps: WorkOrderIntakeServices,
        session: OperatorSession,
        draft: WorkOrderDraft,
        zone: tzinfo,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workOrderFromSource")
        self._deps = deps
        self._session = session
        self._zone = zone
        self.draft = draft
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.banner = Banner()
        self.form = IntakeForm(deps.repairs, deps.directory, session, channels=tuple(Channel), submit=self._submit)
        self.form.clear_button.hide()
        self.cancel_button = QPushButton()
        self.form.button_row.insertWidget(1, self.cancel_button)
        self.carried_label = QLabel()
        self.carried = QListWidget()
        self.carried.setObjectName("carriedFiles")
        self.carried.setFixedHeight(ROW_HEIGHT * CARRIED_ROWS + 6)
        for row in draft.attachments:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(row.file_name)
            self.carried.addItem(item)
        self.carried_label.setBuddy(self.carried)
        for widget in (self.carried_label, self.carried):
            widget.setVisible(bool(draft.attachments))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.banner)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.carried)
        layout.addWidget(self.form, 1)
        self.resize(*DIALOG_SIZE)
        self._connect_signals()
        self.form.prefill(draft.fields)
        self.retranslate()
        self.form.description.setFocus()
        self.form.description.moveCursor(QTextCursor.MoveOperation.End)  # to add to the text, not over it

    def _connect_signals(self) -> None:
        self.form.saved.connect(self._on_form_saved)
        self.cancel_button.clicked.connect(self.reject)

    def retranslate(self) -> None:
        draft = self.draft
        when = draft.at.astimezone(self._zone).strftime("%m-%d %H:%M")
        place = draft.fields.location
        if draft.source_kind is SourceKind.INCIDENT:
            title = self.tr("Work order from incident {number}").format(number=draft.reference)
            self.heading.setText(f"{title}\n{when} {place}".strip())
        else:
            title = self.tr("Work order from the duty-log entry of {time}").format(time=when)
            self.heading.setText(f"{title}\n{place}".strip())
        self.setWindowTitle(title)
        self.cancel_button.setText(self.tr("Cancel (Esc)"))
        self.carried_label.setText(self.tr("Files carried &over (untick a file to leave it out)"))
        for index, row in enumerate(draft.attachments):
            self.carried.item(index).setText(f"{row.file_name} ({size_text(row.size)})")
        if draft.existing:
            numbers = ", ".join(link.number for link in draft.existing)
            self.banner.warning(
                self.tr("Already turned into work order {numbers}. Saving makes another one.").format(numbers=numbers)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # the dialog may be kept (hidden) across a switch
            self.retranslate()
        super().changeEvent(event)

    def carried_ids(self) -> list[uuid.UUID]:
        return [
            row.id
            for index, row in enumerate(self.draft.attachments)
            if self.carried.item(index).checkState() == Qt.CheckState.Checked
        ]

    def _submit(self, fields: IntakeFields, accepted: Collection[str]) -> WorkOrderDetail:
        draft = self.draft
        return self._deps.work_orders.create(
            self._session.actor,
            draft.source_kind.value,
            draft.source_id,
            fields,
            self.carried_ids(),
            accepted,
        )

    def _on_form_saved(self, detail: WorkOrderDetail) -> None:
        self.saved.emit(detail)
        self.accept()


class WorkOrderDialogs:
    """A duty page's work-order dialogs, one per source record, kept (hidden) until saved: Esc or
    Cancel loses nothing, the next F8 on the same record shows what was typed."""

    def __init__(
        self,
        deps: WorkOrderIntakeServices,
        session: OperatorSession,
        zone: tzinfo,
        parent: QWidget,
        saved: Callable[[uuid.UUID, WorkOrderDetail], None],
    ) -> None:
        self._deps = deps
        self._session = session
        self._zone = zone
        self._parent = parent
        self._saved = saved
        self.dialogs: dict[uuid.UUID, WorkOrderFromSourceDialog] = {}

    @property
    def saves_with(self) -> Callable[..., object]:
        """The operation the dialogs save with (its declaration says what a saved work order changes)."""
        return self._deps.work_orders.create

    def open(self, kind: SourceKind, source_id: uuid.UUID) -> WorkOrderFromSourceDialog:
        """Show the dialog of ``source_id`` (made from a fresh proposal the first time; the proposal's
        ``GatehouseError`` reaches the caller)."""
        dialog = self.dialogs.get(source_id)
        if dialog is None:
            draft = self._deps.work_orders.draft(self._session.actor, kind.value, source_id)
            dialog = WorkOrderFromSourceDialog(self._deps, self._session, draft, self._zone, self._parent)
            dialog.saved.connect(lambda detail, key=source_id: self._on_dialog_saved(key, detail))
            self.dialogs[source_id] = dialog
        dialog.open()
        dialog.activateWindow()  # shown again after Esc: take the keyboard back
        return dialog

    def _on_dialog_saved(self, source_id: uuid.UUID, detail: WorkOrderDetail) -> None:
        dialog = self.dialogs.pop(source_id, None)
        if dialog is not None:
            dialog.deleteLater()
        self._saved(source_id, detail)
