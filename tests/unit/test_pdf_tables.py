"""Report tables: columns as wide as their content needs, words, codes and numbers never broken, one header
size per table."""

from reportlab.lib.units import mm

from mediator_desk.services.reports.pdf import table

TOURS_WIDTHS = [14 * mm, 32 * mm, 16 * mm, 52 * mm, 22 * mm, 18 * mm, 24 * mm]  # the daily report's tours table


def _lines(tbl, width: float) -> list[list[int]]:
    """Lines of each cell's paragraph once the table is laid out."""
    tbl.wrap(width, 1000)
    out = []
    for row in tbl._cellvalues:
        cells = [cell[0] if isinstance(cell, (list, tuple)) and cell else cell for cell in row]
        out.append([len(cell.blPara.lines) if hasattr(cell, "blPara") else 1 for cell in cells])
    return out


def test_a_word_that_fits_the_table_is_never_broken():
    rows = [["Ora", "Format", "Limba", "Mediatori", "Participanți", "Rezervați", "Stare"],
            ["10:00", "Tur tematic", "it, en", "Giulia Ferrari, Bogdan Esposito", "–", "22", "Neprezentare"],
            ["12:06", "Activitate pentru familii", "en", "Lena Ștefănescu, Chiara Rossi", "8", "27", "Încheiat"]]
    tbl = table(rows, TOURS_WIDTHS, numeric_from=4, numeric_to=5)
    lines = _lines(tbl, sum(TOURS_WIDTHS))
    assert lines[1][6] == 1, "Neprezentare in one piece"
    assert lines[1][1] == 1 and lines[2][1] <= 2
    assert abs(sum(tbl._colWidths) - sum(TOURS_WIDTHS)) < 0.5, "the table keeps its width"


def test_a_code_is_never_broken_inside():
    rows = [["Voucher", "Participants"], ["CV-2026-01\u00a0/\u00a07", "24"]]
    tbl = table(rows, [20 * mm, 60 * mm])
    assert _lines(tbl, 80 * mm)[1][0] == 1


def test_the_headers_of_a_table_share_one_size():
    rows = [["Language", "Participants", "Accompanying adults", "Vouchers"], ["ro", "1", "2", "3"]]
    tbl = table(rows, [13 * mm, 30 * mm, 40 * mm, 20 * mm])
    sizes = {(cell[0] if isinstance(cell, (list, tuple)) else cell).style.fontSize for cell in tbl._cellvalues[0]}
    assert len(sizes) == 1, sizes
