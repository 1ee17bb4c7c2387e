"""Repairs and complaints: the queue, a new request, and the return-visit calls — three tabs."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QTabWidget, QVBoxLayout, QWidget

from app.bundles import ListExportServices, RepairServices
from app.changes import ChangeKind, Changes
from app.clock import Clock
from app.directory import PersonKind
from app.errors import GatehouseError
from app.exports.registry import ExportKind
from app.exports.service import ExportResult
from app.exports.sources.repairs import export_filter
from app.permissions import Approval, Permission
from app.printing import A4, A5, RECEIPT_58, RECEIPT_80, DocumentMeta, PageSpec
from app.repairs.lifecycle import Action, EndReason, HoldReason
from app.repairs.permissions import REPAIRS_CLOSE_UNREACHED, REPAIRS_END, REPAIRS_REOPEN, REPAIRS_RETURN_VISIT
from app.repairs.rows import QueueScope, WorkOrderDetail
from app.repairs.sheet import work_order_pdf
from app.settings import RECEIPT_WIDTH_MM
from ui.app_events import AppEvents, RecordRef, read_record
from ui.printing import PdfPrintJob, document_labels
from ui.repairs.action_dialog import ActionInput, WorkOrderActionDialog
from ui.repairs.code_words import sheet_labels
from ui.repairs.intake_form import IntakeForm
from ui.repairs.queue_view import QueueView
from ui.reports.export_job import ListExport
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, page_title

ONE_CLICK = frozenset({Action.START, Action.RESUME})
APPROVABLE: dict[Action, Permission] = {
    Action.REJECT: REPAIRS_END,
    Action.CANCEL: REPAIRS_END,
    Action.VISIT_ANSWERED: REPAIRS_RETURN_VISIT,
    Action.VISIT_UNREACHED: REPAIRS_RETURN_VISIT,
    Action.REOPEN: REPAIRS_REOPEN,
    Action.CLOSE_UNREACHED: REPAIRS_CLOSE_UNREACHED,
}


class RepairsPage(TranslatableWidget):
    def __init__(
        self,
        deps: RepairServices,
        session: OperatorSession,
        events: AppEvents,
        clock: Clock,
        zone: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("repairsPage")
        self._deps = deps
        self._session = session
        self._events = events
        self._clock = clock
        self._zone = zone
        self._jobs: list[PdfPrintJob] = []
        self.dialog: WorkOrderActionDialog | None = None
        self.export = ListExport(
            ListExportServices(deps.exports, deps.auth, deps.operators, deps.site_name), session, self
        )
        self._export_view: QueueView | None = None
        self._title = page_title()
        reader = deps.repairs.reader
        categories = deps.repairs.config.categories()
        open_copy = deps.repairs.attachments.viewable_copy
        self.queue = QueueView(reader, categories, clock, zone, QueueScope.OPEN, open_copy)
        self.intake = IntakeForm(deps.repairs, deps.directory, session)
        self.calls = QueueView(reader, categories, clock, zone, QueueScope.CALL_LIST, open_copy)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.queue, "")
        self.tabs.addTab(self.intake, "")
        self.tabs.addTab(self.calls, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.tabs, 1)
        self._connect_signals()
        self.retranslate()
        self.queue.refresh()

    def _connect_signals(self) -> None:
        for view in (self.queue, self.calls):
            view.selection_changed.connect(
                lambda work_order_id, v=view: self._on_view_selection_changed(v, work_order_id)
            )
            view.detail.action_requested.connect(lambda action, v=view: self._on_detail_action_requested(v, action))
            view.detail.print_requested.connect(lambda page, v=view: self._on_detail_print_requested(v, page))
            view.detail.source.record_requested.connect(self._on_detail_source_record_requested)
            view.export_requested.connect(lambda v=view: self._on_view_export_requested(v))
        self.export.exported.connect(self._on_export_exported)
        self.export.failed.connect(self._on_export_failed)
        self.export.cancelled.connect(self._on_export_cancelled)
        self.intake.saved.connect(self._on_intake_saved)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self._events.data_changed.connect(self._on_events_data_changed)
        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.show_intake)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Repairs and complaints"))
        self.tabs.setTabText(0, self.tr("&Queue"))
        self.tabs.setTabText(1, self.tr("&New request (Ctrl+N)"))
        self.tabs.setTabText(2, self.tr("&Return visits"))

    # -- navigation -------------------------------------------------------------------------------
    def activated(self) -> None:
        self.current_view().refresh()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.queue.search.setFocus()
        self.queue.search.selectAll()

    def show_intake(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.focus_first()

    def open_record(self, ref: RecordRef) -> bool:
        """A work order asked for from another page: listed and chosen in the queue, its detail and
        timeline beside it. False when there is no such job."""
        self.tabs.setCurrentWidget(self.queue)
        try:
            detail = read_record(ref, self._deps.repairs.detail)
        except GatehouseError as error:
            self.queue.banner.show_error(error)
            return True
        if detail is None:
            return False
        if not self.queue.show_job(detail.id, detail.row.number):
            self.queue.detail.show_detail(detail)
        self.queue.table.setFocus()
        return True

    def _on_detail_source_record_requested(self, ref: RecordRef) -> None:
        self._events.open_record(ref)

    def current_view(self) -> QueueView:
        return self.calls if self.tabs.currentWidget() is self.calls else self.queue

    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() in (self.queue, self.calls):
            self.current_view().refresh()

    def _on_events_data_changed(self, changes: Changes) -> None:
        if changes.touches(ChangeKind.WORK_ORDER, ChangeKind.DIRECTORY, ChangeKind.SETTINGS) and self.isVisible():
            self.current_view().refresh()

    def _on_intake_saved(self, detail: WorkOrderDetail) -> None:
        self._events.ran(self._deps.repairs.create)
        self.tabs.setCurrentWidget(self.queue)
        self.queue.refresh(detail.id)

    def _on_view_selection_changed(self, view: QueueView, work_order_id: uuid.UUID | None) -> None:
        if work_order_id is None:
            view.detail.show_detail(None)
            return
        try:
            view.detail.show_detail(self._deps.repairs.detail(work_order_id))
        except GatehouseError as error:
            view.banner.show_error(error)

    # -- actions ----------------------------------------------------------------------------------
    def _on_detail_action_requested(self, view: QueueView, action: Action) -> None:
        detail = view.detail.detail
        if detail is None:
            return
        if action in ONE_CLICK:
            self._run(
                view, ActionInput(action), detail.id, lambda error: view.banner.show_error(error) if error else None
            )
            return
        technicians = []
        if action is Action.DISPATCH:
            technicians = self._deps.directory.people([PersonKind.STAFF, PersonKind.CONTRACTOR])
        dialog = WorkOrderActionDialog(
            action, detail.row.number, technicians, lambda value, done: self._run(view, value, detail.id, done), self
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _run(
        self,
        view: QueueView,
        value: ActionInput,
        work_order_id: uuid.UUID,
        done: Callable[[GatehouseError | None], None],
    ) -> None:
        """One service call for the action; a supervisor's PIN is asked in place when needed."""
        repairs, actor = self._deps.repairs, self._session.actor

        operations: dict[Action, Callable[..., Any]] = {
            Action.DISPATCH: repairs.dispatch,
            Action.START: repairs.start,
            Action.HOLD: repairs.hold,
            Action.RESUME: repairs.resume,
            Action.COMPLETE: repairs.complete,
            Action.REJECT: repairs.reject,
            Action.CANCEL: repairs.cancel,
            Action.VISIT_ANSWERED: repairs.record_visit,
            Action.VISIT_UNREACHED: repairs.record_visit,
            Action.CLOSE_UNREACHED: repairs.close_unreached,
            Action.REOPEN: repairs.reopen,
            Action.NOTE: repairs.add_note,
        }

        def call(approval: Approval | None) -> Any:
            a = value.action
            calls: dict[Action, Callable[[], Any]] = {
                Action.DISPATCH: lambda: repairs.dispatch(actor, work_order_id, value.assignee_id, value.text),
                Action.START: lambda: repairs.start(actor, work_order_id, value.text),
                Action.HOLD: lambda: repairs.hold(actor, work_order_id, HoldReason(value.chosen_reason()), value.text),
                Action.RESUME: lambda: repairs.resume(actor, work_order_id, value.text),
                Action.COMPLETE: lambda: repairs.complete(actor, work_order_id, value.text),
                Action.REJECT: lambda: repairs.reject(
                    actor, work_order_id, EndReason(value.chosen_reason()), value.text, approval
                ),
                Action.CANCEL: lambda: repairs.cancel(
                    actor, work_order_id, EndReason(value.chosen_reason()), value.text, approval
                ),
                Action.VISIT_ANSWERED: lambda: repairs.record_visit(
                    actor, work_order_id, value.satisfaction, value.text, approval
                ),
                Action.VISIT_UNREACHED: lambda: repairs.record_visit(actor, work_order_id, None, value.text, approval),
                Action.CLOSE_UNREACHED: lambda: repairs.close_unreached(actor, work_order_id, value.text, approval),
                Action.REOPEN: lambda: repairs.reopen(actor, work_order_id, value.text, approval),
                Action.NOTE: lambda: repairs.add_note(actor, work_order_id, value.text),
            }
            return calls[a]()

        def finished(result: Any) -> None:
            done(None)
            self._events.ran(operations[value.action])
            keep = result.id if isinstance(result, WorkOrderDetail) else work_order_id
            view.refresh(keep)
            if view.selected_id() != keep:
                self._on_view_selection_changed(view, keep)

        permission = APPROVABLE.get(value.action)
        if permission is None:
            try:
                result = call(None)
            except GatehouseError as error:
                done(error)
                return
            finished(result)
            return
        call_with_approval(self, self._deps.auth, self._deps.operators, self._session, permission, call, finished, done)

    # -- export -----------------------------------------------------------------------------------
    def _on_view_export_requested(self, view: QueueView) -> None:
        dialog = QFileDialog(self, self.tr("Export work orders"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.selectFile(f"work-orders-{self._clock.now().astimezone(self._zone):%Y%m%d-%H%M}.xlsx")
        dialog.fileSelected.connect(lambda path: self.export_to(view, Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_to(self, view: QueueView, path: Path) -> None:
        """Write the view's current filter to ``path`` in the background (progress, Cancel), through
        the export registry: the same code path as the Reports page and ``gatehouse export xlsx``."""
        if self.export.is_busy():
            return
        self._export_view = view
        self.export.start(ExportKind.REPAIRS, export_filter(view.current_filter()), path)

    def _on_export_exported(self, result: ExportResult) -> None:
        if self._export_view is not None:
            text = self.tr("{count} work orders exported to {path}.").format(count=result.rows, path=result.path)
            self._export_view.banner.notice(text)

    def _on_export_failed(self, error: GatehouseError) -> None:
        if self._export_view is not None:
            self._export_view.banner.show_error(error)

    def _on_export_cancelled(self) -> None:
        if self._export_view is not None:
            self._export_view.banner.notice(self.tr("Export cancelled; no file was written."))

    # -- printing ---------------------------------------------------------------------------------
    def _on_detail_print_requested(self, view: QueueView, page_name: str) -> None:
        detail = view.detail.detail
        if detail is None:
            return
        try:
            pdf = self.sheet_pdf(detail, self.page_for(page_name))
        except GatehouseError as error:
            view.banner.show_error(error)
            return
        job = PdfPrintJob(pdf, self.tr("Work order {number}").format(number=detail.row.number), parent=self)
        job.print_failed.connect(view.banner.show_error)
        self._jobs.append(job)
        preview = job.preview(self)
        preview.finished.connect(lambda _result: self._release(job))

    def _release(self, job: PdfPrintJob) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
            job.close()

    def page_for(self, page_name: str) -> PageSpec:
        if page_name == "A4":
            return A4
        if page_name == "A5":
            return A5
        actor = self._session.actor
        width = self._deps.settings.get(RECEIPT_WIDTH_MM, actor.desk_id)
        return RECEIPT_58 if width == "58" else RECEIPT_80

    def sheet_pdf(self, detail: WorkOrderDetail, page: PageSpec) -> bytes:
        actor = self._session.actor
        desk = self._deps.site.desk(actor.desk_id).name if actor.desk_id else ""
        meta = DocumentMeta(
            site_name=self._deps.site_name,
            desk_name=desk,
            printed_by=actor.display_name,
            printed_at=self._clock.now(),
            title=self.tr("Work order"),
            zone=self._zone,
            labels=document_labels(),
        )
        return work_order_pdf(detail, page, meta, sheet_labels())
