"""Reports and exports on demo data: figures against summary, diacritics, empty periods, qpdf, QR codes."""

import csv
import datetime as dt
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mediator_desk.__main__ import main
from mediator_desk.db.engine import transaction
from mediator_desk.db.models import CountCategory, Mediator, Tour, TourMediator
from mediator_desk.services import demo
from mediator_desk.services.exports import ExportRequest, export
from mediator_desk.services.reports import ReportRequest, build_report
from mediator_desk.services.reports.i18n import fmt_int, t
from mediator_desk.services.summary import summary

START = dt.date(2026, 6, 2)
LAST = dt.date(2026, 6, 4)


@pytest.fixture
def demo_db(db):
    demo.generate(db, days=3, seed=11, start=START)
    return db


def text_of(path) -> str:
    """The PDF's text with line wraps folded into single spaces."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("kind", ["day", "period", "statistics", "vouchers"])
@pytest.mark.parametrize("lang", ["en", "ro", "it"])
def test_every_report_renders_with_the_summary_figures(demo_db, tmp_path, kind, lang):
    first = LAST if kind == "day" else START
    target = tmp_path / f"{kind}-{lang}.pdf"
    pages = build_report(demo_db, ReportRequest(kind, first, LAST, lang=lang, device="test-laptop"), target)
    assert pages >= 1
    text = text_of(target)
    totals = summary(demo_db, first, LAST)
    if kind != "vouchers":
        assert fmt_int(totals["walk_in_total"], lang) in text
        assert fmt_int(totals["participants"], lang) in text
    assert "test-laptop" in text and f"{t('page', lang)} 1 {t('of', lang)} {pages}" in text
    assert "Persoană de contact" not in text, "no booking contact ever appears in a report"
    if shutil.which("qpdf"):
        assert subprocess.run(["qpdf", "--check", str(target)], capture_output=True).returncode == 0


def test_diacritics_round_trip(demo_db, tmp_path):
    with transaction(demo_db) as s:
        sess = s.scalars(select(Tour).where(Tour.status == "done")).first()
        m = Mediator(display_name="Ștefănia Țăranu-Bălășescu Îngerașu Âță")
        s.add(m)
        s.add(TourMediator(session_id=sess.id, mediator_id=m.id, is_lead=False))
        sess.reflection = "Grupul a fost încântat; Jürgen Groß și Żaneta Łódź au întrebat despre țesături. Ελληνικά, Кириллица."
        sid = sess.id
    target = tmp_path / "tour.pdf"
    build_report(demo_db, ReportRequest("tour", session_id=sid, lang="ro"), target)
    text = text_of(target)
    assert "Ștefănia Țăranu-Bălășescu Îngerașu Âță" in text
    assert "Jürgen Groß și Żaneta Łódź au întrebat despre țesături" in text
    assert "Ελληνικά, Кириллица" in text


def test_empty_period_gives_a_no_data_page(demo_db, tmp_path):
    target = tmp_path / "empty.pdf"
    build_report(demo_db, ReportRequest("period", dt.date(2020, 1, 1), dt.date(2020, 1, 31), lang="ro"), target)
    assert "Nu există date pentru această perioadă." in text_of(target)


def test_small_groups_can_be_hidden(demo_db, tmp_path):
    with demo_db.session() as s:
        sid = s.scalars(select(Tour.id).where(Tour.status == "done")).first()
    shown, hidden = tmp_path / "a.pdf", tmp_path / "b.pdf"
    build_report(demo_db, ReportRequest("tour", session_id=sid), shown)
    build_report(demo_db, ReportRequest("tour", session_id=sid, hide_small=True), hidden)
    assert "<5" in text_of(hidden) and "<5" not in text_of(shown)


@pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs pdftoppm and zbarimg")
def test_tour_sheet_qr_decodes_to_the_survey_url(demo_db, tmp_path):
    with demo_db.session() as s:
        sid = s.scalars(select(Tour.id).where(Tour.status == "done")).first()
    target = tmp_path / "tour.pdf"
    build_report(demo_db, ReportRequest("tour", session_id=sid), target)
    subprocess.run(["pdftoppm", "-r", "200", "-png", str(target), str(tmp_path / "page")], check=True)
    out = subprocess.run(["zbarimg", "--quiet", "--raw", *map(str, sorted(tmp_path.glob("page*.png")))],
                         capture_output=True, text=True)
    assert out.stdout.strip() == f"https://survey.example.org/feedback?tour={sid}&card="


def test_report_command_line(demo_db, db_path, tmp_path, capsys):
    out = tmp_path / "s.pdf"
    assert main(["report", "statistics", "--db", str(db_path), "--from", "2026-06-02", "--to", "2026-06-04",
                 "--lang", "it", "-o", str(out)]) == 0
    assert "Rilevazione statistica" in text_of(out)
    assert main(["report", "tour", "--db", str(db_path), "-o", str(out)]) == 2
    assert "--session" in capsys.readouterr().err


def test_csv_and_xlsx_exports(demo_db, tmp_path):
    from openpyxl import load_workbook

    csv_path = tmp_path / "feedback.csv"
    n = export(demo_db, ExportRequest("feedback", "csv"), csv_path).rows
    assert n == 3 * demo.FEEDBACK_PER_DAY
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "a BOM so spreadsheets read UTF-8"
    with csv_path.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n and any("ț" in r["comment"] or "ș" in r["comment"] for r in rows)
    xlsx = tmp_path / "sessions.xlsx"
    export(demo_db, ExportRequest("sessions", "xlsx"), xlsx)
    ws = load_workbook(xlsx).active
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    first = {h: c for h, c in zip(header, ws[2])}
    assert isinstance(first["planned_start"].value, dt.datetime)
    assert first["participants"].data_type == "n" and float(first["participants"].value).is_integer()
    empty = tmp_path / "none.xlsx"
    assert export(demo_db, ExportRequest("groups", "xlsx", LAST + dt.timedelta(days=30)), empty).rows == 0
    rows = list(load_workbook(empty).active.values)
    assert rows[0][:3] == ("id", "session_id", "date") and not any(v for r in rows[1:] for v in r), \
        "an export with no rows still names its columns"
    counts = tmp_path / "counts.csv"
    raw = ExportRequest("counts", "csv", LAST, LAST, raw=True)
    assert export(demo_db, raw, counts).rows == summary(demo_db, LAST, LAST)["walk_in_total"]


@pytest.mark.parametrize("kind, raw", [("sessions", False), ("groups", False), ("counts", False), ("counts", True),
                                       ("feedback", False)])
def test_every_xlsx_export_types_its_cells(demo_db, tmp_path, kind, raw):
    """Dates are dates, counts are numbers, and every other cell is text — whatever the row held."""
    from openpyxl import load_workbook

    from mediator_desk.services.exports import _Rows, headers

    req = ExportRequest(kind, "xlsx", raw=raw, lang="ro")
    target = tmp_path / f"{kind}.xlsx"
    n = export(demo_db, req, target).rows
    book = load_workbook(target, read_only=True)
    rows = list(book.active.iter_rows(values_only=True))
    book.close()
    columns = _Rows(demo_db, req).columns()
    assert len(rows) == n + 1 > 1 and list(rows[0]) == headers(columns, "ro")
    expected = {"date": dt.datetime, "datetime": dt.datetime, "int": (int, float), "text": str}
    for row in rows[1:]:
        for c, value in zip(columns, row):
            assert value is None or isinstance(value, expected[c.kind]), (c.name, value)
    filled = {c.name for i, c in enumerate(columns) if any(r[i] is not None for r in rows[1:])}
    assert {c.name for c in columns if c.kind in ("date", "int")} <= filled


@pytest.mark.parametrize("lang, indicator, a_format", [
    ("ro", "Total vizite (vizitatori numărați)", "Tur ghidat"),
    ("it", "Visite totali (visitatori contati)", "Visita guidata"),
    ("en", "Total visits (walk-in, counted)", "Guided tour"),
])
def test_statistics_and_period_reports_speak_the_report_language(demo_db, tmp_path, lang, indicator, a_format):
    stats, period = tmp_path / "s.pdf", tmp_path / "p.pdf"
    build_report(demo_db, ReportRequest("statistics", START, LAST, lang=lang), stats)
    build_report(demo_db, ReportRequest("period", START, LAST, lang=lang), period)
    assert indicator in text_of(stats)
    assert a_format in text_of(period)
    if lang != "en":
        assert "Guided tour" not in text_of(period) and "How each" not in text_of(stats)


def test_a_removed_team_member_counts_nowhere(demo_db, tmp_path):
    """A co-mediator taken off a tour (a soft-deleted team link) is in no export and no statistics figure."""
    with transaction(demo_db) as s:
        sess = s.scalars(select(Tour).where(Tour.status == "done")
                         .order_by(Tour.planned_start)).first()
        volunteer = Mediator(display_name="Removed Volunteer-Ştefănescu", paid=False, role="volunteer")
        s.add(volunteer)
        s.flush()
        link = TourMediator(session_id=sess.id, mediator_id=volunteer.id, is_lead=False)
        s.add(link)
        session_id, link_id = sess.id, link.id

    def exported() -> str:
        target = tmp_path / "sessions.csv"
        export(demo_db, ExportRequest("sessions", first=START, last=LAST), target)
        rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
        return next(r["mediators"] for r in rows if r["id"] == str(session_id))

    def volunteers() -> str:
        target = tmp_path / "stats.pdf"
        build_report(demo_db, ReportRequest("statistics", START, LAST), target)
        found = text_of(target).split("Mediators: paid / volunteer")[1].split()[2]
        return found

    assert "Removed Volunteer-Ştefănescu" in exported()
    with_volunteer = int(volunteers())
    with transaction(demo_db) as s:
        s.get(TourMediator, link_id).deleted_at = dt.datetime.now(dt.timezone.utc)
    assert "Removed Volunteer-Ştefănescu" not in exported()
    assert int(volunteers()) == with_volunteer - 1


def test_a_bilingual_tour_and_its_comments_reach_the_daily_report_and_the_tour_sheet(demo_db, tmp_path):
    """A tour held in Romanian and English counts once under each language, as in the period report, and what its
    visitors wrote is printed on the daily report and on its tour sheet (issue 11, point 5)."""
    from mediator_desk.db.models import Feedback

    with transaction(demo_db) as s:
        sess = s.scalars(select(Tour).where(Tour.status == "done")
                         .order_by(Tour.planned_start)).first()
        sess.languages = ["ro", "en"]
        day = (sess.actual_start or sess.planned_start).date()
        s.add(Feedback(session_id=sess.id, exhibition_id=sess.exhibition_id, day=day, rating=5, language="ro",
                       comment="Copiii au întrebat de culori: «minunat»"))
        session_id = sess.id
    daily, sheet = tmp_path / "day.pdf", tmp_path / "tour.pdf"
    build_report(demo_db, ReportRequest("day", day, day), daily)
    build_report(demo_db, ReportRequest("tour", session_id=session_id), sheet)
    text = text_of(daily)
    languages = text.split("Tours by language")[1].split("Groups")[0]
    assert "ro, en" not in languages and " ro " in f" {languages} " and " en " in f" {languages} "
    assert "Copiii au întrebat de culori: «minunat»" in text
    assert "Copiii au întrebat de culori: «minunat»" in text_of(sheet)


def test_the_every_press_export_says_which_rows_are_undos_and_corrections(db, world, tmp_path):
    """The Counter's own list says "undo of the last press" and shows a correction's note; the export said
    "entry" for all three."""
    from mediator_desk.services.counting import CounterContext, PressWriter

    writer = PressWriter(db, CounterContext(world.exhibition_id, world.tz, "test-laptop"))
    at = dt.datetime(2026, 6, 10, 9, 0, tzinfo=dt.timezone.utc)
    writer.press(world.category_ids[0], at=at)
    writer.press(world.category_ids[0], at=at + dt.timedelta(seconds=5))
    writer.undo(at=at + dt.timedelta(seconds=9))
    writer.correct(world.category_ids[0], 4, "school group counted on paper", 11, day=at.date(), at=at)
    target = tmp_path / "presses.csv"
    export(db, ExportRequest("counts", "csv", at.date(), at.date(), raw=True), target)
    with target.open(encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert sorted((r["action"], r["delta"]) for r in rows) == [("correction", "4"), ("press", "1"), ("press", "1"),
                                                               ("undo", "-1")]
    assert {r["kind"] for r in rows} == {"entry"}


def _partner_figures(db, first, last):
    """Per partner: (groups, participants, accompanying adults, vouchers redeemed), from the stored groups of
    held tours."""
    from mediator_desk.db.models import PartnerOrganisation, VisitorGroup, Voucher
    from mediator_desk.db.repositories import HELD_STATUSES

    out: dict[str, list[int]] = {}
    with db.session() as s:
        rows = s.execute(select(PartnerOrganisation.name, VisitorGroup, Tour.planned_start)
                         .join(VisitorGroup, VisitorGroup.partner_id == PartnerOrganisation.id)
                         .join(Tour, Tour.id == VisitorGroup.session_id).where(Tour.status.in_(HELD_STATUSES))).all()
        for name, group, start in rows:
            if first <= start.date() <= last:
                entry = out.setdefault(name, [0, 0, 0, 0])
                entry[0] += 1
                entry[1] += group.participants
                entry[2] += group.accompanying_adults
                entry[3] += s.scalar(select(func.count()).select_from(Voucher)
                                     .where(Voucher.redeemed_by_group_id == group.id))
    return out


@pytest.mark.parametrize("kind", ["day", "period", "statistics", "vouchers"])
def test_every_report_counts_each_partner_s_groups_and_the_accompanying_adults(demo_db, tmp_path, kind):
    """Partners were on the tour sheet and in exports only, the voucher report counted the voucher association's
    groups and left a school's out, and the daily report never showed the teachers and parents with the groups."""
    first = LAST if kind == "day" else START
    target = tmp_path / f"{kind}.pdf"
    build_report(demo_db, ReportRequest(kind, first, LAST), target)
    text = text_of(target)
    figures = _partner_figures(demo_db, first, LAST)
    assert figures, "the demo's groups come with partners"
    assert "By partner" in text and "Accompanying adults" in text
    for name, (groups, people, adults, vouchers) in figures.items():
        assert name in text, name
        assert (f"{name} {fmt_int(groups, 'en')} {fmt_int(people, 'en')} {fmt_int(adults, 'en')} "
                f"{fmt_int(vouchers, 'en')}") in text, (name, groups, people, adults, vouchers)
    if kind != "day":
        assert any(v for *_, v in figures.values()), "the demo's voucher groups redeem vouchers"


