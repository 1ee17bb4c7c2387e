"""The watchlist (supervisors): entries with their action and reason, how often they matched; add,
lift with a reason, import from Excel (all or nothing), write the template."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, tzinfo
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bundles import ListExportServices
from app.errors import GatehouseError
from app.exports.registry import ExportFilter, ExportKind
from app.imports import ImportRejected
from app.validation import IdType
from app.visitors.model import WatchAction, WatchlistRow
from app.visitors.visits import VisitService
from app.visitors.watchlist import WatchlistFields, WatchlistService
from app.visitors.watchlist_xlsx import import_watchlist_file, write_template
from ui.app_events import AppEvents
from ui.session import OperatorSession
from ui.visitors.code_words import action_name, id_type_name
from ui.visitors.error_words import watchlist_labels
from ui.visitors.files import ImportProblemsDialog, choose_file
from ui.visitors.models import WatchlistTableModel
from ui.visitors.widgets import FormDialog, open_dialog, read_only_table, selected_row
from ui.widgets.base import TranslatableWidget, page_title
from ui.widgets.export_button import ExportButton
from ui.widgets.form import Banner

EXPIRY_MONTHS = 6


class WatchlistDialog(FormDialog[WatchlistFields]):
    """Add one entry. A value that only fails a format check is saved when OK is pressed again."""

    def __init__(self, watchlist: WatchlistService, session: OperatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistDialog")
        self._watchlist = watchlist
        self._session = session
        self.added: WatchlistRow | None = None
        self.name, self.aliases, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.id_type = QComboBox()
        for kind in IdType:
            self.id_type.addItem(id_type_name(kind), kind.value)
        self.id_number, self.plate, self.reason = QLineEdit(), QLineEdit(), QLineEdit()
        self.action = QComboBox()
        for action in WatchAction:
            self.action.addItem(action_name(action), action.value)
        self.has_expiry = QCheckBox()
        self.expires_on = QDateEdit(QDate.currentDate().addMonths(EXPIRY_MONTHS))
        self.expires_on.setDisplayFormat("yyyy-MM-dd")
        self.expires_on.setCalendarPopup(True)
        until = QHBoxLayout()
        until.setContentsMargins(0, 0, 0, 0)
        until.addWidget(self.has_expiry)
        until.addWidget(self.expires_on, 1)
        until_box = QWidget()
        until_box.setLayout(until)
        self.add_rows(
            [
                ("name", self.name),
                ("aliases", self.aliases),
                ("phone", self.phone),
                ("id_type", self.id_type),
                ("id_number", self.id_number),
                ("plate", self.plate),
                ("action", self.action),
                ("reason", self.reason),
                ("expires_on", until_box),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add to the watchlist"))
        self.set_labels(
            {
                "name": self.tr("&Name"),
                "aliases": self.tr("&Other names (comma-separated)"),
                "phone": self.tr("&Phone"),
                "id_type": self.tr("ID &type"),
                "id_number": self.tr("ID n&umber"),
                "plate": self.tr("P&late"),
                "action": self.tr("&Action *"),
                "reason": self.tr("&Reason *"),
                "expires_on": self.tr("&Until"),
            }
        )
        self.has_expiry.setText(self.tr("Ends on"))

    def values(self) -> WatchlistFields:
        day = self.expires_on.date()
        return WatchlistFields(
            name=self.name.text(),
            aliases=self.aliases.text(),
            phone=self.phone.text(),
            id_type=str(self.id_type.currentData()) if self.id_number.text().strip() else "",
            id_number=self.id_number.text(),
            plate=self.plate.text(),
            reason=self.reason.text(),
            action=str(self.action.currentData()),
            expires_on=date(day.year(), day.month(), day.day()) if self.has_expiry.isChecked() else None,
        )

    def submit(self, values: WatchlistFields, accepted: tuple[str, ...]) -> None:
        self.added = self._watchlist.add(self._session.actor, values, accepted=accepted)


class WatchlistPage(TranslatableWidget):
    def __init__(
        self,
        watchlist: WatchlistService,
        visitors: VisitService,
        session: OperatorSession,
        events: AppEvents,
        zone: tzinfo,
        parent: QWidget | None = None,
        *,
        exports: ListExportServices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("watchlistPage")
        self._watchlist = watchlist
        self._visitors = visitors
        self._session = session
        self._events = events
        self._zone = zone
        self._title = page_title()
        self.banner = Banner()
        self.show_lifted = QCheckBox()
        self.model = WatchlistTableModel(self)
        self.table = read_only_table(self.model, "watchlistTable", stretch=WatchlistTableModel.Column.REASON)
        self.add_button = QPushButton()
        self.add_button.setProperty("role", "primary")
        self.lift_button = QPushButton()
        self.import_button = QPushButton()
        self.template_button = QPushButton()
        self.dialog: QDialog | None = None
        buttons = QHBoxLayout()
        for button in (self.add_button, self.lift_button):
            buttons.addWidget(button)
        buttons.addWidget(self.show_lifted)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.template_button)
        self.export_button: ExportButton | None = None
        if exports is not None:
            self.export_button = ExportButton(exports, session, ExportKind.WATCHLIST, self.export_filter, self.banner)
            buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._connect_signals()
        self.retranslate()
        self.refresh()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.lift_button.clicked.connect(self._on_lift_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.template_button.clicked.connect(self._on_template_button_clicked)
        self.show_lifted.toggled.connect(self._on_show_lifted_toggled)

    def retranslate(self) -> None:
        self._title.setText(self.tr("Watchlist"))
        self.add_button.setText(self.tr("&Add…"))
        self.lift_button.setText(self.tr("&Lift…"))
        self.import_button.setText(self.tr("&Import from Excel…"))
        self.template_button.setText(self.tr("Excel &template…"))
        self.show_lifted.setText(self.tr("Show lifted entries"))
        self.model.retranslate_headers()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        try:
            self.model.set_rows(
                self._watchlist.entries(self._session.actor, include_lifted=self.show_lifted.isChecked())
            )
        except GatehouseError as error:
            self.banner.show_error(error)

    def export_filter(self) -> ExportFilter:
        """The list as shown: lifted and expired entries too when they are shown."""
        return ExportFilter(options={"lifted": "shown"} if self.show_lifted.isChecked() else {})

    def _on_show_lifted_toggled(self, _checked: bool) -> None:
        self.refresh()

    def selected(self) -> WatchlistRow | None:
        return selected_row(self.table, self.model)

    def _keep_dialog(self, dialog: object) -> None:
        self.dialog = dialog if isinstance(dialog, QDialog) else None

    def _changed(self, operation: Callable[..., object], message: str) -> None:
        """``operation`` ran (the service method, whose declaration says what changed)."""
        self.refresh()
        self._events.ran(operation)
        self.banner.notice(message)

    def _on_add_button_clicked(self) -> None:
        dialog = WatchlistDialog(self._watchlist, self._session, self)
        dialog.accepted.connect(lambda: self._changed(self._watchlist.add, self.tr("Entry added to the watchlist.")))
        open_dialog(dialog, self._keep_dialog)

    def _on_lift_button_clicked(self) -> None:
        row = self.selected()
        if row is None or not row.active:
            self.banner.error(self.tr("Select an entry that is listed."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Lift a watchlist entry"))
        dialog.setLabelText(self.tr("Why is {name} no longer on the list?").format(name=row.name or row.plate))
        dialog.textValueSelected.connect(lambda reason: self._lift(row, reason))
        open_dialog(dialog, self._keep_dialog)

    def _lift(self, row: WatchlistRow, reason: str) -> None:
        try:
            self._watchlist.lift(self._session.actor, row.id, reason)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._changed(self._watchlist.lift, self.tr("Entry lifted."))

    def _on_import_button_clicked(self) -> None:
        choose_file(
            self, self.tr("Import the watchlist"), self.tr("Excel workbook (*.xlsx)"), self.import_file, save=False
        )

    def import_file(self, path: str) -> None:
        try:
            count = import_watchlist_file(self._watchlist, self._session.actor, Path(path))
        except ImportRejected as rejected:
            open_dialog(ImportProblemsDialog(rejected.problems, self), self._keep_dialog)
            return
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._changed(self._watchlist.import_entries, self.tr("{count} entries imported.").format(count=count))

    def _on_template_button_clicked(self) -> None:
        choose_file(
            self,
            self.tr("Save the watchlist template"),
            self.tr("Excel workbook (*.xlsx)"),
            self.write_template_file,
            save=True,
            suggested="watchlist-template.xlsx",
        )

    def write_template_file(self, path: str) -> None:
        try:
            write_template(Path(path), watchlist_labels(), self._zone)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.banner.notice(self.tr("Template written to {path}.").format(path=path))
