"""Excel from the key register page: export the list shown or the loans of a date range; import the
inventory (all rows or none, problems listed by row). File choice with a non-blocking dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from app.errors import GatehouseError
from app.keys.policy import MANAGE_KEYS
from app.keys.rows import KeyQuery
from app.keys.transfer import ImportRejected, ImportResult
from app.permissions import Approval
from ui import error_words
from ui.keys import code_words
from ui.keys.context import KeysContext
from ui.widgets.approval import call_with_approval

if TYPE_CHECKING:
    from ui.keys.keys_page import KeysPage

XLSX_FILTER = "Excel (*.xlsx)"
PROBLEMS_SHOWN = 12


def choose_file(page: KeysPage, title: str, suggested: str, save: bool, then: Callable[[Path], None]) -> QFileDialog:
    dialog = QFileDialog(page, title)
    dialog.setNameFilter(XLSX_FILTER)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if save else QFileDialog.FileMode.ExistingFile)
    dialog.setDefaultSuffix("xlsx")
    if suggested:
        dialog.selectFile(suggested)
    dialog.fileSelected.connect(lambda name: then(Path(name)))
    dialog.finished.connect(dialog.deleteLater)
    page.dialog = dialog
    dialog.open()
    return dialog


def _title_lines(desk: KeysContext, what: str) -> tuple[str, ...]:
    now = desk.clock.now().astimezone(desk.services.zone).strftime("%Y-%m-%d %H:%M")
    printed = QCoreApplication.translate("KeyTransfer", "{site} · {what} · {name} {time}").format(
        site=desk.services.site_name, what=what, name=desk.session.actor.display_name, time=now
    )
    return (printed,)


def export_inventory(desk: KeysContext, page: KeysPage, query: KeyQuery) -> QFileDialog:
    stamp = desk.clock.now().astimezone(desk.services.zone).strftime("%Y%m%d")

    def write(path: Path) -> None:
        what = QCoreApplication.translate("KeyTransfer", "Key register")
        words = code_words.transfer_words(desk.services.keys.classes(), _title_lines(desk, what))
        try:
            count = desk.services.transfer.export_inventory(path, query, words)
        except GatehouseError as error:
            page.banner.show_error(error)
            return
        page.banner.notice(
            QCoreApplication.translate("KeyTransfer", "{count} keys written to {path}.").format(count=count, path=path)
        )

    title = QCoreApplication.translate("KeyTransfer", "Save the key list as Excel")
    return choose_file(page, title, f"keys-{stamp}.xlsx", True, write)


def export_loans(desk: KeysContext, page: KeysPage, start: datetime, end: datetime) -> QFileDialog:
    day = start.astimezone(desk.services.zone).strftime("%Y%m%d")

    def write(path: Path) -> None:
        what = QCoreApplication.translate("KeyTransfer", "Key loans")
        words = code_words.transfer_words(desk.services.keys.classes(), _title_lines(desk, what))
        try:
            count = desk.services.transfer.export_loans(path, start, end, words)
        except GatehouseError as error:
            page.banner.show_error(error)
            return
        page.banner.notice(
            QCoreApplication.translate("KeyTransfer", "{count} loans written to {path}.").format(count=count, path=path)
        )

    title = QCoreApplication.translate("KeyTransfer", "Save the loans as Excel")
    return choose_file(page, title, f"key-loans-{day}.xlsx", True, write)


def describe_rejection(error: ImportRejected) -> str:
    lines = [QCoreApplication.translate("KeyTransfer", "Nothing was imported. Correct these rows and import again:")]
    for problem in error.problems[:PROBLEMS_SHOWN]:
        lines.append(
            QCoreApplication.translate("KeyTransfer", "Row {row}, {field}: {message}").format(
                row=problem.row,
                field=error_words.field_label(problem.error.field),
                message=error_words.field_message(problem.error),
            )
        )
    hidden = len(error.problems) - PROBLEMS_SHOWN
    if hidden > 0:
        lines.append(QCoreApplication.translate("KeyTransfer", "…and {count} more.").format(count=hidden))
    return "\n".join(lines)


def import_inventory(desk: KeysContext, page: KeysPage) -> QFileDialog:
    def load(path: Path) -> None:
        words = code_words.transfer_words(desk.services.keys.classes())
        actor = desk.session.actor

        def run(approval: Approval | None) -> ImportResult:
            return desk.services.transfer.import_inventory(actor, path, words, approval)

        def done(result: ImportResult) -> None:
            desk.ran(desk.services.transfer.import_inventory)
            page.banner.notice(
                QCoreApplication.translate(
                    "KeyTransfer", "Imported: {added} keys added, {amended} corrected, {same} unchanged."
                ).format(added=result.added, amended=result.amended, same=result.unchanged)
            )

        def failed(error: GatehouseError) -> None:
            if isinstance(error, ImportRejected):
                page.banner.error(describe_rejection(error))
            else:
                page.banner.show_error(error)

        call_with_approval(
            page, desk.services.auth, desk.services.operators, desk.session, MANAGE_KEYS, run, done, failed
        )

    title = QCoreApplication.translate("KeyTransfer", "Import keys from Excel")
    return choose_file(page, title, "", False, load)
