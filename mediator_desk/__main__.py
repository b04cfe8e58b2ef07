"""Entry point: parse the command line, set up paths and logging, then run the GUI or a command."""

from __future__ import annotations

import ctypes.util
import logging
import os
import sys
from collections.abc import Sequence

XCB_HINT = ("Mediator Desk cannot open a window: Qt's xcb platform needs the system library libxcb-cursor0.\n"
            "Install it (Debian/Ubuntu: sudo apt install libxcb-cursor0), or run on Wayland "
            "(QT_QPA_PLATFORM=wayland).")


NO_DISPLAY_HINT = ("Mediator Desk cannot open a window: no display was found (DISPLAY and WAYLAND_DISPLAY are "
                   "not set).\nStart it from a desktop session, or use the command-line commands "
                   "(mediator-desk --help).")


def no_display() -> bool:
    """True on Linux when neither X11 nor Wayland is reachable and no other Qt platform was chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def xcb_cursor_missing() -> bool:
    """True on a Linux X11 desktop that lacks libxcb-cursor (Qt ≥ 6.5 would abort with a cryptic error)."""
    if not sys.platform.startswith("linux"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return False
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return False
    return ctypes.util.find_library("xcb-cursor") is None


def main(argv: Sequence[str] | None = None) -> int:
    from mediator_desk.cli import parse, run_command
    from mediator_desk.logging_setup import setup_logging

    args = parse(argv)
    setup_logging()
    if args.command:
        return run_command(args)
    if no_display():
        print(NO_DISPLAY_HINT, file=sys.stderr)
        return 1
    if xcb_cursor_missing():
        print(XCB_HINT, file=sys.stderr)
        return 1
    from mediator_desk.views.app import run_gui

    logging.getLogger(__name__).info("Starting the GUI")
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
