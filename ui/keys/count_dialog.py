"""The key count at a shift change: tick (Space) or scan every key found in the cabinet, then save.

Scans go to the tick list wherever the cursor is; a tag that should not be in the cabinet (out, lost,
or unknown) is listed as "not expected". After saving, the dialog shows what is missing and what was
not expected; the result is kept for the handover.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.keys.rows import KeyCountRow
from app.text import clean_code
from ui.keys import code_words
from ui.keys.context import KeysContext
from ui.keys.models import CountTableModel
from ui.keys.widgets import dialog_buttons
from ui.widgets.form import Banner
from ui.widgets.scanner import ScanDetector

TEXT_MAX = 200


class KeyCountDialog(QDialog):
    counted = Signal(object)  # KeyCountRow

    def __init__(self, desk: KeysContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyCountDialog")
        self._desk = desk
        self.extra_scans: list[str] = []
        self.count_result: KeyCountRow | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.banner = Banner()
        self.scan = QLineEdit()
        self.scan.setObjectName("countScan")
        self.scan.setMaxLength(40)
        self.model = CountTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("countTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountTableModel.Column.LABEL, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.summary.setObjectName("countSummary")
        self.summary.setWordWrap(True)
        self.extra = QLabel()
        self.extra.setWordWrap(True)
        self.note = QLineEdit()
        self.note.setMaxLength(TEXT_MAX)
        self.outcome = QLabel()
        self.outcome.setObjectName("banner")  # styled like a banner: warning when something is missing
        self.outcome.setWordWrap(True)
        self.outcome.hide()
        self.buttons, self.save_button, self.close_button = dialog_buttons(default=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.banner)
        layout.addWidget(self.scan)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.extra)
        layout.addWidget(self.note)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.scanner = ScanDetector(self)
        self._connect_signals()
        self.retranslate()
        self.load()
        self.resize(640, 560)
        self.scan.setFocus()

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.scan.returnPressed.connect(self._on_scan_return_pressed)
        self.scanner.scanned.connect(self._on_scanner_scanned)
        self.model.ticked_changed.connect(self._on_model_ticked_changed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Key count"))
        self.intro.setText(
            self.tr(
                "Scan each key in the cabinet, or type its tag and press Enter, or tick it in the list "
                "(Space). Then save: what is missing is kept for the handover."
            )
        )
        self.scan.setPlaceholderText(self.tr("Scan or type a tag, then Enter"))
        self.note.setPlaceholderText(self.tr("Note for the handover (optional)"))
        self.save_button.setText(self.tr("&Save the count"))
        self._render_summary()
        if self.count_result is not None:
            self._render_outcome(self.count_result)

    def load(self) -> None:
        try:
            self.model.set_rows(self._desk.services.counts.expected_in())
        except GatehouseError as error:
            self.banner.show_error(error)

    # -- ticking -----------------------------------------------------------------------------------
    def mark(self, text: str, *, scanned: bool) -> None:
        """A tag seen in the cabinet: tick it, or list it as not expected."""
        try:
            tag = clean_code(text, "scan")
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        if not tag:
            return
        row = self.model.row_of_tag(tag)
        if row >= 0:
            self.model.tick(row, scanned=scanned)
            self.table.scrollTo(self.model.index(row, 0))
            self.table.selectRow(row)
        elif tag not in self.extra_scans:
            self.extra_scans.append(tag)
            self._render_summary()

    def _on_scan_return_pressed(self) -> None:
        self.mark(self.scan.text(), scanned=False)
        self.scan.clear()

    def _on_scanner_scanned(self, code: str) -> None:
        self.mark(code, scanned=True)

    def _on_model_ticked_changed(self) -> None:
        self._render_summary()

    def _render_summary(self) -> None:
        expected = self.model.expected()
        seen = len(self.model.seen())
        self.summary.setText(
            self.tr("Expected {expected} · seen {seen} · not yet seen {left}").format(
                expected=expected, seen=seen, left=expected - seen
            )
        )
        self.extra.setText(
            self.tr("Not expected in the cabinet: {tags}").format(tags=", ".join(self.extra_scans))
            if self.extra_scans
            else ""
        )
        self.extra.setVisible(bool(self.extra_scans))

    # -- saving ------------------------------------------------------------------------------------
    def _on_save_button_clicked(self) -> None:
        if self.count_result is not None:
            self.accept()
            return
        self.banner.clear_message()
        try:
            result = self._desk.services.counts.record(
                self._desk.session.actor, self.model.seen(), self.extra_scans, self.note.text()
            )
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.count_result = result
        self._desk.ran(self._desk.services.counts.record)
        self.counted.emit(result)
        self._render_outcome(result)
        self.table.setEnabled(False)
        self.scan.setEnabled(False)
        self.note.setEnabled(False)
        self.close_button.hide()
        self.save_button.setText(self.tr("&Close"))
        self.save_button.setFocus()

    def _render_outcome(self, result: KeyCountRow) -> None:
        outcome = code_words.outcome_names()
        lines = [
            self.tr("Saved at {time}: {matched} of {expected} keys in place.").format(
                time=result.counted_at.astimezone(self._desk.services.zone).strftime("%H:%M"),
                matched=result.matched,
                expected=result.expected,
            )
        ]
        for line in (*result.missing, *result.unexpected):
            lines.append(
                self.tr("{outcome}: {tag} {label}").format(
                    outcome=outcome[line.outcome], tag=line.tag, label=line.label
                )
            )
        if result.all_matched:
            lines.append(self.tr("Everything is where it should be."))
        self.outcome.setText("\n".join(lines))
        self.outcome.setProperty("kind", "notice" if result.all_matched else "warning")
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)
        self.outcome.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the scan box or the list marks a tag; it never saves or closes the count by accident.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() is not self.save_button:
            return
        super().keyPressEvent(event)
