"""The main window: navigation, status bar, the Today page, geometry, --quit-when-ready."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from mediator_desk.services.counting import CounterContext, record_press
from mediator_desk.views.main_window import PAGE_ORDER, MainWindow
from tests.conftest import NOW


def test_pages_in_order_and_ctrl_number_shortcuts(qtbot, window):
    titles = [window.ui.navList.item(i).text() for i in range(window.ui.navList.count())]
    assert titles == ["Today", "Tours", "Counter", "Feedback", "Reports", "Settings"]
    assert window.current_key() == "today"
    for number, key in reversed(list(enumerate(PAGE_ORDER, start=1))):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == key
        assert window.ui.pageStack.currentWidget().widget() is window.page(key)


def test_clicking_the_sidebar_changes_page(qtbot, window):
    nav = window.ui.navList
    rect = nav.visualItemRect(nav.item(2))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "counter"


def test_status_bar_names_the_database(window, db_path):
    texts = [w.text() for w in window.ui.statusBar.findChildren(type(window._db_label))]
    assert any(str(db_path) in t and "saved" in t for t in texts)


def test_today_page_shows_the_day(qtbot, window, db, world):
    ctx = CounterContext(world.exhibition_id, world.tz, "other-laptop")
    for _ in range(7):
        record_press(db, ctx, world.category_ids[0], at=NOW)
    page = window.page("today")
    page.refresh()
    assert page.ui.walkInValue.text() == "7"
    assert "Școala de vară" in page.ui.exhibitionCombo.currentText()
    assert "2026" in page.ui.dayLabel.text()


def test_window_geometry_is_remembered(qtbot, ctx, world):
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 520)  # the offscreen screen is 800 px wide: only the height can vary
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.height() == 520 != 780  # 780 is the form's default


def test_quit_when_ready_exits_zero(tmp_path):
    db = tmp_path / "gui.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-m", "mediator_desk", "demo", "--db", str(db), "--days", "2"],
                          env=env, capture_output=True, timeout=120).returncode == 0
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "--db", str(db), "--quit-when-ready"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


# A module the installed package lacks (issue 19: mediator_desk.services.team was left out of the wheel).
MISSING_MODULE = """
import importlib.abc, sys
class Missing(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name == "mediator_desk.services.team":
            raise ModuleNotFoundError("No module named 'mediator_desk.services.team'", name=name)
sys.meta_path.insert(0, Missing())
from mediator_desk.__main__ import main
sys.exit(main())
"""


@pytest.mark.parametrize("unattended", [["--quit-when-ready"], []], ids=["quit-when-ready", "offscreen"])
def test_a_start_up_error_with_no_one_at_the_screen_is_one_line_and_exit_1(tmp_path, unattended):
    """With --quit-when-ready, or offscreen, nobody can answer a dialog: the error is one line on stderr and
    the run ends with 1 (it waited forever on the error dialog before)."""
    db = tmp_path / "gui.sqlite"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    assert subprocess.run([sys.executable, "-m", "mediator_desk", "demo", "--db", str(db), "--days", "1"],
                          env=env, capture_output=True, timeout=120).returncode == 0
    result = subprocess.run([sys.executable, "-c", MISSING_MODULE, "--db", str(db), *unattended],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("mediator-desk: ") and "No module named 'mediator_desk.services.team'" in lines[0]


def test_a_refused_file_with_no_one_at_the_screen_is_one_line_and_exit_1(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mediator_desk", "--db", str(bad), "--quit-when-ready"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "not a Mediator Desk database" in lines[0], result.stderr
    assert bad.read_text(encoding="utf-8") == "not a database"


def test_gui_refuses_a_foreign_file_without_touching_it(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # With no one to answer the dialog offscreen, closing it (no choice) quits with code 1.
    code = subprocess.run([sys.executable, "-c", (
        "import sys; from mediator_desk.views.prompts import ScriptedPrompts;"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from mediator_desk.views.app import open_or_recover; from pathlib import Path;"
        "p = ScriptedPrompts([2]); db = open_or_recover(Path(sys.argv[1]), p);"
        "print(p.asked[0][2]); sys.exit(0 if db is None else 3)"), str(bad)],
        env=env, capture_output=True, text=True, timeout=60)
    assert code.returncode == 0, code.stderr
    assert "not a Mediator Desk database" in code.stdout
    assert bad.read_text(encoding="utf-8") == "not a database"


@pytest.mark.parametrize("lang", ["en", "ro", "it"])
def test_the_window_fits_a_1366x768_laptop_in_every_language(qtbot, ctx, world, lang, qapp):
    """A size remembered on a big screen never opens larger than a small laptop's free area; every page's
    smallest width stays within 1024 px (room for 125 % scaling on a 1366 px screen)."""
    from PySide6.QtCore import QByteArray, QRect

    from mediator_desk.views.main_window import PAGE_ORDER, MainWindow
    from mediator_desk.views.translations import install_translators

    install_translators(qapp, lang)
    try:
        big = MainWindow(ctx)
        qtbot.addWidget(big)
        big.resize(1900, 1150)
        ctx.prefs.set_geometry(big.saveGeometry())
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        assert isinstance(ctx.prefs.geometry(), QByteArray)
        available = QRect(0, 0, 1366, 768 - 40)  # a taskbar takes the bottom 40 px
        win.fit_to_screen(available)
        assert available.contains(win.frameGeometry())
        for key in PAGE_ORDER:
            win.show_page(key)
            qapp.processEvents()
            assert win.minimumSizeHint().width() <= 1024, f"{key} page in {lang}"
        scaled = QRect(0, 0, round(1366 / 1.25), round((768 - 40) / 1.25))  # 125 %: 1093 × 582 logical pixels
        win.fit_to_screen(scaled)
        assert scaled.contains(win.frameGeometry())
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("lang", ["en", "ro", "it"])
def test_the_tour_editor_and_the_manual_fit_a_125_percent_laptop(qtbot, ctx, world, lang, qapp, monkeypatch):
    """1366×768 at 125 % with a taskbar leaves 1093×582 logical pixels: the two tallest windows shrink to it
    (their layouts allow it), title bar included."""
    from PySide6.QtCore import QRect

    from mediator_desk.services.tours import TourDraft
    from mediator_desk.views import screen_fit
    from mediator_desk.views.dialogs.manual_window import ManualWindow
    from mediator_desk.views.dialogs.tour_dialog import TourDialog
    from mediator_desk.views.translations import install_translators

    scaled = QRect(0, 0, 1093, 582)
    monkeypatch.setattr(screen_fit, "available_area", lambda _widget: scaled)  # the laptop's screen
    install_translators(qapp, lang)
    try:
        for window in (TourDialog(ctx, TourDraft(exhibition_id=world.exhibition_id), is_new=True),
                       ManualWindow(lang=lang)):
            qtbot.addWidget(window)
            window.show()
            qtbot.waitExposed(window)
            frame_h = max(window.frameGeometry().height() - window.height(), 0) or screen_fit.TITLE_BAR
            assert window.width() <= scaled.width() and window.height() + frame_h <= scaled.height(), \
                f"{type(window).__name__} in {lang}: {window.width()}×{window.height()}"
            assert window.minimumSizeHint().height() <= window.height()
            window.close()
    finally:
        install_translators(qapp, "en")


def test_a_database_deep_in_long_folders_never_widens_the_window(qtbot, tmp_path, prefs, clock):
    """The status bar names the database; a long path (a home folder, Documents, a venue and a season) is
    shortened in the middle on screen instead of making the window wider than a 125 % laptop screen."""
    from mediator_desk.db.engine import open_database
    from mediator_desk.views.context import AppContext
    from mediator_desk.views.main_window import MainWindow
    from tests.ui.conftest import ScriptedPrompts

    folder = tmp_path / "Documente" / "Muzeul de Artă Cluj-Napoca — Programul pentru familii" / \
        "Sezonul de primăvară și vară al expoziției temporare 2026"
    folder.mkdir(parents=True)
    db = open_database(folder / "Numărătoarea vizitatorilor la intrarea principală.sqlite")
    try:
        win = MainWindow(AppContext(db=db, prefs=prefs, prompts=ScriptedPrompts(), device_id="test-laptop",
                                    clock=clock))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        assert win.minimumSizeHint().width() <= 1024
        label = win._db_label
        assert str(db.path) in label.text() and str(db.path) in label.toolTip()
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["ro", "it"])
def test_every_page_keeps_the_window_within_a_125_percent_screen(qtbot, ctx, world, lang, qapp):
    """With the app's stylesheet, Settings needs about 1,100 px and Feedback 645 px in Romanian and Italian:
    more than a 1366×768 laptop at 125 % has (1093×582 with a taskbar). The window stays within it; a page that
    needs more scrolls."""
    from PySide6.QtCore import QRect

    from mediator_desk.views.app import load_stylesheet
    from mediator_desk.views.main_window import PAGE_ORDER, MainWindow
    from mediator_desk.views.translations import install_translators

    install_translators(qapp, lang)
    load_stylesheet(qapp)
    try:
        win = MainWindow(ctx)
        qtbot.addWidget(win)
        scaled = QRect(0, 0, 1093, 582)
        win.show()
        qtbot.waitExposed(win)
        win.fit_to_screen(scaled)  # after the first show, which fits the window to the test's own screen
        for key in PAGE_ORDER:
            win.show_page(key)
            qapp.processEvents()
            assert win.minimumSizeHint().width() <= scaled.width() and \
                win.minimumSizeHint().height() <= scaled.height() - 32, f"{key} page in {lang}"
            assert win.width() <= scaled.width() and win.height() <= scaled.height(), f"{key} page in {lang}"
    finally:
        qapp.setStyleSheet("")
        install_translators(qapp, "en")


def test_the_shell_is_painted_before_the_database_and_filled_after(qtbot, ctx, world):
    """Start-up paints the window's shell (menus, page list, status bar) first; nothing in it can be used until
    the database is attached, then the Today page is filled and the window says it is ready."""
    shell = MainWindow(prefs=ctx.prefs)
    qtbot.addWidget(shell)
    shell.show_opening("desk.sqlite")
    shell.show()
    qtbot.waitExposed(shell)
    assert [shell.ui.navList.item(i).text() for i in range(shell.ui.navList.count())][0] == "Today"
    assert not shell.ui.navList.isEnabled()
    assert not shell.ui.actionMerge.isEnabled() and not shell.ui.actionExport.isEnabled()
    assert shell.ui.actionQuit.isEnabled()
    assert "Opening desk.sqlite" in shell._db_label.text()
    qtbot.keyClick(shell, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # nothing to show yet: no error
    assert shell.pages == {}
    with qtbot.waitSignal(shell.ready, timeout=5000):
        shell.attach(ctx)
    assert shell.current_key() == "today" and shell.ui.navList.isEnabled() and shell.ui.actionExport.isEnabled()
    assert "saved" in shell._db_label.text()
    qtbot.keyClick(shell, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert shell.current_key() == "counter"


def test_the_window_shell_is_shown_before_the_database_layer_is_imported():
    """What start-up imports before it paints reaches neither SQLAlchemy nor the models."""
    code = ("import sys; import mediator_desk.__main__, mediator_desk.cli, mediator_desk.views.app, "
            "mediator_desk.views.main_window, mediator_desk.views.icons, mediator_desk.views.theme; "
            "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'mediator_desk.db', 'alembic'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_ctrl_n_is_each_page_s_main_action(qtbot, window, ctx, world, db):
    """Tours: a new tour; Feedback: a new entry; Today: start a tour; Reports: make the report. The manual says so."""
    from PySide6.QtWidgets import QApplication

    ctx.work.mediator_id = str(world.mediator_ids[0])
    window.show_page("feedback")
    feedback = window.page("feedback")
    qtbot.keyClick(feedback, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = feedback.last_dialog
    assert dialog is not None and dialog.windowTitle() == "New feedback"
    assert "Ctrl+N" in feedback.ui.addButton.toolTip()
    dialog.reject()

    window.show_page("reports")
    reports = window.page("reports")
    reports.ui.kindCombo.setCurrentIndex(reports.ui.kindCombo.findData("day"))
    with qtbot.waitSignal(reports.report_ready, timeout=30000):
        qtbot.keyClick(reports, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert "Ctrl+N" in reports.ui.generateButton.toolTip()

    window.show_page("today")
    today = window.page("today")
    today.ui.meCombo.setCurrentIndex(today.ui.meCombo.findData(str(world.mediator_ids[0])))
    window.activateWindow()  # the report's job and the closed dialog may have taken the focus away
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    today.setFocus()
    qtbot.keyClick(today, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None or today.actions_.last_dialog is not None)
    editor = today.actions_.last_dialog
    assert editor is not None
    editor.reject()

    from mediator_desk.views.dialogs.manual_window import manual_page

    for lang in ("en", "ro", "it"):
        assert "<td>Ctrl+N</td>" in manual_page(lang).read_text(encoding="utf-8")
