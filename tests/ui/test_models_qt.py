"""Qt table models checked with pytest-qt's qtmodeltester, on real rows."""

import datetime as dt

from PySide6.QtCore import Qt

from mediator_desk.services import choices, demo
from mediator_desk.services.overview import day_overview
from mediator_desk.views.models import ID_ROLE, SORT_ROLE, SessionTableModel


def test_session_table_model(qtmodeltester, db):
    demo.generate(db, days=1, seed=2, start=dt.date(2026, 6, 9))
    exhibition = choices.load(db).exhibitions[0]
    rows = day_overview(db, dt.date(2026, 6, 9), exhibition.id, exhibition.timezone).sessions
    model = SessionTableModel()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows) > 0
    first = model.index(0, SessionTableModel.PARTICIPANTS)
    assert model.data(first, SORT_ROLE) == rows[0].participants
    assert model.data(first, ID_ROLE) == str(rows[0].id)
    assert model.headerData(SessionTableModel.LEAD, Qt.Orientation.Horizontal) == "Lead mediator"
    model.set_rows([])
    qtmodeltester.check(model)
