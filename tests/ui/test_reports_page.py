"""The Reports page: generate in the background, then save."""

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrinter

from mediator_desk.services import demo


def test_generate_statistics_return_in_romanian_and_save(qtbot, window, db, tmp_path):
    demo.generate(db, days=2, seed=3, start=__import__("datetime").date(2026, 6, 9))
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("statistics"))
    page.ui.fromEdit.setDate(QDate(2026, 6, 1))
    page.ui.toEdit.setDate(QDate(2026, 6, 30))
    page.ui.langCombo.setCurrentIndex(page.ui.langCombo.findData("ro"))
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    assert page.ui.saveButton.isEnabled()
    assert "pag" in page.ui.statusLabel.text() or "page" in page.ui.statusLabel.text()
    target = tmp_path / "raport.pdf"
    page.save_to(target)
    text = " ".join(p.extract_text() for p in PdfReader(str(target)).pages)
    assert "Raport statistic" in text

    # The pages are previewed in the app, as images of the real PDF pages.
    pages = len(PdfReader(str(target)).pages)
    labels = page.preview_labels()
    assert len(labels) == pages
    image = labels[0].pixmap().toImage()
    assert abs(image.width() / image.height() - 210 / 297) < 0.01  # A4 portrait
    assert image.pixelColor(image.width() // 2, 3).name() == "#ffffff"  # paper, not an empty widget
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height() // 4, 4)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50  # the title and the figures are drawn

    # Printing goes through Qt's printer: here a PDF printer stands in for the one the print dialog picks.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert page.print_to(printer) == pages
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == pages


def test_tour_sheet_needs_a_tour(qtbot, window):
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    assert "no tour" in page.ui.statusLabel.text()
    assert not page.ui.saveButton.isEnabled()
