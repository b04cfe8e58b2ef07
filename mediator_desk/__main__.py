"""Entry point: parse the command line, set up paths and logging, then run the GUI or a command."""

from __future__ import annotations

import ctypes
import logging
import os
import sys
from collections.abc import Sequence

# The system libraries Qt's xcb platform plugin loads (ldd of libqxcb.so and libQt6XcbQpa), with the Debian/Ubuntu
# package of each. A desktop session has them; a minimal install may lack some, and Qt then aborts with a cryptic
# "could not load the Qt platform plugin".
XCB_LIBRARIES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0", "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-util.so.1": "libxcb-util1",
}
XCB_HINT = ("Mediator Desk cannot open a window: Qt's xcb platform needs system libraries that are missing: {libraries}.\n"
            "Install them (Debian/Ubuntu: sudo apt install {packages}), or run on Wayland (QT_QPA_PLATFORM=wayland).")


NO_DISPLAY_HINT = ("Mediator Desk cannot open a window: no display was found (DISPLAY and WAYLAND_DISPLAY are "
                   "not set).\nStart it from a desktop session, or use the command-line commands "
                   "(mediator-desk --help).")


def no_display() -> bool:
    """True on Linux when neither X11 nor Wayland is reachable and no other Qt platform was chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def xcb_libraries_missing(libraries: dict[str, str] = XCB_LIBRARIES) -> list[str]:
    """On a Linux X11 desktop, the xcb plugin's system libraries that cannot be loaded (empty: all there, or
    another platform was chosen)."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []
    missing = []
    for soname in libraries:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def xcb_hint(missing: list[str], libraries: dict[str, str] = XCB_LIBRARIES) -> str:
    return XCB_HINT.format(libraries=", ".join(missing), packages=" ".join(libraries[m] for m in missing))


def main(argv: Sequence[str] | None = None) -> int:
    from mediator_desk.cli import parse, run_command
    from mediator_desk.logging_setup import setup_logging

    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 is printed as its own bytes, as ls does
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="surrogateescape")
    args = parse(argv)
    setup_logging()
    if args.command:
        return run_command(args)
    if no_display():
        print(NO_DISPLAY_HINT, file=sys.stderr)
        return 1
    missing = xcb_libraries_missing()
    if missing:
        print(xcb_hint(missing), file=sys.stderr)
        return 1
    from mediator_desk.views.app import run_gui

    logging.getLogger(__name__).info("Starting the GUI")
    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
