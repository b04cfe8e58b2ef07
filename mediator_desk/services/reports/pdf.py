"""The page frame every report shares: the embedded font, A4, the cover line, page numbers, tables and charts —
and `literal()`, the one door through which text people typed reaches reportlab's markup."""

from __future__ import annotations

import contextvars
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

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

from mediator_desk.files import pending_part
from mediator_desk.paths import resources_dir
from mediator_desk.services.reports.i18n import t

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK, MUTED, ACCENT, RULE = colors.HexColor("#1f2a36"), colors.HexColor("#52606d"), colors.HexColor("#3b82c4"), \
    colors.HexColor("#d5dde5")
MISSING = "□"  # stands for a character the font cannot draw
CELL_CHARS = 300  # text in a table cell is cut here (a row cannot run over a page); paragraphs are never cut
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@lru_cache(maxsize=1)
def printable() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(FONT).face.charToGlyph)


@dataclass
class Missing:
    """Characters of typed text the report's font cannot draw (CJK, emoji, control characters)."""

    chars: set[str] = field(default_factory=set)

    def note(self, lang: str) -> str:
        """Which kinds of characters were replaced, with a few code points (the characters themselves cannot be
        printed either)."""
        if not self.chars:
            return ""
        kinds: dict[str, list[str]] = {}
        for ch in sorted(self.chars):
            code = ord(ch)
            kind = ("control_chars" if unicodedata.category(ch) == "Cc" else
                    "cjk_chars" if 0x2E80 <= code <= 0x9FFF or 0xAC00 <= code <= 0xD7AF or 0xF900 <= code <= 0xFAFF
                    else "emoji_chars" if 0x1F000 <= code <= 0x1FAFF or 0x2600 <= code <= 0x27BF
                    else "other_chars")
            kinds.setdefault(kind, []).append(f"U+{code:04X}")
        parts = [f"{t(kind, lang)} ({', '.join(codes[:4])}{' …' if len(codes) > 4 else ''})"
                 for kind, codes in kinds.items()]
        return t("missing_glyphs", lang).format("; ".join(parts))


_missing: contextvars.ContextVar[Missing | None] = contextvars.ContextVar("missing_chars", default=None)


def missing() -> Missing:
    """What the report being written (in this thread) could not draw."""
    found = _missing.get()
    if found is None:
        found = Missing()
        _missing.set(found)
    return found


def shape(text: str) -> str:
    """Arabic and Hebrew in visual order with joined letter forms (reportlab draws left to right, unshaped)."""
    if not RTL.search(text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    reshaper = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})
    return get_display(reshaper.reshape(text))


def plain(text: str | None, limit: int | None = None) -> str:
    """Typed text ready to draw as it is (canvas strings): shaped, with what the font lacks shown as □."""
    text = "" if text is None else str(text).replace("\r\n", "\n").replace("\r", "\n")
    if limit is not None and len(text) > limit:
        text = text[:limit - 1] + "…"
    text = shape(unicodedata.normalize("NFC", text))
    ok = printable()
    out = []
    for ch in text:
        if ch in "\n\t" or ord(ch) in ok:
            out.append(ch)
        elif unicodedata.category(ch) in ("Mn", "Me", "Cf") and ch not in "\u200b":
            continue  # joiners, variation selectors, skin tones: nothing to draw on their own
        else:
            missing().chars.add(ch)
            out.append(MISSING)
    return "".join(out)


def literal(text: str | None, limit: int | None = None) -> str:
    """Typed text as Paragraph markup that prints exactly what was typed: every <, > and & escaped (no tag,
    link, image or entity can come from data), line breaks kept, tabs and runs of spaces kept."""
    text = escape(plain(text, limit)).replace("\t", "&nbsp;" * 4)
    text = re.sub(r"(?<= ) ", "&nbsp;", text)
    return text.replace("\n", "<br/>")


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK, splitLongWords=1)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=18, leading=22, spaceAfter=2),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10,
                             spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=base, fontName=FONT_BOLD, fontSize=9.5, leading=12.5, spaceBefore=4,
                             keepWithNext=1),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=16, leading=19),
    }


def para(text: str | None, style: str = "body", limit: int | None = None) -> Paragraph:
    """A paragraph of typed text, printed literally."""
    return Paragraph(literal(text, limit), styles()[style])


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
        return (f"{t('venue', self.lang)}: {plain(self.venue)} · {t('exhibition', self.lang)}: "
                f"{plain(self.exhibition)} · {t('period_label', self.lang)}: {self.period}")

    def footer(self) -> str:
        return f"{t('generated', self.lang)} {self.generated_at:%Y-%m-%d %H:%M} · {t('device', self.lang)} " \
               f"{plain(self.device)}"


