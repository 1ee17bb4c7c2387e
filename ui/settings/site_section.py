"""Site profile (administrators): site name, time zone, the desks (add, rename, retire)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.site import DeskKind, DeskRow, SiteService
from ui.app_events import AppEvents
from ui.code_words import desk_kind_name
from ui.session import OperatorSession
from ui.start.setup_page import COMMON_ZONES
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner, FormErrors


class SiteSection(TranslatableWidget):
    def __init__(
        self, site: SiteService, session: OperatorSession, events: AppEvents, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("siteSettings")
        self._site = site
        self._session = session
        self._events = events
        self._rows: list[DeskRow] = []
        self._box = QGroupBox()
        self.banner = Banner()
        self.site_name = QLineEdit()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(list(COMMON_ZONES))
        self.save_site = QPushButton()
        self.desks = QListWidget()
        self.desks.setObjectName("deskList")
        self.desk_name = QLineEdit()
        self.desk_kind = QComboBox()
        self.desk_active = QCheckBox()
        self.add_desk = QPushButton()
        self.update_desk = QPushButton()
        self.errors = FormErrors()
        self._labels = {k: QLabel() for k in ("site_name", "timezone", "desk_name", "desk_kind")}
        form = QFormLayout()
        self.errors.add_row(form, self._labels["site_name"], "site_name", self.site_name)
        self.errors.add_row(form, self._labels["timezone"], "timezone", self.timezone)
        desk_form = QFormLayout()
        self.errors.add_row(desk_form, self._labels["desk_name"], "desk_name", self.desk_name)
        desk_form.addRow(self._labels["desk_kind"], self.desk_kind)
        desk_form.addRow("", self.desk_active)
        desk_buttons = QHBoxLayout()
        desk_buttons.addWidget(self.add_desk)
        desk_buttons.addWidget(self.update_desk)
        desk_buttons.addStretch(1)
        self._desks_label = QLabel()
        inner = QVBoxLayout(self._box)
        inner.addWidget(self.banner)
        inner.addLayout(form)
        inner.addWidget(self.save_site, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self._desks_label)
        inner.addWidget(self.desks)
        inner.addLayout(desk_form)
        inner.addLayout(desk_buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.save_site.clicked.connect(self._on_save_site_clicked)
        self.add_desk.clicked.connect(self._on_add_desk_clicked)
        self.update_desk.clicked.connect(self._on_update_desk_clicked)
        self.desks.currentItemChanged.connect(self._on_desks_current_item_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("Site"))
        self._labels["site_name"].setText(self.tr("Site &name"))
        self._labels["timezone"].setText(self.tr("&Time zone"))
        self._labels["desk_name"].setText(self.tr("&Desk name"))
        self._labels["desk_kind"].setText(self.tr("Desk &kind"))
        self._desks_label.setText(self.tr("Desks (retired desks stay in the records)"))
        self.desk_active.setText(self.tr("In use"))
        self.save_site.setText(self.tr("Save site"))
        self.add_desk.setText(self.tr("&Add as new desk"))
        self.update_desk.setText(self.tr("Save &selected desk"))
        kind = self.desk_kind.currentData()
        self.desk_kind.clear()
        for value in DeskKind:
            self.desk_kind.addItem(desk_kind_name(value), value)
        self.desk_kind.setCurrentIndex(max(0, self.desk_kind.findData(kind)))
        self._fill_desks(self._rows)

    def load(self) -> None:
        try:
            site = self._site.site()
            rows = self._site.desks(include_inactive=True)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.site_name.setText(site.name)
        self.timezone.setCurrentText(site.timezone)
        self._fill_desks(rows)

    def _fill_desks(self, rows: list[DeskRow]) -> None:
        self._rows = rows
        selected = self.desks.currentItem().data(Qt.ItemDataRole.UserRole) if self.desks.currentItem() else None
        self.desks.clear()
        for row in rows:
            state = "" if row.active else self.tr(" (retired)")
            item = QListWidgetItem(f"{row.name} — {desk_kind_name(row.kind)}{state}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.desks.addItem(item)
            if row.id == selected:
                self.desks.setCurrentItem(item)

    def _selected(self) -> DeskRow | None:
        item = self.desks.currentItem()
        if item is None:
            return None
        return next((r for r in self._rows if r.id == item.data(Qt.ItemDataRole.UserRole)), None)

    def _on_desks_current_item_changed(self, *_args: object) -> None:
        row = self._selected()
        if row is not None:
            self.desk_name.setText(row.name)
            self.desk_kind.setCurrentIndex(max(0, self.desk_kind.findData(row.kind)))
            self.desk_active.setChecked(row.active)

    def _run(self, operation: Callable[..., object], action: Callable[[], object]) -> bool:
        self.banner.clear_message()
        self.errors.clear()
        try:
            action()
        except GatehouseError as error:
            if not self.errors.show(error):
                self.banner.show_error(error)
            return False
        self._events.ran(operation)
        self.load()
        self.banner.notice(self.tr("Saved."))
        return True

    def _on_save_site_clicked(self) -> None:
        self._run(
            self._site.update_profile,
            lambda: self._site.update_profile(self._session.actor, self.site_name.text(), self.timezone.currentText()),
        )

    def _on_add_desk_clicked(self) -> None:
        self._run(
            self._site.add_desk,
            lambda: self._site.add_desk(self._session.actor, self.desk_name.text(), self.desk_kind.currentData()),
        )

    def _on_update_desk_clicked(self) -> None:
        row = self._selected()
        if row is None:
            self.banner.error(self.tr("Select a desk in the list first."))
            return
        self._run(
            self._site.update_desk,
            lambda: self._site.update_desk(
                self._session.actor, row.id, self.desk_name.text(), self.desk_active.isChecked()
            ),
        )
