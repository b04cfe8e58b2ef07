"""PDF pages as images (PDFium through pypdfium2): the in-app preview and printing through Qt's print dialog."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrinter


@dataclass(frozen=True)
class PageImage:
    """One rendered page as raw RGB bytes (made in a worker thread; turned into a QImage on the UI thread)."""

    width: int
    height: int
    stride: int
    data: bytes

    def qimage(self) -> QImage:
        return QImage(self.data, self.width, self.height, self.stride, QImage.Format.Format_RGB888).copy()


def render_pages(path: Path, dpi: float = 72.0, *, max_pages: int | None = None) -> list[PageImage]:
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for index in range(len(doc) if max_pages is None else min(len(doc), max_pages)):
            bitmap = doc[index].render(scale=dpi / 72.0, rev_byteorder=True)  # RGB, as QImage wants
            out.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
        return out
    finally:
        doc.close()


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Draw every page of the PDF on the printer at its resolution, fitted to the page. Returns pages printed."""
    dpi = max(150, min(printer.resolution(), 600))
    doc = pdfium.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        doc.close()
        raise OSError("The printer could not be started.")
    try:
        for index in range(len(doc)):
            if index:
                printer.newPage()
            bitmap = doc[index].render(scale=dpi / 72.0, rev_byteorder=True)
            image = PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)).qimage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
        return len(doc)
    finally:
        painter.end()
        doc.close()
