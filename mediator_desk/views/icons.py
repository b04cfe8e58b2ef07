"""The application icon (the window icon, About): every PNG size beside the SVG, so each desktop picks its own."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from mediator_desk import paths

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = paths.resources_dir() / "icons"
    for size in SIZES:
        icon.addFile(str(folder / f"mediator-desk-{size}.png"))
    return icon