def clip(text: str, font: str, size: float, width: float) -> str:
    """`text` cut to `width` with an ellipsis (a word too long for the room is cut, never drawn past it)."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low] + "…"


class _NumberedDoc(BaseDocTemplate):
    """Two passes so the footer can say 'Page X of Y'. The embedded font is the canvas's initial font, so the
    PDF names no font it does not embed."""

    def __init__(self, target, cover: Cover, **kw) -> None:
        super().__init__(target, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=22 * mm,
                         bottomMargin=18 * mm, title=cover.title, author="Mediator Desk", initialFontName=FONT,
                         initialFontSize=9.5, **kw)
        self.cover = cover
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self.page_total = 0

    def _decorate(self, canvas, doc) -> None:
        c = self.cover
        canvas.saveState()
        w, h = A4
        room = w - 32 * mm
        canvas.setFont(FONT_BOLD, 8.5)
        canvas.setFillColor(INK)
        canvas.drawString(16 * mm, h - 11 * mm, clip(f"Mediator Desk · {c.title}", FONT_BOLD, 8.5, room))
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(16 * mm, h - 15 * mm, clip(c.line(), FONT, 7.5, room))
        canvas.setStrokeColor(RULE)
        canvas.line(16 * mm, h - 17 * mm, w - 16 * mm, h - 17 * mm)
        canvas.drawString(16 * mm, 10 * mm, clip(c.footer(), FONT, 7.5, room - 40 * mm))
        total = f" {t('of', c.lang)} {self.page_total}" if self.page_total else ""
        canvas.drawRightString(w - 16 * mm, 10 * mm, f"{t('page', c.lang)} {doc.page}{total}")
        canvas.restoreState()


def write_pdf(target: Path, cover: Cover, story_factory) -> int:
    """Build the PDF (written aside and renamed into place); story_factory() makes a fresh story for each pass.
    Returns the page count. Characters the font lacks are named at the end of the report."""
    register_fonts()
    _missing.set(Missing())

    def story():
        flowables = story_factory()
        note = missing().note(cover.lang)
        if note:
            flowables.append(Spacer(1, 4 * mm))
            flowables.append(Paragraph(escape(note), styles()["small"]))
        return flowables

    with pending_part(target) as part:
        doc = _NumberedDoc(str(part), cover)
        doc.build(story())
        pages = doc.page
        doc = _NumberedDoc(str(part), cover)
        doc.page_total = pages
        doc.build(story())
    return pages


PAD = 12.5  # a table cell's left and right padding (reportlab's 6 pt each), and a hair


def _head_size(text: str, width: float | None) -> float:
    """The header font size at which the longest word of `text` fits `width` (8.5 pt, down to 6.5 pt)."""
    size = 8.5
    if width:
        longest = max(text.split() or [""], key=lambda word: stringWidth(word, FONT_BOLD, 8.5))
        while size > 6.5 and stringWidth(longest, FONT_BOLD, size) > width - PAD:
            size -= 0.5
    return size


def _head(text: str, size: float) -> Paragraph:
    """A header cell whose words never break inside, in the size shared by the table's headers."""
    style = ParagraphStyle("head", parent=styles()["cell"], fontName=FONT_BOLD, fontSize=size, leading=size + 2,
                           splitLongWords=0)
    return Paragraph(escape(text), style)


def fit_widths(rows: list[list], widths: list[float], numeric: set[int], header: bool = True) -> list[float]:
    """Column widths from the content, within the table's width (the sum of `widths`): first every column gets
    what its longest word, code or number needs (these never break), then each what its longest line needs,
    and what is left is shared as `widths` share the table. When the words alone do not fit, `widths` stay."""
    total = sum(widths)
    need, natural = [], []
    for c, _ in enumerate(widths):
        words, lines = [0.0], [0.0]
        for r, row in enumerate(rows):
            value = row[c] if c < len(row) else ""
            if not isinstance(value, str):
                words.append(widths[c] - PAD)  # a drawing or a paragraph already made: as planned
                continue
            font = FONT_BOLD if header and r == 0 else FONT
            for line in value.split("\n"):
                lines.append(stringWidth(line, font, 8.5))
                unbroken = [line] if (c in numeric and not (header and r == 0)) else line.split(" ")
                words.append(max(stringWidth(word, font, 8.5) for word in unbroken))
        need.append(min(max(words) + PAD, total))
        natural.append(min(max(max(lines) + PAD, need[-1]), total))
    if sum(need) > total:
        return list(widths)
    spare = total - sum(need)
    want = [n - m for n, m in zip(natural, need)]
    if sum(want) <= spare:
        rest = spare - sum(want)
        return [n + rest * w / total for n, w in zip(natural, widths)]
    return [m + spare * w / sum(want) for m, w in zip(need, want)]


