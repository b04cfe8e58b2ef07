"""QR codes as vector drawings: the qrcode library computes the matrix, reportlab draws the modules."""

from __future__ import annotations

import qrcode
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors


def qr_drawing(data: str, size: float) -> Drawing:
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()  # includes the quiet zone
    n = len(matrix)
    cell = size / n
    d = Drawing(size, size)
    d.add(Rect(0, 0, size, size, fillColor=colors.white, strokeColor=None))
    for r, row in enumerate(matrix):
        for c, dark in enumerate(row):
            if dark:
                d.add(Rect(c * cell, size - (r + 1) * cell, cell, cell, fillColor=colors.black, strokeColor=None))
    return d


def survey_url(template: str, session_id: str = "", card: str = "") -> str:
    return template.replace("{session}", session_id).replace("{card}", card)
