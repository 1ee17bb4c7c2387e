"""Choosing a borrower with the keyboard: a kind (1–5), a few typed characters, Enter.

Staff, contractors and residents come from the site directory (name fragment or phone digits); visitors
from the on-site list; anyone else is typed (name and where from). Suggestions — the depositor and the
collectors of a deposited key, the people named for a key — are listed before anything is typed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.directory import DirectoryService, PersonKind, PersonRow
from app.errors import GatehouseError
from app.holdings import OnSiteVisitor
from app.keys.rows import Borrower, BorrowerKind
from app.keys.service import KeyService
from ui.keys import code_words
from ui.widgets.base import TranslatableWidget

KIND_ORDER = (
    BorrowerKind.STAFF,
    BorrowerKind.CONTRACTOR,
    BorrowerKind.RESIDENT,
    BorrowerKind.VISITOR,
    BorrowerKind.OTHER,
)
RESULTS_LIMIT = 30
LIST_ROWS_VISIBLE = 6
BORROWER_ROLE = Qt.ItemDataRole.UserRole


def person_text(person: PersonRow) -> str:
    detail = person.company or person.unit_label or person.role
    parts = [person.name, detail, person.phone_masked]
    return " · ".join(p for p in parts if p)


def visitor_text(visitor: OnSiteVisitor) -> str:
    return " · ".join(p for p in (visitor.name, visitor.pass_number, visitor.unit_label) if p)


class BorrowerPicker(TranslatableWidget):
    changed = Signal()  # the chosen borrower changed (or was cleared)
    picked = Signal()  # Enter chose one: the form may move on

    def __init__(
        self,
        directory: DirectoryService,
        keys: KeyService,
        kinds: Sequence[BorrowerKind] = KIND_ORDER,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory = directory
        self._keys = keys
        self._suggestions: list[tuple[str, Borrower]] = []
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[BorrowerKind, QRadioButton] = {}
        kinds_row = QHBoxLayout()
        kinds_row.setContentsMargins(0, 0, 0, 0)
        for number, kind in enumerate(kinds, start=1):
            button = QRadioButton()
            button.setProperty("number", number)
            self.kind_group.addButton(button, number)
            self.kind_buttons[kind] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        if BorrowerKind.VISITOR in self.kind_buttons and not keys.lends_to_visitors:
            self.kind_buttons[BorrowerKind.VISITOR].setEnabled(False)
        self.search = QLineEdit()
        self.search.setObjectName("borrowerSearch")
        self.search.setMaxLength(60)
        self.detail = QLineEdit()
        self.detail.setMaxLength(60)
        self.results = QListWidget()
        self.results.setObjectName("borrowerResults")
        self.results.setMaximumHeight(self.results.fontMetrics().height() * LIST_ROWS_VISIBLE * 3 // 2)
        typed = QHBoxLayout()
        typed.setContentsMargins(0, 0, 0, 0)
        typed.addWidget(self.search, 2)
        typed.addWidget(self.detail, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds_row)
        layout.addLayout(typed)
        layout.addWidget(self.results)
        self._connect_signals()
        next(iter(self.kind_buttons.values())).setChecked(True)
        self.retranslate()
        self._refresh()

    def _connect_signals(self) -> None:
        self.kind_group.idToggled.connect(self._on_kind_group_id_toggled)
        self.search.textEdited.connect(self._on_search_text_edited)
        self.detail.textEdited.connect(self._on_search_text_edited)
        self.results.currentItemChanged.connect(self._on_results_current_item_changed)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.search.installEventFilter(self)

    def retranslate(self) -> None:
        kind_names = code_words.borrower_kind_names()
        for kind, button in self.kind_buttons.items():
            button.setText(f"&{button.property('number')} {kind_names[kind]}")
        self._update_placeholders()
        self._refresh()

    def _update_placeholders(self) -> None:
        if self.kind() == BorrowerKind.OTHER:
            self.search.setPlaceholderText(self.tr("Name (e.g. 警員 3721)"))
            self.detail.setPlaceholderText(self.tr("From (company, police station…)"))
        else:
            self.search.setPlaceholderText(self.tr("Type a name, or phone digits, then Enter"))
        self.detail.setVisible(self.kind() == BorrowerKind.OTHER)

    # -- state -------------------------------------------------------------------------------------
    def kind(self) -> BorrowerKind:
        return next((k for k, b in self.kind_buttons.items() if b.isChecked()), KIND_ORDER[0])

    def set_kind(self, kind: BorrowerKind) -> None:
        button = self.kind_buttons.get(kind)
        if button is not None and button.isEnabled():
            button.setChecked(True)

    def set_suggestions(self, suggestions: Sequence[tuple[str, Borrower]]) -> None:
        self._suggestions = list(suggestions)
        self._refresh()

    def borrower(self) -> Borrower | None:
        """The chosen borrower; for "other", what was typed (if nothing on the list is chosen)."""
        item = self.results.currentItem()
        if item is not None and item.isSelected():
            chosen = item.data(BORROWER_ROLE)
            if isinstance(chosen, Borrower):
                return chosen
        if self.kind() == BorrowerKind.OTHER and self.search.text().strip():
            return Borrower(BorrowerKind.OTHER, self.search.text(), detail=self.detail.text())
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.results.count() and self.results.currentItem() is None:
                    self.results.setCurrentRow(0)
                if self.borrower() is not None:
                    self.picked.emit()
                return True  # Enter in the search box chooses; it never saves the form by surprise
            if event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                if self.results.currentItem() is None:
                    self.results.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    # -- slots -------------------------------------------------------------------------------------
    def _on_kind_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self._update_placeholders()
            self._refresh()
            self.changed.emit()

    def _on_search_text_edited(self, _text: str) -> None:
        self._refresh()
        self.changed.emit()

    def _on_results_current_item_changed(self, _current: object, _previous: object) -> None:
        self.changed.emit()

    def _on_results_item_activated(self, _item: QListWidgetItem) -> None:
        self.picked.emit()

    # -- results -----------------------------------------------------------------------------------
    def _refresh(self) -> None:
        kind = self.kind()
        text = self.search.text().strip()
        entries = [(label, b) for label, b in self._suggestions if b.kind == kind]
        if kind == BorrowerKind.OTHER and text:
            entries = [(label, b) for label, b in entries if text.casefold() in label.casefold()]
        with contextlib.suppress(GatehouseError):  # a pasted control character simply finds nobody
            entries += self._found(kind, text)
        self.results.clear()
        seen: set[tuple[object, ...]] = set()
        for label, borrower in entries:
            identity = (borrower.kind, borrower.person_id, borrower.visit_id, borrower.collector_id)
            if identity in seen:
                continue
            seen.add(identity)
            item = QListWidgetItem(label)
            item.setData(BORROWER_ROLE, borrower)
            self.results.addItem(item)

    def _found(self, kind: BorrowerKind, text: str) -> list[tuple[str, Borrower]]:
        if kind == BorrowerKind.OTHER:
            return []
        if kind == BorrowerKind.VISITOR:
            folded = text.casefold()
            visitors = [v for v in self._keys.on_site_visitors() if folded in visitor_text(v).casefold()]
            return [
                (visitor_text(v), Borrower(BorrowerKind.VISITOR, v.name, visit_id=v.visit_id))
                for v in visitors[:RESULTS_LIMIT]
            ]
        if not text:
            return []
        people = self._directory.people(kinds=[PersonKind(kind.value)], text=text, limit=RESULTS_LIMIT)
        return [(person_text(p), Borrower(kind, p.name, person_id=p.id)) for p in people]
