"""Key classes (administrators): each class's default loan period and who may borrow without being
named. The three built-in classes stay; a site may add its own (vehicle keys, shop keys…)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GatehouseError
from app.keys.policy import (
    BUILTIN_CLASSES,
    FALLBACK_LOAN_MINUTES,
    KEY_CLASSES,
    MAX_CLASSES,
    MAX_LOAN_MINUTES,
    MIN_LOAN_MINUTES,
)
from app.keys.rows import BorrowerKind, KeyClass
from app.keys.service import KeyService
from app.settings import SettingsService
from ui.app_events import AppEvents
from ui.keys import code_words
from ui.session import OperatorSession
from ui.widgets.base import TranslatableWidget
from ui.widgets.form import Banner

SPARE_ROWS = 2
MINUTES_PER_HOUR = 60


class ClassRow:
    def __init__(self, code: str) -> None:
        self.code = code
        self.label = QLineEdit()
        self.label.setMaxLength(40)
        self.hours = QDoubleSpinBox()
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setRange(MIN_LOAN_MINUTES / MINUTES_PER_HOUR, MAX_LOAN_MINUTES / MINUTES_PER_HOUR)
        self.staff = QCheckBox()
        self.contractors = QCheckBox()

    def value(self) -> dict[str, Any] | None:
        if self.code not in BUILTIN_CLASSES and not self.label.text().strip():
            return None  # an empty added row: no class
        open_to = [
            k.value
            for k, box in ((BorrowerKind.STAFF, self.staff), (BorrowerKind.CONTRACTOR, self.contractors))
            if box.isChecked()
        ]
        return {
            "code": self.code,
            "label": self.label.text(),
            "loan_minutes": round(self.hours.value() * MINUTES_PER_HOUR),
            "open_to": open_to,
        }


class KeyClassSection(TranslatableWidget):
    def __init__(
        self,
        settings: SettingsService,
        keys: KeyService,
        session: OperatorSession,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyClassSettings")
        self._settings = settings
        self._keys = keys
        self._session = session
        self._events = events
        self._box = QGroupBox()
        self._hint = QLabel()
        self._hint.setWordWrap(True)
        self.banner = Banner()
        self._grid = QGridLayout()
        self._headers = [QLabel() for _ in range(4)]
        for column, header in enumerate(self._headers):
            self._grid.addWidget(header, 0, column)
        self.rows: list[ClassRow] = []
        self.save = QPushButton()
        self.save.clicked.connect(self._on_save_clicked)
        inner = QVBoxLayout(self._box)
        inner.addWidget(self._hint)
        inner.addWidget(self.banner)
        inner.addLayout(self._grid)
        inner.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._box)
        self.load()
        self.retranslate()

    def retranslate(self) -> None:
        self._box.setTitle(self.tr("Key classes"))
        self._hint.setText(
            self.tr(
                'Each class has the loan period that fills in "due back", and says who may borrow it without '
                "being named on the key. Leave an added class's name empty to remove it."
            )
        )
        texts = (self.tr("Class"), self.tr("Loan period (hours)"), self.tr("Any staff"), self.tr("Any contractor"))
        for header, text in zip(self._headers, texts, strict=True):
            header.setText(text)
        builtin = code_words.builtin_class_names()
        for row in self.rows:
            row.label.setPlaceholderText(builtin.get(row.code, self.tr("New class name")))
            row.staff.setText(self.tr("yes"))
            row.contractors.setText(self.tr("yes"))
        self.save.setText(self.tr("Save key classes"))

    def load(self) -> None:
        try:
            classes = self._keys.classes()
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        for old in self.rows:
            for cell in (old.label, old.hours, old.staff, old.contractors):
                self._grid.removeWidget(cell)
                cell.deleteLater()
        self.rows = []
        used = {c.code for c in classes}
        spare = (f"custom{n}" for n in range(1, MAX_CLASSES + SPARE_ROWS + 1) if f"custom{n}" not in used)
        for klass in [
            *classes,
            *(
                KeyClass(next(spare), "", FALLBACK_LOAN_MINUTES, frozenset({BorrowerKind.STAFF}))
                for _ in range(SPARE_ROWS)
            ),
        ]:
            if len(self.rows) >= MAX_CLASSES:
                break
            row = ClassRow(klass.code)
            row.label.setText(klass.label)
            row.hours.setValue(klass.loan_minutes / MINUTES_PER_HOUR)
            row.staff.setChecked(BorrowerKind.STAFF in klass.open_to)
            row.contractors.setChecked(BorrowerKind.CONTRACTOR in klass.open_to)
            line = len(self.rows) + 1
            for column, widget in enumerate((row.label, row.hours, row.staff, row.contractors)):
                self._grid.addWidget(widget, line, column)
            self.rows.append(row)
        self.retranslate()

    def _on_save_clicked(self) -> None:
        self.banner.clear_message()
        value = [v for row in self.rows if (v := row.value()) is not None]
        try:
            self._settings.set(self._session.actor, KEY_CLASSES, value)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self._events.ran(self._settings.set)
        self.load()
        self.banner.notice(self.tr("Saved."))
