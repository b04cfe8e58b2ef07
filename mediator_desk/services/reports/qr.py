"""QR codes as vector drawings: the qrcode library computes the matrix, reportlab draws the dark modules,
joined into one rectangle per horizontal run (a card sheet of 1,000 codes draws in seconds, not minutes)."""

from __future__ import annotations

import qrcode
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors

from mediator_desk.services.reports.pdf import FONT


def _runs(data: str) -> tuple[int, list[tuple[int, int, int]]]:
    """The matrix size (quiet zone included) and its dark runs as (row, first column, length)."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    runs = []
    for r, row in enumerate(matrix):
        c = 0
        while c < len(row):
            if row[c]:
                start = c
                while c < len(row) and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), runs


def qr_drawing(data: str, size: float) -> Drawing:
    n, runs = _runs(data)
    cell = size / n
    d = Drawing(size, size, initialFontName=FONT)  # the PDF names no font it does not embed
    d.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for r, c, length in runs:
        d.add(Rect(c * cell, size - (r + 1) * cell, length * cell, cell, fillColor=colors.black, strokeColor=None))
    return d


def draw_qr(canvas, data: str, x: float, y: float, size: float) -> None:
    """Draw the code straight onto a canvas, bottom-left corner at (x, y): one path for all its modules."""
    n, runs = _runs(data)
    cell = size / n
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for r, c, length in runs:
        path.rect(x + c * cell, y + size - (r + 1) * cell, length * cell, cell)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


def survey_url(template: str, session_id: str = "", card: str = "") -> str:
    return template.replace("{session}", session_id).replace("{card}", card)
