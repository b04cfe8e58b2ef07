"""The Feedback page: the list with filters and the rating distribution; entry, kiosk, QR cards, CSV import."""

from __future__ import annotations

import datetime as dt
import html
import uuid
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHeaderView

from mediator_desk.enums import FeedbackMethod, LearningOutcome
from mediator_desk.errors import MediatorDeskError
from mediator_desk.services import feedback
from mediator_desk.services.changes import FEEDBACK, REFERENCE, TEAM, TOUR, Changes
from mediator_desk.services.choices import as_uuid
from mediator_desk.services.feedback import FeedbackDraft, FeedbackFilter, FeedbackRow
from mediator_desk.services.feedback_import import ImportReport, import_csv
from mediator_desk.services.outputs import check_output
from mediator_desk.services.overview import tour_rows
from mediator_desk.services.reports.cards import print_cards
from mediator_desk.ui.ui_feedback_page import Ui_FeedbackPage
from mediator_desk.views.dialogs.feedback_dialog import FeedbackDialog
from mediator_desk.views.formatting import fmt, num, pydate, qdate
from mediator_desk.views.jobs import JobRunner
from mediator_desk.views.kiosk_window import KioskWindow
from mediator_desk.views.labels import enum_label, ui_language
from mediator_desk.views.models import ID_ROLE, FeedbackTableModel
from mediator_desk.views.page import Page
from mediator_desk.views.widgets import pickers


