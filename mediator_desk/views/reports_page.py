"""The Reports page: choose a report, generate it off the UI thread, preview it, save, open or print it."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageSize, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLabel, QLayout

from mediator_desk import paths
from mediator_desk.errors import MediatorDeskError
from mediator_desk.files import pending_part
from mediator_desk.services.changes import COUNT, FEEDBACK, REFERENCE, TEAM, TOUR
from mediator_desk.services.choices import as_uuid
from mediator_desk.services.outputs import check_output
from mediator_desk.services.overview import tour_rows
from mediator_desk.services.reports import ReportRequest, build_report
from mediator_desk.services.timeutil import day_bounds
from mediator_desk.ui.ui_reports_page import Ui_ReportsPage
from mediator_desk.views.formatting import fmt, pydate, qdate
from mediator_desk.views.jobs import JobRunner
from mediator_desk.views.page import Page
from mediator_desk.views.widgets import pickers
from mediator_desk.views.widgets.pdf_pages import PageImage, print_pdf, render_pages

PREVIEW_DPI = 80
PREVIEW_PAGES = 30  # a season report can be long: the preview shows the first pages, the PDF has all
PERIOD_KINDS = ("period", "statistics", "vouchers")


class ReportsPage(Page):
    report_ready = Signal(str)  # the path of the generated PDF, once its preview is shown
    KINDS = ("day", "period", "statistics", "vouchers", "tour")
    RELEVANT = frozenset({REFERENCE, TOUR, COUNT, FEEDBACK, TEAM})

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        names = {"day": self.tr("Daily report"), "period": self.tr("Period / season report"),
                 "statistics": self.tr("Statistics return"), "vouchers": self.tr("Voucher / funder report"),
                 "tour": self.tr("Tour sheet")}
        for kind in self.KINDS:
            self.ui.kindCombo.addItem(names[kind], kind)
        pickers.languages(self.ui.langCombo, ctx.prefs.report_language)
        self.ui.hideSmallCheck.setChecked(ctx.prefs.hide_small_groups)
        self.ui.progressBar.hide()
        self._out = paths.cache_dir() / "reports"  # generated PDFs wait here until saved or opened
        self.last_pdf: Path | None = None
        self.last_kind = ""
        self.jobs = JobRunner(self)
        self._preview: list[PageImage] = []
        self._set_result_enabled(False)
        today = ctx.now().date()
        self.ui.toEdit.setDate(qdate(today))
        self.ui.fromEdit.setDate(qdate(today.replace(day=1)))
        self.ui.kindCombo.currentIndexChanged.connect(self._on_kind_changed)
        self.ui.toEdit.dateChanged.connect(self._on_where_changed)
        self.ui.exhibitionCombo.currentIndexChanged.connect(self._on_where_changed)
        for signal in (self.ui.tourCombo.currentIndexChanged, self.ui.fromEdit.dateChanged,
                       self.ui.langCombo.currentIndexChanged, self.ui.hideSmallCheck.toggled):
            signal.connect(self._clear_result)  # every input makes the last report stale
        self._asked = 0  # which generation of inputs a report in the making was asked for
        self.ui.generateButton.clicked.connect(self.generate)
        self.shortcut("Ctrl+N", lambda: self.generate() if self.ui.generateButton.isEnabled() else None)
        self.ui.generateButton.setToolTip(self.tr("Make the report with these choices (Ctrl+N)"))
        self.ui.saveButton.clicked.connect(self._on_save_clicked)
        self.ui.openButton.clicked.connect(self._on_open_clicked)
        self.ui.printButton.clicked.connect(self._on_print_clicked)
        self._on_kind_changed()

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        keep = self.ui.exhibitionCombo.currentData() if self.ui.exhibitionCombo.count() else ""
        pickers.fill(self.ui.exhibitionCombo, pickers.exhibitions(self.ctx.choices(), with_venue=False),
                     first=(self.tr("All exhibitions"), ""), select=keep)
        self._load_tours()

    def _date(self, edit) -> dt.date:
        return pydate(edit.date())

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.ui.kindCombo.currentData()
        period = kind in PERIOD_KINDS
        self.ui.fromEdit.setEnabled(period)
        self.ui.fromCaption.setEnabled(period)
        self.ui.toCaption.setText(self.tr("&To:") if period else self.tr("&Day:"))
        self.ui.tourCombo.setEnabled(kind == "tour")
        self.ui.tourCaption.setEnabled(kind == "tour")
        self._clear_result()
        self._load_tours()

    def _on_where_changed(self, *_args) -> None:
        self._clear_result()
        self._load_tours()

    def _load_tours(self) -> None:
        """The day's tours of the chosen exhibition, for the tour sheet."""
        if self.ui.kindCombo.currentData() != "tour":
            return
        day = self._date(self.ui.toEdit)
        exhibition = as_uuid(self.ui.exhibitionCombo.currentData())
        zones = {e.timezone for e in self.ctx.choices().exhibitions if exhibition in (None, e.id)} or {"UTC"}
        rows = []
        for tz in sorted(zones):
            start, end = day_bounds(day, day, tz)
            rows += [r for r in tour_rows(self.ctx.db, start, end, [exhibition] if exhibition else None)
                     if r.start.date() == day and r.id not in {x.id for x in rows}]
        rows.sort(key=lambda r: r.start)
        pickers.fill(self.ui.tourCombo, pickers.tours(rows))

    def request(self) -> ReportRequest:
        kind = self.ui.kindCombo.currentData()
        ex = as_uuid(self.ui.exhibitionCombo.currentData())
        session = as_uuid(self.ui.tourCombo.currentData()) if kind == "tour" else None
        last = self._date(self.ui.toEdit)
        first = self._date(self.ui.fromEdit) if kind in PERIOD_KINDS else last
        return ReportRequest(kind=kind, first=first, last=last, exhibition_ids=[ex] if ex else None,
                             session_id=session, lang=self.ui.langCombo.currentData(),
                             hide_small=self.ui.hideSmallCheck.isChecked(), device=self.ctx.device_id)

    def generate(self) -> None:
        req = self.request()
        if req.kind == "tour" and req.session_id is None:
            self.ui.statusLabel.setText(self.tr("Tour: there is no tour on that day to print."))
            return
        if req.last < req.first:
            self.ui.statusLabel.setText(self.tr("To: the last day is before the first day."))
            return
        self.ctx.prefs.report_language = req.lang
        self.ctx.prefs.hide_small_groups = req.hide_small
        self._out.mkdir(parents=True, exist_ok=True)
        for old in self._out.glob("*.pdf"):  # keep only the newest reports around
            if old.stat().st_mtime < time.time() - 86400:
                old.unlink(missing_ok=True)
        target = self._out / f"{req.kind}-{req.last:%Y-%m-%d}-{uuid.uuid4().hex[:6]}.pdf"
        self._clear_result()
        db = self.ctx.db

        asked = self._asked

        def work(report):
            pages = build_report(db, req, target)
            preview = render_pages(target, PREVIEW_DPI, max_pages=PREVIEW_PAGES)
            return target, pages, preview, req.kind, asked

        self.ui.generateButton.setEnabled(False)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Generating…"))
        self.jobs.start(self.tr("Reports"), work, self._on_job_finished, self._on_job_failed, dialog=False)

    def _clear_result(self, *_args) -> None:
        """A new choice makes the last report stale: its preview and its status line go, it can no longer be
        saved as the new, and a report still in the making for the old choice is not shown when it arrives."""
        self._asked += 1
        self.last_pdf = None
        self.last_kind = ""
        self._set_result_enabled(False)
        self._show_preview([], 0)
        if self.ui.generateButton.isEnabled():
            self.ui.statusLabel.setText("")

    def _set_result_enabled(self, on: bool) -> None:
        self.ui.saveButton.setEnabled(on)
        self.ui.openButton.setEnabled(on)
        self.ui.printButton.setEnabled(on)

    def preview_labels(self) -> list[QLabel]:
        return [w for w in self.ui.previewPages.findChildren(QLabel) if w.objectName().startswith("previewPage")]

    def _show_preview(self, images: list[PageImage], pages: int) -> None:
        layout = self.ui.previewLayout
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # pages keep their size; the area scrolls
        layout.setSpacing(12)
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.setParent(None)  # gone at once, not at the next turn of the event loop
                widget.deleteLater()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            pixmap = QPixmap.fromImage(image.qimage())
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            label.setProperty("previewPage", True)
            label.setToolTip(fmt(self.tr("Page %1 of %2"), number, pages))
            label.setAccessibleName(fmt(self.tr("Page %1 of %2"), number, pages))
            layout.addWidget(label)
        if pages > len(images):
            layout.addWidget(QLabel(self.tr("… %Ln more page(s) in the PDF", "", pages - len(images))))

    def _on_job_finished(self, result) -> None:
        path, pages, preview, kind, asked = result
        self.ui.generateButton.setEnabled(True)
        self.ui.progressBar.hide()
        if asked != self._asked:  # the choices changed while it was made: it is not what is chosen now
            self.ui.statusLabel.setText(self.tr("The choices changed while the report was made: generate it again."))
            return
        self.last_pdf, self.last_kind = Path(path), kind
        self._set_result_enabled(True)
        self._show_preview(preview, pages)
        self.ui.statusLabel.setText(self.tr("Ready: %Ln page(s), shown below. Save, open or print it.", "", pages))
        self.report_ready.emit(str(path))

    def _on_job_failed(self, message: str) -> None:
        self.ui.generateButton.setEnabled(True)
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(fmt(self.tr("The report could not be made: %1"), message))

    def print_to(self, printer: QPrinter) -> int:
        """Print the last report on `printer` (the print dialog's choice, or a PDF file in tests)."""
        if self.last_pdf is None:
            return 0
        printer.setDocName(self.last_pdf.stem)
        pages = print_pdf(self.last_pdf, printer)
        self.status_message.emit(self.tr("Sent %Ln page(s) to the printer.", "", pages))
        return pages

    def _on_print_clicked(self) -> None:
        if self.last_pdf is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                self.print_to(printer)
            except OSError as exc:
                self.ctx.prompts.error(self, self.tr("Print"), str(exc))

    def save_to(self, target: Path) -> bool:
        if self.last_pdf is None:
            return False
        try:
            target = check_output(target, self.ctx.db)
            with pending_part(target) as part:
                shutil.copyfile(self.last_pdf, part)
        except (MediatorDeskError, OSError) as exc:
            self.ctx.prompts.error(self, self.tr("Save report"), str(exc))
            return False
        self.status_message.emit(fmt(self.tr("Saved %1"), str(target)))
        return True

    def _on_save_clicked(self) -> None:
        if self.last_pdf is None:
            return
        name = self.ctx.ask_save_file(self, "report", self.tr("Save report"), self.last_pdf.name, "PDF (*.pdf)")
        if name:
            self.save_to(Path(name))

    def _on_open_clicked(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))
