"""The visitor kiosk: five smileys, optional words, thank-you; full screen and locked behind the mediator's PIN."""

from __future__ import annotations

import logging
import time
import uuid

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget

from mediator_desk.errors import MediatorDeskError
from mediator_desk.services import feedback
from mediator_desk.services.pin import PinGuard
from mediator_desk.ui.ui_kiosk_window import Ui_KioskWindow
from mediator_desk.views.formatting import fmt
from mediator_desk.views.kiosk_texts import KIOSK_LANGUAGES, rating_name, text
from mediator_desk.views.widgets.smiley import smiley_icon
from mediator_desk.views.widgets.validity import repolish

log = logging.getLogger(__name__)
DEBOUNCE_S = 2.0  # children press over and over: one answer per two seconds
THANKS_MS = 3500
IDLE_MS = 45_000
RECLAIM_MS = 500

# The kiosk keeps its own light, high-contrast look whatever the system theme (visitors see it, not the team).
# Every rule is scoped to the kiosk's pages (#stack): the PIN question and messages shown over the kiosk are
# dialogs of the system's theme, and a rule that reached them made dark text on a dark dialog. Named rules
# carry #stack too, to outrank the scoped type rules.
STYLE = """
#KioskWindow { background: #fbfaf7; }
#stack QLabel, #stack QPushButton, #stack QLineEdit { color: #1f2a36; }
#stack #questionLabel, #stack #wordsLabel { font-size: 34px; font-weight: 600; color: #1f2a36; }
#stack #thanksLabel { font-size: 56px; font-weight: 700; color: #2e7d32; }
#stack #privacyLabel { font-size: 16px; color: #52606d; }
#stack #privacyLabel[alert="true"] { color: #9f2f24; font-weight: 600; }
#stack #wordsEdit { font-size: 28px; padding: 12px; min-width: 600px; background: #ffffff; color: #1f2a36;
    border: 1px solid #8a98a6; border-radius: 6px; }
#stack QPushButton { border: none; background: transparent; }
#stack QPushButton:focus { border: 3px solid #2563a6; border-radius: 10px; }
#stack #sendButton, #stack #skipButton { font-size: 22px; padding: 14px 28px; border-radius: 8px;
    background: #e6ebf0; }
#stack #sendButton { background: #2563a6; color: #ffffff; }
#stack QPushButton[lang="true"] { font-size: 18px; padding: 10px 18px; border-radius: 6px; background: #eef1f4; }
#stack QPushButton[lang="true"]:checked { background: #2563a6; color: #ffffff; }
#stack #pinLabel { font-size: 24px; font-weight: 600; }
#stack #pinEdit { font-size: 28px; padding: 10px; min-width: 260px; background: #ffffff; color: #1f2a36;
    border: 1px solid #8a98a6; border-radius: 6px; }
#stack #pinMessageLabel { font-size: 18px; color: #9f2f24; font-weight: 600; }
#stack #pinOkButton, #stack #pinCancelButton { font-size: 20px; padding: 12px 24px; border-radius: 8px;
    background: #e6ebf0; }
#stack #pinOkButton { background: #2563a6; color: #ffffff; }
#stack #pinOkButton:disabled { background: #d5dce3; color: #36424e; }
"""


