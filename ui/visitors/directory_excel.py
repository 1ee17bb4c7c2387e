"""The directory's exchange with Excel, for the directory page: import a workbook (all or nothing: the
problems are listed and nothing is saved), export the whole directory, write the empty template."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog, QWidget

from app.directory import DirectoryService
from app.directory_xlsx import import_directory_file, write_directory
from app.errors import GatehouseError
from app.imports import ImportRejected
from ui.session import OperatorSession
from ui.visitors.error_words import directory_labels
from ui.visitors.files import ImportProblemsDialog, choose_file
from ui.visitors.widgets import open_dialog
from ui.widgets.form import Banner


def _workbooks() -> str:
    return QCoreApplication.translate("DirectoryPage", "Excel workbook (*.xlsx)")


class DirectoryExcel(QObject):
    """``changed(operations, message)`` is the page's own "the directory changed" (refresh, tell the others, say it)."""

    def __init__(
        self,
        directory: DirectoryService,
        session: OperatorSession,
        zone: tzinfo,
        banner: Banner,
        changed: Callable[[tuple[Callable[..., object], ...], str], None],
        keep_dialog: Callable[[QDialog | None], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._page = parent
        self._directory = directory
        self._session = session
        self._zone = zone
        self._banner = banner
        self._changed = changed
        self._keep_dialog = keep_dialog

    def ask_import(self) -> None:
        title = QCoreApplication.translate("DirectoryPage", "Import the directory")
        choose_file(self._page, title, _workbooks(), self.import_file, save=False)

    def import_file(self, path: str) -> None:
        try:
            summary = import_directory_file(self._directory, self._session.actor, Path(path))
        except ImportRejected as rejected:
            open_dialog(ImportProblemsDialog(rejected.problems, self._page), self._keep_dialog)
            return
        except GatehouseError as error:
            self._banner.show_error(error)
            return
        self._changed(
            (self._directory.import_lines,),
            QCoreApplication.translate(
                "DirectoryPage", "Imported: {people} people and {units} units added, {updated} people updated."
            ).format(people=summary.people_added, units=summary.units_added, updated=summary.people_updated),
        )

    def ask_export(self) -> None:
        title = QCoreApplication.translate("DirectoryPage", "Export the directory")
        choose_file(self._page, title, _workbooks(), self.export_file, save=True, suggested="directory.xlsx")

    def ask_template(self) -> None:
        choose_file(
            self._page,
            QCoreApplication.translate("DirectoryPage", "Save the directory template"),
            _workbooks(),
            lambda path: self.export_file(path, template=True),
            save=True,
            suggested="directory-template.xlsx",
        )

    def export_file(self, path: str, *, template: bool = False) -> None:
        try:
            count = write_directory(self._directory, Path(path), directory_labels(), self._zone, template=template)
        except GatehouseError as error:
            self._banner.show_error(error)
            return
        self._banner.notice(
            QCoreApplication.translate("DirectoryPage", "{count} rows written to {path}.").format(
                count=count, path=path
            )
        )
