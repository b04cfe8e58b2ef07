"""Smiley faces drawn with QPainter (no emoji font needed): 1 = very unhappy … 5 = very happy."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

COLOURS = {1: "#d64545", 2: "#ef8a3c", 3: "#f2c14e", 4: "#8cc152", 5: "#3fa34d"}


def smiley_pixmap(rating: int, size: int = 128) -> QPixmap:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    m = size * 0.04
    p.setPen(QPen(QColor("#2b2b2b"), size * 0.035))
    p.setBrush(QColor(COLOURS[rating]))
    p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m))
    p.setBrush(QColor("#2b2b2b"))
    eye = size * 0.07
    for x in (0.35, 0.65):
        p.drawEllipse(QPointF(size * x, size * 0.38), eye, eye * 1.2)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.setPen(QPen(QColor("#2b2b2b"), size * 0.06, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    curve = {1: -0.16, 2: -0.08, 3: 0.0, 4: 0.1, 5: 0.18}[rating] * size
    mouth = QPainterPath(QPointF(size * 0.3, size * 0.68))
    mouth.quadTo(QPointF(size * 0.5, size * 0.68 + curve), QPointF(size * 0.7, size * 0.68))
    p.drawPath(mouth)
    p.end()
    return pm


def smiley_icon(rating: int) -> QIcon:
    return QIcon(smiley_pixmap(rating, 256))