class FeedbackPage(Page):
    RELEVANT = frozenset({FEEDBACK, TOUR, REFERENCE, TEAM})
    lock_requested = Signal(object)  # the kiosk window while it runs (the app is locked), then None

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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # sized to the contents once (see _reload):
        header.setSectionResizeMode(FeedbackTableModel.WORDS, QHeaderView.ResizeMode.Stretch)  # measuring every
        self._columns_sized = False  # column at every reload read 7,000 cells at season scale
        self._tour_keys: frozenset[str] | None = None  # the tours the tour filter offers, and its items
        self._tour_items: list[tuple[str, str, str]] = []
        for combo in (self.ui.exhibitionCombo, self.ui.tourCombo):
            combo.setSizeAdjustPolicy(combo.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.kiosk: KioskWindow | None = None
        self.last_dialog: FeedbackDialog | None = None
        self.jobs = JobRunner(self)
        self.last_import: ImportReport | None = None
        today = ctx.now().date()
        self.ui.fromEdit.setDate(qdate(today - dt.timedelta(days=30)))
        self.ui.toEdit.setDate(qdate(today))
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
        ui.tourCombo.addItem(self.tr("any tour"), None)
        self._loading = False
        for combo in (ui.exhibitionCombo, ui.tourCombo, ui.methodCombo, ui.ratingCombo, ui.languageCombo,
                      ui.outcomeCombo):
            combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.fromEdit.dateChanged.connect(self._on_filter_changed)
        ui.toEdit.dateChanged.connect(self._on_filter_changed)
        ui.addButton.clicked.connect(self._on_add_clicked)
        self.shortcut("Ctrl+N", self._on_add_clicked)  # every page's main action
        ui.addButton.setToolTip(self.tr("Add the feedback a visitor gave you (Ctrl+N)"))
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
        return as_uuid(combo.currentData())

    def _dates(self) -> tuple[dt.date, dt.date]:
        return pydate(self.ui.fromEdit.date()), pydate(self.ui.toEdit.date())

    def on_changes(self, changes: Changes) -> None:
        if changes.touches({TOUR, TEAM, REFERENCE}):
            self._tour_keys = None  # a tour's time, team or groups may read differently now
        super().on_changes(changes)

    def refresh(self) -> None:
        current = self.ctx.exhibition()
        keep = self.ui.exhibitionCombo.currentData() if self.ui.exhibitionCombo.count() else (
            str(current.id) if current else None)
        pickers.fill(self.ui.exhibitionCombo, pickers.exhibitions(self.ctx.choices(), with_venue=False),
                     first=(self.tr("all exhibitions"), None), select=keep)
        self._reload()

    def _filter(self) -> FeedbackFilter:
        ui = self.ui
        first, last = self._dates()
        return FeedbackFilter(first=first, last=last, exhibition_id=self._uid(ui.exhibitionCombo),
                              session_id=self._uid(ui.tourCombo), method=ui.methodCombo.currentData(),
                              rating=ui.ratingCombo.currentData(), language=ui.languageCombo.currentData(),
                              outcome=ui.outcomeCombo.currentData())

    def _reload(self) -> None:
        rows = feedback.listing(self.ctx.db, self._filter())
        self.model.set_rows(rows)
        if not self._columns_sized and rows:  # once: afterwards the widths are the user's
            view = self.ui.feedbackView
            view.resizeColumnsToContents()
            # The visitors' words come first: the tags and the tour stay compact (their whole text is in the
            # tooltip), and the words column takes the rest of the width
            for column, letters in ((FeedbackTableModel.OUTCOMES, 22), (FeedbackTableModel.TOUR, 30)):
                view.setColumnWidth(column, min(view.columnWidth(column),
                                                view.fontMetrics().averageCharWidth() * letters))
            self._columns_sized = True
        self._fill_dynamic_choices(rows)
        total = len(rows)
        with_words = sum(1 for r in rows if r.one_word or r.comment)
        self.ui.countLabel.setText(" · ".join((self.tr("%Ln answer(s)", "", total),
                                               self.tr("%Ln with words", "", with_words))))
        self.ui.distributionLabel.setText(self._distribution_html(rows))
        self._update_buttons()

    def _fill_dynamic_choices(self, rows: list[FeedbackRow]) -> None:
        """Tours and languages that occur in the current list (kept when already chosen)."""
        self._loading = True
        keys = frozenset(r.session_key for r in rows if r.session_key)
        if keys != self._tour_keys:  # the tours answered on, told apart as in every tour picker
            self._tour_keys = keys
            found = tour_rows(self.ctx.db, only=[uuid.UUID(hex=k) for k in keys]) if keys else []
            self._tour_items = [(f"{r.start:%Y-%m-%d} {pickers.tour_label(r)}", str(r.id), pickers.tour_tooltip(r))
                                for r in sorted(found, key=lambda r: r.start, reverse=True)]
        languages = sorted({(r.language, r.language) for r in rows if r.language})
        for combo, values in ((self.ui.tourCombo, self._tour_items), (self.ui.languageCombo, languages)):
            shown = [(combo.itemText(i), combo.itemData(i)) for i in range(1, combo.count())]
            if shown == [tuple(v[:2]) for v in values]:
                continue  # the same choices as before a reload: nothing to rebuild
            keep = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for label, value, *tip in values:
                combo.addItem(label, value)
                if tip:
                    combo.setItemData(combo.count() - 1, tip[0], Qt.ItemDataRole.ToolTipRole)
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
            parts.append(f"<p><b>{html.escape(enum_label(method))}</b> — {num(total)} · ⌀ {num(mean)}</p><table>")
            peak = max(counts.values())
            for value in range(high, low - 1, -1):
                n = counts.get(value, 0)
                bar = "█" * round(20 * n / peak) if peak else ""
                parts.append(f"<tr><td align='right'>{value}&nbsp;</td><td>{bar}</td><td>&nbsp;{num(n)}</td></tr>")
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
        self._open_dialog(FeedbackDraft(exhibition_id=self._exhibition_for_action(), day=self.ctx.now().date(),
                                        session_id=self._uid(self.ui.tourCombo)), None)

    def _on_edit_clicked(self, *_args) -> None:
        fid = self.selected_id()
        if fid is None:
            return
        try:
            draft = feedback.load(self.ctx.db, fid)
        except MediatorDeskError as exc:
            self.ctx.prompts.error(self, self.tr("Edit feedback"), str(exc))
            self._reload()
            return
        self._open_dialog(draft, fid)

    def _on_delete_clicked(self) -> None:
        fid = self.selected_id()
        if fid is None or not self.ctx.prompts.confirm(self, self.tr("Delete feedback"),
                                                       self.tr("Delete this answer?"), yes=self.tr("Delete"),
                                                       no=self.tr("Keep")):
            return
        self.ctx.ops.run(self.tr("Delete feedback"), lambda: feedback.delete(self.ctx.db, fid, self.ctx.device_id),
                         parent=self)

    def _on_saved(self, _feedback_id: str) -> None:
        self.publish(self.last_dialog.changes if self.last_dialog is not None else Changes.of(FEEDBACK))

    # --- kiosk, cards, import ----------------------------------------------------------------------

    def _exhibition_for_action(self) -> uuid.UUID | None:
        chosen = self._uid(self.ui.exhibitionCombo)
        if chosen is not None:
            return chosen
        current = self.ctx.exhibition()
        return current.id if current else None

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
        self.kiosk.answer_saved.connect(lambda fid: self.publish(Changes.of(FEEDBACK, ids=[uuid.UUID(fid)])))
        self.kiosk.closed.connect(self._on_kiosk_closed)
        self.kiosk.showFullScreen()
        self.kiosk.activateWindow()
        self.lock_requested.emit(self.kiosk)  # the main window hides until the PIN lets the kiosk go
        return self.kiosk

    def _on_kiosk_closed(self) -> None:
        if self.kiosk is not None:
            self.kiosk.deleteLater()
            self.kiosk = None
        self.lock_requested.emit(None)
        self._reload()

    def _on_cards_clicked(self) -> None:
        session_id = self._uid(self.ui.tourCombo)
        ex = self._exhibition_for_action()
        count = self.ctx.prompts.ask_int(self, self.tr("QR feedback cards"),
                                         self.tr("How many cards? (8 fit on a page)"), 8, 1, feedback.MAX_CARDS)
        if count is None:
            return
        target = self.ctx.ask_save_file(self, "cards", self.tr("Save the cards"), "feedback-cards.pdf",
                                        self.tr("PDF (*.pdf)"))
        if target:
            self.print_cards(Path(target), count, session_id=session_id, exhibition_id=ex, open_it=True)

    def print_cards(self, target: Path, count: int, *, session_id=None, exhibition_id=None, open_it=False) -> bool:
        """Register the cards and write their PDF off the UI thread (a page at a time, with Cancel)."""
        try:
            target = check_output(target, self.ctx.db)
            batch = feedback.draw_cards(self.ctx.db, count, session_id=session_id, exhibition_id=exhibition_id)
        except MediatorDeskError as exc:
            self.ctx.prompts.error(self, self.tr("QR feedback cards"), str(exc))
            return False
        codes = batch.codes
        lang = self.ctx.prefs.report_language

        def work(report):
            return print_cards(self.ctx.db, batch, self.ctx.device_id, target, lang=lang, progress=report)

        def done(result: tuple) -> None:
            self.status_message.emit(fmt(self.tr("%1 written on %Ln page(s): %2", "", result[0]),
                                         self.tr("%Ln card(s)", "", len(codes)), str(target)))
            if open_it:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

        self.ctx.ops.run_long(self.tr("QR feedback cards"), work, done, runner=self.jobs, parent=self,
                              label=self.tr("Printing %Ln card(s)…", "", len(codes)))
        return True

    def _on_import_clicked(self) -> None:
        source = self.ctx.ask_open_file(self, "answers", self.tr("Online answers (CSV)"),
                                        self.tr("CSV files (*.csv);;All files (*)"))
        if source:
            self.import_answers(Path(source))

    def import_answers(self, source: Path) -> None:
        """Import online answers off the UI thread; the summary names every row skipped or changed."""
        def work(report):
            return import_csv(self.ctx.db, source, self.ctx.device_id, progress=lambda line: report(line, 0))

        def done(result: ImportReport) -> None:
            self.last_import = result
            lines = [fmt(self.tr("%1 imported, %2 skipped."), self.tr("%Ln answer(s)", "", result.taken),
                         self.tr("%Ln row(s)", "", len(result.skipped)))]
            if result.method_reason:
                lines.append(fmt(self.tr("Ratings read as %1: %2."), enum_label(result.method),
                                 result.method_reason))
            lines += [fmt(self.tr("Line %1: %2"), n, why) for n, why in result.skipped[:15]]
            if len(result.skipped) > 15:
                lines.append("…")
            lines += [fmt(self.tr("Line %1: %2"), n, what) for n, what in result.changed[:15]]
            self.ctx.prompts.info(self, self.tr("Import online answers"), "\n".join(lines))

        self.ctx.ops.run_long(self.tr("Import online answers"), work, done, runner=self.jobs, parent=self)
