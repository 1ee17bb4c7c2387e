"""Home: the guard's first screen. Panels for what needs attention now, in a grid that reflows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.base import TranslatableWidget, page_title

COLUMNS = 2


class DashboardPage(TranslatableWidget):
    def __init__(self, panels: Sequence[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._title = page_title()
        self.panels = list(panels)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        row = column = 0
        for panel in self.panels:
            _top_aligned(panel)
            span = min(getattr(panel, "column_span", 1), COLUMNS)
            if column + span > COLUMNS:  # a wide panel starts a row of its own
                row, column = row + 1, 0
            grid.addWidget(panel, row, column, 1, span)
            row, column = (row + 1, 0) if column + span >= COLUMNS else (row, column + span)
        grid.setRowStretch(grid.rowCount(), 1)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.tr("Home"))

    def activated(self) -> None:
        for panel in self.panels:
            refresh = getattr(panel, "refresh", None)
            if callable(refresh):
                refresh()


def _top_aligned(panel: QWidget) -> None:
    """A grid row is as tall as its tallest panel: the others keep their title and content at the top
    (the spare height goes below them) instead of spreading them down the frame."""
    layout = panel.layout()
    if isinstance(layout, QBoxLayout) and layout.direction() == QBoxLayout.Direction.TopToBottom:
        layout.addStretch(1)
