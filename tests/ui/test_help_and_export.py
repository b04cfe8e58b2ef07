"""The menu bar, Help → About and Manual, and File → Export (progress, Cancel, widths, separator)."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import subprocess
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from mediator_desk import DESKTOP_ID, __version__, paths
from mediator_desk.services import exports
from mediator_desk.services.counting import CounterContext, record_press
from mediator_desk.views.dialogs.about_dialog import AboutDialog
from mediator_desk.views.dialogs.export_dialog import ExportDialog
from mediator_desk.views.dialogs.manual_window import ManualWindow, manual_page
from tests.conftest import NOW

ROOT = Path(__file__).resolve().parents[2]


def test_the_menu_bar_follows_desktop_conventions(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]
    shortcuts = {a.text().replace("&", ""): a.shortcut().toString() for m in window.menuBar().actions()
                 for a in m.menu().actions() if not a.isSeparator()}
    assert shortcuts["Manual"] == "F1" and shortcuts["Export…"] == "Ctrl+Shift+E"
    assert shortcuts["Counter"] == "Ctrl+3" and shortcuts["Full screen"] == "F11"
    used = [s for s in shortcuts.values() if s]
    assert len(used) == len(set(used)), "a shortcut used twice is ambiguous and does nothing"
    from PySide6.QtGui import QShortcut

    from mediator_desk.views.main_window import PAGE_ORDER

    on_pages = {sc.key().toString() for key in PAGE_ORDER for sc in window.page(key).findChildren(QShortcut)}
    assert on_pages and not on_pages & set(used), "a page's shortcut and a menu's clash: neither works"


def test_view_menu_and_shortcuts_switch_pages(qtbot, window):
    view = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    next(a for a in view.actions() if a.text() == "Reports").trigger()
    assert window.current_key() == "reports"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "tours"


def test_about_names_the_version_licence_and_folders(qtbot, ctx, world):
    opened = []
    dialog = AboutDialog(ctx, open_folder=opened.append)
    qtbot.addWidget(dialog)
    assert dialog.ui.versionLabel.text() == f"Version {__version__}"
    assert "GNU General Public License" in dialog.ui.licenceLabel.text()
    assert dialog.ui.databasePath.text() == str(ctx.db.path)
    assert dialog.ui.backupPath.text() == str(paths.backup_dir(ctx.db.path))
    assert dialog.ui.logPath.text() == str(paths.log_dir())
    qtbot.mouseClick(dialog.ui.openBackupButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.openLogButton, Qt.MouseButton.LeftButton)
    assert opened == [paths.backup_dir(ctx.db.path), paths.log_dir()] and all(p.is_dir() for p in opened)


@pytest.mark.parametrize(("lang", "heading"), [("en", "Counting walk-in visitors"),
                                               ("ro", "Numărarea vizitatorilor"),
                                               ("it", "Contare i visitatori"), ("de", "Counting walk-in visitors")])
def test_the_manual_is_shown_in_the_interface_language_with_its_pictures(qtbot, lang, heading):
    manual = ManualWindow(lang=lang)
    qtbot.addWidget(manual)
    text = manual.ui.browser.toPlainText()
    assert heading in text and "F1" in text
    html = manual_page(lang).read_text(encoding="utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert pictures and all((manual_page(lang).parent / p).is_file() for p in pictures)


def test_f1_opens_the_manual(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.manual is not None and window.manual.isVisible()
    window.manual.close()


def count_some(db, world, n=12):
    cc = CounterContext(world.exhibition_id, world.tz, "test-laptop")
    for i in range(n):
        record_press(db, cc, world.category_ids[i % 2], at=NOW - dt.timedelta(minutes=i))


@pytest.fixture
def export_dialog(qtbot, ctx, world):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def run_export(qtbot, dialog, target):
    dialog.start(dialog.request(), target)
    qtbot.waitUntil(lambda: not dialog.jobs.busy(), timeout=20000)


def test_export_xlsx_dates_fit_their_columns(qtbot, export_dialog, ctx, db, world, tmp_path):
    count_some(db, world)
    d = export_dialog
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("counts"))
    d.ui.formatCombo.setCurrentIndex(d.ui.formatCombo.findData("xlsx"))
    d.ui.firstEdit.setDate(NOW.date() - dt.timedelta(days=1))
    run_export(qtbot, d, tmp_path / "counts")  # the extension is added
    target = tmp_path / "counts.xlsx"
    assert d.written == target and "Saved" in d.ui.statusLabel.text()
    sheet = load_workbook(target).active
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["date", "hour"] and sheet.cell(2, 1).is_date
    assert sheet.column_dimensions["A"].width >= 10  # yyyy-mm-dd shows, not ###
    assert sum(r[-1].value for r in sheet.iter_rows(min_row=2)) == 12


def test_export_csv_uses_the_chosen_separator(qtbot, export_dialog, db, world, tmp_path):
    count_some(db, world)
    d = export_dialog
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("counts"))
    d.ui.formatCombo.setCurrentIndex(d.ui.formatCombo.findData("csv"))
    assert d.ui.separatorCombo.isEnabled() and d.ui.rawCheck.isEnabled()
    d.ui.separatorCombo.setCurrentIndex(d.ui.separatorCombo.findData(";"))
    d.ui.rawCheck.setChecked(True)
    d.ui.firstEdit.setDate(NOW.date() - dt.timedelta(days=1))
    run_export(qtbot, d, tmp_path / "raw.csv")
    rows = list(csv.reader((tmp_path / "raw.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["id", "time", "date"] and len(rows) == 13


def test_export_can_be_cancelled_and_leaves_no_file(qtbot, export_dialog, db, world, tmp_path, monkeypatch):
    count_some(db, world, 30)
    reached, gate = threading.Event(), threading.Event()
    tick = exports._tick

    def held_tick(n, total, progress):  # the worker waits at its first row until Cancel was pressed
        if n == 1:
            reached.set()
            gate.wait(10)
        tick(n, total, progress)

    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    monkeypatch.setattr(exports, "_tick", held_tick)
    d = export_dialog
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("counts"))
    d.ui.rawCheck.setChecked(True)
    d.ui.firstEdit.setDate(NOW.date() - dt.timedelta(days=1))
    d.start(d.request(), tmp_path / "stopped.xlsx")
    assert reached.wait(10) and d.ui.progressBar.isVisible() and d.ui.cancelButton.isVisible()
    qtbot.mouseClick(d.ui.cancelButton, Qt.MouseButton.LeftButton)
    gate.set()
    qtbot.waitUntil(lambda: not d.jobs.busy(), timeout=20000)
    assert "no file was written" in d.ui.statusLabel.text()
    assert not (tmp_path / "stopped.xlsx").exists() and not list(tmp_path.glob("*.part"))
    assert d.ui.exportButton.isEnabled() and not d.ui.progressBar.isVisible()


def test_export_refuses_a_folder_and_a_reversed_period(qtbot, export_dialog, ctx, tmp_path):
    d = export_dialog
    (tmp_path / "taken.xlsx").mkdir()
    d.start(d.request(), tmp_path / "taken.xlsx")
    assert d.ui.statusLabel.property("severity") == "error" and "taken.xlsx" in d.ui.statusLabel.text()
    assert not d.jobs.busy()
    d.ui.firstEdit.setDate(NOW.date() + dt.timedelta(days=3))
    d.ui.exportButton.click()
    assert "From" in d.ui.statusLabel.text()
    assert ctx.prompts.asked == []  # no file was asked for


def test_one_version_everywhere():
    metainfo = ET.parse(ROOT / "resources" / "desktop" / f"{DESKTOP_ID}.metainfo.xml")
    assert metainfo.find("releases/release").get("version") == __version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{__version__}]" in changelog
    assert 'dynamic = ["version"]' in (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in (ROOT / "LICENSE").read_text(encoding="utf-8")[:200]


def test_the_desktop_entry_and_the_metainfo_validate():
    if not shutil.which("desktop-file-validate") or not shutil.which("appstreamcli"):
        if os.environ.get("CI"):
            pytest.fail("CI must install desktop-file-utils and appstream")
        pytest.skip("desktop-file-utils and appstream are not installed (CI installs them)")
    folder = ROOT / "resources" / "desktop"
    out = subprocess.run(["desktop-file-validate", str(folder / f"{DESKTOP_ID}.desktop")], capture_output=True,
                         text=True)
    assert out.returncode == 0 and "error" not in out.stdout.lower(), out.stdout
    out = subprocess.run(["appstreamcli", "validate", "--no-net", str(folder / f"{DESKTOP_ID}.metainfo.xml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    icons = ROOT / "resources" / "icons"
    assert (icons / "mediator-desk.svg").is_file() and all((icons / f"mediator-desk-{s}.png").is_file()
                                                           for s in (16, 32, 48, 64, 128, 256, 512))


def test_open_and_new_database_start_the_app_on_the_other_file_and_close_this_window(qtbot, window, ctx, tmp_path,
                                                                                   monkeypatch):
    import sys

    from mediator_desk.views import main_window

    launched = []
    monkeypatch.setattr(window, "launch", lambda path: launched.append(path) or True)
    assert main_window.relaunch_command(tmp_path / "b.sqlite") == (
        sys.executable, ["-m", "mediator_desk", "--db", str(tmp_path / "b.sqlite")])
    ctx.prompts.answers = [str(tmp_path / "venue-two")]
    assert window.switch_database(new=True)
    assert launched == [tmp_path / "venue-two.sqlite"] and not window.isVisible()
    ctx.prompts.answers = [str(ctx.db.path)]  # the file already open here: nothing to do
    assert not window.switch_database(new=False) and len(launched) == 1
    ctx.prompts.answers = [str(ctx.db.path)]  # a new database over an existing file is refused
    assert not window.switch_database(new=True)
    assert "exists already" in ctx.prompts.asked[-1][2]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_headers_and_separator_follow_the_label_language(qtbot, export_dialog, db, world, tmp_path, fmt):
    """With labels in Română the header row still said group_type, age_0_5, accompanying_adults, and the
    separator stayed a comma: the header reads in the chosen language (English keeps the codes, for scripts)."""
    from tests.ui.test_tours import add_tour

    add_tour(db, world, NOW - dt.timedelta(hours=2))
    d = export_dialog
    d.ui.kindCombo.setCurrentIndex(d.ui.kindCombo.findData("groups"))
    d.ui.formatCombo.setCurrentIndex(d.ui.formatCombo.findData(fmt))
    d.ui.languageCombo.setCurrentIndex(d.ui.languageCombo.findData("en"))
    assert d.ui.separatorCombo.currentData() == ","
    d.ui.languageCombo.setCurrentIndex(d.ui.languageCombo.findData("ro"))
    assert d.ui.separatorCombo.currentData() == ";"
    d.ui.firstEdit.setDate(NOW.date() - dt.timedelta(days=1))
    run_export(qtbot, d, tmp_path / f"grupuri.{fmt}")
    if fmt == "csv":
        header = next(csv.reader((tmp_path / "grupuri.csv").read_text(encoding="utf-8-sig").splitlines(),
                                 delimiter=";"))
    else:
        header = [c.value for c in load_workbook(tmp_path / "grupuri.xlsx").active[1]]
    assert "Data" in header and "Tip de grup" in header, header
    assert not {"group_type", "age_0_5", "accompanying_adults", "date"} & set(header), header
    assert len(set(header)) == len(header)