def table(rows: list[list], widths: list[float] | None = None, numeric_from: int = 1,
          header: bool = True, numeric_to: int = -1, indented: set[int] | frozenset = frozenset()) -> Table:
    """A table with a repeated header; columns numeric_from..numeric_to are right-aligned numbers. Every text
    cell is a wrapping paragraph of literal text (cut at CELL_CHARS); rows in `indented` are sub-items. The
    columns take the widths their content needs (fit_widths); the headers share one size."""
    st = styles()
    sub_style = ParagraphStyle("sub", parent=st["cell"], leftIndent=9)
    last = (len(rows[0]) if rows else 1) + numeric_to if numeric_to < 0 else numeric_to
    if widths and rows:
        widths = fit_widths(rows, widths, set(range(numeric_from, last + 1)), header)
    head_size = min((_head_size(value, widths[c] if widths else None) for c, value in enumerate(rows[0])
                     if isinstance(value, str)), default=8.5) if header and rows else 8.5

    def cell(value, r: int, c: int):
        if not isinstance(value, str):
            return value
        if header and r == 0:
            return _head(value, head_size)
        if numeric_from <= c <= last:
            return plain(value)
        style = sub_style if r in indented and c == 0 else st["cell"]
        return Paragraph(literal(value, CELL_CHARS), style)

    body = [[cell(v, r, c) for c, v in enumerate(row)] for r, row in enumerate(rows)]
    tbl = Table(body, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("FONT", (0, 0), (-1, -1), FONT, 8.5), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("ALIGN", (numeric_from, 0), (numeric_to, -1), "RIGHT"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        cmds += [("FONT", (0, 0), (-1, 0), FONT_BOLD, head_size), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef4fa")),
                 ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    tbl.setStyle(TableStyle(cmds))
    return tbl


def layout(rows: list[list], widths: list[float]) -> Table:
    """A borderless table that only places things side by side (figures, charts, a QR code) — in the embedded
    font, like every table (a table left to its defaults would name Helvetica in the PDF)."""
    tbl = Table(rows, colWidths=widths, hAlign="LEFT")
    tbl.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.5), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return tbl


def _step(top: float) -> int:
    """A whole-number tick step giving about five ticks up to `top` (counts are never fractions)."""
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** (len(str(int(raw))) - 1)
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def bar_chart(labels: list[str], values: list[float], title: str, *, horizontal: bool = False,
              width: float = 175 * mm, height: float = 55 * mm, whole: bool = True) -> Drawing:
    """A bar chart; `whole` counts get whole-number ticks (no 0.2, 0.4 … on a count axis)."""
    d = Drawing(width, height + 14, initialFontName=FONT)  # the PDF names no font it does not embed
    d.add(String(0, height + 4, plain(title), fontName=FONT_BOLD, fontSize=9, fillColor=INK))
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    labels = [plain(str(x)) for x in labels]
    if horizontal:  # room for the longest label (Italian and Romanian ones are long), at most 45 % of the width
        widest = max((stringWidth(x, FONT, 7) for x in labels), default=0)
        left = min(max(60, widest + 8), width * 0.45)
        labels = [clip(x, FONT, 7, left - 8) for x in labels]
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
    top = max(values or [0])
    chart.valueAxis.valueMin = 0
    if whole:
        step = _step(top)
        chart.valueAxis.valueStep = step
        chart.valueAxis.valueMax = max(step, -(-top // step) * step)
        chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = RULE
    chart.categoryAxis.strokeColor = RULE
    d.add(chart)
    return d


def no_data(lang: str) -> list:
    st = styles()
    return [Spacer(1, 40 * mm), Paragraph(escape(t("no_data", lang)), st["title"]), Spacer(1, 4 * mm),
            Paragraph(escape(t("no_data_hint", lang)), st["body"])]
