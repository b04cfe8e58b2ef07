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


def _two_alike_tours(db, world):
    """Two tours at the same minute, same format and lead: one for a school, one for 12 walk-in adults."""
    import datetime as dt

    from mediator_desk.enums import AGE_COLUMNS
    from mediator_desk.services import reference, tours
    from mediator_desk.services.tours import GroupDraft, TourDraft
    from tests.conftest import NOW

    school, _ = reference.save(db, "partner", None, {"name": "Liceul Teoretic „Lucian Blaga”", "type": "school"},
                               "test-laptop")
    start = NOW.replace(hour=9, minute=36) - dt.timedelta(days=1)
    ids = []
    for langs, group in ((("it",), GroupDraft(partner_id=school, ages={**dict.fromkeys(AGE_COLUMNS, 0), "age_11_14": 24})),
                         (("it", "en"), GroupDraft(ages={**dict.fromkeys(AGE_COLUMNS, 0), "age_26_64": 12}))):
        draft = TourDraft(exhibition_id=world.exhibition_id, planned_start=start, actual_start=start,
                          actual_end=start + dt.timedelta(minutes=50), status="done", format="guided_tour",
                          languages=list(langs), mediator_ids=[world.mediator_ids[0]], lead_id=world.mediator_ids[0],
                          groups=[group])
        tours.save(db, draft, "test-laptop", accept_warnings=True)
        ids.append(draft.id)
    return start, ids


def test_tours_in_the_pickers_can_be_told_apart(qtbot, window, db, world):
    start, (school_tour, adults_tour) = _two_alike_tours(db, world)
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    page.ui.toEdit.setDate(QDate(start.year, start.month, start.day))
    combo = page.ui.tourCombo
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert len(labels) == 2 and len(set(labels)) == 2, labels
    school = combo.itemText(combo.findData(str(school_tour)))
    adults = combo.itemText(combo.findData(str(adults_tour)))
    assert "Lucian Blaga" in school and "12" in adults and "IT, EN" in adults
    tip = combo.itemData(combo.findData(str(adults_tour)), Qt.ItemDataRole.ToolTipRole)
    assert "12" in tip and start.strftime("%Y-%m-%d") in tip


def test_every_input_clears_the_last_report(qtbot, window, db, world):
    start, (first, second) = _two_alike_tours(db, world)
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("tour"))
    page.ui.toEdit.setDate(QDate(start.year, start.month, start.day))
    page.ui.tourCombo.setCurrentIndex(page.ui.tourCombo.findData(str(first)))
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    assert page.ui.saveButton.isEnabled() and page.preview_labels()

    def stale() -> bool:
        return (not page.ui.saveButton.isEnabled() and page.last_pdf is None and not page.preview_labels()
                and "Ready" not in page.ui.statusLabel.text())

    page.ui.tourCombo.setCurrentIndex(page.ui.tourCombo.findData(str(second)))
    assert stale(), "tour B chosen: tour A's sheet is no longer offered"
    for change in (lambda: page.ui.langCombo.setCurrentIndex(page.ui.langCombo.findData("it")),
                   lambda: page.ui.hideSmallCheck.toggle(),
                   lambda: page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("period")),
                   lambda: page.ui.fromEdit.setDate(page.ui.fromEdit.date().addDays(-3))):
        with qtbot.waitSignal(page.report_ready, timeout=30000):
            qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
        assert not stale()
        change()
        assert stale()


def test_file_dialogs_open_where_the_last_file_of_their_kind_went(qtbot, window, ctx, db, world, tmp_path):
    """They always opened in the home folder (the merge dialog in Documents): each kind of file now opens in the
    folder last used for it, and only for it."""
    page = window.page("reports")
    window.show_page("reports")
    page.ui.kindCombo.setCurrentIndex(page.ui.kindCombo.findData("day"))
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        qtbot.mouseClick(page.ui.generateButton, Qt.MouseButton.LeftButton)
    papers = tmp_path / "Rapoarte zilnice"
    papers.mkdir()
    ctx.prompts.answers = [str(papers / "ziua.pdf")]
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    assert (papers / "ziua.pdf").exists()
    ctx.prompts.answers = [None]
    qtbot.mouseClick(page.ui.saveButton, Qt.MouseButton.LeftButton)
    kind, _title, suggested = ctx.prompts.asked[-1]
    assert kind == "save_file" and suggested.startswith(str(papers))
    ctx.prompts.answers = [None]
    window.page("feedback")._on_import_clicked()  # another kind of file: not the reports' folder
    kind, _title, folder = ctx.prompts.asked[-1]
    assert kind == "open_file" and folder != str(papers)
