"""The window's frame stays on the screen under a real window manager (Xvfb and openbox): the title bar was
above the screen's top edge after a restart, because the window was placed before it had a frame."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

TOOLS = ("Xvfb", "openbox", "xdotool", "xwininfo", "xprop")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def desktop(tmp_path):
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f"CI must install {', '.join(missing)} (.ci/run)")
        pytest.skip(f"needs {', '.join(missing)}")
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                            pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", MEDIATOR_DESK_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(ROOT))
    wm = subprocess.Popen(["openbox"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(0.5)
    yield env
    wm.terminate()
    xvfb.terminate()
    wm.wait(10)
    xvfb.wait(10)


def _window(env, pid: int) -> str:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(pid)], env=env,
                               capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.2)
    raise AssertionError("the window did not appear")


def _frame_top(env, wid: str) -> tuple[int, int]:
    """(the client's top on the screen, the frame's height above it)."""
    info = subprocess.run(["xwininfo", "-id", wid], env=env, capture_output=True, text=True).stdout
    extents = subprocess.run(["xprop", "-id", wid, "_NET_FRAME_EXTENTS"], env=env, capture_output=True,
                             text=True).stdout
    top = int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", info).group(1))
    numbers = [int(n) for n in re.findall(r"\d+", extents.split("=", 1)[-1])]
    return top, numbers[2] if len(numbers) == 4 else 0


def test_the_title_bar_stays_on_the_screen_after_a_restart(desktop, tmp_path):
    db = tmp_path / "desk.sqlite"
    made = subprocess.run([sys.executable, "-m", "mediator_desk", "demo", "--db", str(db), "--days", "1",
                           "--start", "2026-06-02"], env=desktop, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr
    for start in (1, 2):
        app = subprocess.Popen([sys.executable, "-m", "mediator_desk", "--db", str(db)], env=desktop,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            wid = _window(desktop, app.pid)
            deadline = time.monotonic() + 8  # the window manager frames the window, then the app looks again
            while True:
                top, title_bar = _frame_top(desktop, wid)
                if (title_bar > 0 and top - title_bar >= 0) or time.monotonic() > deadline:
                    break
                time.sleep(0.25)
            assert title_bar > 0, "openbox gives the window a title bar"
            assert top - title_bar >= 0, f"start {start}: the title bar is {title_bar - top} px above the screen"
            time.sleep(0.5)
            top, title_bar = _frame_top(desktop, wid)
            assert top - title_bar >= 0, f"start {start}: it stays on the screen"
            subprocess.run(["xdotool", "windowactivate", "--sync", wid, "key", "ctrl+q"], env=desktop, timeout=30)
            assert app.wait(30) == 0
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
