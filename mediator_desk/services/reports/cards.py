"""QR feedback cards: an A4 sheet of 8 or 10 cut-out cards, each with a QR code for the online survey."""

from __future__ import annotations

import uuid
from pathlib import Path

from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mediator_desk.db.engine import Database
from mediator_desk.db.models import Exhibition, TourSession
from mediator_desk.errors import ValidationError, ValidationErrors
from mediator_desk.services.reports.pdf import FONT, FONT_BOLD, INK, MUTED, RULE, register_fonts
from mediator_desk.services.reports.qr import qr_drawing, survey_url
from mediator_desk.services.timeutil import local

PROMPT = {"en": ("How was it?", "Scan the code and tell us in one minute."),
          "ro": ("Cum a fost?", "Scanați codul și spuneți-ne într-un minut."),
          "it": ("Com'è andata?", "Inquadra il codice e raccontacelo in un minuto.")}
LAYOUTS = {8: (2, 4), 10: (2, 5)}


def _fit(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap `text` into lines no wider than `width` (at most two; the second ends with … if cut)."""
    words, lines, line = text.split(), [], ""
    for w in words:
        candidate = f"{line} {w}".strip()
        if stringWidth(candidate, font, size) <= width:
            line = candidate
        else:
            lines.append(line)
            line = w
    lines.append(line)
    if len(lines) > 2:
        last = lines[1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines = [lines[0], last + "…"]
    return [x for x in lines if x]


def build_cards(db: Database, codes: list[str], target: Path, *, session_id: uuid.UUID | None = None,
                exhibition_id: uuid.UUID | None = None, per_page: int = 8, lang: str = "en") -> int:
    """Write the cards for `codes`; returns the number of pages."""
    if per_page not in LAYOUTS:
        raise ValidationErrors([ValidationError("per_page", "Cards come 8 or 10 to a page.")])
    with db.session() as s:
        when = ""
        if session_id is not None:
            sess = s.get(TourSession, session_id)
            exhibition_id = sess.exhibition_id
            when = f"{local(sess.actual_start or sess.planned_start, sess.exhibition.venue.timezone):%Y-%m-%d %H:%M}"
        ex = s.get(Exhibition, exhibition_id)
        venue, title, template = ex.venue.name, ex.title, ex.venue.survey_url_template
    if not template:
        raise ValidationErrors([ValidationError("survey_url_template", f"The venue “{venue}” has no online survey "
                                                                        "address yet (Settings → Venues).")])
    register_fonts()
    cols, rows = LAYOUTS[per_page]
    page_w, page_h = A4
    margin = 10 * mm
    card_w, card_h = (page_w - 2 * margin) / cols, (page_h - 2 * margin) / rows
    qr_size = min(card_h - 12 * mm, card_w * 0.42)
    heading, hint = PROMPT.get(lang, PROMPT["en"])
    c = Canvas(str(target), pagesize=A4)
    c.setTitle(f"Feedback cards — {title}")
    c.setAuthor("Mediator Desk")
    pages = 0
    for start in range(0, len(codes), per_page):
        pages += 1
        c.setStrokeColor(RULE)
        c.setDash(3, 3)
        for i in range(cols + 1):
            c.line(margin + i * card_w, margin, margin + i * card_w, page_h - margin)
        for j in range(rows + 1):
            c.line(margin, margin + j * card_h, page_w - margin, margin + j * card_h)
        c.setDash()
        for k, code in enumerate(codes[start:start + per_page]):
            col, row = k % cols, k // cols
            x0, y0 = margin + col * card_w, page_h - margin - (row + 1) * card_h
            url = survey_url(template, str(session_id or ""), code)
            renderPDF.draw(qr_drawing(url, qr_size), c, x0 + 4 * mm, y0 + (card_h - qr_size) / 2)
            tx = x0 + 8 * mm + qr_size
            text_w = x0 + card_w - 4 * mm - tx
            y = y0 + card_h - 9 * mm
            c.setFillColor(INK)
            c.setFont(FONT_BOLD, 13)
            c.drawString(tx, y, heading)
            y -= 5 * mm
            c.setFont(FONT, 7.5)
            c.setFillColor(MUTED)
            for line in _fit(hint, FONT, 7.5, text_w):
                c.drawString(tx, y, line)
                y -= 3.5 * mm
            y -= 1.5 * mm
            c.setFillColor(INK)
            c.setFont(FONT_BOLD, 8)
            for line in _fit(title, FONT_BOLD, 8, text_w):
                c.drawString(tx, y, line)
                y -= 3.6 * mm
            c.setFont(FONT, 7.5)
            for line in _fit(venue + (f" · {when}" if when else ""), FONT, 7.5, text_w):
                c.drawString(tx, y, line)
                y -= 3.4 * mm
            c.setFont(FONT_BOLD, 15)
            c.drawString(tx, y0 + 6 * mm, f"{code[:3]} {code[3:]}")
        c.showPage()
    c.save()
    return pages
