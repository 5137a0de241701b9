"""In-app PDF preview with zoom, page navigation, printing and export.

Pages are rendered with pypdfium2 (already a dependency). QtPdf would be the Qt-native choice,
but it ships in the full PySide6 wheel, not in PySide6-Essentials which we bundle; pdfium is
also what the printer path needs, so one renderer serves both.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QPageLayout, QPainter, QPalette, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartydeskError
from partydesk.gui.widgets.screen import fitting_size
from partydesk.gui.widgets.toolbar import show_shortcut
from partydesk.services.reports import write_pdf

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
SCREEN_DPI = 96
MAX_PRINT_DPI = 300  # an A4 page at 600 dpi would be a 140 MB bitmap
_PDFIUM = threading.Lock()  # pdfium is not thread-safe


class PdfPages:
    """A PDF held in memory, rendered page by page to QImage."""

    def __init__(self, data: bytes):
        self.data = data
        with _PDFIUM:
            self._document = pypdfium2.PdfDocument(data)
            self._sizes = [self._document[index].get_size() for index in range(len(self._document))]

    def __len__(self) -> int:
        return len(self._sizes)

    def size_in_points(self, index: int) -> tuple[float, float]:
        return self._sizes[index]

    def render(self, index: int, dpi: float) -> QImage:
        """Page `index` at `dpi`, as an image that owns its pixels."""
        with _PDFIUM:
            bitmap = self._document[index].render(scale=dpi / 72, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format_RGB32).copy()
            bitmap.close()
        return image

    def close(self) -> None:
        with _PDFIUM:
            self._document.close()


def orientation_of(pages: PdfPages) -> QPageLayout.Orientation:
    """Landscape for a landscape document (the roster), so the printer turns the paper, not the page."""
    if len(pages):
        width, height = pages.size_in_points(0)
        if width > height:
            return QPageLayout.Landscape
    return QPageLayout.Portrait


def print_pages(pages: PdfPages, printer: QPrinter) -> int:
    """Draw the chosen pages onto the printer at its resolution; returns how many were printed."""
    first, last = printer.fromPage(), printer.toPage()
    chosen = range(first - 1, last) if first > 0 and last >= first else range(len(pages))
    chosen = [index for index in chosen if 0 <= index < len(pages)]
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for count, index in enumerate(chosen):
            if count:
                printer.newPage()
            image = pages.render(index, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(chosen)


class PreviewDialog(QDialog):
    """Shows a generated document; Print… and Export PDF… act on exactly what is shown."""

    def __init__(self, data: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportPreview")
        self.setWindowTitle(title)
        self.pages = PdfPages(data)
        self.suggested_name = suggested_name
        self.page = 0
        self.zoom = 1.0
        self._fitted = False
        self._build()
        self.resize(fitting_size(self, QSize(900, 1000)))
        self.show_page(0)

    def _build(self) -> None:
        bar = QToolBar(self)
        self.print_action = bar.addAction(self.tr("&Print…"), self.print_document)
        self.print_action.setShortcut(QKeySequence.Print)
        self.export_action = bar.addAction(self.tr("&Export PDF…"), self.export_document)
        self.export_action.setShortcut(QKeySequence.Save)
        bar.addSeparator()
        self.previous_action = bar.addAction(self.tr("Previous page"), lambda: self.show_page(self.page - 1))
        self.previous_action.setShortcut(QKeySequence.MoveToPreviousPage)
        self.page_box = QSpinBox(self)
        self.page_box.setRange(1, max(1, len(self.pages)))
        self.page_box.setAccessibleName(self.tr("Page"))
        self.page_box.valueChanged.connect(lambda value: self.show_page(value - 1))
        bar.addWidget(self.page_box)
        self.page_label = QLabel(self.tr("of %1").replace("%1", str(len(self.pages))), self)
        bar.addWidget(self.page_label)
        self.next_action = bar.addAction(self.tr("Next page"), lambda: self.show_page(self.page + 1))
        self.next_action.setShortcut(QKeySequence.MoveToNextPage)
        bar.addSeparator()
        self.zoom_out_action = bar.addAction(self.tr("Zoom out"), lambda: self.step_zoom(-1))
        self.zoom_out_action.setShortcut(QKeySequence.ZoomOut)
        self.zoom_in_action = bar.addAction(self.tr("Zoom in"), lambda: self.step_zoom(1))
        self.zoom_in_action.setShortcut(QKeySequence.ZoomIn)
        self.zoom_label = QLabel(self)
        bar.addWidget(self.zoom_label)
        self.fit_action = bar.addAction(self.tr("Fit width"), self.fit_width)
        self.fit_action.setShortcut(QKeySequence("Ctrl+0"))
        bar.addSeparator()
        close = bar.addAction(self.tr("Close"), self.reject)
        close.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        for action in (self.print_action, self.export_action, close):
            show_shortcut(action)
        for action in (self.previous_action, self.next_action, self.zoom_out_action, self.zoom_in_action,
                       self.fit_action):  # keys in the tool tip: the bar must fit a 1024-pixel screen
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
        self.image = QLabel(self)
        self.image.setAlignment(Qt.AlignCenter)
        self.image.setAccessibleName(self.tr("Page image"))
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.image)
        self.scroll.setWidgetResizable(True)
        self.image.setMargin(12)
        self.scroll.setAlignment(Qt.AlignCenter)
        self.scroll.setBackgroundRole(QPalette.Dark)  # the white page stands out like paper on a desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.scroll)

    def show_page(self, index: int) -> None:
        if not len(self.pages):
            return
        self.page = max(0, min(index, len(self.pages) - 1))
        ratio = self.devicePixelRatioF() or 1.0
        image = self.pages.render(self.page, SCREEN_DPI * self.zoom * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image.setPixmap(pixmap)
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        self.previous_action.setEnabled(self.page > 0)
        self.next_action.setEnabled(self.page < len(self.pages) - 1)
        self.zoom_label.setText(f"{round(self.zoom * 100)}%")

    def fit_width(self) -> None:
        """Zoom so the page fills the width of the window."""
        if not len(self.pages):
            return
        room = self.scroll.viewport().width() - 2 * self.image.margin() - 4
        page_pixels = self.pages.size_in_points(self.page)[0] / 72 * SCREEN_DPI
        self.set_zoom(max(ZOOMS[0], min(ZOOMS[-1], room / page_pixels)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_width()

    def step_zoom(self, direction: int) -> None:
        index = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.set_zoom(ZOOMS[max(0, min(len(ZOOMS) - 1, index + direction))])

    def set_zoom(self, zoom: float) -> None:
        self.zoom = zoom
        self.zoom_out_action.setEnabled(zoom > ZOOMS[0])
        self.zoom_in_action.setEnabled(zoom < ZOOMS[-1])
        self.show_page(self.page)

    def print_document(self, printer: QPrinter | None = None) -> int:
        """Ask for a printer (unless given one) and print; returns the pages printed."""
        if printer is None:
            printer = QPrinter(QPrinter.HighResolution)
            printer.setDocName(self.windowTitle())
            printer.setPageOrientation(orientation_of(self.pages))
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, len(self.pages))
            if dialog.exec() != QDialog.Accepted:
                return 0
        return print_pages(self.pages, printer)

    def export_document(self, path: str | None = None) -> Path | None:
        """Save the PDF (asking where unless given a path); errors are shown, nothing partial is left."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), self.suggested_name,
                                                  self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        try:
            return write_pdf(path, self.pages.data)
        except PartydeskError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return None

    def done(self, result: int) -> None:
        self.pages.close()
        super().done(result)
