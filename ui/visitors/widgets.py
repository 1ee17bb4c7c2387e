"""Pieces the visitor log's pages share: a read-only table view, a unit
picker, and form dialogs that keep everything typed and save warned values on a second OK."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.directory import DirectoryService
from app.errors import GatehouseError, Rule, ValidationError, ValidationErrors
from ui.visitors.suggest import SuggestBox
from ui.widgets.form import Banner, FormErrors
from ui.widgets.table_models import TableModel

R = TypeVar("R")
F = TypeVar("F")
Index = QModelIndex | QPersistentModelIndex
UNIT_LIMIT = 12


def read_only_table(model: QAbstractTableModel, name: str, stretch: int | None = None) -> QTableView:
    """A table of whole-row single selection, no editing, columns sized to their contents."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_row(table: QTableView, model: TableModel[R]) -> R | None:
    indexes = table.selectionModel().selectedRows()
    return model.row_at(indexes[0].row()) if indexes else None


class UnitPicker(SuggestBox):
    """Type a building and unit ("a12a", "A座12"); pick from the units the directory suggests."""

    def __init__(self, directory: DirectoryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._directory = directory
        self.unit_id: uuid.UUID | None = None
        self.query_changed.connect(self._on_self_query_changed)
        self.chosen.connect(self._on_self_chosen)
        self.textEdited.connect(self._on_self_edited)

    def _on_self_query_changed(self, text: str) -> None:
        try:
            units = self._directory.find_units(text, UNIT_LIMIT) if text.strip() else []
        except GatehouseError:
            units = []  # a half-typed code the directory cannot read yet
        self.set_suggestions([(u.label, (u.id, u.label)) for u in units])

    def _on_self_chosen(self, data: object) -> None:
        if isinstance(data, tuple):
            self.set_unit(*data)

    def _on_self_edited(self, _text: str) -> None:
        self.unit_id = None

    def set_unit(self, unit_id: uuid.UUID | None, label: str) -> None:
        self.unit_id = unit_id
        self.setText(label if unit_id else "")
        self.hide_suggestions()

    def resolve(self, unchanged: str = "") -> ValidationError | None:
        """A unit typed but not picked: take it when exactly one unit matches, else say so."""
        text = self.text().strip()
        if self.unit_id is not None or not text or text == unchanged:
            return None
        try:
            units = self._directory.find_units(text, 2)
        except GatehouseError:
            units = []
        if len(units) == 1:
            self.set_unit(units[0].id, units[0].label)
            return None
        return ValidationError("unit", Rule.NOT_FOUND)


class TranslatableDialog(QDialog):
    """A dialog that sets its texts in ``retranslate()`` (again on a language switch)."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class FormDialog(TranslatableDialog, Generic[F]):
    """A form with OK / Cancel. OK calls ``submit(values, accepted)``; errors show at the fields and
    everything typed stays. Values that only fail a format check are saved when OK is pressed again
    unchanged (the banner says so)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.banner = Banner()
        self.errors = FormErrors()
        self.form = QFormLayout()
        self._labels: dict[str, QLabel] = {}
        self._warned: tuple[str, ...] = ()
        self._last: F | None = None
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_rows(self, rows: Sequence[tuple[str, QWidget]]) -> None:
        for field, widget in rows:
            label = QLabel()
            self._labels[field] = label
            self.errors.add_row(self.form, label, field, widget)

    def set_labels(self, texts: dict[str, str]) -> None:
        for field, label in self._labels.items():
            label.setText(texts.get(field, field))

    def values(self) -> F:
        raise NotImplementedError

    def submit(self, values: F, accepted: tuple[str, ...]) -> None:
        """Call the service (raise its typed error)."""
        raise NotImplementedError

    def warned_again(self) -> str:
        return QCoreApplication.translate(
            "FormDialog", "Check the marked fields; press OK again to save them as typed."
        )

    def _on_buttons_accepted(self) -> None:
        self.errors.clear()
        self.banner.clear_message()
        values = self.values()
        try:
            self.submit(values, self._warned if values == self._last else ())
        except (ValidationError, ValidationErrors) as error:
            shown = error.errors if isinstance(error, ValidationErrors) else (error,)
            if not self.errors.show(error):
                self.banner.show_error(error)
            if all(e.warning for e in shown):
                self._warned, self._last = tuple(e.field for e in shown), values
                self.banner.warning(self.warned_again())
            return
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.accept()


def open_dialog(dialog: QDialog, keep: Callable[[QDialog | None], None]) -> QDialog:
    """``open()`` a dialog (never ``exec()``), remembered by its owner until it closes."""
    keep(dialog)
    dialog.finished.connect(lambda _result: keep(None))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
