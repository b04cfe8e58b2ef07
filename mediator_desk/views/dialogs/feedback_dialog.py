"""Enter or edit one piece of feedback: attached to a tour (and group) or to an exhibition and day."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from mediator_desk.enums import AgeBand, FeedbackMethod, LearningOutcome
from mediator_desk.errors import MediatorDeskError
from mediator_desk.services import feedback, tours
from mediator_desk.services.changes import Changes
from mediator_desk.services.countries import country_code
from mediator_desk.services.feedback import RATING_RANGE, FeedbackDraft
from mediator_desk.services.overview import tour_rows
from mediator_desk.services.timeutil import day_bounds
from mediator_desk.ui.ui_feedback_dialog import Ui_FeedbackDialog
from mediator_desk.views.formatting import fmt
from mediator_desk.views.labels import enum_label
from mediator_desk.views.problems import FAILED, problem_text, save_with_warnings, show_problems
from mediator_desk.views.widgets import pickers


class FeedbackDialog(QDialog):
    saved = Signal(str)

    def __init__(self, ctx, draft: FeedbackDraft, feedback_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.draft, self.feedback_id = ctx, draft, feedback_id
        self.changes = Changes()
        self.ui = Ui_FeedbackDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Edit feedback") if feedback_id else self.tr("New feedback"))
        ui = self.ui
        choices = ctx.choices()
        self._zones = {str(e.id): e.timezone for e in choices.exhibitions}
        pickers.fill(ui.exhibitionCombo, pickers.exhibitions(choices, with_venue=False))
        for v in FeedbackMethod.values():
            ui.methodCombo.addItem(enum_label(v), v)
        ui.ageCombo.addItem(self.tr("(not asked)"), None)
        for v in AgeBand.values():
            ui.ageCombo.addItem(v.replace("-", "–"), v)
        for label, value in ((self.tr("(not asked)"), None), (self.tr("Yes"), True), (self.tr("No"), False)):
            ui.firstVisitCombo.addItem(label, value)
        for v in LearningOutcome.values():
            item = QListWidgetItem(enum_label(v))
            item.setData(Qt.ItemDataRole.UserRole, v)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if v in draft.outcomes else Qt.CheckState.Unchecked)
            ui.outcomesList.addItem(item)
        ui.exhibitionCombo.setCurrentIndex(max(ui.exhibitionCombo.findData(str(draft.exhibition_id)), 0))
        self._tour_languages: dict[str, tuple[str, ...]] = {}  # tour id -> its languages, for the default
        self._language_typed = bool(draft.language)  # someone's choice is never replaced by a default
        day = draft.day or ctx.now().date()
        ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
        self._load_tours(draft.session_id)
        self._load_groups(draft.group_id)
        ui.methodCombo.setCurrentIndex(max(ui.methodCombo.findData(draft.method), 0))
        # No rating until someone gives one: one step below the scale is "not given" (a hurried Save asks)
        ui.ratingSpin.setSpecialValueText(self.tr("not given"))
        self._on_method_changed()
        if draft.rating is not None:
            ui.ratingSpin.setValue(draft.rating)
        ui.oneWordEdit.setText(draft.one_word)
        ui.commentEdit.setPlainText(draft.comment)
        ui.ageCombo.setCurrentIndex(max(ui.ageCombo.findData(draft.age_band), 0))
        ui.firstVisitCombo.setCurrentIndex({None: 0, True: 1, False: 2}[draft.first_visit])
        ui.languageEdit.setText(draft.language or self._tour_language())
        ui.languageEdit.textEdited.connect(lambda _text: setattr(self, "_language_typed", True))
        ui.countryEdit.setText(draft.country)
        ui.exhibitionCombo.currentIndexChanged.connect(self._on_where_changed)
        ui.dayEdit.dateChanged.connect(self._on_where_changed)
        ui.tourCombo.currentIndexChanged.connect(self._on_tour_changed)
        ui.methodCombo.currentIndexChanged.connect(self._on_method_changed)
        ui.buttonBox.accepted.connect(self._on_save_clicked)
        ui.buttonBox.rejected.connect(self.reject)
        ui.ratingSpin.setFocus()

    def _day(self) -> dt.date:
        d = self.ui.dayEdit.date()
        return dt.date(d.year(), d.month(), d.day())

    def _load_tours(self, wanted: uuid.UUID | None) -> None:
        rows = []
        ex = self.ui.exhibitionCombo.currentData()
        if ex:
            start, end = day_bounds(self._day(), self._day(), self._zones.get(ex, "UTC"))
            rows = tour_rows(self.ctx.db, start, end, [uuid.UUID(ex)])
        self._tour_languages = {str(r.id): r.languages for r in rows}
        pickers.fill(self.ui.tourCombo, pickers.tours(rows), first=(self.tr("(no tour: the exhibition that day)"), None),
                     select=str(wanted) if wanted else None)

    def _load_groups(self, wanted: uuid.UUID | None) -> None:
        combo = self.ui.groupCombo
        combo.clear()
        combo.addItem(self.tr("(the whole tour)"), None)
        session = self.ui.tourCombo.currentData()
        if session:
            try:
                groups = tours.load(self.ctx.db, uuid.UUID(session)).groups
            except MediatorDeskError:
                groups = []
            for i, g in enumerate(groups, start=1):
                combo.addItem(fmt("%1 · %2 · %3", i, enum_label(g.group_type), g.participants), str(g.id))
        combo.setCurrentIndex(max(combo.findData(str(wanted) if wanted else None), 0))
        combo.setEnabled(combo.count() > 1)

    def _on_where_changed(self, *_args) -> None:
        self._load_tours(None)
        self._load_groups(None)

    def _on_tour_changed(self, *_args) -> None:
        self._load_groups(None)
        if not self._language_typed:
            self.ui.languageEdit.setText(self._tour_language())

    def _tour_language(self) -> str:
        """The chosen tour's (first) language, the default for an answer given on it; none without a tour."""
        languages = self._tour_languages.get(self.ui.tourCombo.currentData() or "", ())
        return languages[0] if languages else ""

    def _on_method_changed(self, *_args) -> None:
        method = self.ui.methodCombo.currentData()
        low_high = RATING_RANGE.get(method)
        self.ui.ratingSpin.setEnabled(low_high is not None)
        if low_high:
            spin = self.ui.ratingSpin
            given = spin.value() if spin.value() != spin.minimum() else None
            spin.setRange(low_high[0] - 1, low_high[1])  # the minimum is "not given"
            spin.setValue(min(max(given, low_high[0]), low_high[1]) if given is not None else spin.minimum())
            hints = {"smiley_5": self.tr("1 = very unhappy … 5 = very happy"),
                     "likert_5": self.tr("1 = strongly disagree … 5 = strongly agree"),
                     "nps_11": self.tr("0 = would not recommend … 10 = certainly would"),
                     "yes_no": self.tr("0 = no, 1 = yes")}
            self.ui.ratingHint.setText(hints[method])
        else:
            self.ui.ratingHint.setText(self.tr("no rating for this method"))

    def collect(self) -> FeedbackDraft:
        ui = self.ui
        ex, session, group = (ui.exhibitionCombo.currentData(), ui.tourCombo.currentData(),
                              ui.groupCombo.currentData())
        method = ui.methodCombo.currentData()
        return FeedbackDraft(
            exhibition_id=uuid.UUID(ex) if ex else None, day=self._day(),
            session_id=uuid.UUID(session) if session else None, group_id=uuid.UUID(group) if group else None,
            method=method, rating=self._rating() if method in RATING_RANGE else None,
            one_word=ui.oneWordEdit.text().strip(), comment=ui.commentEdit.toPlainText().strip(),
            age_band=ui.ageCombo.currentData(), first_visit=ui.firstVisitCombo.currentData(),
            language=ui.languageEdit.text().strip().lower(),
            country=country_code(ui.countryEdit.text()) or ui.countryEdit.text().strip(),
            outcomes=[ui.outcomesList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(ui.outcomesList.count())
                      if ui.outcomesList.item(i).checkState() == Qt.CheckState.Checked],
            source=self.draft.source)

    def _rating(self) -> int | None:
        spin = self.ui.ratingSpin
        return None if spin.value() == spin.minimum() else spin.value()

    def field_label(self, name: str) -> str:
        return {"exhibition": self.tr("Exhibition"), "day": self.tr("Day"), "method": self.tr("Method"),
                "rating": self.tr("Rating"), "one_word": self.tr("One word"), "comment": self.tr("Comment"),
                "language": self.tr("Language"), "country": self.tr("Country"), "session": self.tr("Tour"),
                "age_band": self.tr("Age band"), "outcomes": self.tr("Learning outcomes")}.get(name, name)

    def messages(self) -> str:
        return self.ui.messagesLabel.text()

    def _show_problems(self, problems) -> None:
        show_problems(self.ui.messagesLabel, [(f"{self.field_label(p.field)}: {problem_text(p)}", p.warning)
                                              for p in problems])

    def _on_save_clicked(self) -> None:
        d = self.collect()
        saved = save_with_warnings(self, self.ctx.prompts, lambda accept: feedback.save(
            self.ctx.db, d, self.ctx.device_id, accept_warnings=accept, feedback_id=self.feedback_id),
            self._show_problems, self.field_label, no=self.tr("Go back and edit"))
        if saved is FAILED:
            return
        fid, self.changes = saved
        self.saved.emit(str(fid))
        self.accept()
