"""Logging, the exception hook, the display hints and the paths (no user folders touched)."""

import logging
import sys

import pytest

from mediator_desk import __main__ as entry
from mediator_desk import paths
from mediator_desk.logging_setup import LOG_FILE, setup_logging


def test_logging_goes_to_a_rotating_file_in_the_log_folder(isolated_home):
    root = logging.getLogger()
    before = list(root.handlers)
    for h in before:  # an earlier test may have installed the app's handler already
        if getattr(h, "_mediator_desk", False):
            root.removeHandler(h)
    try:
        log_path = setup_logging()
        logging.getLogger("mediator_desk.test").warning("Numărătoare pornită")
        for h in root.handlers:
            h.flush()
        assert log_path == paths.log_dir() / LOG_FILE
        assert "Numărătoare pornită" in log_path.read_text(encoding="utf-8")
        assert str(isolated_home) in str(log_path)
    finally:
        for h in root.handlers[:]:
            if h not in before:
                root.removeHandler(h)
                h.close()
        for h in before:
            if h not in root.handlers:
                root.addHandler(h)


def test_exception_hook_logs_and_shows_a_readable_dialog(qapp, caplog):
    from mediator_desk.views.app import install_exception_hook
    from mediator_desk.views.prompts import ScriptedPrompts

    prompts = ScriptedPrompts()
    old = sys.excepthook
    try:
        install_exception_hook(prompts)
        try:
            raise RuntimeError("disc plin")
        except RuntimeError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    assert "disc plin" in caplog.text and "Traceback" in caplog.text
    kind, _title, text = prompts.asked[0]
    assert kind == "error" and "disc plin" in text and "Traceback" not in text


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is Linux's (X11/Wayland)")
def test_no_display_hint(monkeypatch, capsys):
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert entry.main(["--quit-when-ready"]) == 1
    assert "no display was found" in capsys.readouterr().err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb platform is Linux's")
def test_missing_xcb_libraries_are_named_with_their_packages(monkeypatch):
    """A minimal Linux install lacked libxcb-icccm4 and libxcb-keysyms1 (not only libxcb-cursor0): Qt aborted with
    its cryptic plugin error. Each library the plugin loads is tried, and the missing ones are named."""
    libraries = {"libc.so.6": "libc6", "libmediator-desk-absent.so.9": "mediator-desk-absent9"}
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    missing = entry.xcb_libraries_missing(libraries)
    assert missing == ["libmediator-desk-absent.so.9"]
    hint = entry.xcb_hint(missing, libraries)
    assert "libmediator-desk-absent.so.9" in hint and "sudo apt install mediator-desk-absent9" in hint
    assert "libc" not in hint
    assert "libxcb-icccm.so.4" in entry.XCB_LIBRARIES and "libxcb-cursor.so.0" in entry.XCB_LIBRARIES
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert entry.xcb_libraries_missing(libraries) == []  # another platform was chosen: no check


def test_default_database_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(paths.ENV_DB, str(tmp_path / "x.sqlite"))
    assert paths.default_db_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv(paths.ENV_DB)
    assert paths.default_db_path().parent == paths.data_dir()
    assert not paths.data_dir().exists(), "nothing is created until it is needed"


def test_every_stored_enum_value_has_words_in_every_report_language():
    import mediator_desk.enums as enums
    from mediator_desk.i18n import LANGUAGES, Texts, translator

    for name in dir(enums):
        cls = getattr(enums, name)
        if isinstance(cls, type) and issubclass(cls, enums.StrEnum) and cls not in (enums.StrEnum, enums.CountKind):
            for value in cls.values():
                assert value in enums.LABELS, (name, value)
                for lang in LANGUAGES[1:]:
                    words = translator(lang).translate("enums", enums.LABELS[value])
                    assert words and "_" not in words, (name, value, lang)
    assert enums.enum_text("school_visit", Texts("ro")) == "Vizită școlară"
    assert enums.enum_text("something_new", Texts("it")) == "Something new"  # an unknown value still reads as words
