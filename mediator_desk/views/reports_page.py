"""The Reports page: choose a report, generate it off the UI thread, save it or open it."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, QThreadPool, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageSize, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QLabel, QLayout

from mediator_desk import paths
from mediator_desk.db import repositories as repo
from mediator_desk.errors import MediatorDeskError
from mediator_desk.services.overview import day_overview
from mediator_desk.services.reports import ReportRequest, build_report
from mediator_desk.ui.ui_reports_page import Ui_ReportsPage
from mediator_desk.views.page import Page
from mediator_desk.views.widgets.pdf_pages import PageImage, print_pdf, render_pages

PREVIEW_DPI = 80
PREVIEW_PAGES = 30  # a season report can be long: the preview shows the first pages, the PDF has all


class _Signals(QObject):
    finished = Signal(str, int)  # path, pages (the preview images wait on the job)
    failed = Signal(str)


class _ReportJob(QRunnable):
    """Builds the PDF in a worker thread; talks back only through signals (never touches widgets)."""

    def __init__(self, db, request: ReportRequest, target: Path) -> None:
        super().__init__()
        self.db, self.request, self.target = db, request, target
        self.signals = _Signals()
        self.preview: list[PageImage] = []

    def run(self) -> None:
        try:
            pages = build_report(self.db, self.request, self.target)
            self.preview = render_pages(self.target, PREVIEW_DPI, max_pages=PREVIEW_PAGES)
        except MediatorDeskError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged by the hook on the UI side
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(self.target), pages)


class ReportsPage(Page):
    report_ready = Signal(str)  # path of the generated PDF
    status_message = Signal(str)

    KINDS = ("day", "period", "statistics", "vouchers", "tour")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        names = {"day": self.tr("Daily report"), "period": self.tr("Period / season report"),
                 "statistics": self.tr("Statistics return"), "vouchers": self.tr("Voucher / funder report"),
                 "tour": self.tr("Tour sheet")}
        for kind in self.KINDS:
            self.ui.kindCombo.addItem(names[kind], kind)
        for code, name in (("en", "English"), ("ro", "Română"), ("it", "Italiano")):
            self.ui.langCombo.addItem(name, code)
        self.ui.langCombo.setCurrentIndex(max(0, self.ui.langCombo.findData(ctx.prefs.report_language)))
        self.ui.hideSmallCheck.setChecked(ctx.prefs.hide_small_groups)
        self.ui.progressBar.hide()
        self._out = paths.cache_dir() / "reports"  # generated PDFs wait here until saved or opened
        self.last_pdf: Path | None = None
        self._pool = QThreadPool(self)
        self._job: _ReportJob | None = None
        self._set_result_enabled(False)
        self.ui.kindCombo.currentIndexChanged.connect(self._on_kind_changed)
        self.ui.toEdit.dateChanged.connect(self._on_to_changed)
        self.ui.generateButton.clicked.connect(self.generate)
        self.ui.saveButton.clicked.connect(self._on_save_clicked)
        self.ui.openButton.clicked.connect(self._on_open_clicked)
        self.ui.printButton.clicked.connect(self._on_print_clicked)
        self._filled = False

    def title(self) -> str:
        return self.tr("Reports")

    def refresh(self) -> None:
        if self._filled:
            return
        today = self.ctx.now().date()
        self.ui.toEdit.setDate(QDate(today.year, today.month, today.day))
        start = today.replace(day=1)
        self.ui.fromEdit.setDate(QDate(start.year, start.month, start.day))
        self.ui.exhibitionCombo.addItem(self.tr("All exhibitions"), "")
        with self.ctx.db.session() as s:
            for ex in repo.exhibitions(s):
                self.ui.exhibitionCombo.addItem(ex.title, str(ex.id))
        self._filled = True
        self._on_kind_changed()

    def _date(self, edit) -> dt.date:
        d = edit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _on_kind_changed(self, _index: int = 0) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.fromEdit.setEnabled(kind in ("period", "statistics", "vouchers"))
        self.ui.sessionCombo.setEnabled(kind == "tour")
        if kind == "tour":
            self._on_to_changed()

    def _on_to_changed(self, *_args) -> None:
        if self.ui.kindCombo.currentData() != "tour":
            return
        self.ui.sessionCombo.clear()
        ex = self.ui.exhibitionCombo.currentData()
        ov = day_overview(self.ctx.db, self._date(self.ui.toEdit), uuid.UUID(ex) if ex else None)
        for r in ov.sessions:
            self.ui.sessionCombo.addItem(f"{r.start:%H:%M} · {r.format.replace('_', ' ')} · {r.lead}", str(r.id))

    def request(self) -> ReportRequest:
        kind = self.ui.kindCombo.currentData()
        ex = self.ui.exhibitionCombo.currentData()
        session = self.ui.sessionCombo.currentData() if kind == "tour" else None
        return ReportRequest(kind=kind, first=self._date(self.ui.fromEdit), last=self._date(self.ui.toEdit),
                             exhibition_ids=[uuid.UUID(ex)] if ex else None,
                             session_id=uuid.UUID(session) if session else None,
                             lang=self.ui.langCombo.currentData(), hide_small=self.ui.hideSmallCheck.isChecked(),
                             device=self.ctx.device_id)

    def generate(self) -> None:
        req = self.request()
        if req.kind == "tour" and req.session_id is None:
            self.ui.statusLabel.setText(self.tr("Tour: there is no tour on that day to print."))
            return
        if req.kind != "day" and req.last < req.first:
            self.ui.statusLabel.setText(self.tr("To: the last day is before the first day."))
            return
        self.ctx.prefs.report_language = req.lang
        self.ctx.prefs.hide_small_groups = req.hide_small
        self._out.mkdir(parents=True, exist_ok=True)
        for old in self._out.glob("*.pdf"):  # keep only the newest reports around
            if old.stat().st_mtime < time.time() - 86400:
                old.unlink(missing_ok=True)
        target = self._out / f"{req.kind}-{req.last:%Y-%m-%d}-{uuid.uuid4().hex[:6]}.pdf"
        job = _ReportJob(self.ctx.db, req, target)
        job.setAutoDelete(False)  # the page reads the preview images from it when it is done
        self._job = job
        job.signals.finished.connect(self._on_job_finished)
        job.signals.failed.connect(self._on_job_failed)
        self.ui.generateButton.setEnabled(False)
        self.ui.progressBar.show()
        self.ui.statusLabel.setText(self.tr("Generating…"))
        self._pool.start(job)

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
            if item.widget() is not None:
                item.widget().deleteLater()
        for number, image in enumerate(images, start=1):
            label = QLabel()
            label.setObjectName(f"previewPage{number}")
            pixmap = QPixmap.fromImage(image.qimage())
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            label.setStyleSheet("background: white; border: 1px solid #c9d2db;")
            label.setToolTip(self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(pages)))
            layout.addWidget(label)
        if pages > len(images):
            more = QLabel(self.tr("… %1 more page(s) in the PDF").replace("%1", str(pages - len(images))))
            layout.addWidget(more)

    def _on_job_finished(self, path: str, pages: int) -> None:
        preview, self._job = self._job.preview, None
        self.ui.generateButton.setEnabled(True)
        self.ui.progressBar.hide()
        self.last_pdf = Path(path)
        self._set_result_enabled(True)
        self._show_preview(preview, pages)
        self.ui.statusLabel.setText(self.tr("Ready: %1 page(s), shown below. Save, open or print it.")
                                    .replace("%1", str(pages)))
        self.report_ready.emit(path)

    def print_to(self, printer: QPrinter) -> int:
        """Print the last report on `printer` (the print dialog's choice, or a PDF file in tests)."""
        if self.last_pdf is None:
            return 0
        printer.setDocName(self.last_pdf.stem)
        pages = print_pdf(self.last_pdf, printer)
        self.status_message.emit(self.tr("Sent %1 page(s) to the printer.").replace("%1", str(pages)))
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

    def _on_job_failed(self, message: str) -> None:
        self._job = None
        self.ui.generateButton.setEnabled(True)
        self.ui.progressBar.hide()
        self.ui.statusLabel.setText(self.tr("The report could not be made: %1").replace("%1", message))

    def save_to(self, target: Path) -> None:
        if self.last_pdf is not None:
            shutil.copyfile(self.last_pdf, target)
            self.status_message.emit(self.tr("Saved %1").replace("%1", str(target)))

    def _on_save_clicked(self) -> None:
        if self.last_pdf is None:
            return
        name = self.ctx.prompts.ask_save_file(self, self.tr("Save report"), str(Path.home() / self.last_pdf.name),
                                              "PDF (*.pdf)")
        if name:
            self.save_to(Path(name))

    def _on_open_clicked(self) -> None:
        if self.last_pdf is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))
