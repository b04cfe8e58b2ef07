"""A bar chart of visitors per hour, with the opening hours shaded and presses outside them flagged."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from mediator_desk.views.theme import colour


class HourlyChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._by_hour: dict[int, int] = {}
        self._open: tuple[int, int] | None = None  # [from, to) hours
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Visitors per hour"))

    def set_data(self, by_hour: dict[int, int], opening: tuple[int, int] | None) -> None:
        self._by_hour = {h: v for h, v in by_hour.items() if v}
        self._open = opening
        self.update()

    def bars(self) -> dict[int, int]:
        """The hours drawn and their totals (what the chart shows)."""
        first, last = self.hour_span()
        return {h: self._by_hour.get(h, 0) for h in range(first, last)}

    def outside_hours(self) -> list[int]:
        if not self._open:
            return []
        return sorted(h for h in self._by_hour if not self._open[0] <= h < self._open[1])

    def hour_span(self) -> tuple[int, int]:
        hours = list(self._by_hour)
        if self._open:
            hours += [self._open[0], self._open[1] - 1]
        if not hours:
            return 9, 19
        return max(0, min(hours) - 1), min(24, max(hours) + 2)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        first, last = self.hour_span()
        n = last - first
        margin_l, margin_b, margin_t = 36, 22, 10
        w = self.width() - margin_l - 8
        h = self.height() - margin_b - margin_t
        top = max([1, *self._by_hour.values()])
        slot = w / max(n, 1)
        if self._open:
            x0 = margin_l + (max(self._open[0], first) - first) * slot
            x1 = margin_l + (min(self._open[1], last) - first) * slot
            p.fillRect(QRectF(x0, margin_t, x1 - x0, h), colour("chart_open"))
        text, bar, outside = colour("chart_text"), colour("chart_bar"), colour("chart_outside")
        p.setPen(QPen(text))
        font = p.font()
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        p.setFont(font)
        p.drawText(QRectF(0, margin_t - 6, margin_l - 4, 14), Qt.AlignmentFlag.AlignRight, str(top))
        p.drawLine(margin_l, margin_t + h, margin_l + w, margin_t + h)
        for i, hour in enumerate(range(first, last)):
            value = self._by_hour.get(hour, 0)
            x = margin_l + i * slot
            if value:
                bh = h * value / top
                color = outside if self._open and not self._open[0] <= hour < self._open[1] else bar
                p.fillRect(QRectF(x + slot * 0.15, margin_t + h - bh, slot * 0.7, bh), color)
            p.setPen(QPen(text))
            p.drawText(QRectF(x, margin_t + h + 2, slot, 18), Qt.AlignmentFlag.AlignHCenter, f"{hour}")
        p.end()
