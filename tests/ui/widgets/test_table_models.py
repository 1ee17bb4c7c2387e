"""The table-model family: a list is one small class over any of the three bases, and each base passes
the model tester, pages as the view asks, and answers the roles the pages use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.modeltest import ModelTester

from ui.widgets.table_models import PagedTableModel, RowsTableModel, TableModel, WindowedTableModel

RED = QColor("#ff0000")


class NumbersMixin(TableModel[int]):
    class Column(IntEnum):
        VALUE = 0
        SQUARE = 1

    def headers(self) -> Mapping[int, str]:
        return {self.Column.VALUE: "Value", self.Column.SQUARE: "Square"}

    def text(self, row: int, column: Any) -> str:
        return str(row if column == self.Column.VALUE else row * row)

    def background(self, row: int, column: Any) -> QColor | None:
        return RED if row % 2 else None

    def bold(self, row: int, column: Any) -> bool:
        return column == self.Column.SQUARE


class NumbersTableModel(NumbersMixin, RowsTableModel[int]):
    pass


class PagedNumbersTableModel(NumbersMixin, PagedTableModel[int]):
    pass


class WindowedNumbersTableModel(NumbersMixin, WindowedTableModel[int]):
    page_rows = 10
    max_pages = 2

    def _read_page(self, offset: int, limit: int, before: Sequence[int] | None) -> list[int]:
        return list(range(offset, min(offset + limit, self._count)))


def test_rows_model_shows_texts_colours_and_bold_from_one_small_class(qtmodeltester: ModelTester) -> None:
    model = NumbersTableModel()
    model.set_rows([1, 2, 3])
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Square"
    assert model.index(2, 1).data() == "9"
    brush = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == RED
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert (model.rows(), model.row_at(3)) == ([1, 2, 3], None)


def test_paged_model_fetches_the_next_page_when_the_view_asks(qtmodeltester: ModelTester) -> None:
    model = PagedNumbersTableModel()
    asked: list[int] = []

    def more(offset: int) -> list[int]:
        asked.append(offset)
        return list(range(offset, min(offset + 5, 12)))

    model.set_pages(more(0), 12, more)
    assert (model.rowCount(), model.total, model.canFetchMore()) == (5, 12, True)
    model.fetchMore()
    model.fetchMore()
    assert (model.rowCount(), model.canFetchMore(), asked) == (12, False, [0, 5, 10])
    qtmodeltester.check(model)


def test_paged_model_stops_when_the_list_shrank_meanwhile() -> None:
    model = PagedNumbersTableModel()
    model.set_pages([0, 1], 5, lambda offset: [])
    model.fetchMore()
    assert (model.rowCount(), model.total, model.canFetchMore()) == (2, 2, False)


def test_windowed_model_keeps_only_a_few_pages(qtmodeltester: ModelTester) -> None:
    model = WindowedNumbersTableModel()
    model.reset_window(95)
    assert model.rowCount() == 95 and model.fetches == 0
    assert model.index(94, 1).data() == str(94 * 94)
    assert model.index(0, 0).data() == "0"
    assert model.index(50, 0).data() == "50"
    assert model.cached_rows() <= 20 and model.fetches == 3
    qtmodeltester.check(model)
    assert model.cached_rows() <= 20
