"""QR feedback cards: an A4 sheet of 8 or 10 cut-out cards, each with a QR code for the online survey."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mediator_desk.db.database import Database
from mediator_desk.db.models import Exhibition, Tour
from mediator_desk.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError, ValidationErrors
from mediator_desk.files import pending_part
from mediator_desk.services.changes import Changes
from mediator_desk.services.reports.i18n import t
from mediator_desk.services.reports.pdf import FONT, FONT_BOLD, INK, MUTED, RULE, clip, register_fonts
from mediator_desk.services.reports.qr import draw_qr, survey_url
from mediator_desk.services.timeutil import local

LAYOUTS = {8: (2, 4), 10: (2, 5)}
RULES = {
    "per_page": QT_TRANSLATE_NOOP("rules", "Cards come 8 or 10 to a page."),
    "no_survey": QT_TRANSLATE_NOOP("rules", "The venue “{venue}” has no online survey address yet (Settings → Venues)."),
}


def fit(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    """Wrap `text` into at most `max_lines` lines no wider than `width`; the last ends with … if cut."""
    lines: list[str] = []
    line = ""
    words = text.split()
    for i, word in enumerate(words):
        candidate = f"{line} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = word
        if len(lines) == max_lines - 1:
            line = " ".join(words[i:])
            break
    if line:
        lines.append(line)
    return [clip(x, font, size, width) for x in lines[:max_lines]]


def print_cards(db: Database, batch, device_id: str, target: Path, *, per_page: int = 8, lang: str = "en",
                progress: Callable[[int, int], bool] | None = None) -> tuple[int, Changes]:
    """Write the PDF of a drawn batch of cards (services.feedback.draw_cards), then register its codes and put
    the PDF in place: a failed or stopped print stores nothing, and stored codes always have their cards.
    Returns the number of pages and what was stored."""
    from mediator_desk.services.feedback import register_cards

    stored: list[Changes] = []
    pages = build_cards(db, batch.codes, target, session_id=batch.session_id, exhibition_id=batch.exhibition_id,
                        per_page=per_page, lang=lang, progress=progress,
                        before_rename=lambda: stored.append(register_cards(db, batch, device_id)))
    return pages, stored[0]


def build_cards(db: Database, codes: list[str], target: Path, *, session_id: uuid.UUID | None = None,
                exhibition_id: uuid.UUID | None = None, per_page: int = 8, lang: str = "en",
                progress: Callable[[int, int], bool] | None = None,
                before_rename: Callable[[], object] | None = None) -> int:
    """Write the cards for `codes`; returns the number of pages. `progress(done, total)` hears of each page
    and stops the work (nothing is written) when it returns False; `before_rename` runs once the PDF is
    complete, before it replaces `target` (if it fails, no file is written)."""
    if per_page not in LAYOUTS:
        raise ValidationErrors([ValidationError.rule("per_page", RULES["per_page"])])
    with db.session() as s:
        when = ""
        if session_id is not None:
            sess = s.get(Tour, session_id)
            exhibition_id = sess.exhibition_id
            start = local(sess.actual_start or sess.planned_start, sess.exhibition.venue.timezone)
            when = f"{start:%Y-%m-%d %H:%M}"
        ex = s.get(Exhibition, exhibition_id)
        venue, title, template = ex.venue.name, ex.title, ex.venue.survey_url_template
    if not template:
        raise ValidationErrors([ValidationError.rule("survey_url_template", RULES["no_survey"], venue=venue)])
    register_fonts()
    cols, rows = LAYOUTS[per_page]
    page_w, page_h = A4
    margin = 10 * mm
    card_w, card_h = (page_w - 2 * margin) / cols, (page_h - 2 * margin) / rows
    qr_size = min(card_h - 12 * mm, card_w * 0.42)
    heading, hint = t("card_heading", lang), t("card_hint", lang)
    pages = -(-len(codes) // per_page)
    with pending_part(target) as part:
        c = Canvas(str(part), pagesize=A4, initialFontName=FONT, initialFontSize=9)
        c.setTitle(f"{t('cards_title', lang)} — {title}")
        c.setAuthor("Mediator Desk")
        for page, start in enumerate(range(0, len(codes), per_page), start=1):
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
                draw_qr(c, survey_url(template, str(session_id or ""), code), x0 + 4 * mm,
                        y0 + (card_h - qr_size) / 2, qr_size)
                tx = x0 + 8 * mm + qr_size
                text_w = x0 + card_w - 4 * mm - tx
                y = y0 + card_h - 9 * mm
                c.setFillColor(INK)
                c.setFont(FONT_BOLD, 13)
                c.drawString(tx, y, clip(heading, FONT_BOLD, 13, text_w))
                y -= 5 * mm
                c.setFont(FONT, 7.5)
                c.setFillColor(MUTED)
                for line in fit(hint, FONT, 7.5, text_w):
                    c.drawString(tx, y, line)
                    y -= 3.5 * mm
                y -= 1.5 * mm
                c.setFillColor(INK)
                c.setFont(FONT_BOLD, 8)
                for line in fit(title, FONT_BOLD, 8, text_w):
                    c.drawString(tx, y, line)
                    y -= 3.6 * mm
                c.setFont(FONT, 7.5)
                for line in fit(venue + (f" · {when}" if when else ""), FONT, 7.5, text_w):
                    c.drawString(tx, y, line)
                    y -= 3.4 * mm
                c.setFont(FONT_BOLD, 15)
                c.drawString(tx, y0 + 6 * mm, f"{code[:3]} {code[3:]}")
            c.showPage()
            if progress is not None and not progress(page, pages):
                raise Cancelled("The cards were not printed.")
        c.save()
        if before_rename is not None:
            before_rename()
    return pages
