"""Exports for spreadsheets and scripts: sessions, groups, counts, feedback, as CSV or XLSX.

CSV is UTF-8 with a byte-order mark (spreadsheets keep the diacritics), with a choice of separator (";" is what
Romanian and Italian spreadsheets expect). XLSX has typed cells (dates as dates, numbers as numbers), column
widths that show every date, a frozen header, and is written in constant memory (rust_xlsxwriter). Labels follow the
chosen language, with the stored codes in their own columns for machines. Text that people typed is always
text: never a formula in XLSX, and in CSV a cell starting with = + - @ (or a tab or carriage return) gets a
leading apostrophe, as OWASP advises against formula injection."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import functools
import itertools
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database
from mediator_desk.db.hooks import INCLUDE_DELETED
from mediator_desk.db.models import (
    CountEvent,
    Exhibition,
    Feedback,
    PartnerOrganisation,
    Tour,
    VisitorGroup,
)
from mediator_desk.enums import enum_text
from mediator_desk.errors import QT_TRANSLATE_NOOP, Cancelled, ValidationError
from mediator_desk.files import pending_part
from mediator_desk.i18n import Texts
from mediator_desk.services.fields import GROUP_FIELDS, FieldSpec
from mediator_desk.services.summary import venue_timezone
from mediator_desk.services.timeutil import day_bounds, local, zone

log = logging.getLogger(__name__)
EXPORT_KINDS = ("sessions", "groups", "counts", "feedback")
FORMATS = ("csv", "xlsx")
XLSX_MAX_ROWS = 1_048_575  # Excel's 1,048,576 rows, less the header
XLSX_MAX_TEXT = 32_767  # Excel's most characters in a cell (UTF-16 units): a longer comment is cut, and marked
CUT_MARK = " […+{n:,} characters: the CSV export has the whole text]"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
PROGRESS_EVERY = 5000
RULES = {
    "kind": QT_TRANSLATE_NOOP("rules", "Unknown export “{kind}”."),
    "format": QT_TRANSLATE_NOOP("rules", "The format must be CSV or XLSX."),
    "too_many": QT_TRANSLATE_NOOP("rules", "{rows} rows do not fit in one XLSX sheet (at most 1,048,575): export "
                                           "a shorter period, hourly totals, or CSV."),
    "separator": QT_TRANSLATE_NOOP("rules", "The separator must be a comma, a semicolon or a tab."),
}


@dataclass(frozen=True)
class ExportResult:
    rows: int
    cut: int = 0  # XLSX: texts longer than a cell holds, cut and marked


@dataclass(frozen=True)
class ExportRequest:
    kind: str
    fmt: str = "csv"
    first: dt.date | None = None
    last: dt.date | None = None
    separator: str = ","
    raw: bool = False  # counts: every press and correction, not hourly totals
    lang: str = "en"


@dataclass(frozen=True)
class Column:
    name: str  # the code: the header in English, for scripts
    kind: str = "text"  # text, int, date, datetime
    width: int = 14
    label: str = ""  # a group field's name (context "fields"); else HEADERS[name]
    code: bool = False  # the stored code of that field, beside its words


# The headers in words, for the other label languages (English keeps the codes: scripts read them).
HEADERS = {
    "id": QT_TRANSLATE_NOOP("exports", "Id"), "date": QT_TRANSLATE_NOOP("exports", "Date"),
    "planned_start": QT_TRANSLATE_NOOP("exports", "Planned start"),
    "actual_start": QT_TRANSLATE_NOOP("exports", "Started"), "actual_end": QT_TRANSLATE_NOOP("exports", "Ended"),
    "exhibition": QT_TRANSLATE_NOOP("exports", "Exhibition"), "format": QT_TRANSLATE_NOOP("exports", "Format"),
    "format_code": QT_TRANSLATE_NOOP("exports", "Format (code)"),
    "languages": QT_TRANSLATE_NOOP("exports", "Languages"), "mediators": QT_TRANSLATE_NOOP("exports", "Mediators"),
    "lead_mediator": QT_TRANSLATE_NOOP("exports", "Lead mediator"),
    "programme": QT_TRANSLATE_NOOP("exports", "Programme"), "status": QT_TRANSLATE_NOOP("exports", "Status"),
    "status_code": QT_TRANSLATE_NOOP("exports", "Status (code)"),
    "expected_size": QT_TRANSLATE_NOOP("exports", "Booked"),
    "participants": QT_TRANSLATE_NOOP("exports", "Participants"), "groups": QT_TRANSLATE_NOOP("exports", "Groups"),
    "session_id": QT_TRANSLATE_NOOP("exports", "Tour id"), "hour": QT_TRANSLATE_NOOP("exports", "Hour"),
    "category": QT_TRANSLATE_NOOP("exports", "Category"),
    "admission_type": QT_TRANSLATE_NOOP("exports", "Admission"),
    "method": QT_TRANSLATE_NOOP("exports", "Method"), "method_code": QT_TRANSLATE_NOOP("exports", "Method (code)"),
    "visitors": QT_TRANSLATE_NOOP("exports", "Visitors"), "time": QT_TRANSLATE_NOOP("exports", "Time"),
    "kind": QT_TRANSLATE_NOOP("exports", "Entry or exit"), "action": QT_TRANSLATE_NOOP("exports", "Action"),
    "delta": QT_TRANSLATE_NOOP("exports", "Change"), "device": QT_TRANSLATE_NOOP("exports", "Laptop"),
    "note": QT_TRANSLATE_NOOP("exports", "Note"), "undoes": QT_TRANSLATE_NOOP("exports", "Undoes"),
    "rating": QT_TRANSLATE_NOOP("exports", "Rating"), "one_word": QT_TRANSLATE_NOOP("exports", "One word"),
    "comment": QT_TRANSLATE_NOOP("exports", "Comment"), "age_band": QT_TRANSLATE_NOOP("exports", "Age band"),
    "first_visit": QT_TRANSLATE_NOOP("exports", "First visit"), "language": QT_TRANSLATE_NOOP("exports", "Language"),
    "country": QT_TRANSLATE_NOOP("exports", "Country"),
    "learning_outcomes": QT_TRANSLATE_NOOP("exports", "Learning outcomes"),
    "source": QT_TRANSLATE_NOOP("exports", "Source"), "source_code": QT_TRANSLATE_NOOP("exports", "Source (code)"),
}
CODE_SUFFIX = QT_TRANSLATE_NOOP("exports", "%1 (code)")


def headers(columns: list[Column], lang: str) -> list[str]:
    """The header row in the label language: the codes in English (scripts read them), words in the others;
    never the same header twice."""
    if lang == "en":
        return [c.name for c in columns]
    texts = Texts(lang)
    out: list[str] = []
    for c in columns:
        if c.label:
            words = texts.translate("fields", c.label)
            text = texts.translate("exports", CODE_SUFFIX).replace("%1", words) if c.code else words
        else:
            text = texts.translate("exports", HEADERS.get(c.name, c.name))
        while text in out:
            text += "\u00a0"  # two columns may read alike in a language: they stay two columns
        out.append(text)
    return out


class _Rows:
    """Header and rows of one export (typed values), read with the fewest queries."""

    def __init__(self, db: Database, req: ExportRequest) -> None:
        self.db, self.req = db, req
        self.texts = Texts(req.lang)
        self._labels: dict[str, str] = {}

    def label(self, value: str | None) -> str:
        if not value:
            return ""
        found = self._labels.get(value)
        if found is None:
            found = self._labels[value] = enum_text(value, self.texts)
        return found

    def columns(self) -> list[Column]:
        k = self.req.kind
        if k == "sessions":
            return [Column("id", width=36), Column("date", "date", 11), Column("planned_start", "datetime", 17),
                    Column("actual_start", "datetime", 17), Column("actual_end", "datetime", 17),
                    Column("exhibition", width=40), Column("format", width=22), Column("format_code", width=18),
                    Column("languages", width=10), Column("mediators", width=40), Column("lead_mediator", width=28),
                    Column("programme", width=30), Column("status", width=14), Column("status_code", width=12),
                    Column("expected_size", "int", 13), Column("participants", "int", 12),
                    Column("groups", "int", 8)]
        if k == "groups":  # the tour's, then each field of fields.GROUP_FIELDS
            return [Column("id", width=36), Column("session_id", width=36), Column("date", "date", 11),
                    Column("programme", width=30), *(c for f in GROUP_FIELDS for c in _columns(f))]
        if k == "counts" and not self.req.raw:
            return [Column("date", "date", 11), Column("hour", width=12), Column("exhibition", width=40),
                    Column("category", width=16), Column("admission_type", width=16), Column("method", width=16),
                    Column("method_code", width=14), Column("visitors", "int", 10)]
        if k == "counts":
            return [Column("id", width=36), Column("time", "datetime", 19), Column("date", "date", 11),
                    Column("hour", "int", 6), Column("exhibition", width=40), Column("category", width=16),
                    Column("kind", width=8), Column("action", width=11), Column("delta", "int", 7),
                    Column("method", width=16),
                    Column("device", width=16), Column("note", width=30), Column("undoes", width=36)]
        return [Column("id", width=36), Column("date", "date", 11), Column("session_id", width=36),
                Column("exhibition", width=40), Column("method", width=18), Column("method_code", width=12),
                Column("rating", "int", 7), Column("one_word", width=16), Column("comment", width=60),
                Column("age_band", width=9), Column("first_visit", width=11), Column("language", width=9),
                Column("country", width=8), Column("learning_outcomes", width=24), Column("source", width=14),
                Column("source_code", width=12)]

    def count(self) -> int:
        """How many rows the export will have (to refuse an XLSX sheet that cannot hold them, before writing)."""
        req = self.req
        with self.db.session() as s:
            tz = venue_timezone(s)
            start, end = day_bounds(req.first, req.last, tz)
            if req.kind == "sessions":
                return repo.count_tours(s, start, end)
            if req.kind == "groups":
                q = select(func.count(VisitorGroup.id)).join(Tour, VisitorGroup.session_id == Tour.id)
                q = q.where(*([Tour.planned_start >= start] if start else []),
                            *([Tour.planned_start < end] if end else []))
                return int(s.scalar(q) or 0)
            if req.kind == "counts":
                cols = [CountEvent.id] if req.raw else [CountEvent.local_date, CountEvent.local_hour,
                                                        CountEvent.exhibition_id, CountEvent.category_id,
                                                        CountEvent.method]
                q = select(*cols).where(*_count_period(req))
                if not req.raw:
                    q = q.where(CountEvent.kind == "entry").distinct()
                return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
            q = select(func.count(Feedback.id)).where(*_feedback_period(req))
            return int(s.scalar(q) or 0)

    def rows(self) -> Iterator[list]:
        req = self.req
        with self.db.session() as s:
            tz = venue_timezone(s)
            start, end = day_bounds(req.first, req.last, tz)
            if req.kind == "sessions":
                yield from self._sessions(s, start, end, tz)
            elif req.kind == "groups":
                yield from self._groups(s, start, end, tz)
            elif req.kind == "counts" and not req.raw:
                yield from self._hourly(s)
            elif req.kind == "counts":
                yield from self._events(s, tz)
            else:
                yield from self._feedback(s)

    def _sessions(self, s, start, end, tz) -> Iterator[list]:
        for x in repo.tours_between(s, start, end):
            team = sorted(x.mediator_links, key=lambda k: (not k.is_lead, k.mediator.display_name))
            lead = next((k.mediator.display_name for k in team if k.is_lead), "")
            planned = local(x.planned_start, tz)
            yield [str(x.id), planned.date(), planned.replace(tzinfo=None),
                   local(x.actual_start, tz).replace(tzinfo=None) if x.actual_start else None,
                   local(x.actual_end, tz).replace(tzinfo=None) if x.actual_end else None,
                   x.exhibition.title, self.label(x.format), x.format, ", ".join(x.languages or []),
                   ", ".join(k.mediator.display_name for k in team), lead,
                   x.programme.name if x.programme else "", self.label(x.status), x.status, x.expected_size,
                   sum(g.participants for g in x.groups), len(x.groups)]

    def _groups(self, s, start, end, tz) -> Iterator[list]:
        sessions = repo.tours_between(s, start, end)
        vouchers = repo.vouchers_by_group(s, [g.id for x in sessions for g in x.groups])
        names = {"partner": {p.id: p.name for p in s.scalars(select(PartnerOrganisation)
                                                            .execution_options(**INCLUDE_DELETED))}}
        exported = [f for f in GROUP_FIELDS if f.export is not None]
        for x in sessions:
            for g in x.groups:
                row = [str(g.id), str(x.id), local(x.planned_start, tz).date(),
                       x.programme.name if x.programme else ""]
                for f in exported:
                    if f.kind == "codes":
                        row.append(", ".join(vouchers.get(g.id, [])))
                    elif f.kind == "enum":
                        value = getattr(g, f.name)
                        row += [self.label(value), value or ""]
                    elif f.kind == "enums":
                        row.append(", ".join(self.label(v) for v in getattr(g, f.name) or []))
                    elif f.kind == "ref":
                        row.append(names[f.ref].get(getattr(g, f.name), ""))
                    else:
                        row.append(getattr(g, f.name))
                yield row

    def _hourly(self, s) -> Iterator[list]:
        names = repo.category_names(s)
        titles = _titles(s)
        q = (select(CountEvent.local_date, CountEvent.local_hour, CountEvent.exhibition_id, CountEvent.category_id,
                    CountEvent.method, func.sum(CountEvent.delta))
             .where(CountEvent.kind == "entry", *_count_period(self.req))
             .group_by(CountEvent.local_date, CountEvent.local_hour, CountEvent.exhibition_id,
                       CountEvent.category_id, CountEvent.method)
             .order_by(CountEvent.local_date, CountEvent.local_hour))
        for day, hour, ex, cat, method, total in s.execute(q):
            category = names.get(cat)
            yield [day, f"{hour:02d}:00–{hour + 1:02d}:00", titles.get(ex, ""), category.name if category else "",
                   self.label(category.admission_type) if category else "", self.label(method), method, int(total)]

    def _events(self, s, tz) -> Iterator[list]:
        """Every press and correction, a season of them in a few seconds: read through Core with the stored
        values undecoded, names found by the stored id, each distinct day parsed once, the local time from a
        per-hour cache of the zone offset."""
        names = _by_stored_id({cid: c.name for cid, c in repo.category_names(s).items()})
        titles = _by_stored_id(_titles(s))
        d = repo.RawDecoder()
        local_time, days = _LocalTimes(zone(tz)), functools.cache(d.date)
        q = (select(d.raw(CountEvent.id), d.raw(CountEvent.ts), d.raw(CountEvent.local_date), CountEvent.local_hour,
                    d.raw(CountEvent.exhibition_id), d.raw(CountEvent.category_id), CountEvent.kind,
                    CountEvent.delta, CountEvent.method, CountEvent.device_id, CountEvent.note,
                    d.raw(CountEvent.undoes_id))
             .where(*_count_period(self.req)).order_by(CountEvent.local_date, CountEvent.ts)
             .execution_options(yield_per=PROGRESS_EVERY))
        for part in s.connection().execute(q).partitions():
            for eid, ts, day, hour, ex, cat, kind, delta, method, device, note, undoes in part:
                yield [_hex(eid), local_time(ts), days(day), hour, titles.get(ex, ""), names.get(cat, ""), kind,
                       _action(delta, note, undoes), delta, method, device, note, _hex(undoes) if undoes else None]

    def _feedback(self, s) -> Iterator[list]:
        titles = _titles(s)
        q = select(Feedback).where(*_feedback_period(self.req)).order_by(Feedback.day, Feedback.given_at)
        for f in s.scalars(q.execution_options(yield_per=PROGRESS_EVERY)):
            yield [str(f.id), f.day, str(f.session_id or ""), titles.get(f.exhibition_id, ""), self.label(f.method),
                   f.method, f.rating, f.one_word, f.comment, f.age_band or "",
                   "" if f.first_visit is None else ("yes" if f.first_visit else "no"), f.language, f.country,
                   ", ".join(self.label(o) for o in f.outcomes or []), self.label(f.source), f.source]


def _action(delta: int, note: str, undoes) -> str:
    """What a count event was, as the Counter's list says it: a press (+1), the undo of one (−1 naming it), or a
    correction (any other amount, or one with a note)."""
    if undoes:
        return "undo"
    return "press" if delta == 1 and not note else "correction"


def _columns(f: FieldSpec) -> list[Column]:
    """A group field's export columns: an enum's words and its stored code, a count as a number."""
    if f.export is None:
        return []
    kind = "int" if f.kind in ("count", "age", "total") else "text"
    if f.kind == "enum":
        return [Column(f.column, width=f.width, label=f.label),
                Column(f.export_code or f"{f.name}_code", width=max(10, f.width - 6), label=f.label, code=True)]
    return [Column(f.column, kind, f.width, label=f.label)]


def _titles(s) -> dict:
    """Every exhibition's title, deleted ones too (what was counted there stays in the export)."""
    return dict(s.execute(select(Exhibition.id, Exhibition.title).execution_options(include_deleted=True)).all())


