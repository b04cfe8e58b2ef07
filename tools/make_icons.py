"""Render resources/icons/mediator-desk.svg to the PNG sizes desktops ask for (hicolor theme layout), with Qt's SVG
renderer. Run after editing the SVG: python tools/make_icons.py"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841 - the renderer needs one
    renderer = QSvgRenderer(str(ICONS / "mediator-desk.svg"))
    if not renderer.isValid():
        print("the SVG icon is not valid", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"mediator-desk-{size}.png"))
    # Windows: the .exe's and the installer's icon (Qt's ICO writer keeps one size; 128 px scales well)
    QImage(str(ICONS / "mediator-desk-128.png")).save(str(ICONS / "mediator-desk.ico"), "ICO")
    print(f"wrote {len(SIZES)} PNG sizes and an ICO into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
