"""The five reports (the daily report, the period and season summaries, the statistics return, the funder report)
and the tour sheet, built from frozen facts into the shared page frame.

Every report runs in two steps: `gather` reads what it prints inside one database session into frozen dataclasses
(reports/data.py), and the layout draws those after the session has closed, from a frozen request.

Every text that people typed (names, comments, observations, kiosk words, imported answers) reaches reportlab
through pdf.literal()/pdf.para() or a table cell, which print it exactly as typed."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table

from mediator_desk.db import repositories as repo
from mediator_desk.db.database import Database
from mediator_desk.db.models import Feedback, Programme, Tour, Voucher
from mediator_desk.enums import LearningOutcome
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError
from mediator_desk.services import closing
from mediator_desk.services.fields import AGES, GROUP_FIELDS, FieldSpec
from mediator_desk.services.reports import data as rdata
from mediator_desk.services.reports.i18n import fmt_date, fmt_int, fmt_pct, fmt_period, label, t, texts
from mediator_desk.services.reports.pdf import (
    Cover,
    bar_chart,
    layout,
    literal,
    no_data,
    para,
    plain,
    styles,
    table,
    write_pdf,
)
from mediator_desk.services.reports.qr import qr_drawing, survey_url
from mediator_desk.services.timeutil import local, now_utc

REPORT_KINDS = ("tour", "day", "period", "statistics", "vouchers")
SMALL = 5
COMMENTS_PER_OUTCOME = 6
COMMENTS_ON_A_DAY = 40
RULES = {"kind": QT_TRANSLATE_NOOP("rules", "Unknown report “{kind}”."),
         "to": QT_TRANSLATE_NOOP("rules", "The last day is before the first day."),
         "session": QT_TRANSLATE_NOOP("rules", "Choose the tour to print."),
         "no_tour": QT_TRANSLATE_NOOP("rules", "There is no tour with the id {id} in this database.")}


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    first: dt.date | None = None
    last: dt.date | None = None
    exhibition_ids: tuple[uuid.UUID, ...] | None = None
    session_id: uuid.UUID | None = None  # the tour of a tour sheet
    lang: str = "en"
    hide_small: bool = False
    device: str = ""

    def resolved(self, today: dt.date) -> ReportRequest:
        """The same request with its period settled (a day report's one day; the year so far by default)."""
        if self.kind not in REPORT_KINDS:
            raise ValidationError.rule("kind", RULES["kind"], kind=self.kind)
        if self.kind == "tour":
            if self.session_id is None:
                raise ValidationError.rule("session", RULES["session"])
            return self
        if self.kind == "day":
            day = self.last or self.first or today
            return dataclasses.replace(self, first=day, last=day)
        first, last = self.first or dt.date(today.year, 1, 1), self.last or today
        if last < first:
            raise ValidationError.rule("to", RULES["to"])
        return dataclasses.replace(self, first=first, last=last)


@dataclass(frozen=True)
class VoucherFacts:
    programme: str
    target_group: str | None
    redeemed_by_group_id: uuid.UUID | None


@dataclass(frozen=True)
class PeriodReport:
    """What a period report prints, gathered."""

    cover: Cover
    exhibition: str
    period: rdata.PeriodData
    previous: rdata.PeriodData | None
    vouchers: tuple[VoucherFacts, ...]
    signoff: closing.SignOffSummary | None = None  # the period's sign-offs (daily, period, statistics)
    # A daily report's: each exhibition's title, state that day and what changed since it was signed.
    day_states: tuple[tuple[str, closing.DayState, tuple[tuple[str, int, int], ...]], ...] = ()
    exhibition_titles: tuple[tuple[uuid.UUID, str], ...] = ()


@dataclass(frozen=True)
class TourSheet:
    """What a tour sheet prints, gathered."""

    cover: Cover
    exhibition: str
    timezone: str
    tour: rdata.TourFacts
    tally: tuple[tuple[tuple[str, int], int], ...]  # ((method, rating), answers)
    comments: tuple[rdata.Comment, ...]
    survey_url: str


def _count(value: int, req: ReportRequest) -> str:
    """A count as printed: groups smaller than 5 may be hidden for privacy."""
    if req.hide_small and 0 < value < SMALL:
        return "<5"
    return fmt_int(value, req.lang)


def build_report(db: Database, req: ReportRequest, target: Path) -> int:
    """Write the report to `target` (PDF, written aside and renamed into place). Returns the number of pages."""
    req = req.resolved(dt.date.today())
    with db.session() as session:
        facts = _gather_tour(session, req) if req.kind == "tour" else _gather_period(session, req)
    if isinstance(facts, TourSheet):
        return write_pdf(target, facts.cover, lambda: _tour_sheet(facts, req))
    return write_pdf(target, facts.cover, lambda: _period_story(facts, req))


def _gather_period(session, req: ReportRequest) -> PeriodReport:
    ids = list(req.exhibition_ids) if req.exhibition_ids else None
    period = rdata.gather(session, req.first, req.last, ids)
    venue, exhibition = rdata.venue_and_exhibition(session, ids, t("all_exhibitions", req.lang))
    previous = None
    if req.kind == "period":
        span = dt.timedelta(days=(req.last - req.first).days + 1)
        previous = rdata.gather(session, req.first - span, req.first - dt.timedelta(days=1), ids)
    vouchers: tuple[VoucherFacts, ...] = ()
    if req.kind == "vouchers":
        from sqlalchemy import select

        programmes = {p.id: p.name for p in session.scalars(select(Programme))}
        vouchers = tuple(VoucherFacts(programmes.get(v.programme_id, "—"), v.target_group, v.redeemed_by_group_id)
                         for v in session.scalars(select(Voucher)))
    signoff, day_states, titles = None, [], ()
    if req.kind in ("day", "period", "statistics"):
        found = closing.states(session, req.first, req.last, ids)
        now = closing.day_totals(session, req.first, req.last, ids)
        signoff = closing.summarize(now, found)
        titles = tuple((ex.id, ex.title) for ex in repo.exhibitions(session) if not ids or ex.id in ids)
        if req.kind == "day":
            for ex_id, title in titles:
                key = (ex_id, req.first)
                if key in found or key in now:
                    state = found.get(key, closing.DayState(ex_id, req.first))
                    day_states.append((title, state, tuple(state.changes(now.get(key, closing.Totals())))))
    title_key = {"day": "daily"}.get(req.kind, req.kind)
    cover = Cover(t(title_key, req.lang), venue, exhibition, fmt_period(req.first, req.last, req.lang), req.device,
                  req.lang, local(now_utc(), period.tz))
    return PeriodReport(cover, exhibition, period, previous, vouchers, signoff, tuple(day_states), titles)


def _period_story(facts: PeriodReport, req: ReportRequest) -> list:
    head = [_text(facts.cover.title, "title"), para(f"{facts.exhibition} · {facts.cover.period}", "small"),
            Spacer(1, 4 * mm)]
    if req.kind != "vouchers" and not facts.period.has_data():
        return head + no_data(req.lang)
    builder = {"day": _daily, "period": _period, "statistics": _statistics, "vouchers": _vouchers}[req.kind]
    body = builder(facts, req)
    if req.hide_small:
        body.append(_text(t("hidden_small", req.lang), "small"))
    return head + body


# --- building blocks -----------------------------------------------------------------------------------

def _text(text: str, style: str = "body") -> Paragraph:
    """One of the report's own texts (a translation: escaped too, it is not markup either)."""
    return Paragraph(escape(text), styles()[style])


def _heading(text: str) -> Paragraph:
    return _text(text, "h2")


def _field_name(spec: FieldSpec, lang: str) -> str:
    """A tour's or a group's field, named as in the interface (fields.py), in the report's language."""
    return texts(lang).translate("fields", spec.label)


def _kpis(period: rdata.PeriodData, req: ReportRequest) -> Table:
    """The period at a glance; the adults who came with the groups beside the participants, never in them."""
    lang = req.lang
    cells = [(fmt_int(period.walk_in_total, lang), t("walk_in_total", lang)),
             (fmt_int(len(period.held), lang), t("sessions", lang)),
             (fmt_int(period.participants, lang), t("participants", lang)),
             (fmt_int(period.accompanying_adults, lang), t("kpi_adults", lang)),
             (fmt_int(period.feedback_count, lang), t("feedback", lang))]
    row = [[Paragraph(value, styles()["big"]), Paragraph(escape(key), styles()["small"])] for value, key in cells]
    return layout([row], [35 * mm] * 5)


def _partners(period: rdata.PeriodData, req: ReportRequest) -> list:
    """Every partner's groups of held tours: how many, their participants, the adults with them and the vouchers
    they redeemed (groups without a partner last)."""
    lang = req.lang
    by: dict[str, list[int]] = {}
    for group in period.groups():
        entry = by.setdefault(group.partner, [0, 0, 0, 0])
        entry[0] += 1
        entry[1] += group.participants
        entry[2] += group.accompanying_adults or 0
        entry[3] += len(group.vouchers)
    if not any(by):
        return [_heading(t("by_partner", lang)), _text(t("none", lang))]
    order = sorted((name for name in by if name), key=lambda name: (-by[name][1], name))
    rows = [[t("partner", lang), t("groups", lang), t("participants", lang), t("adults_accompanying", lang),
             t("vouchers_col", lang)]]
    for name in [*order, *([""] if "" in by else [])]:
        groups, people, adults, vouchers = by[name]
        rows.append([name or t("no_partner", lang), fmt_int(groups, lang), _count(people, req),
                     _count(adults, req), fmt_int(vouchers, lang)])
    return [_heading(t("by_partner", lang)),
            table(rows, [78 * mm, 20 * mm, 28 * mm, 32 * mm, 20 * mm], numeric_from=1, numeric_to=4)]


def _counter_table(counter: Counter, head: list[str], req: ReportRequest, labeler=None, limit: int = 40) -> Table:
    labeler = labeler or (lambda key: label(key, req.lang))
    rows = [head] + [[labeler(key) or "—", _count(value, req)] for key, value in counter.most_common(limit)]
    return table(rows, [110 * mm, 35 * mm])


def _tours_table(tours: list[rdata.TourFacts], req: ReportRequest, tz: str) -> Table:
    lang = req.lang
    rows = [[t("time", lang), t("format", lang), t("language", lang), t("mediators", lang), t("participants", lang),
             t("booked", lang), t("status", lang)]]
    for tour in tours:
        people = sum(group.participants for group in tour.groups)
        rows.append([rdata.local_time(tour.start, tz), label(tour.format, lang), ", ".join(tour.languages),
                     ", ".join(tour.names), _count(people, req) if tour.status in repo.HELD_STATUSES else "–",
                     fmt_int(tour.expected_size, lang) if tour.expected_size else "–", label(tour.status, lang)])
    return table(rows, [14 * mm, 32 * mm, 16 * mm, 52 * mm, 22 * mm, 18 * mm, 24 * mm], numeric_from=4,
                 numeric_to=5)


def _ratings(ratings: dict[tuple[str, int], int], req: ReportRequest) -> list:
    charts = []
    for method in sorted({method for method, _ in ratings}):
        low, high = (0, 10) if method == "nps_11" else (0, 1) if method == "yes_no" else (1, 5)
        scale = list(range(low, high + 1))
        counts = [ratings.get((method, rating), 0) for rating in scale]
        charts.append(bar_chart([str(rating) for rating in scale], counts,
                                f"{t('ratings', req.lang)}: {label(method, req.lang)}", width=85 * mm, height=40 * mm))
    if not charts:
        return [_text(t("none", req.lang))]
    pairs = [charts[i:i + 2] for i in range(0, len(charts), 2)]
    return [layout([pair + [""] * (2 - len(pair)) for pair in pairs], [88 * mm, 88 * mm])]


def _comments(comments, req: ReportRequest, limit: int) -> list:
    """Visitors' words, each printed as written, with its language."""
    if not comments:
        return [_text(t("none", req.lang))]
    out = [Paragraph(f"• [{escape(comment.language or '–')}] {literal(comment.text)}", styles()["cell"])
           for comment in comments[:limit]]
    if len(comments) > limit:
        out.append(_text(t("more_comments", req.lang).format(fmt_int(len(comments) - limit, req.lang)), "small"))
    return out


# --- the reports ---------------------------------------------------------------------------------------

def _daily(facts: PeriodReport, req: ReportRequest) -> list:
    lang, period = req.lang, facts.period
    hours = sorted(period.by_hour)
    story = [_kpis(period, req), Spacer(1, 3 * mm)]
    if hours:
        span = list(range(min(hours), max(hours) + 1))
        story.append(bar_chart([f"{hour}" for hour in span], [period.by_hour.get(hour, 0) for hour in span],
                               t("hourly", lang)))
        rows = [[t("hour", lang), t("walk_in", lang)]] + [
            [f"{hour:02d}:00–{hour + 1:02d}:00", fmt_int(period.by_hour.get(hour, 0), lang)] for hour in span]
        rows.append([t("total", lang), fmt_int(period.walk_in_total, lang)])
        story += [table(rows, [50 * mm, 35 * mm]),
                  _text(f"{t('method', lang)}: " + ", ".join(f"{label(method, lang)} ({fmt_int(total, lang)})"
                                                            for method, total in period.methods.items()), "small")]
    shift = sorted({name for tour in period.tours for name in tour.names})
    story += [_heading(t("mediators_on_shift", lang)), para(", ".join(shift) or "—"),
              _heading(t("tours_today", lang)), _tours_table(list(period.tours), req, period.tz)]
    story += [_heading(t("by_language", lang)),
              _counter_table(period.tours_by_language(), [t("language", lang), t("count", lang)], req, labeler=str)]
    story += [_heading(t("groups", lang)), _counter_table(period.participants_by(lambda group: group.group_type),
                                                          [t("group_type", lang), t("participants", lang)], req)]
    story += _partners(period, req)
    story += [_heading(t("ratings", lang)), *_ratings(period.ratings, req)]
    story += [_heading(t("feedback_comments", lang)), *_comments(period.comments, req, COMMENTS_ON_A_DAY)]
    incidents = [tour.incidents for tour in period.tours if tour.incidents]
    story += [_heading(t("incidents", lang))] + ([para(text) for text in incidents] or [_text(t("none", lang))])
    return story + _day_signoff(facts, req)


SIGNOFF_FIGURES = {"walk_ins": "walk_in_total", "tours_held": "sessions", "participants": "participants",
                   "feedback": "feedback"}
SIGNOFF_ROWS = 40


def _changed_text(changes, lang: str) -> str:
    return "; ".join(f"{t(SIGNOFF_FIGURES[name], lang)} {fmt_int(was, lang)} → {fmt_int(now, lang)}"
                     for name, was, now in changes)


def _when(at: dt.datetime, tz: str, lang: str) -> str:
    moment = local(at, tz)
    return f"{fmt_date(moment.date(), lang)} {moment:%H:%M}"


def _day_signoff(facts: PeriodReport, req: ReportRequest) -> list:
    """The daily report's sign-off: who signed, an amendment or a reopening with its reason, a later change."""
    lang, tz = req.lang, facts.period.tz
    story: list = [_heading(t("signoff", lang))]
    several = len(facts.day_states) > 1
    for title, state, changes in facts.day_states:
        lines = []
        last = state.events[-1] if state.events else None
        if last is None:
            lines.append(t("so_not_signed", lang))
        elif state.status == closing.REOPENED:
            lines.append(t("so_reopened", lang).format(last.signer, _when(last.at, tz, lang), last.reason))
        elif last.action == closing.AMENDED:
            lines.append(t("so_amended", lang).format(last.signer, _when(last.at, tz, lang), last.reason or "—"))
        else:
            lines.append(t("so_signed", lang).format(last.signer, _when(last.at, tz, lang)))
        if changes:
            lines.append(t("so_changed", lang).format(_changed_text(changes, lang)))
        for line in lines:
            story.append(para(f"{title}: {line}" if several else line))
    return story if len(story) > 1 else []


def _period_signoff(facts: PeriodReport, req: ReportRequest) -> list:
    """How many of the period's days were signed, and the days amended, changed after signing or reopened."""
    lang, summary = req.lang, facts.signoff
    if summary is None or not summary.days:
        return []
    story: list = [_heading(t("signoff", lang)),
                   _text(t("so_days", lang).format(fmt_int(summary.signed, lang), fmt_int(summary.days, lang)))]
    if summary.notes:
        titles = dict(facts.exhibition_titles)
        several = len({n.exhibition_id for n in summary.notes}) > 1
        rows = [[t("so_day", lang), t("so_what", lang), t("so_who", lang), t("so_why", lang)]]
        for note in summary.notes[:SIGNOFF_ROWS]:
            what = t(f"so_kind_{note.kind}", lang)
            if several:
                what = f"{what} · {titles.get(note.exhibition_id, '')}"
            why = _changed_text(note.changes, lang) if note.changes else note.reason
            rows.append([fmt_date(note.day, lang), what, note.who, why])
        story.append(KeepTogether([_text(t("so_list", lang), "h3"),  # the heading never alone at a page's foot
                                   table(rows, [26 * mm, 42 * mm, 44 * mm, 66 * mm], numeric_from=4, numeric_to=3)]))
        if len(summary.notes) > SIGNOFF_ROWS:
            story.append(_text(t("so_more", lang).format(fmt_int(len(summary.notes) - SIGNOFF_ROWS, lang)), "small"))
    return story


def _period(facts: PeriodReport, req: ReportRequest) -> list:
    lang, period, previous = req.lang, facts.period, facts.previous
    story = [_kpis(period, req)]
    if previous is not None:
        def change(now: int, before: int) -> str:
            return fmt_pct((now - before) / before, lang) if before else "–"
        rows = [[t("indicator", lang), t("this_period", lang), t("previous", lang), t("change", lang)]]
        for key, now, before in (("walk_in_total", period.walk_in_total, previous.walk_in_total),
                                 ("sessions", len(period.held), len(previous.held)),
                                 ("participants", period.participants, previous.participants),
                                 ("adults_accompanying", period.accompanying_adults, previous.accompanying_adults),
                                 ("feedback", period.feedback_count, previous.feedback_count)):
            rows.append([t(key, lang), fmt_int(now, lang), fmt_int(before, lang), change(now, before)])
        story += [_heading(t("comparison", lang)), table(rows, [70 * mm, 32 * mm, 32 * mm, 30 * mm]),
                  _text(t("previous_period", lang).format(fmt_period(previous.first, previous.last, lang)), "small")]
    days = sorted(period.by_day)
    if days:
        story.append(Spacer(1, 3 * mm))
        story.append(bar_chart([f"{day:%d.%m}" for day in days], [period.by_day[day] for day in days],
                               t("per_day", lang)))
        per_weekday: dict[int, list[int]] = {}
        for day in days:
            per_weekday.setdefault(day.weekday(), []).append(period.by_day[day])
        weekdays = sorted(per_weekday)
        story.append(bar_chart([texts(lang).weekday(weekday) for weekday in weekdays],
                               [sum(per_weekday[weekday]) / len(per_weekday[weekday]) for weekday in weekdays],
                               t("per_weekday", lang), width=85 * mm, height=45 * mm))
        hours = sorted(period.by_hour)
        story.append(bar_chart([str(hour) for hour in hours], [period.by_hour[hour] for hour in hours],
                               t("peak_hours", lang), width=85 * mm, height=45 * mm))
    formats = period.count_by(lambda tour: tour.format)
    story += [KeepTogether([_heading(t("by_format", lang)),
              bar_chart([label(key, lang) for key, _ in formats.most_common()],
                        [value for _, value in formats.most_common()], "", horizontal=True,
                        height=max(40, 6 * len(formats)) * mm / 1.4)]),
              _counter_table(formats, [t("format", lang), t("count", lang)], req)]
    sized = period.groups_with_people()
    average = sum(group.participants for group in sized) / len(sized) if sized else 0
    first_time = sum(group.first_time_count for group in period.groups())
    story += [_text(f"{t('avg_group', lang)}: {texts(lang).number(average)}"),
              _text(f"{t('first_time', lang)}: "
                    f"{fmt_pct(first_time / period.participants, lang) if period.participants else '–'}")]
    story += _partners(period, req)
    group_types = period.participants_by(lambda group: group.group_type)
    story += [KeepTogether([_heading(t("by_group_type", lang)),
              bar_chart([label(key, lang) for key, _ in group_types.most_common()],
                        [value for _, value in group_types.most_common()], "", horizontal=True,
                        height=max(40, 6 * len(group_types)) * mm / 1.4)])]
    languages = period.tours_by_language()
    story += [KeepTogether([_heading(t("by_language", lang)), bar_chart(list(languages), list(languages.values()),
                                                                        "", width=85 * mm, height=40 * mm)])]
    countries = period.participants_by(lambda group: group.country if group.origin == "foreign" else None)
    countries.pop(None, None)
    story += [KeepTogether([_heading(t("by_country", lang)),
                            bar_chart([key for key, _ in countries.most_common(15)],
                                      [value for _, value in countries.most_common(15)], "", width=120 * mm,
                                      height=45 * mm)])]
    story += [_heading(t("ratings", lang)), *_ratings(period.ratings, req)]
    by_outcome: dict[str, list[rdata.Comment]] = {}
    for comment in period.comments:
        for outcome in comment.outcomes or ("—",):
            by_outcome.setdefault(outcome, []).append(comment)
    story.append(_heading(t("comments_by_outcome", lang)))
    for outcome in [*LearningOutcome.values(), "—"]:
        items = by_outcome.get(outcome, [])
        if items:
            distinct = list({(comment.language, comment.text): comment for comment in items}.values())
            story.append(KeepTogether([_text(f"{label(outcome, lang) if outcome != '—' else '—'} "
                                             f"({fmt_int(len(items), lang)})", "h3"),
                                       *_comments(distinct, req, COMMENTS_PER_OUTCOME)]))
    hours_by_name = period.mediator_hours()
    rows = [[t("mediators", lang), t("hours", lang)]] + [
        [name, texts(lang).number(hours)] for name, hours in sorted(hours_by_name.items(), key=lambda kv: -kv[1])]
    story += [_heading(t("mediator_hours", lang)), table(rows, [110 * mm, 35 * mm])]
    return story + _period_signoff(facts, req)


def _statistics(facts: PeriodReport, req: ReportRequest) -> list:
    lang, period = req.lang, facts.period
    groups = period.groups()
    minors_in_groups = sum(group.minors for group in groups)
    adults_in_groups = period.participants - minors_in_groups
    guided, educational, events = period.guided(), period.educational(), period.events()

    def participants(tours) -> int:
        return sum(group.participants for tour in tours for group in tour.groups)

    def number_and_people(tours) -> str:
        return f"{fmt_int(len(tours), lang)} / {fmt_int(participants(tours), lang)}"

    foreign = sum(group.participants for group in groups if group.origin == "foreign")
    school = period.school_groups()
    rows = [[t("indicator", lang), t("value", lang), t("how_counted", lang)],
            [t("s_total", lang), fmt_int(period.walk_in_total, lang), t("s_total_how", lang)],
            [t("s_free", lang), fmt_int(period.free_walk_ins(), lang), t("s_free_how", lang)],
            [t("s_groups", lang), fmt_int(period.participants, lang), t("s_groups_how", lang)],
            [t("s_foreign", lang), fmt_int(foreign, lang), t("s_foreign_how", lang)],
            [t("s_school", lang),
             f"{fmt_int(len(school), lang)} / {fmt_int(sum(group.participants for group in school), lang)}",
             t("s_school_how", lang)],
            [t("s_minors", lang), f"{fmt_int(minors_in_groups, lang)} / {fmt_int(adults_in_groups, lang)}",
             t("s_minors_how", lang)],
            [t("s_adults", lang), fmt_int(period.accompanying_adults, lang), t("s_adults_how", lang)],
            [t("s_guided", lang), number_and_people(guided), t("s_guided_how", lang)],
            [t("s_edu", lang), number_and_people(educational), t("s_edu_how", lang)],
            [t("s_events", lang), number_and_people(events), t("s_events_how", lang)],
            [t("s_days", lang), fmt_int(period.open_days(), lang), t("s_days_how", lang)],
            [t("s_hours", lang), fmt_int(period.open_hours_with_visits(), lang), t("s_hours_how", lang)]]
    indented = {2, 4, 5, 6}  # "of which": free walk-ins under the walk-ins; the groups' details under the groups
    for admission, total in Counter(period.by_admission).most_common():
        rows.append([t("s_admission", lang).format(label(admission, lang)), fmt_int(total, lang),
                     t("s_admission_how", lang)])
    team = period.team_status()
    paid = sum(team.values())
    rows.append([t("s_mediators", lang), f"{fmt_int(paid, lang)} / {fmt_int(len(team) - paid, lang)}",
                 t("s_mediators_how", lang)])
    methods = ", ".join(f"{label(method, lang)}: {fmt_int(total, lang)}"
                        for method, total in period.methods.items()) or "—"
    return [_kpis(period, req), _heading(t("statistics", lang)),
            table(rows, [62 * mm, 30 * mm, 86 * mm], numeric_from=1, numeric_to=1, indented=indented),
            *_partners(period, req),
            _heading(t("methodology", lang)), _text(t("s_method_note", lang).format(methods)),
            *_period_signoff(facts, req)]


def _vouchers(facts: PeriodReport, req: ReportRequest) -> list:
    lang = req.lang
    groups = {group.id: group for group in facts.period.groups()}
    rows = [[t("programme", lang), t("issued", lang), t("redeemed", lang)]]
    by_programme: dict[str, list[int]] = {}
    for voucher in facts.vouchers:
        entry = by_programme.setdefault(voucher.programme, [0, 0])
        entry[0] += 1
        entry[1] += int(voucher.redeemed_by_group_id in groups)
    rows += [[name, fmt_int(issued, lang), fmt_int(redeemed, lang)]
             for name, (issued, redeemed) in sorted(by_programme.items())]
    reach: Counter = Counter()
    first_time = 0
    for voucher in facts.vouchers:
        group = groups.get(voucher.redeemed_by_group_id)
        if group is None:
            continue
        reach[voucher.target_group] += group.participants
        first_time += group.first_time_count
    total = sum(reach.values())
    return [table(rows, [100 * mm, 35 * mm, 35 * mm]),
            _heading(t("reach", lang)),
            _counter_table(reach, [t("target_group", lang), t("participants", lang)], req),
            *_partners(facts.period, req),  # every partner's groups, with or without vouchers
            _text(f"{t('first_time', lang)}: {fmt_pct(first_time / total, lang) if total else '–'}")]


# --- the tour sheet ------------------------------------------------------------------------------------

def _gather_tour(session, req: ReportRequest) -> TourSheet:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from mediator_desk.db.models import TourMediator, VisitorGroup

    lang = req.lang
    loaded = session.get(Tour, req.session_id, options=[
        selectinload(Tour.groups).selectinload(VisitorGroup.partner),
        selectinload(Tour.mediator_links).selectinload(TourMediator.mediator),
        selectinload(Tour.programme)])
    if loaded is None:
        raise ValidationError.rule("session", RULES["no_tour"], id=req.session_id)
    exhibition = loaded.exhibition
    venue = exhibition.venue
    tz = venue.timezone
    tour = rdata.tour_facts(loaded, repo.vouchers_by_group(session, [group.id for group in loaded.groups]))
    day = local(tour.start, tz).date()
    answers = session.execute(select(Feedback.method, Feedback.rating, Feedback.language, Feedback.comment,
                                     Feedback.one_word).where(Feedback.session_id == tour.id)
                              .order_by(Feedback.given_at)).all()
    tally = Counter((method, rating) for method, rating, *_ in answers if rating is not None)
    comments = tuple(rdata.Comment(language or "", comment or word, (), tour.id, day)
                     for _method, _rating, language, comment, word in answers if comment or word)
    url = survey_url(venue.survey_url_template, str(tour.id)) if venue.survey_url_template else ""
    cover = Cover(t("tour", lang), venue.name, exhibition.title, fmt_date(day, lang), req.device, lang,
                  local(now_utc(), tz))
    return TourSheet(cover, exhibition.title, tz, tour, tuple(sorted(tally.items())), comments, url)


def _sheet_value(group: rdata.GroupFacts, spec: FieldSpec, lang: str) -> str:
    value = group.vouchers if spec.kind == "codes" else group.partner if spec.kind == "ref" else \
        getattr(group, spec.name)
    if spec.kind == "enum":
        return label(value, lang) or "—"
    if spec.kind == "codes":  # a code never breaks inside ("CV-2026-01 / 7"): its spaces do not break
        return ", ".join(code.replace(" ", "\u00a0") for code in value) or "—"
    if isinstance(value, (list, tuple)):
        return ", ".join(label(item, lang) if spec.kind == "enums" else item for item in value) or "—"
    return str(value) if value not in (None, "") else "—"


def _tour_sheet(facts: TourSheet, req: ReportRequest) -> list:
    lang, tour, tz = req.lang, facts.tour, facts.timezone
    duration = (int((tour.actual_end - tour.actual_start).total_seconds() // 60)
                if tour.actual_start and tour.actual_end else None)
    mediators = [member.name + (f" ({t('lead_short', lang)})" if member.is_lead else "") for member in tour.team]
    rows = [[t("time", lang), f"{rdata.local_time(tour.start, tz)}–{rdata.local_time(tour.actual_end, tz)}"],
            [t("duration", lang), f"{duration} {t('minutes', lang)}" if duration is not None else "–"],
            [t("format", lang), label(tour.format, lang)], [t("languages", lang), ", ".join(tour.languages)],
            [t("mediators", lang), ", ".join(mediators) or "—"], [t("programme", lang), tour.programme or "—"],
            [t("status", lang), label(tour.status, lang)],
            [t("booked", lang), fmt_int(tour.expected_size, lang) if tour.expected_size else "–"],
            [t("participants", lang), _count(sum(group.participants for group in tour.groups), req)]]
    facts_table = table(rows, [40 * mm, 95 * mm], numeric_from=9, header=False)
    head = [[facts_table, [qr_drawing(facts.survey_url, 38 * mm), _text(t("scan_feedback", lang), "small")]
             if facts.survey_url else ""]]
    counts = [[t("group_type", lang), *[spec.label.removeprefix("Ages ") for spec in AGES],
               t("adults_accompanying", lang)]]
    for group in tour.groups:
        counts.append([label(group.group_type, lang), *[_count(getattr(group, spec.name), req) for spec in AGES],
                       _count(group.accompanying_adults, req)])
    shown = [spec for spec in GROUP_FIELDS if spec.sheet]  # the group's details: fields.py says which
    details = [[_field_name(spec, lang) for spec in shown]]
    details += [[_sheet_value(group, spec, lang) for spec in shown] for group in tour.groups]
    access = sorted({item for group in tour.groups for item in (group.access_provisions or [])})
    tally = ", ".join(f"{label(method, lang)} {rating}: {fmt_int(answers, lang)}"
                      for (method, rating), answers in facts.tally)
    return [_text(facts.cover.title, "title"), para(f"{facts.exhibition} · {facts.cover.period}", "small"),
            Spacer(1, 4 * mm), layout(head, [135 * mm, 44 * mm]),
            _heading(t("groups", lang)),
            table(counts, [44 * mm] + [12 * mm] * len(AGES) + [25 * mm], numeric_from=1),
            Spacer(1, 2 * mm),
            table(details, [spec.sheet * mm for spec in shown], numeric_from=99),
            _heading(t("access", lang)), _text(", ".join(label(item, lang) for item in access) or "—"),
            _heading(t("feedback_tally", lang)), _text(tally or "—"),
            _heading(t("feedback_comments", lang)), *_comments(facts.comments, req, COMMENTS_ON_A_DAY),
            _heading(t("observations", lang)), para(tour.observations or "—"),
            _heading(t("reflection", lang)), para(tour.reflection or "—"),
            _heading(t("incidents", lang)), para(tour.incidents) if tour.incidents else _text(t("none", lang)),
            Spacer(1, 18 * mm),
            table([["_" * 34, "_" * 34], [t("signature_mediator", lang), t("signature_coordinator", lang)]],
                  [90 * mm, 90 * mm], numeric_from=9, header=False)]


__all__ = ["REPORT_KINDS", "PeriodReport", "ReportRequest", "TourSheet", "build_report", "plain"]
