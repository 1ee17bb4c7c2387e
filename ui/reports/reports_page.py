"""The Reports page: choose a report and its day / month / desk, preview, print or save it as PDF;
export a list to Excel. The work runs in a background thread with a progress bar and Cancel (Esc).

Keys: F5 preview, Ctrl+P print, Ctrl+S save PDF, Ctrl+E export, Esc cancel. F12 (anywhere in the
workspace) prints the muster list — see ``ui/reports/muster.py``.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ReportServices
from app.clock import day_bounds
from app.errors import GatehouseError, ValidationError
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import ExportResult
from app.permissions import Actor, Approval
from app.reports.paper import Paper
from app.reports.service import VIEW_MONTHLY_REPORT, month_start, previous_month
from ui.error_words import describe
from ui.printing.job import PdfPrintJob
from ui.reports.muster import release_when_done
from ui.reports.report_words import report_labels, report_words
from ui.reports.task_runner import TaskRunner
from ui.session import OperatorSession
from ui.widgets.approval import call_with_approval
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.form import Banner, FormErrors


class ReportKind(StrEnum):
    DAILY = "daily"
    MUSTER = "muster"
    MONTHLY = "monthly"


class Then(StrEnum):
    """What to do with the PDF once it is built."""

    PREVIEW = "preview"
    PRINT = "print"
    SAVE = "save"


class ReportsPage(TranslatableWidget):
    def __init__(self, services: ReportServices, session: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self._s = services
        self._session = session
        self.last_saved: Path | None = None
        self.last_export: ExportResult | None = None

        self.title = page_title()
        self.banner = Banner()
        self.errors = FormErrors()
        self.report_box = QGroupBox()
        self.report_form = QFormLayout(self.report_box)
        self.report_kind = QComboBox()
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.report_desk = QComboBox()
        self._report_labels: dict[str, QLabel] = {}
        for field, widget in (
            ("report", self.report_kind),
            ("day", self.day),
            ("month", self.month),
            ("desk", self.report_desk),
        ):
            label = QLabel()
            self._report_labels[field] = label
            self.errors.add_row(self.report_form, label, field, widget)
        self.preview_button = QPushButton()
        self.print_button = QPushButton()
        self.save_button = QPushButton()
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setMinimumHeight(40)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.report_form.addRow(buttons)

        self.export_box = QGroupBox()
        self.export_form = QFormLayout(self.export_box)
        self.export_kind = QComboBox()
        self.export_from = QDateEdit()
        self.export_to = QDateEdit()
        for edit in (self.export_from, self.export_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.export_desk = QComboBox()
        self._export_labels: dict[str, QLabel] = {}
        for field, widget in (
            ("export_kind", self.export_kind),
            ("export_from", self.export_from),
            ("export_range", self.export_to),
            ("export_desk", self.export_desk),
        ):
            label = QLabel()
            self._export_labels[field] = label
            self.errors.add_row(self.export_form, label, field, widget)
        self.export_button = QPushButton()
        self.export_button.setMinimumHeight(40)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        self.export_form.addRow(export_row)

        self.progress = QProgressBar()
        self.progress.setMinimumHeight(28)
        self.status = QLabel()
        self.status.setObjectName("reportStatus")
        self.cancel_button = QPushButton()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        columns = QHBoxLayout()
        columns.addWidget(self.report_box, 1)
        columns.addWidget(self.export_box, 1)
        layout.addLayout(columns)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addStretch(1)

        self.tasks = TaskRunner(
            self.progress,
            self.cancel_button,
            self.status,
            (self.preview_button, self.print_button, self.save_button, self.export_button),
            self._show_error,
            self,
        )
        self._fill_choices()
        self._set_defaults()
        self._connect_signals()
        self._install_shortcuts()
        self.retranslate()
        self._on_report_kind_current_index_changed()

    # ---- set-up ---------------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        self.report_kind.currentIndexChanged.connect(self._on_report_kind_current_index_changed)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self.cancel)

    def _install_shortcuts(self) -> None:
        for keys, slot in (
            ("F5", self._on_preview_button_clicked),
            ("Ctrl+P", self._on_print_button_clicked),
            ("Ctrl+S", self._on_save_button_clicked),
            ("Ctrl+E", self._on_export_button_clicked),
            ("Esc", self.cancel),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def _fill_choices(self) -> None:
        for kind in ReportKind:
            self.report_kind.addItem("", kind.value)
        for combo in (self.report_desk, self.export_desk):
            combo.addItem("", None)
            for desk in self._s.site.desks():
                combo.addItem(desk.name, desk.id)
        for export_kind in self._s.exports.kinds():
            self.export_kind.addItem("", export_kind.value)

    def _set_defaults(self) -> None:
        today = self._s.clock.now().astimezone(self._s.zone).date()
        yesterday = today - timedelta(days=1)
        self.day.setDate(_qdate(yesterday))
        self.day.setMaximumDate(_qdate(today))
        self.month.setDate(_qdate(previous_month(month_start(today))))
        self.month.setMaximumDate(_qdate(today))
        self.export_from.setDate(_qdate(month_start(today)))
        self.export_to.setDate(_qdate(today))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports and exports"))
        self.report_box.setTitle(self.tr("Report (PDF)"))
        self.export_box.setTitle(self.tr("Excel export"))
        names = {
            ReportKind.DAILY: self.tr("Daily report"),
            ReportKind.MUSTER: self.tr("Muster list (everyone on site now)"),
            ReportKind.MONTHLY: self.tr("Monthly KPI report"),
        }
        for row in range(self.report_kind.count()):
            self.report_kind.setItemText(row, names[ReportKind(self.report_kind.itemData(row))])
        self._report_labels["report"].setText(self.tr("&Report"))
        self._report_labels["day"].setText(self.tr("&Date"))
        self._report_labels["month"].setText(self.tr("&Month"))
        self._report_labels["desk"].setText(self.tr("Des&k"))
        self._report_labels["report"].setBuddy(self.report_kind)
        self._report_labels["day"].setBuddy(self.day)
        self._report_labels["month"].setBuddy(self.month)
        self._report_labels["desk"].setBuddy(self.report_desk)
        for combo in (self.report_desk, self.export_desk):
            combo.setItemText(0, self.tr("Whole site"))
        self.preview_button.setText(self.tr("Preview (F5)"))
        self.print_button.setText(self.tr("Print… (Ctrl+P)"))
        self.save_button.setText(self.tr("Save PDF… (Ctrl+S)"))
        words = report_words()
        for row in range(self.export_kind.count()):
            self.export_kind.setItemText(row, words.get(f"export.title.{self.export_kind.itemData(row)}", ""))
        self._export_labels["export_kind"].setText(self.tr("&List"))
        self._export_labels["export_from"].setText(self.tr("&From"))
        self._export_labels["export_range"].setText(self.tr("&To (included)"))
        self._export_labels["export_desk"].setText(self.tr("D&esk"))
        self._export_labels["export_kind"].setBuddy(self.export_kind)
        self._export_labels["export_from"].setBuddy(self.export_from)
        self._export_labels["export_range"].setBuddy(self.export_to)
        self._export_labels["export_desk"].setBuddy(self.export_desk)
        self.export_button.setText(self.tr("Export to Excel… (Ctrl+E)"))
        self.cancel_button.setText(self.tr("Cancel (Esc)"))

    # ---- choices --------------------------------------------------------------------------------
    def current_report(self) -> ReportKind:
        return ReportKind(self.report_kind.currentData())

    def choose_report(self, kind: ReportKind) -> None:
        self.report_kind.setCurrentIndex(self.report_kind.findData(kind.value))

    def choose_export(self, kind: ExportKind) -> None:
        self.export_kind.setCurrentIndex(self.export_kind.findData(kind.value))

    def _on_report_kind_current_index_changed(self, _index: int = 0) -> None:
        kind = self.current_report()
        self.errors.clear()
        for field, visible in (
            ("day", kind is ReportKind.DAILY),
            ("desk", kind is ReportKind.DAILY),
            ("month", kind is ReportKind.MONTHLY),
        ):
            self.report_form.setRowVisible(self._report_labels[field], visible)

    # ---- report ---------------------------------------------------------------------------------
    def _on_preview_button_clicked(self) -> None:
        self.build_report(Then.PREVIEW)

    def _on_print_button_clicked(self) -> None:
        self.build_report(Then.PRINT)

    def _on_save_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the report as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF files (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._suggested_name() + ".pdf")
        dialog.fileSelected.connect(lambda name: self.build_report(Then.SAVE, Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _suggested_name(self) -> str:
        kind = self.current_report()
        if kind is ReportKind.DAILY:
            return f"daily-{_pydate(self.day.date()).isoformat()}"
        if kind is ReportKind.MONTHLY:
            return f"monthly-{_pydate(self.month.date()).strftime('%Y-%m')}"
        return f"muster-{self._s.clock.now().astimezone(self._s.zone).strftime('%Y%m%d-%H%M')}"

    def build_report(self, then: Then, path: Path | None = None) -> None:
        """Build the chosen report in the background, then preview, print or save it."""
        if self.is_busy():
            return
        self.errors.clear()
        self.banner.clear_message()
        kind = self.current_report()
        actor = self._session.actor
        paper = report_paper(self._s, self._session.actor)
        reports = self._s.reports
        if kind is ReportKind.DAILY:
            day = _pydate(self.day.date())
            desk_id: uuid.UUID | None = self.report_desk.currentData()
            self.tasks.start(
                lambda progress, cancelled: reports.daily_pdf(
                    actor, day, desk_id, paper, progress=progress, cancelled=cancelled
                ),
                lambda pdf: self._deliver(pdf, then, path),
            )
        elif kind is ReportKind.MUSTER:
            self.tasks.start(
                lambda progress, cancelled: reports.muster_pdf(actor, paper), lambda pdf: self._deliver(pdf, then, path)
            )
        else:
            month = _pydate(self.month.date())

            def start_monthly(approval: Approval | None) -> None:
                self.tasks.start(
                    lambda progress, cancelled: reports.monthly_pdf(
                        actor, month, paper, approval, progress=progress, cancelled=cancelled
                    ),
                    lambda pdf: self._deliver(pdf, then, path),
                )

            call_with_approval(
                self,
                self._s.auth,
                self._s.operators,
                self._session,
                VIEW_MONTHLY_REPORT,
                lambda approval: reports.authorise_monthly(actor, approval),
                start_monthly,
                self._show_error,
            )

    def _deliver(self, pdf: object, then: Then, path: Path | None) -> None:
        assert isinstance(pdf, bytes)
        job = PdfPrintJob(pdf, self._suggested_name(), parent=self)
        job.print_failed.connect(self._show_error)
        job.printed.connect(self._on_job_printed)
        try:
            if then is Then.PREVIEW:
                job.preview(self).finished.connect(lambda _result: job.close())
            elif then is Then.SAVE:
                assert path is not None
                try:
                    self.last_saved = job.save_copy(path)
                finally:
                    job.close()
                self.status.setText(self.tr("Saved: {path}").format(path=str(self.last_saved)))
            else:
                self.print_pdf(job)
        except GatehouseError as error:
            job.close()
            self._show_error(error)

    def print_pdf(self, job: PdfPrintJob) -> None:
        """The desk's A4 printer without a dialog when the desk prints silently, else the dialog.
        The job's PDF document is released when its dialog closes (or at once after a silent print)."""
        release_when_done(job, self, self._s.settings, self._session.actor.desk_id)

    def _on_job_printed(self, printer: str, pages: int) -> None:
        self.status.setText(self.tr("Sent {pages} page(s) to {printer}.").format(pages=pages, printer=printer))

    # ---- export ---------------------------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        if self.is_busy() or self.export_kind.count() == 0:
            return
        kind = ExportKind(self.export_kind.currentData())
        dialog = QFileDialog(self, self.tr("Export to Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("Excel workbooks (*.xlsx)"))
        dialog.setDefaultSuffix("xlsx")
        dialog.selectFile(f"{kind.value}-{_pydate(self.export_from.date()).isoformat()}.xlsx")
        dialog.fileSelected.connect(lambda name: self.export_to_file(Path(name)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export_to_file(self, path: Path, kind: ExportKind | None = None, flt: ExportFilter | None = None) -> None:
        """Export the chosen list (or ``kind`` with another page's current filter) to ``path``."""
        if self.is_busy():
            return
        self.errors.clear()
        self.banner.clear_message()
        try:
            what = kind or ExportKind(self.export_kind.currentData())
            chosen = flt or export_filter(
                _pydate(self.export_from.date()),
                _pydate(self.export_to.date()),
                self.export_desk.currentData(),
                self._s.zone,
            )
        except GatehouseError as error:
            self._show_error(error)
            return
        actor = self._session.actor
        exports = self._s.exports
        words = report_words()
        site_name = self._s.site_name

        def start(approval: Approval | None) -> None:
            self.tasks.start(
                lambda progress, cancelled: exports.export(
                    actor,
                    what,
                    chosen,
                    path,
                    words.get,
                    site_name=site_name,
                    approval=approval,
                    progress=progress,
                    cancelled=cancelled,
                ),
                self._on_exported,
            )

        call_with_approval(
            self,
            self._s.auth,
            self._s.operators,
            self._session,
            exports.permission(what),
            lambda approval: exports.authorise(actor, approval, what),
            start,
            self._show_error,
        )

    def _on_exported(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self.last_export = result
        self.status.setText(self.tr("{rows} rows exported to {path}").format(rows=result.rows, path=str(result.path)))

    # ---- background work ------------------------------------------------------------------------
    def is_busy(self) -> bool:
        return self.tasks.is_busy()

    def cancel(self) -> None:
        self.tasks.cancel()

    def _show_error(self, error: object) -> None:
        if not isinstance(error, GatehouseError):
            return
        self.status.clear()
        if not self.errors.show(error):
            self.banner.error(describe(error))

    def wait_idle(self, ms: int = 30_000) -> bool:
        """For tests and closing: wait for a running task's thread."""
        return self.tasks.wait_idle(ms)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def report_paper(services: ReportServices, actor: Actor) -> Paper:
    """Who prints, where and when: the header and footer of every report's paper."""
    desk_name = ""
    if actor.desk_id is not None:
        try:
            desk_name = services.site.desk(actor.desk_id).name
        except GatehouseError:
            desk_name = ""
    return Paper(
        site_name=services.site_name,
        printed_by=actor.display_name,
        printed_at=services.clock.now(),
        zone=services.zone,
        labels=report_labels(),
        desk_name=desk_name,
    )


def export_filter(first: date, last: date, desk_id: uuid.UUID | None, zone: Any) -> ExportFilter:
    """The export's days, both included, from the start of ``first`` to the end of ``last``."""
    if last < first:
        raise ValidationError("export_range", "range_reversed")
    return ExportFilter(day_bounds(first, zone)[0], day_bounds(last, zone)[1], desk_id)
