"""The Feedback page: the list with filters and the rating distribution; entry, kiosk, QR cards, CSV import."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView

from mediator_desk.db import repositories as repo
from mediator_desk.db.enums import FeedbackMethod, LearningOutcome
from mediator_desk.errors import MediatorDeskError, ValidationErrors
from mediator_desk.services import feedback
from mediator_desk.services.feedback import FeedbackDraft, FeedbackFilter, FeedbackRow
from mediator_desk.services.reports.cards import build_cards
from mediator_desk.ui.ui_feedback_page import Ui_FeedbackPage
from mediator_desk.views.dialogs.feedback_dialog import FeedbackDialog
from mediator_desk.views.kiosk_window import KioskWindow
from mediator_desk.views.labels import enum_label, ui_language
from mediator_desk.views.models import ID_ROLE, FeedbackTableModel
from mediator_desk.views.page import Page


class FeedbackPage(Page):
    data_changed = Signal()
    status_message = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_FeedbackPage()
        self.ui.setupUi(self)
        self.model = FeedbackTableModel(self)
        view = self.ui.feedbackView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(100)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FeedbackTableModel.WORDS, QHeaderView.ResizeMode.Stretch)
        for combo in (self.ui.exhibitionCombo, self.ui.sessionCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.kiosk: KioskWindow | None = None
        self.last_dialog: FeedbackDialog | None = None
        today = ctx.now().date()
        self.ui.fromEdit.setDate(QDate(*(today - dt.timedelta(days=30)).timetuple()[:3]))
        self.ui.toEdit.setDate(QDate(*today.timetuple()[:3]))
        ui = self.ui
        ui.methodCombo.addItem(self.tr("any method"), None)
        for v in FeedbackMethod.values():
            ui.methodCombo.addItem(enum_label(v), v)
        ui.ratingCombo.addItem(self.tr("any rating"), None)
        for r in range(0, 11):
            ui.ratingCombo.addItem(str(r), r)
        ui.outcomeCombo.addItem(self.tr("any outcome"), None)
        for v in LearningOutcome.values():
            ui.outcomeCombo.addItem(enum_label(v), v)
        ui.languageCombo.addItem(self.tr("any language"), None)
        ui.sessionCombo.addItem(self.tr("any tour"), None)
        self._loading = False
        for combo in (ui.exhibitionCombo, ui.sessionCombo, ui.methodCombo, ui.ratingCombo, ui.languageCombo,
                      ui.outcomeCombo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.fromEdit.dateChanged.connect(self._on_filter_changed)
        ui.toEdit.dateChanged.connect(self._on_filter_changed)
        ui.addButton.clicked.connect(self._on_add_clicked)
        ui.editButton.clicked.connect(self._on_edit_clicked)
        ui.deleteButton.clicked.connect(self._on_delete_clicked)
        view.doubleClicked.connect(self._on_edit_clicked)
        ui.kioskButton.clicked.connect(self.open_kiosk)
        ui.cardsButton.clicked.connect(self._on_cards_clicked)
        ui.importButton.clicked.connect(self._on_import_clicked)
        view.selectionModel().selectionChanged.connect(self._update_buttons)

    def title(self) -> str:
        return self.tr("Feedback")

    def _uid(self, combo) -> uuid.UUID | None:
        value = combo.currentData()
        return uuid.UUID(value) if value else None

    def _dates(self) -> tuple[dt.date, dt.date]:
        f, t = self.ui.fromEdit.date(), self.ui.toEdit.date()
        return dt.date(f.year(), f.month(), f.day()), dt.date(t.year(), t.month(), t.day())

    def refresh(self) -> None:
        ui = self.ui
        self._loading = True
        keep = ui.exhibitionCombo.currentData() or self.ctx.prefs.exhibition_id or None
        ui.exhibitionCombo.clear()
        ui.exhibitionCombo.addItem(self.tr("all exhibitions"), None)
        with self.ctx.db.session() as s:
            for ex in repo.exhibitions(s):
                ui.exhibitionCombo.addItem(ex.title, str(ex.id))
        ui.exhibitionCombo.setCurrentIndex(max(ui.exhibitionCombo.findData(keep), 0))
        self._loading = False
        self._reload()

    def _filter(self) -> FeedbackFilter:
        ui = self.ui
        first, last = self._dates()
        return FeedbackFilter(first=first, last=last, exhibition_id=self._uid(ui.exhibitionCombo),
                              session_id=self._uid(ui.sessionCombo), method=ui.methodCombo.currentData(),
                              rating=ui.ratingCombo.currentData(), language=ui.languageCombo.currentData(),
                              outcome=ui.outcomeCombo.currentData())

    def _reload(self) -> None:
        rows = feedback.listing(self.ctx.db, self._filter())
        self.model.set_rows(rows)
        self._fill_dynamic_choices(rows)
        total = len(rows)
        with_words = sum(1 for r in rows if r.one_word or r.comment)
        self.ui.countLabel.setText(self.tr("%1 answers · %2 with words").replace("%1", f"{total:,}")
                                   .replace("%2", f"{with_words:,}"))
        self.ui.distributionLabel.setText(self._distribution_html(rows))
        self._update_buttons()

    def _fill_dynamic_choices(self, rows: list[FeedbackRow]) -> None:
        """Tours and languages that occur in the current list (kept when already chosen)."""
        self._loading = True
        tours = sorted({(f"{r.session} {enum_label(r.session_format)}", str(r.session_id))
                        for r in rows if r.session_id})
        languages = sorted({(r.language, r.language) for r in rows if r.language})
        for combo, values in ((self.ui.sessionCombo, tours), (self.ui.languageCombo, languages)):
            keep = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value in values:
                combo.addItem(label, value)
            if keep and combo.findData(keep) < 0:
                combo.addItem(keep if combo is self.ui.languageCombo else self.tr("the chosen tour"), keep)
            combo.setCurrentIndex(max(combo.findData(keep), 0))
        self._loading = False

    def _distribution_html(self, rows: list[FeedbackRow]) -> str:
        dist = feedback.distribution(rows)
        if not dist:
            return self.tr("No ratings in this selection.")
        parts = []
        for method, counts in dist.items():
            total = sum(counts.values())
            low, high = feedback.RATING_RANGE.get(method, (min(counts), max(counts)))
            mean = sum(k * v for k, v in counts.items()) / total
            parts.append(f"<p><b>{enum_label(method)}</b> — {total:,} · ⌀ {mean:.1f}</p><table>")
            peak = max(counts.values())
            for value in range(high, low - 1, -1):
                n = counts.get(value, 0)
                bar = "█" * round(20 * n / peak) if peak else ""
                parts.append(f"<tr><td align='right'>{value}&nbsp;</td><td style='color:#3b82c4'>{bar}</td>"
                             f"<td>&nbsp;{n:,}</td></tr>")
            parts.append("</table>")
        return "".join(parts)

    def _on_filter_changed(self, *_args) -> None:
        if not self._loading:
            self._reload()

    def selected_id(self) -> uuid.UUID | None:
        rows = self.ui.feedbackView.selectionModel().selectedRows()
        return uuid.UUID(rows[0].data(ID_ROLE)) if rows else None

    def _update_buttons(self, *_args) -> None:
        has = self.selected_id() is not None
        self.ui.editButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)

    # --- entry -------------------------------------------------------------------------------------

    def _open_dialog(self, draft: FeedbackDraft, feedback_id: uuid.UUID | None) -> FeedbackDialog:
        dialog = FeedbackDialog(self.ctx, draft, feedback_id, self)
        self.last_dialog = dialog
        dialog.saved.connect(self._on_saved)
        dialog.finished.connect(lambda _r: setattr(self, "last_dialog", None))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _on_add_clicked(self) -> None:
        ex = self._uid(self.ui.exhibitionCombo) or (uuid.UUID(self.ctx.prefs.exhibition_id)
                                                    if self.ctx.prefs.exhibition_id else None)
        self._open_dialog(FeedbackDraft(exhibition_id=ex, day=self.ctx.now().date(), session_id=self._uid(
            self.ui.sessionCombo), language=ui_language()), None)

    def _on_edit_clicked(self, *_args) -> None:
        fid = self.selected_id()
        if fid is not None:
            self._open_dialog(feedback.load(self.ctx.db, fid), fid)

    def _on_delete_clicked(self) -> None:
        fid = self.selected_id()
        if fid is None or not self.ctx.prompts.confirm(self, self.tr("Delete feedback"),
                                                       self.tr("Delete this answer?"), yes=self.tr("Delete"),
                                                       no=self.tr("Keep")):
            return
        feedback.delete(self.ctx.db, fid, self.ctx.device_id)
        self._reload()
        self.data_changed.emit()

    def _on_saved(self, _feedback_id: str) -> None:
        self._reload()
        self.data_changed.emit()

    # --- kiosk, cards, import ----------------------------------------------------------------------

    def _exhibition_for_action(self) -> uuid.UUID | None:
        ex = self._uid(self.ui.exhibitionCombo)
        if ex is None and self.ctx.prefs.exhibition_id:
            ex = uuid.UUID(self.ctx.prefs.exhibition_id)
        if ex is None:
            with self.ctx.db.session() as s:
                current = repo.current_exhibition(s, self.ctx.now().date())
                ex = current.id if current else None
        return ex

    def open_kiosk(self) -> KioskWindow | None:
        if not self.ctx.prefs.kiosk_pin_hash:
            self.ctx.prompts.info(self, self.tr("Visitor kiosk"),
                                  self.tr("Set a kiosk PIN first (Settings → Kiosk, reports, language): "
                                          "only the PIN lets you leave the kiosk screen."))
            return None
        ex = self._exhibition_for_action()
        if ex is None:
            self.ctx.prompts.info(self, self.tr("Visitor kiosk"), self.tr("Add an exhibition first (Settings)."))
            return None
        self.kiosk = KioskWindow(self.ctx, ex, default_language=ui_language())
        self.kiosk.answer_saved.connect(lambda _id: self.data_changed.emit())
        self.kiosk.closed.connect(self._on_kiosk_closed)
        self.kiosk.showFullScreen()
        self.kiosk.activateWindow()
        return self.kiosk

    def _on_kiosk_closed(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None
        self._reload()

    def _on_cards_clicked(self) -> None:
        session_id = self._uid(self.ui.sessionCombo)
        ex = self._exhibition_for_action()
        count = self.ctx.prompts.ask_int(self, self.tr("QR feedback cards"),
                                         self.tr("How many cards? (8 fit on a page)"), 8, 1, 1000)
        if count is None:
            return
        target = self.ctx.prompts.ask_save_file(self, self.tr("Save the cards"),
                                                str(Path.home() / "feedback-cards.pdf"), self.tr("PDF (*.pdf)"))
        if target:
            self.print_cards(Path(target), count, session_id=session_id, exhibition_id=ex, open_it=True)

    def print_cards(self, target: Path, count: int, *, session_id=None, exhibition_id=None, open_it=False) -> bool:
        try:
            codes = feedback.create_cards(self.ctx.db, count, self.ctx.device_id, session_id=session_id,
                                          exhibition_id=exhibition_id)
            pages = build_cards(self.ctx.db, codes, target, session_id=session_id, exhibition_id=exhibition_id,
                                lang=self.ctx.prefs.report_language)
        except (ValidationErrors, OSError) as exc:
            self.ctx.prompts.error(self, self.tr("QR feedback cards"), str(exc))
            return False
        self.status_message.emit(self.tr("%1 cards written on %2 page(s): %3").replace("%1", str(len(codes)))
                                 .replace("%2", str(pages)).replace("%3", str(target)))
        if open_it:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        return True

    def _on_import_clicked(self) -> None:
        source = self.ctx.prompts.ask_open_file(self, self.tr("Online answers (CSV)"), str(Path.home()),
                                                self.tr("CSV files (*.csv);;All files (*)"))
        if source:
            self.import_answers(Path(source))

    def import_answers(self, source: Path) -> feedback.ImportReport | None:
        try:
            report = feedback.import_csv(self.ctx.db, source, self.ctx.device_id)
        except (MediatorDeskError, OSError, UnicodeError) as exc:
            self.ctx.prompts.error(self, self.tr("Import online answers"), str(exc))
            return None
        lines = [self.tr("%1 answer(s) imported, %2 row(s) skipped.").replace("%1", str(report.taken))
                 .replace("%2", str(len(report.skipped)))]
        lines += [self.tr("Line %1: %2").replace("%1", str(n)).replace("%2", why) for n, why in report.skipped[:15]]
        if len(report.skipped) > 15:
            lines.append("…")
        self.ctx.prompts.info(self, self.tr("Import online answers"), "\n".join(lines))
        self._reload()
        self.data_changed.emit()
        return report
