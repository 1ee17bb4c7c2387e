"""A print preview that renders only the page on screen (pypdfium2), with page navigation and zoom.

Qt's ``QPrintPreviewDialog`` records every page up front as a picture; for a 45-page report at a
useful resolution that is hundreds of MB on a 4 GB booth PC. This dialog keeps one page image.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPixmap,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.printing.pdf_pages import POINTS_PER_INCH, PdfPages

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
PAGE_GAP_PX = 16
FIT_MAX_ZOOM = 1.5  # a 58 mm receipt "fitted" to a wide window would be absurdly large
PAGE_EDGE = QColor(90, 90, 90)
PREVIEW_MIN_SIZE = (720, 820)


class PdfPreviewDialog(QDialog):
    """Non-modal preview: ``show()`` it. ``print_requested`` when the operator asks to print.

    Opens at the page width (at most 150 %); PageUp/PageDown turn pages, Ctrl +/- zoom, Ctrl+P
    prints.
    """

    print_requested = Signal()
    page_changed = Signal(int)

    def __init__(self, pages: PdfPages, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._index = 0
        self._zoom: float | None = None  # None: fit the page width to the window
        self._image = QImage()
        self.setWindowTitle(QCoreApplication.translate("Printing", "Print preview: %1").replace("%1", title))
        self.setModal(False)
        self.resize(*PREVIEW_MIN_SIZE)
        self._build()
        self._connect_signals()
        self._render()

    # ---- public ---------------------------------------------------------------------------------
    def page_count(self) -> int:
        return len(self._pages)

    def current_page(self) -> int:
        """0-based index of the page on screen."""
        return self._index

    def zoom(self) -> float:
        """Current scale relative to 100 % (1 point on screen = 1 point on paper)."""
        return self._zoom if self._zoom is not None else self._fit_width_zoom()

    def page_image(self) -> QImage:
        return self._image

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        if index != self._index:
            self._index = index
            self._render()
            self._scroll.verticalScrollBar().setValue(0)
            self.page_changed.emit(index)

    def next_page(self) -> None:
        self.go_to(self._index + 1)

    def previous_page(self) -> None:
        self.go_to(self._index - 1)

    def zoom_in(self) -> None:
        current = self.zoom()
        self._set_zoom(next((z for z in ZOOM_STEPS if z > current + 1e-3), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.zoom()
        smaller = [z for z in ZOOM_STEPS if z < current - 1e-3]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit_width(self) -> None:
        self._zoom = None
        self._render()

    # ---- construction ---------------------------------------------------------------------------
    def _build(self) -> None:
        self._previous = QPushButton(QCoreApplication.translate("Printing", "Previous page"))
        self._next = QPushButton(QCoreApplication.translate("Printing", "Next page"))
        self._page_label = QLabel()
        self._zoom_out = QPushButton(QCoreApplication.translate("Printing", "Zoom out"))
        self._zoom_in = QPushButton(QCoreApplication.translate("Printing", "Zoom in"))
        self._fit = QPushButton(QCoreApplication.translate("Printing", "Fit width"))
        self._zoom_label = QLabel()
        self._print = QPushButton(QCoreApplication.translate("Printing", "Print…"))
        self._close = QPushButton(QCoreApplication.translate("Printing", "Close"))
        self._print.setDefault(True)
        bar = QHBoxLayout()
        for widget in (self._previous, self._page_label, self._next):
            bar.addWidget(widget)
        bar.addSpacing(PAGE_GAP_PX)
        for widget in (self._zoom_out, self._zoom_label, self._zoom_in, self._fit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self._print)
        bar.addWidget(self._close)
        self._canvas = QLabel()
        self._canvas.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._canvas.setObjectName("printPreviewPage")
        self._canvas.setContentsMargins(PAGE_GAP_PX, PAGE_GAP_PX, PAGE_GAP_PX, PAGE_GAP_PX)
        self._scroll = QScrollArea()
        self._scroll.setWidget(self._canvas)
        self._scroll.setWidgetResizable(True)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._scroll.setStyleSheet(
            "QScrollArea { background: #8a8a8a; } QLabel#printPreviewPage { background: #8a8a8a; }"
        )
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self._scroll, 1)

    def _connect_signals(self) -> None:
        self._previous.clicked.connect(self.previous_page)
        self._next.clicked.connect(self.next_page)
        self._zoom_in.clicked.connect(self.zoom_in)
        self._zoom_out.clicked.connect(self.zoom_out)
        self._fit.clicked.connect(self.fit_width)
        self._print.clicked.connect(self.print_requested)
        self._close.clicked.connect(self.close)
        shortcuts = (
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence.StandardKey.Print, self.print_requested.emit),
        )
        for key, slot in shortcuts:
            QShortcut(QKeySequence(key), self, slot)

    # ---- rendering ------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._zoom is None:
            self._render()

    def _set_zoom(self, zoom: float) -> None:
        self._zoom = zoom
        self._render()

    def _screen_px_per_point(self) -> float:
        return self.logicalDpiX() / POINTS_PER_INCH

    def _fit_width_zoom(self) -> float:
        if self.page_count() == 0:
            return 1.0
        width_pt = self._pages.geometry(self._index).size.width()
        scrollbar = self._scroll.verticalScrollBar().sizeHint().width()
        room = max(self._scroll.width() - scrollbar - 2 * PAGE_GAP_PX - 4, 100)
        return min(room / (width_pt * self._screen_px_per_point()), FIT_MAX_ZOOM)

    def _render(self) -> None:
        count = self.page_count()
        self._page_label.setText(
            QCoreApplication.translate("Printing", "Page %1 / %2")
            .replace("%1", str(self._index + 1 if count else 0))
            .replace("%2", str(count))
        )
        self._previous.setEnabled(self._index > 0)
        self._next.setEnabled(self._index < count - 1)
        zoom = self.zoom()
        self._zoom_label.setText(f"{round(zoom * 100)} %")
        if count == 0:
            self._canvas.clear()
            return
        ratio = self.devicePixelRatioF()
        self._image = self._pages.render(self._index, zoom * self._screen_px_per_point() * ratio)
        pixmap = QPixmap.fromImage(self._image)
        painter = QPainter(pixmap)  # a thin edge so a white page stands out on white paper
        painter.setPen(PAGE_EDGE)
        painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        self._canvas.setPixmap(pixmap)
