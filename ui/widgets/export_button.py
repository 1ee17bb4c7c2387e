"""The "Excel…" button of a list page: the page's list, as the page filters it, through the one export
registry (``ListExport``: a supervisor's approval in place where needed, progress, Cancel).

    self.export_button = ExportButton(deps, session, ExportKind.WATCHLIST, self._export_filter, self.banner)

The page gives the filter it shows (a callable, asked at click time) and its banner; the button asks
for a file, runs the export and says at the banner how many rows were written, or why not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from app.bundles import ListExportServices
from app.errors import GatehouseError
from app.exports.registry import ExportFilter, ExportKind
from app.exports.service import ExportResult
from ui.reports.export_job import ListExport
from ui.session import OperatorSession

FilterSource = Callable[[], ExportFilter]


class Reporter(Protocol):
    """Where the button says what happened: a page's ``Banner``, or a ``Relay`` to it."""

    def notice(self, text: str) -> None: ...

    def show_error(self, error: GatehouseError) -> None: ...


@dataclass(frozen=True)
class Relay:
    """A ``Reporter`` for a panel that passes its messages on to its page (by signals)."""

    notice: Callable[[str], None]
    show_error: Callable[[GatehouseError], None]


class ExportButton(QPushButton):
    def __init__(
        self,
        deps: ListExportServices,
        session: OperatorSession,
        kind: ExportKind,
        current_filter: FilterSource,
        banner: Reporter,
        parent: QWidget | None = None,
        *,
        hint: Callable[[], str] | None = None,
        label: Callable[[], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"export_{kind.value}")
        self.kind = kind
        self._filter = current_filter
        self._banner = banner
        self._hint = hint  # the page's own tooltip (translated by the page), e.g. which period
        self._label = label  # the page's own button text, where a page exports more than one list
        self.job = ListExport(deps, session, self)
        self.last_result: ExportResult | None = None
        self.dialog: QFileDialog | None = None  # the file dialog opened last (tests look at it)
        self.retranslate()
        self.clicked.connect(self._on_clicked)
        self.job.exported.connect(self._on_job_exported)
        self.job.failed.connect(self._on_job_failed)
        self.job.cancelled.connect(self._on_job_cancelled)

    def retranslate(self) -> None:
        self.setText(self._label() if self._label is not None else self.tr("&Excel…"))
        default = self.tr("Export this list to an Excel workbook (ID numbers and phones masked)")
        self.setToolTip(self._hint() if self._hint is not None else default)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_clicked(self) -> None:
        dialog = QFileDialog(self.window(), self.tr("Export to Excel"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("xlsx")
        dialog.setNameFilter(self.tr("Excel workbook (*.xlsx)"))
        dialog.selectFile(f"{self.kind.value}.xlsx")
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def export_to(self, path: Path) -> None:
        """Export the page's list as it is filtered now to ``path`` (in the background)."""
        if self.job.is_busy():
            return
        try:
            flt = self._filter()
        except GatehouseError as error:
            self._banner.show_error(error)
            return
        self.job.start(self.kind, flt, path)

    def _on_job_exported(self, result: ExportResult) -> None:
        self.last_result = result
        self._banner.notice(self.tr("{count} rows exported to {path}.").format(count=result.rows, path=result.path))

    def _on_job_failed(self, error: GatehouseError) -> None:
        self._banner.show_error(error)

    def _on_job_cancelled(self) -> None:
        self._banner.notice(self.tr("Export cancelled; no file was written."))