def test_the_reports_say_which_days_are_signed_and_list_the_amended_and_changed_ones(demo_db, tmp_path):
    from mediator_desk.services import choices, closing, counting

    pavilion = choices.load(demo_db).find_exhibition("Ceața și țărmul – La nebbia e la riva")
    late = dt.datetime(2026, 6, 8, 9, tzinfo=dt.timezone.utc)
    closing.sign(demo_db, pavilion.id, START, "Ștefănia Țăranu-Constantinescu", "test-laptop", at=late)
    closing.sign(demo_db, pavilion.id, LAST, "Friederike Müller-Lüdenscheidt", "test-laptop", at=late)
    closing.reopen(demo_db, pavilion.id, LAST, "Giovanni Dall'Acqua", "=SUM(A1) <b>class</b> missing", "test-laptop",
                   at=late)
    with demo_db.session() as s:
        category = s.scalar(select(func.min(CountCategory.id)).where(
            CountCategory.venue_id == pavilion.venue_id))
    counting.PressWriter(demo_db, counting.CounterContext(pavilion.id, pavilion.timezone, "test-laptop")).correct(
        category, 7, "paper tally", 11, START, at=late)  # after the signature

    target = tmp_path / "statistics.pdf"
    build_report(demo_db, ReportRequest("statistics", START, LAST, lang="en"), target)
    text = text_of(target)
    assert "Days signed: 1 of 6 days with figures." in text  # two exhibitions, three days
    assert "changed after signing" in text and "Ștefănia Țăranu-Constantinescu" in text
    assert "reopened, not signed again" in text and "=SUM(A1) <b>class</b> missing" in text

    day = tmp_path / "day.pdf"
    build_report(demo_db, ReportRequest("day", START, START, exhibition_ids=(pavilion.id,), lang="en"), day)
    text = text_of(day)
    walk_ins = summary(demo_db, START, START, [pavilion.id])["walk_in_total"]
    assert "Signed by Ștefănia Țăranu-Constantinescu on" in text
    assert f"Changed after it was signed: Walk-in visitors (counted) {fmt_int(walk_ins - 7, 'en')} → " \
           f"{fmt_int(walk_ins, 'en')}." in text
