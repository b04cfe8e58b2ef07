"""File → Export: sessions, groups, counts or feedback of a period, as CSV or XLSX, written off the UI thread
with a progress bar and Cancel (services/exports.py does the writing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget

from mediator_desk.errors import MediatorDeskError, ValidationError
from mediator_desk.services import outputs
from mediator_desk.services.exports import ExportRequest, export
from mediator_desk.ui.ui_export_dialog import Ui_ExportDialog
from mediator_desk.views.formatting import fmt, pydate, qdate
from mediator_desk.views.jobs import JobRunner
from mediator_desk.views.problems import problem_text, show_problems
from mediator_desk.views.widgets import pickers


class ExportDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for code, label in (("sessions", self.tr("Tours and sessions")), ("groups", self.tr("Visitor groups")),
                            ("counts", self.tr("Walk-in counts")), ("feedback", self.tr("Feedback"))):
            ui.kindCombo.addItem(label, code)
        ui.formatCombo.addItem(self.tr("XLSX (Excel, LibreOffice)"), "xlsx")
        ui.formatCombo.addItem(self.tr("CSV (text)"), "csv")
        ui.separatorCombo.addItem(self.tr("Semicolon ;  (Romanian, Italian and German spreadsheets)"), ";")
        ui.separatorCombo.addItem(self.tr("Comma ,  (English spreadsheets)"), ",")
        ui.separatorCombo.addItem(self.tr("Tab"), "\t")
        lang = QLocale().name()[:2]
        ui.separatorCombo.setCurrentIndex(1 if lang == "en" else 0)
        pickers.languages(ui.languageCombo, lang)
        # the separator the label language's spreadsheets expect: a comma in English, a semicolon elsewhere
        ui.languageCombo.currentIndexChanged.connect(lambda _i: ui.separatorCombo.setCurrentIndex(
            ui.separatorCombo.findData("," if ui.languageCombo.currentData() == "en" else ";")))
        today = ctx.now().date()
        ui.firstEdit.setDate(qdate(today.replace(day=1)))
        ui.lastEdit.setDate(qdate(today))
        ui.progressBar.setVisible(False)
        ui.cancelButton.setVisible(False)
        ui.kindCombo.currentIndexChanged.connect(self._on_choice_changed)
        ui.formatCombo.currentIndexChanged.connect(self._on_choice_changed)
        ui.exportButton.clicked.connect(self._on_export_clicked)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.reject)
        self.jobs = JobRunner(self)
        self.written: Path | None = None
        self._on_choice_changed()

    def _on_choice_changed(self, *_args) -> None:
        ui = self.ui
        csv = ui.formatCombo.currentData() == "csv"
        ui.separatorCombo.setEnabled(csv)
        ui.separatorLabel.setEnabled(csv)
        ui.rawCheck.setEnabled(ui.kindCombo.currentData() == "counts")

    def request(self) -> ExportRequest:
        ui = self.ui
        return ExportRequest(kind=ui.kindCombo.currentData(), fmt=ui.formatCombo.currentData(),
                             first=pydate(ui.firstEdit.date()), last=pydate(ui.lastEdit.date()),
                             separator=ui.separatorCombo.currentData(),
                             raw=ui.rawCheck.isEnabled() and ui.rawCheck.isChecked(),
                             lang=ui.languageCombo.currentData())

    def suggested_name(self, req: ExportRequest) -> str:
        return f"{req.kind}-{req.first:%Y-%m-%d}-{req.last:%Y-%m-%d}.{req.fmt}"

    def _on_export_clicked(self) -> None:
        req = self.request()
        if req.first > req.last:
            show_problems(self.ui.statusLabel, [(self.tr("From: the first day comes after the last day."), False)])
            self.ui.firstEdit.setFocus()
            return
        filters = self.tr("Spreadsheets (*.xlsx)") if req.fmt == "xlsx" else self.tr("CSV files (*.csv)")
        name = self.ctx.ask_save_file(self, "export", self.tr("Export"), self.suggested_name(req), filters)
        if name:
            self.start(req, Path(name))

    def start(self, req: ExportRequest, target: Path) -> None:
        """Write `req` to `target` in the background; the bar follows it and Cancel stops it (no file then)."""
        if target.suffix.lower() != f".{req.fmt}":
            target = target.with_name(target.name + f".{req.fmt}")
        try:
            outputs.check_output(target, self.ctx.db)
        except MediatorDeskError as exc:
            show_problems(self.ui.statusLabel, [(self.describe(exc), False)])
            return
        db = self.ctx.db

        def work(report):
            try:
                return export(db, req, target, progress=report)
            except ValidationError as exc:
                return exc  # shown in the interface language

        self._busy(True)
        show_problems(self.ui.statusLabel, [])
        self.ui.statusLabel.setText(self.tr("Exporting…"))
        self.job = self.jobs.start(self.tr("Export"), work, lambda result: self._on_done(result, target),
                                   self._on_failed, dialog=False, on_cancelled=self._on_cancelled)
        self.job.signals.progressed.connect(self._on_progress)

    def _on_progress(self, done: int, total: int) -> None:
        self.ui.progressBar.setMaximum(max(total, 1))
        self.ui.progressBar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.jobs.job is not None:
            self.jobs.job.cancel_requested = True
            self.ui.statusLabel.setText(self.tr("Stopping…"))

    def _busy(self, on: bool) -> None:
        ui = self.ui
        for w in (ui.kindCombo, ui.formatCombo, ui.firstEdit, ui.lastEdit, ui.languageCombo, ui.exportButton,
                  ui.closeButton):
            w.setEnabled(not on)
        if not on:
            self._on_choice_changed()
        else:
            ui.separatorCombo.setEnabled(False)
            ui.rawCheck.setEnabled(False)
        ui.progressBar.setVisible(on)
        ui.progressBar.setMaximum(0)  # busy until the first count arrives
        ui.cancelButton.setVisible(on)

    def _on_done(self, result, target: Path) -> None:
        self._busy(False)
        if isinstance(result, ValidationError):
            show_problems(self.ui.statusLabel, [(problem_text(result), False)])
            return
        self.written = target
        show_problems(self.ui.statusLabel, [])
        text = self.tr("Saved %1 (%Ln row(s)).", "", result.rows).replace("%1", str(target))
        if result.cut:
            text += " " + self.tr("%Ln text(s) longer than an XLSX cell holds were cut, with a mark saying how "
                                  "much; the CSV export keeps them whole.", "", result.cut)
        self.ui.statusLabel.setText(text)

    def _on_failed(self, message: str) -> None:
        self._busy(False)
        show_problems(self.ui.statusLabel, [(fmt(self.tr("The export failed: %1"), message), False)])

    def _on_cancelled(self) -> None:
        self._busy(False)
        show_problems(self.ui.statusLabel, [(self.tr("Export stopped; no file was written."), True)])

    def describe(self, exc: MediatorDeskError) -> str:
        return problem_text(exc) if isinstance(exc, ValidationError) else str(exc)

    def reject(self) -> None:
        if self.jobs.busy():
            self.cancel()
            return
        super().reject()