def _by_stored_id(by_id: dict) -> dict:
    """A map by record id that also answers to the id as stored (SQLite keeps 32 hex digits)."""
    return {**by_id, **{k.hex: v for k, v in by_id.items() if k is not None}}


class _LocalTimes:
    """Stored UTC times as the venue's wall-clock time (naive, as spreadsheets want it). The zone's offset is
    looked up once per UTC hour, and per time only in an hour where the offset changes (a daylight-saving
    switch in a zone whose switch falls at half past)."""

    HOUR = dt.timedelta(hours=1) - dt.timedelta(microseconds=1)

    def __init__(self, zone) -> None:
        self.zone = zone
        self._offsets: dict = {}

    def __call__(self, value) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):
            naive, key = dt.datetime.fromisoformat(value), value[:13]
        else:  # a driver that returns datetimes (PostgreSQL)
            if value.tzinfo is not None:
                value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
            naive, key = value, value.replace(minute=0, second=0, microsecond=0)
        offset = self._offsets.get(key, False)
        if offset is False:
            start = naive.replace(minute=0, second=0, microsecond=0, tzinfo=dt.timezone.utc)
            first, last = start.astimezone(self.zone).utcoffset(), (start + self.HOUR).astimezone(self.zone).utcoffset()
            offset = self._offsets[key] = first if first == last else None
        if offset is None:
            return naive.replace(tzinfo=dt.timezone.utc).astimezone(self.zone).replace(tzinfo=None)
        return naive + offset


