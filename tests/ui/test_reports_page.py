"""The Reports page: generate in the background, then save."""

from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt

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


def test_tour_sheet_needs_a_tour(qtbot, window):
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    assert "no tour" in page.ui.statusLabel.text()
    assert not page.ui.saveButton.isEnabled()
