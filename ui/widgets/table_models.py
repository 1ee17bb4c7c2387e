"""The one family of table models: a new list is one small class.

Every model names its columns in a nested ``Column(IntEnum)``, gives ``headers()`` (column → title) and
``text(row, column)``; it may colour, embolden or explain a cell with ``background``, ``foreground``,
``bold`` and ``tooltip``, or take over a whole role in ``cell``. Where the rows come from is the
choice of base:

- ``RowsTableModel``: a list held in memory (``set_rows``), for lists the service bounds (on site now,
  a shift's log, a page of search results).
- ``PagedTableModel``: the first page and a total from a service query; the view asks for more as it
  scrolls (``canFetchMore``/``fetchMore``), for long lists read from the top (keys, the repair queue).
- ``WindowedTableModel``: ``rowCount`` is a ``count(*)`` in SQL and rows are fetched a page at a time
  wherever the view looks, keeping a few pages, for histories of a million rows.

Large lists are sorted and filtered by the service query, never through a ``QSortFilterProxyModel``:
sorting 1,000,000 Python-backed rows through one took 266 s and filtering them 7 s on a desk PC; the
windowed visit history scrolls the same million in a few thousand rows of memory (docs/visitors.md).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from enum import IntEnum
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class TableModel(QAbstractTableModel, Generic[R]):
    """Columns, titles and what a cell shows; subclasses of the three bases below say where rows come from."""

    Column: ClassVar[type[IntEnum]]

    # -- what a list says (override in each model) ------------------------------------------------
    def headers(self) -> Mapping[int, str]:
        """Column → title, in the current language."""
        raise NotImplementedError

    def text(self, row: R, column: Any) -> str:
        raise NotImplementedError

    def tooltip(self, row: R, column: Any) -> str | None:
        return None

    def background(self, row: R, column: Any) -> QColor | None:
        return None

    def foreground(self, row: R, column: Any) -> QColor | None:
        return None

    def bold(self, row: R, column: Any) -> bool:
        return False

    def cell(self, row: R, column: Any, role: int) -> Any:
        """What ``data`` returns for one cell and role; override to add a role or change one."""
        if role == Role.DisplayRole:
            return self.text(row, column)
        if role == Role.ToolTipRole:
            return self.tooltip(row, column)
        if role in (Role.BackgroundRole, Role.ForegroundRole):
            colour = self.background(row, column) if role == Role.BackgroundRole else self.foreground(row, column)
            return None if colour is None else QBrush(colour)
        if role == Role.FontRole:
            return bold_font() if self.bold(row, column) else None
        return None

    # -- where rows come from (the bases) ---------------------------------------------------------
    def row_at(self, row: int) -> R | None:
        raise NotImplementedError

    def _row_count(self) -> int:
        raise NotImplementedError

    # -- Qt ---------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Role.DisplayRole:
            return None
        return self.headers().get(self.Column(section)) if 0 <= section < len(self.Column) else None

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._row_count():
            return None
        row = self.row_at(index.row())
        return None if row is None else self.cell(row, self.Column(index.column()), role)

    def retranslate_headers(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.Column) - 1)

    def repaint_column(self, column: int) -> None:
        """Time passed: ask the view to draw one column again (countdowns, durations)."""
        if self._row_count():
            self.dataChanged.emit(self.index(0, column), self.index(self._row_count() - 1, column))


class RowsTableModel(TableModel[R]):
    """A list of frozen rows held in memory."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _row_count(self) -> int:
        return len(self._rows)


class PagedTableModel(RowsTableModel[R]):
    """The first page of a service query and its total; the rows held grow by a page as the view scrolls."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._total = 0
        self._more: Callable[[int], Sequence[R]] | None = None

    def set_pages(self, first: Sequence[R], total: int, more: Callable[[int], Sequence[R]] | None = None) -> None:
        """The first page, how many rows there are in all, and how to read more (offset → rows)."""
        self.beginResetModel()
        self._rows = list(first)
        self._total = max(total, len(self._rows))
        self._more = more
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._more is None:
            return
        page = self._more(len(self._rows))
        if not page:
            self._total = len(self._rows)  # the list shrank meanwhile (another desk)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()


class WindowedTableModel(TableModel[R]):
    """``count(*)`` rows, read a page at a time where the view looks; the last ``max_pages`` pages are kept."""

    page_rows: ClassVar[int] = 200
    max_pages: ClassVar[int] = 12

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._count = 0
        self._pages: OrderedDict[int, list[R]] = OrderedDict()
        self.fetches = 0  # pages read since the last reset (for tests and benchmarks)

    # subclasses: one page of the query (``before`` is the page above it when cached, for keyset paging)
    def _read_page(self, offset: int, limit: int, before: Sequence[R] | None) -> list[R]:
        raise NotImplementedError

    def reset_window(self, count: int, change: Callable[[], None] | None = None) -> None:
        """Start over with ``count`` rows (``change`` runs inside the reset: the new query's state)."""
        self.beginResetModel()
        if change is not None:
            change()
        self._count = count
        self._pages.clear()
        self.fetches = 0
        self.endResetModel()

    def cached_rows(self) -> int:
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> list[R]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        before = self._pages.get(number - 1)
        page = self._read_page(number * self.page_rows, self.page_rows, before)
        self.fetches += 1
        self._pages[number] = page
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        return page

    def row_at(self, row: int) -> R | None:
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.page_rows)
        offset = row % self.page_rows
        return page[offset] if offset < len(page) else None

    def _row_count(self) -> int:
        return self._count
