"""The first-day checklist on an administrator's home screen, until the site is really set up.

Each step opens the page where it is done; the program ticks it from the data (app/first_day.py),
so the list changes as the administrator works and disappears when nothing is left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.changes import Changes
from app.errors import GatehouseError
from app.first_day import FirstDayChecklist, FirstDayService, Step
from app.permissions import Actor
from ui.app_events import AppEvents
from ui.session import OperatorSession
from ui.widgets.base import TranslatableFrame
from ui.widgets.form import Banner

DONE_MARK, TODO_MARK = "✔", "○"


class FirstDayPanel(TranslatableFrame):
    column_span = 2  # a row of its own, above the day's panels

    def __init__(
        self,
        first_day: FirstDayService,
        session: OperatorSession,
        events: AppEvents,
        actions: dict[Step, Callable[[], None]],
        test_page: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstDayPanel")
        self._first_day = first_day
        self._session = session
        self._events = events
        self._checklist: FirstDayChecklist | None = None
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.banner = Banner()
        self.marks: dict[Step, QLabel] = {}
        self.labels: dict[Step, QLabel] = {}
        self.buttons: dict[Step, QPushButton] = {}
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, step in enumerate(Step):
            mark, label, button = QLabel(), QLabel(), QPushButton()
            mark.setObjectName("firstDayMark")
            label.setWordWrap(True)
            button.clicked.connect(actions[step])
            self.marks[step], self.labels[step], self.buttons[step] = mark, label, button
            grid.addWidget(mark, row, 0)
            grid.addWidget(label, row, 1)
            grid.addWidget(button, row, 3)
        self.test_page_button = QPushButton()  # beside the printers: print a page to check them
        self.test_page_button.clicked.connect(test_page)
        grid.addWidget(self.test_page_button, list(Step).index(Step.PRINTERS), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addLayout(grid)
        self._events.data_changed.connect(self._on_events_data_changed)
        self._session.actor_changed.connect(self._on_session_actor_changed)
        self.retranslate()
        self.refresh()

    @property
    def checklist(self) -> FirstDayChecklist | None:
        return self._checklist

    def retranslate(self) -> None:
        self._title.setText(self.tr("First day: set up the site"))
        for button in self.buttons.values():
            button.setText(self.tr("Open"))
        self.test_page_button.setText(self.tr("Test page"))
        self._render()

    def _step_text(self, step: Step, count: int) -> str:
        texts = {
            Step.STAFF: self.tr("Add the guards and the reception clerks (Operators)"),
            Step.DIRECTORY: self.tr(
                "Import the directory of buildings, units and residents (Directory: Excel template)"
            ),
            Step.KEYS: self.tr("Enter the keys of the key cabinet (Keys)"),
            Step.PATROL_ROUTES: self.tr("Set up the patrol routes and their checkpoints (Patrols)"),
            Step.EMERGENCY_CONTACTS: self.tr("Enter the emergency contacts (F1)"),
            Step.PRINTERS: self.tr("Choose this desk's printers and slip paper (Settings), then print a test page"),
            Step.BACKUP_FOLDER: self.tr("Choose the backup folder, on a USB disk or another PC (Settings)"),
        }
        text = texts[step]
        return self.tr("{step} — {count} so far").format(step=text, count=count) if count else text

    def refresh(self) -> None:
        actor: Actor = self._session.actor
        if not self._first_day.shown_to(actor):
            self._checklist = None
            self.setVisible(False)
            return
        try:
            self._checklist = self._first_day.checklist(actor.desk_id)
        except GatehouseError as error:
            self.banner.show_error(error)
            return
        self.banner.clear_message()
        self.setVisible(not self._checklist.done)
        self._render()

    def _render(self) -> None:
        checklist = self._checklist
        if checklist is None:
            return
        self.summary.setText(
            self.tr(
                "{left} of {total} steps left. Each is ticked by itself once it is really done; "
                "this list goes away when all are."
            ).format(left=checklist.remaining, total=len(checklist.items))
        )
        for item in checklist.items:
            self.marks[item.step].setText(DONE_MARK if item.done else TODO_MARK)
            self.marks[item.step].setProperty("done", item.done)
            self.labels[item.step].setText(self._step_text(item.step, item.count))
            self.labels[item.step].setEnabled(not item.done)

    def _on_events_data_changed(self, _changes: Changes) -> None:
        self.refresh()

    def _on_session_actor_changed(self, _actor: object) -> None:
        self.refresh()