def _hex(value) -> str:
    if value is None:
        return ""
    return str(value) if not isinstance(value, str) or len(value) != 32 else \
        f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def _count_period(req: ExportRequest) -> list:
    return [*([CountEvent.local_date >= req.first] if req.first else []),
            *([CountEvent.local_date <= req.last] if req.last else [])]


def _feedback_period(req: ExportRequest) -> list:
    return [*([Feedback.day >= req.first] if req.first else []), *([Feedback.day <= req.last] if req.last else [])]


def csv_cell(value) -> str:
    """One CSV cell: dates in ISO form, and typed text never read as a formula."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return "'" + value if value.startswith(FORMULA_TRIGGERS) else value
    return str(value)


def export(db: Database, req: ExportRequest, target: Path,
           progress: Callable[[int, int], bool] | None = None) -> ExportResult:
    """Write the export; returns the number of data rows (and of texts cut to fit an XLSX cell).
    `progress(done, total)` is told every few thousand rows and stops the export (nothing is written) when it
    returns False."""
    if req.kind not in EXPORT_KINDS:
        raise ValidationError.rule("kind", RULES["kind"], kind=req.kind)
    if req.fmt not in FORMATS:
        raise ValidationError.rule("format", RULES["format"])
    if req.separator not in (",", ";", "\t"):
        raise ValidationError.rule("separator", RULES["separator"])
    source = _Rows(db, req)
    total = source.count()
    if req.fmt == "xlsx" and total > XLSX_MAX_ROWS:
        raise ValidationError.rule("format", RULES["too_many"], rows=f"{total:,}")
    columns = source.columns()
    with pending_part(target) as part:
        writer = _write_csv if req.fmt == "csv" else _write_xlsx
        n = writer(part, req, columns, source.rows(), total, progress)
    return n


def _tick(n: int, total: int, progress) -> None:
    if progress is not None and n % PROGRESS_EVERY == 0 and not progress(n, total):
        raise Cancelled("The export was stopped; no file was written.")


def _write_csv(part: Path, req: ExportRequest, columns: list[Column], rows, total: int, progress) -> ExportResult:
    n = 0
    with part.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=req.separator)
        w.writerow(headers(columns, req.lang))
        for row in rows:
            w.writerow([csv_cell(v) for v in row])
            n += 1
            _tick(n, total, progress)
    return ExportResult(n)


def fit_cell(text: str) -> str | None:
    """`text` cut to what an XLSX cell holds, with a mark saying how much was left out (None: it fits)."""
    units = len(text.encode("utf-16-le")) // 2
    if units <= XLSX_MAX_TEXT:
        return None
    keep, size = 0, 0
    budget = XLSX_MAX_TEXT - len(CUT_MARK.format(n=units))
    for keep, char in enumerate(text):  # noqa: B007 - `keep` is where the budget ends
        size += 2 if ord(char) > 0xFFFF else 1
        if size > budget:
            break
    rest = len(text) - keep
    return text[:keep] + CUT_MARK.format(n=rest)


def _write_xlsx(part: Path, req: ExportRequest, columns: list[Column], rows, total: int, progress) -> int:
    """The sheet is written by rust_xlsxwriter (through rustpy-xlsxwriter) in constant memory: a season of
    presses in seconds, where XlsxWriter in pure Python took two minutes. Every Python string becomes a text
    cell (never a formula, link or number); dates and times are typed cells with their own formats."""
    from rustpy_xlsxwriter import Format, write_worksheet

    names = headers(columns, req.lang)
    formats = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm"}
    done = cut = 0
    texts = [i for i, c in enumerate(columns) if c.kind == "text"]

    def records():
        nonlocal done, cut
        for row in rows:
            for i in texts:
                value = row[i]
                if isinstance(value, str) and len(value) > XLSX_MAX_TEXT // 2 and (shorter := fit_cell(value)):
                    row = (*row[:i], shorter, *row[i + 1:])
                    cut += 1
            yield dict(zip(names, row))
            done += 1
            _tick(done, total, progress)

    it = records()
    first = next(it, None)  # with no rows the library writes no header either: a row of blanks names the columns
    _through_rust(write_worksheet, itertools.chain([first], it) if first else [dict.fromkeys(names)], str(part),
                  sheet_name=req.kind, freeze_row=1, header_format=Format().set_bold(),
                  column_widths=[c.width for c in columns],
                  column_formats=[Format().set_num_format(formats[c.kind]) if c.kind in formats else Format()
                                  for c in columns])
    return ExportResult(done, cut)


def _through_rust(write, *args, **kwargs) -> None:
    """rust_xlsxwriter panics when its temporary sheet cannot be written (a full disk): the panic, a BaseException
    from Rust, becomes the OSError it was (so the user reads "the disk has no room"), and Rust's own panic message
    goes to the log instead of the terminal. Exceptions from the rows (Cancelled) pass through unchanged."""
    with _stderr_to_log():
        try:
            write(*args, **kwargs)
        except OSError as exc:
            if exc.errno is None and (found := re.search(r"os error (\d+)", str(exc))):
                code = int(found.group(1))  # the writer's own I/O error, as text: the system's error it was
                raise OSError(code, os.strerror(code)) from None
            raise
        except BaseException as exc:
            if type(exc).__name__ != "PanicException":
                raise
            text = str(exc)
            full = any(k in text for k in ("StorageFull", "No space", "FileTooLarge", "File too large", "Quota"))
            code = errno.ENOSPC if full else errno.EIO
            raise OSError(code, os.strerror(code)) from None


@contextlib.contextmanager
def _stderr_to_log() -> Iterator[None]:
    try:
        sys_err = os.dup(2)
        sink = tempfile.TemporaryFile()
    except OSError:  # no standard error (a windowed app) or no room for the sink: nothing to keep quiet
        yield
        return
    os.dup2(sink.fileno(), 2)
    try:
        yield
    finally:
        os.dup2(sys_err, 2)
        os.close(sys_err)
        sink.seek(0)
        text = sink.read().decode("utf-8", "replace").strip()
        sink.close()
        if text:
            log.warning("The XLSX writer said: %s", text)