class KioskWindow(QWidget):
    answer_saved = Signal(str)  # a feedback id, the moment the visitor answers
    closed = Signal()

    def __init__(self, ctx, exhibition_id: uuid.UUID, parent: QWidget | None = None, *,
                 default_language: str = "en", monotonic=time.monotonic) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.ctx, self.exhibition_id = ctx, exhibition_id
        self.region = feedback.venue_region(ctx.db, exhibition_id)
        self.ui = Ui_KioskWindow()
        self.ui.setupUi(self)
        self.default_language = default_language if default_language in KIOSK_LANGUAGES else "en"
        self.language = self.default_language
        self._monotonic = monotonic
        self._last_answer = -DEBOUNCE_S
        self._answer_id: uuid.UUID | None = None
        self._unlocked = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.guard = PinGuard(ctx.prefs.kiosk_pin_hash, monotonic)
        self._smileys = [getattr(self.ui, f"smiley{i}Button") for i in range(1, 6)]
        for rating, button in enumerate(self._smileys, start=1):
            button.setIcon(smiley_icon(rating))
            button.setIconSize(QSize(140, 140))
            button.clicked.connect(lambda _checked=False, r=rating: self.answer(r))
        for code in KIOSK_LANGUAGES:
            button = getattr(self.ui, f"lang_{code}")
            button.setProperty("lang", True)
            button.clicked.connect(lambda _checked=False, c=code: self.set_language(c))
        self.setStyleSheet(STYLE)  # after the language buttons carry their style property
        self.ui.sendButton.clicked.connect(self._on_send_clicked)
        self.ui.pinLabel.setText(self.tr("Mediators only: enter the PIN to leave the kiosk."))
        self.ui.pinOkButton.setText(self.tr("Leave the kiosk"))
        self.ui.pinCancelButton.setText(self.tr("Back to the kiosk"))
        self.ui.skipButton.clicked.connect(self._show_thanks)
        self.ui.wordsEdit.returnPressed.connect(self._on_send_clicked)
        self.ui.wordsEdit.textEdited.connect(self._restart_idle)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.reset)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.timeout.connect(self.reset)
        self.idle_ms, self.thanks_ms = IDLE_MS, THANKS_MS
        self._pin_wait = QTimer(self)  # the countdown while wrong PINs make it wait
        self._pin_wait.setInterval(1000)
        self._pin_wait.timeout.connect(self._show_pin_wait)
        self._watch = QTimer(self)  # takes the screen back while the kiosk is locked
        self._watch.setInterval(RECLAIM_MS)
        self._watch.timeout.connect(self._reclaim)
        self.ui.pinEdit.returnPressed.connect(self._on_pin_entered)
        self.ui.pinOkButton.clicked.connect(self._on_pin_entered)
        self.ui.pinCancelButton.clicked.connect(self.reset)
        self._ready = True
        self.reset()

    # --- the visitor's path ------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        self.language = lang
        for code in KIOSK_LANGUAGES:
            getattr(self.ui, f"lang_{code}").setChecked(code == lang)
        ui = self.ui
        ui.questionLabel.setText(text("question", lang))
        ui.wordsLabel.setText(text("words", lang))
        ui.sendButton.setText(text("send", lang))
        ui.skipButton.setText(text("skip", lang))
        ui.privacyLabel.setText(text("privacy", lang))
        ui.thanksLabel.setText(text("thanks", lang))
        for rating, button in enumerate(self._smileys, start=1):
            button.setToolTip(rating_name(rating, lang))
            button.setAccessibleName(rating_name(rating, lang))
        self._restart_idle()

    def answer(self, rating: int) -> bool:
        """A smiley pressed: stored at once (unless pressed again within two seconds)."""
        now = self._monotonic()
        if now - self._last_answer < DEBOUNCE_S or self.ui.stack.currentWidget() is not self.ui.startPage:
            return False
        self._last_answer = now
        try:
            self._answer_id, _changes = feedback.kiosk_answer(self.ctx.db, self.exhibition_id, self.ctx.now(),
                                                              rating, self.language, self.ctx.device_id)
        except MediatorDeskError as exc:
            log.error("A kiosk answer was not stored: %s", exc)
            self._last_answer = -DEBOUNCE_S
            return False
        self.answer_saved.emit(str(self._answer_id))
        self.ui.wordsEdit.clear()
        self.ui.privacyLabel.setProperty("alert", False)
        repolish(self.ui.privacyLabel)
        self.ui.stack.setCurrentWidget(self.ui.wordsPage)
        self.ui.wordsEdit.setFocus()
        self._restart_idle()
        return True

    def _on_send_clicked(self) -> None:
        words = self.ui.wordsEdit.text().strip()
        if words and self._answer_id is not None:
            if feedback.personal_data(words, self.region):
                self.ui.privacyLabel.setProperty("alert", True)
                repolish(self.ui.privacyLabel)
                self._restart_idle()
                return
            try:
                feedback.kiosk_words(self.ctx.db, self._answer_id, words)
            except MediatorDeskError as exc:
                log.error("A visitor's words were not stored: %s", exc)
        self._show_thanks()

    def _show_thanks(self) -> None:
        self.ui.stack.setCurrentWidget(self.ui.thanksPage)
        self._idle.stop()
        self._thanks.start(self.thanks_ms)

    def reset(self) -> None:
        """Back to the smileys, in the kiosk's own language, ready for the next visitor."""
        self._thanks.stop()
        self._pin_wait.stop()
        self._answer_id = None
        self.ui.wordsEdit.clear()
        self.ui.pinEdit.clear()
        self.ui.pinMessageLabel.setText("")
        self.ui.stack.setCurrentWidget(self.ui.startPage)
        self.set_language(self.default_language)
        self._idle.stop()
        self.setFocus()  # no face looks chosen before a visitor picks one (Tab reaches them from here)

    def _restart_idle(self, *_args) -> None:
        if self.ui.stack.currentWidget() is not self.ui.startPage or self.language != self.default_language:
            self._idle.start(self.idle_ms)

    # --- keys and leaving --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        page = self.ui.stack.currentWidget()
        if key == Qt.Key.Key_Escape:
            if page is self.ui.pinPage:
                self.reset()
            else:
                self.close()
            return
        on_start = page is self.ui.startPage
        if on_start and Qt.Key.Key_1 <= key <= Qt.Key.Key_5:
            self.answer(key - Qt.Key.Key_0)  # a numeric keypad works as five big buttons
            return
        if on_start and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in self._smileys:
            self.answer(self._smileys.index(self.focusWidget()) + 1)  # Tab to a face, then Enter
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Escape, Alt+F4 and the window's close button all come here: only the PIN lets the kiosk go. The PIN
        is asked on a page of the kiosk itself (no dialog with a title bar to minimise)."""
        if self._unlocked:
            event.accept()
            return
        event.ignore()
        self.ask_pin()

    def ask_pin(self) -> None:
        ui = self.ui
        ui.pinEdit.clear()
        ui.stack.setCurrentWidget(ui.pinPage)
        self._show_pin_wait()
        ui.pinEdit.setFocus()
        self._idle.start(self.idle_ms)  # a visitor who pressed Escape is back at the smileys soon

    def _show_pin_wait(self) -> None:
        """While no PIN is taken, the page counts down (and takes none)."""
        wait = self.guard.wait_left()
        self.ui.pinEdit.setEnabled(not wait)
        self.ui.pinOkButton.setEnabled(not wait)
        if wait:
            self.ui.pinMessageLabel.setText(fmt(self.tr("Too many wrong PINs. Try again in %1 seconds."),
                                                str(wait)))
            self._pin_wait.start()
        elif self._pin_wait.isActive():
            self._pin_wait.stop()
            self.ui.pinMessageLabel.setText("")
            self.ui.pinEdit.setFocus()

    def _on_pin_entered(self) -> None:
        if not self.ui.pinOkButton.isEnabled():
            return
        entered = self.ui.pinEdit.text()
        self.ui.pinEdit.clear()
        if not self.guard.attempt(entered):
            self.ui.pinMessageLabel.setText(self.tr("Wrong PIN."))
            self._show_pin_wait()
            self._idle.start(self.idle_ms)
            return
        self._unlocked = True
        self._idle.stop()
        self._thanks.stop()
        self._watch.stop()
        self.close()
        self.closed.emit()

    # --- the screen stays the kiosk's -----------------------------------------------------------------

    def _reclaim(self) -> None:
        """While locked, the kiosk takes the screen back whenever it was hidden, minimised or lost the focus
        (a minimise, Super+D, a desktop switch): within half a second."""
        if self._unlocked:
            self._watch.stop()
            return
        if not self.isVisible() or self.isMinimized() or not self.isFullScreen():
            self.showFullScreen()
        if not self.isActiveWindow():
            self.raise_()
            self.activateWindow()

    def _locked(self) -> bool:
        return getattr(self, "_ready", False) and not self._unlocked  # (Qt calls these during setupUi too)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._locked():
            self._watch.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        super().hideEvent(event)
        if self._locked():
            QTimer.singleShot(0, self._reclaim)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if self._locked() and event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.ActivationChange):
            QTimer.singleShot(0, self._reclaim)
