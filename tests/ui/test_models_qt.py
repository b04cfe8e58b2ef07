"""Qt table models checked with pytest-qt's qtmodeltester, on real rows."""

import datetime as dt

from PySide6.QtCore import Qt

from mediator_desk.services import choices, demo
from mediator_desk.services.overview import day_overview
from mediator_desk.views.models import ID_ROLE, SORT_ROLE, TourTableModel


def test_tour_table_model(qtmodeltester, db):
    demo.generate(db, days=1, seed=2, start=dt.date(2026, 6, 9))
    exhibition = choices.load(db).exhibitions[0]
    rows = day_overview(db, dt.date(2026, 6, 9), exhibition.id, exhibition.timezone).sessions
    model = TourTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    first = model.index(0, TourTableModel.PARTICIPANTS)
    assert model.data(first, SORT_ROLE) == rows[0].participants
    assert model.data(first, ID_ROLE) == str(rows[0].id)
    assert model.headerData(TourTableModel.LEAD, Qt.Orientation.Horizontal) == "Lead mediator"
    model.set_rows([])
    qtmodeltester.check(model)


def test_tour_table_model_redraws_only_the_rows_changed(qtmodeltester, db):
    """An operation's Changes name the tours it touched: their rows are replaced, added or taken out, and every
    other row (and the view's selection and scroll) stays as it was."""

    demo.generate(db, days=1, seed=2, start=dt.date(2026, 6, 9))
    exhibition = choices.load(db).exhibitions[0]
    rows = day_overview(db, dt.date(2026, 6, 9), exhibition.id, exhibition.timezone).sessions
    model = TourTableModel()
    model.set_rows(rows[1:])
    qtmodeltester.check(model)
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    changed = rows[2]._replace(participants=99)
    model.update_rows([rows[0], changed], {rows[0].id, rows[2].id, rows[3].id})  # added, changed, gone
    qtmodeltester.check(model)
    ids = [r.id for r in model.rows()]
    assert rows[0].id in ids and rows[3].id not in ids and len(ids) == len(rows) - 1
    assert model.rows()[ids.index(rows[2].id)].participants == 99 and resets == []
