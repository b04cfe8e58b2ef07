"""The page frame every report shares: embedded font, A4, cover line, page numbers, tables and charts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from mediator_desk.paths import resources_dir
from mediator_desk.services.reports.i18n import t

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, MUTED, ACCENT, RULE = colors.HexColor("#1f2a36"), colors.HexColor("#52606d"), colors.HexColor("#3b82c4"), \
    colors.HexColor("#d5dde5")


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=16, leading=19),
    }


@dataclass
class Cover:
    title: str
    venue: str
    exhibition: str
    period: str
    device: str
    lang: str
    generated_at: dt.datetime

    def line(self) -> str:
        return (f"{t('venue', self.lang)}: {self.venue} · {t('exhibition', self.lang)}: {self.exhibition} · "
                f"{t('period_label', self.lang)}: {self.period}")

    def footer(self) -> str:
        return f"{t('generated', self.lang)} {self.generated_at:%Y-%m-%d %H:%M} · {t('device', self.lang)} {self.device}"


class _NumberedDoc(BaseDocTemplate):
    """Two passes so the footer can say 'Page X of Y'."""

    def __init__(self, target, cover: Cover, **kw) -> None:
        super().__init__(target, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=22 * mm,
                         bottomMargin=18 * mm, title=cover.title, author="Mediator Desk", **kw)
        self.cover = cover
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self.page_total = 0

    def _decorate(self, canvas, doc) -> None:
        c = self.cover
        canvas.saveState()
        w, h = A4
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(16 * mm, h - 11 * mm, f"Mediator Desk · {c.title}")
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        line = c.line()
        while pdfmetrics.stringWidth(line, FONT, 7.5) > w - 32 * mm and len(line) > 20:
            line = line[:-2]
        canvas.drawString(16 * mm, h - 15 * mm, line if line == c.line() else line + "…")
        canvas.setStrokeColor(RULE)
        canvas.line(16 * mm, h - 17 * mm, w - 16 * mm, h - 17 * mm)
        canvas.drawString(16 * mm, 10 * mm, c.footer())
        total = f" {t('of', c.lang)} {self.page_total}" if self.page_total else ""
        canvas.drawRightString(w - 16 * mm, 10 * mm, f"{t('page', c.lang)} {doc.page}{total}")
        canvas.restoreState()


def write_pdf(target: Path, cover: Cover, story_factory) -> int:
    """Build the PDF; story_factory() makes a fresh story for each pass. Returns the page count."""
    register_fonts()
    doc = _NumberedDoc(str(target), cover)
    doc.build(story_factory())
    pages = doc.page
    doc = _NumberedDoc(str(target), cover)
    doc.page_total = pages
    doc.build(story_factory())
    return pages


def table(rows: list[list], widths: list[float] | None = None, numeric_from: int = 1,
          header: bool = True, numeric_to: int = -1) -> Table:
    """A table with a repeated header; columns numeric_from..numeric_to are right-aligned numbers.
    A cell starting with two spaces is indented (a sub-item: "  of which …")."""
    st = styles()
    head_style = ParagraphStyle("head", parent=st["cell"], fontName=FONT_BOLD)
    sub_style = ParagraphStyle("sub", parent=st["cell"], leftIndent=9)

    def cell(c, i):
        if not isinstance(c, str):
            return c
        if c.startswith("  "):
            return Paragraph(c.strip(), sub_style)
        if len(c) > 28 or (header and i == 0 and len(c) > 10):
            return Paragraph(c, head_style if header and i == 0 else st["cell"])
        return c

    body = [[cell(c, i) for c in r] for i, r in enumerate(rows)]
    tbl = Table(body, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("ALIGN", (numeric_from, 0), (numeric_to, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef4fa")),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    tbl.setStyle(TableStyle(cmds))
    return tbl


def _clip(text: str, room: float, size: float = 7) -> str:
    if stringWidth(text, FONT, size) <= room:
        return text
    while text and stringWidth(text + "…", FONT, size) > room:
        text = text[:-1]
    return text + "…"


def bar_chart(labels: list[str], values: list[float], title: str, *, horizontal: bool = False,
              width: float = 175 * mm, height: float = 55 * mm) -> Drawing:
    d = Drawing(width, height + 14)
    d.add(String(0, height + 4, title, fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    if horizontal:  # room for the longest label (Italian and Romanian ones are long), at most 45 % of the width
        widest = max((stringWidth(str(x), FONT, 7) for x in labels), default=0)
        left = min(max(60, widest + 8), width * 0.45)
        labels = [_clip(str(x), left - 8) for x in labels]
    else:
        left = 30
    chart.x, chart.y, chart.width, chart.height = left, 18, width - left - 10, height - 24
    chart.data = [values or [0]]
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = labels or [""]
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = FONT, 7
    if not horizontal and len(labels) > 16:
        chart.categoryAxis.labels.angle = 90
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.labels.dy = -2
        step = max(1, len(labels) // 31)
        chart.categoryAxis.categoryNames = [lbl if i % step == 0 else "" for i, lbl in enumerate(labels)]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    d.add(chart)
    return d


def no_data(lang: str) -> list:
    st = styles()
    return [Spacer(1, 40 * mm), Paragraph(t("no_data", lang), st["title"]), Spacer(1, 4 * mm),
            Paragraph(t("no_data_hint", lang), st["body"])]
