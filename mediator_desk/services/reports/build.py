"""The five reports (the daily report, the period and season summaries, the statistics return, the funder report), built from PeriodData into the shared page frame.

Every text that people typed (names, comments, observations, kiosk words, imported answers) reaches reportlab
through pdf.literal()/pdf.para() or a table cell, which print it exactly as typed."""

from __future__ import annotations

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
from mediator_desk.db.models import Feedback, PartnerOrganisation, Programme, TourSession, Voucher
from mediator_desk.enums import AGE_COLUMNS, LearningOutcome
from mediator_desk.errors import QT_TRANSLATE_NOOP, ValidationError
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


@dataclass
class ReportRequest:
    kind: str
    first: dt.date | None = None
    last: dt.date | None = None
    exhibition_ids: list[uuid.UUID] | None = None
    session_id: uuid.UUID | None = None
    lang: str = "en"
    hide_small: bool = False
    device: str = ""


def _n(value: int, req: ReportRequest) -> str:
    """A count as printed: groups smaller than 5 may be hidden for privacy."""
    if req.hide_small and 0 < value < SMALL:
        return "<5"
    return fmt_int(value, req.lang)


def build_report(db: Database, req: ReportRequest, target: Path) -> int:
    """Write the report to `target` (PDF, written aside and renamed into place). Returns the number of pages."""
    if req.kind not in REPORT_KINDS:
        raise ValidationError.rule("kind", RULES["kind"], kind=req.kind)
    if req.kind == "tour":
        return _tour_sheet(db, req, target)
    today = dt.date.today()
    if req.kind == "day":
        req.first = req.last = req.last or req.first or today
    first = req.first or dt.date(today.year, 1, 1)
    last = req.last or today
    if last < first:
        raise ValidationError.rule("to", RULES["to"])
    req.first, req.last = first, last
    with db.session() as s:
        pd = rdata.gather(s, first, last, req.exhibition_ids)
        venue, exhibition = rdata.venue_and_exhibition(s, req.exhibition_ids, t("all_exhibitions", req.lang))
        previous = None
        if req.kind == "period":
            span = (last - first).days + 1
            previous = rdata.gather(s, first - dt.timedelta(days=span), first - dt.timedelta(days=1),
                                    req.exhibition_ids)
        extra = _voucher_data(s) if req.kind == "vouchers" else None
        title_key = {"day": "daily"}.get(req.kind, req.kind)
        cover = Cover(t(title_key, req.lang), venue, exhibition, fmt_period(first, last, req.lang), req.device,
                      req.lang, local(now_utc(), pd.tz))
        builder = {"day": _daily, "period": _period, "statistics": _statistics, "vouchers": _vouchers}[req.kind]

        def story():
            head = [_text(cover.title, "title"), para(f"{exhibition} · {cover.period}", "small"), Spacer(1, 4 * mm)]
            if req.kind != "vouchers" and not pd.has_data():
                return head + no_data(req.lang)
            body = builder(pd, req, previous=previous, extra=extra)
            if req.hide_small:
                body.append(_text(t("hidden_small", req.lang), "small"))
            return head + body

        return write_pdf(target, cover, story)


# --- building blocks -----------------------------------------------------------------------------------

def _text(text: str, style: str = "body") -> Paragraph:
    """One of the report's own texts (a translation: escaped too, it is not markup either)."""
    return Paragraph(escape(text), styles()[style])


def _h(text: str) -> Paragraph:
    return _text(text, "h2")


def _kpis(pd: rdata.PeriodData, req: ReportRequest) -> Table:
    st = styles()
    cells = [(fmt_int(pd.walk_in_total, req.lang), t("walk_in_total", req.lang)),
             (fmt_int(len(pd.held), req.lang), t("sessions", req.lang)),
             (fmt_int(pd.participants, req.lang), t("participants", req.lang)),
             (fmt_int(pd.feedback_count, req.lang), t("feedback", req.lang))]
    row = [[Paragraph(v, st["big"]), Paragraph(escape(k), st["small"])] for v, k in cells]
    return layout([row], [44 * mm] * 4)


def _counter_table(counter: Counter, head: list[str], req: ReportRequest, labeler=None, limit: int = 40) -> Table:
    labeler = labeler or (lambda k: label(k, req.lang))
    rows = [head] + [[labeler(k) or "—", _n(v, req)] for k, v in counter.most_common(limit)]
    return table(rows, [110 * mm, 35 * mm])


def _team(x: TourSession) -> list[str]:
    """The tour's mediators, the lead first (people removed from the team are not listed)."""
    links = sorted(x.mediator_links, key=lambda k: (not k.is_lead, k.mediator.display_name))
    return [k.mediator.display_name for k in links]


def _sessions_table(sessions: list[TourSession], req: ReportRequest, tz: str) -> Table:
    L = req.lang
    rows = [[t("time", L), t("format", L), t("language", L), t("mediators", L), t("participants", L),
             t("booked", L), t("status", L)]]
    for x in sessions:
        part = sum(g.participants for g in x.groups)
        rows.append([rdata.local_time(x.actual_start or x.planned_start, tz), label(x.format, L),
                     ", ".join(x.languages or []), ", ".join(_team(x)),
                     _n(part, req) if x.status in repo.HELD_STATUSES else "–",
                     fmt_int(x.expected_size, L) if x.expected_size else "–", label(x.status, L)])
    return table(rows, [14 * mm, 32 * mm, 16 * mm, 52 * mm, 22 * mm, 18 * mm, 24 * mm], numeric_from=4,
                 numeric_to=5)


def _ratings(pd: rdata.PeriodData, req: ReportRequest) -> list:
    out = []
    for method in sorted({m for m, _ in pd.ratings}):
        lo, hi = (0, 10) if method == "nps_11" else (0, 1) if method == "yes_no" else (1, 5)
        scale = list(range(lo, hi + 1))
        counts = [pd.ratings.get((method, r), 0) for r in scale]
        out.append(bar_chart([str(r) for r in scale], counts, f"{t('ratings', req.lang)}: {label(method, req.lang)}",
                             width=85 * mm, height=40 * mm))
    if not out:
        return [_text(t("none", req.lang))]
    pairs = [out[i:i + 2] for i in range(0, len(out), 2)]
    return [layout([p + [""] * (2 - len(p)) for p in pairs], [88 * mm, 88 * mm])]


def _comments(comments: list[rdata.Comment], req: ReportRequest, limit: int) -> list:
    """Visitors' words, each printed as written, with its language."""
    st = styles()
    if not comments:
        return [_text(t("none", req.lang))]
    out = [Paragraph(f"• [{escape(c.language or '–')}] {literal(c.text)}", st["cell"]) for c in comments[:limit]]
    if len(comments) > limit:
        out.append(_text(t("more_comments", req.lang).format(fmt_int(len(comments) - limit, req.lang)), "small"))
    return out


# --- the reports ---------------------------------------------------------------------------------------

def _daily(pd: rdata.PeriodData, req: ReportRequest, **_) -> list:
    L = req.lang
    hours = sorted(pd.by_hour)
    story = [_kpis(pd, req), Spacer(1, 3 * mm)]
    if hours:
        span = list(range(min(hours), max(hours) + 1))
        story.append(bar_chart([f"{h}" for h in span], [pd.by_hour.get(h, 0) for h in span], t("hourly", L)))
        rows = [[t("hour", L), t("walk_in", L)]] + [[f"{h:02d}:00–{h + 1:02d}:00", fmt_int(pd.by_hour.get(h, 0), L)]
                                                       for h in span]
        rows.append([t("total", L), fmt_int(pd.walk_in_total, L)])
        story += [table(rows, [50 * mm, 35 * mm]),
                  _text(f"{t('method', L)}: " + ", ".join(f"{label(m, L)} ({fmt_int(v, L)})"
                                                         for m, v in pd.methods.items()), "small")]
    shift = sorted({name for x in pd.sessions for name in _team(x)})
    story += [_h(t("mediators_on_shift", L)), para(", ".join(shift) or "—"),
              _h(t("tours_today", L)), _sessions_table(pd.sessions, req, pd.tz)]
    story += [_h(t("by_language", L)), _counter_table(pd.tours_by_language(), [t("language", L), t("count", L)],
                                                      req, labeler=str)]
    story += [_h(t("groups", L)), _counter_table(pd.participants_by(lambda g: g.group_type),
                                                 [t("group_type", L), t("participants", L)], req)]
    story += [_h(t("ratings", L)), *_ratings(pd, req)]
    story += [_h(t("feedback_comments", L)), *_comments(pd.comments, req, COMMENTS_ON_A_DAY)]
    incidents = [x.incidents for x in pd.sessions if x.incidents]
    story += [_h(t("incidents", L))] + ([para(text) for text in incidents] or [_text(t("none", L))])
    return story


def _period(pd: rdata.PeriodData, req: ReportRequest, previous: rdata.PeriodData | None = None, **_) -> list:
    L = req.lang
    story = [_kpis(pd, req)]
    if previous is not None:
        def change(a: int, b: int) -> str:
            return fmt_pct((a - b) / b, L) if b else "–"
        rows = [[t("indicator", L), t("this_period", L), t("previous", L), t("change", L)]]
        for key, a, b in (("walk_in_total", pd.walk_in_total, previous.walk_in_total),
                          ("sessions", len(pd.held), len(previous.held)),
                          ("participants", pd.participants, previous.participants),
                          ("feedback", pd.feedback_count, previous.feedback_count)):
            rows.append([t(key, L), fmt_int(a, L), fmt_int(b, L), change(a, b)])
        story += [_h(t("comparison", L)), table(rows, [70 * mm, 32 * mm, 32 * mm, 30 * mm]),
                  _text(t("previous_period", L).format(fmt_period(previous.first, previous.last, L)), "small")]
    days = sorted(pd.by_day)
    if days:
        story.append(Spacer(1, 3 * mm))
        story.append(bar_chart([f"{d:%d.%m}" for d in days], [pd.by_day[d] for d in days], t("per_day", L)))
        per_wd: dict[int, list[int]] = {}
        for d in days:
            per_wd.setdefault(d.weekday(), []).append(pd.by_day[d])
        wds = sorted(per_wd)
        story.append(bar_chart([texts(L).weekday(w) for w in wds], [sum(per_wd[w]) / len(per_wd[w]) for w in wds],
                               t("per_weekday", L), width=85 * mm, height=45 * mm))
        hours = sorted(pd.by_hour)
        story.append(bar_chart([str(h) for h in hours], [pd.by_hour[h] for h in hours], t("peak_hours", L),
                               width=85 * mm, height=45 * mm))
    fmt_counts = pd.count_by(lambda x: x.format)
    story += [KeepTogether([_h(t("by_format", L)),
              bar_chart([label(k, L) for k, _ in fmt_counts.most_common()], [v for _, v in fmt_counts.most_common()],
                        "", horizontal=True, height=max(40, 6 * len(fmt_counts)) * mm / 1.4)]),
              _counter_table(fmt_counts, [t("format", L), t("count", L)], req)]
    sized = pd.groups_with_people()
    avg = sum(g.participants for g in sized) / len(sized) if sized else 0
    first_time = sum(g.first_time_count for g in pd.groups())
    story += [_text(f"{t('avg_group', L)}: {texts(L).number(avg)}"),
              _text(f"{t('first_time', L)}: {fmt_pct(first_time / pd.participants, L) if pd.participants else '–'}")]
    gt = pd.participants_by(lambda g: g.group_type)
    story += [KeepTogether([_h(t("by_group_type", L)),
              bar_chart([label(k, L) for k, _ in gt.most_common()], [v for _, v in gt.most_common()],
                        "", horizontal=True, height=max(40, 6 * len(gt)) * mm / 1.4)])]
    langs = pd.tours_by_language()
    story += [KeepTogether([_h(t("by_language", L)), bar_chart(list(langs), list(langs.values()), "",
                                                               width=85 * mm, height=40 * mm)])]
    countries = pd.participants_by(lambda g: g.country if g.origin == "foreign" else None)
    countries.pop(None, None)
    story += [KeepTogether([_h(t("by_country", L)), bar_chart([k for k, _ in countries.most_common(15)],
                                                              [v for _, v in countries.most_common(15)], "",
                                                              width=120 * mm, height=45 * mm)])]
    story += [_h(t("ratings", L)), *_ratings(pd, req)]
    by_outcome: dict[str, list[rdata.Comment]] = {}
    for c in pd.comments:
        for o in c.outcomes or ("—",):
            by_outcome.setdefault(o, []).append(c)
    story.append(_h(t("comments_by_outcome", L)))
    for outcome in [*LearningOutcome.values(), "—"]:
        items = by_outcome.get(outcome, [])
        if items:
            distinct = list({(c.language, c.text): c for c in items}.values())
            story.append(KeepTogether([_text(f"{label(outcome, L) if outcome != '—' else '—'} "
                                             f"({fmt_int(len(items), L)})", "h3"),
                                       *_comments(distinct, req, COMMENTS_PER_OUTCOME)]))
    hours = pd.mediator_hours()
    rows = [[t("mediators", L), t("hours", L)]] + [[n, texts(L).number(h)]
                                                   for n, h in sorted(hours.items(), key=lambda kv: -kv[1])]
    story += [_h(t("mediator_hours", L)), table(rows, [110 * mm, 35 * mm])]
    return story


def _statistics(pd: rdata.PeriodData, req: ReportRequest, **_) -> list:
    L = req.lang
    groups = pd.groups()
    minors_groups = sum(g.minors for g in groups)
    adults_groups = pd.participants - minors_groups
    guided, edu, events = pd.guided(), pd.educational(), pd.events()

    def participants(xs) -> int:
        return sum(g.participants for x in xs for g in x.groups)

    foreign = sum(g.participants for g in groups if g.origin == "foreign")
    school = pd.school_groups()
    rows = [[t("indicator", L), t("value", L), t("how_counted", L)],
            [t("s_total", L), fmt_int(pd.walk_in_total, L), t("s_total_how", L)],
            [t("s_free", L), fmt_int(pd.free_walk_ins(), L), t("s_free_how", L)],
            [t("s_groups", L), fmt_int(pd.participants, L), t("s_groups_how", L)],
            [t("s_foreign", L), fmt_int(foreign, L), t("s_foreign_how", L)],
            [t("s_school", L), f"{fmt_int(len(school), L)} / {fmt_int(sum(g.participants for g in school), L)}",
             t("s_school_how", L)],
            [t("s_minors", L), f"{fmt_int(minors_groups, L)} / {fmt_int(adults_groups, L)}", t("s_minors_how", L)],
            [t("s_adults", L), fmt_int(pd.accompanying_adults, L), t("s_adults_how", L)],
            [t("s_guided", L), f"{fmt_int(len(guided), L)} / {fmt_int(participants(guided), L)}", t("s_guided_how", L)],
            [t("s_edu", L), f"{fmt_int(len(edu), L)} / {fmt_int(participants(edu), L)}", t("s_edu_how", L)],
            [t("s_events", L), f"{fmt_int(len(events), L)} / {fmt_int(participants(events), L)}",
             t("s_events_how", L)],
            [t("s_days", L), fmt_int(pd.open_days(), L), t("s_days_how", L)],
            [t("s_hours", L), fmt_int(pd.open_hours_with_visits(), L), t("s_hours_how", L)]]
    indented = {2, 4, 5, 6}  # "of which": free walk-ins under the walk-ins; the groups' details under the groups
    for k, v in Counter(pd.by_admission).most_common():
        rows.append([t("s_admission", L).format(label(k, L)), fmt_int(v, L), t("s_admission_how", L)])
    team = pd.team_status()
    paid = sum(team.values())
    rows.append([t("s_mediators", L), f"{fmt_int(paid, L)} / {fmt_int(len(team) - paid, L)}", t("s_mediators_how", L)])
    methods = ", ".join(f"{label(m, L)}: {fmt_int(v, L)}" for m, v in pd.methods.items()) or "—"
    return [_kpis(pd, req), _h(t("statistics", L)),
            table(rows, [62 * mm, 30 * mm, 86 * mm], numeric_from=1, numeric_to=1, indented=indented),
            _h(t("methodology", L)), _text(t("s_method_note", L).format(methods))]


def _voucher_data(s) -> dict:
    from sqlalchemy import select

    return {"vouchers": s.scalars(select(Voucher)).all(),
            "programmes": {p.id: p for p in s.scalars(select(Programme))},
            "partners": {p.id: p for p in s.scalars(select(PartnerOrganisation))}}


def _vouchers(pd: rdata.PeriodData, req: ReportRequest, extra: dict | None = None, **_) -> list:
    L = req.lang
    vouchers = extra["vouchers"] if extra else []
    groups = {g.id: g for g in pd.groups()}
    redeemed = [v for v in vouchers if v.redeemed_by_group_id in groups]
    rows = [[t("programme", L), t("issued", L), t("redeemed", L)]]
    by_prog: dict[str, list[int]] = {}
    for v in vouchers:
        name = extra["programmes"][v.programme_id].name if v.programme_id in extra["programmes"] else "—"
        entry = by_prog.setdefault(name, [0, 0])
        entry[0] += 1
        entry[1] += int(v.redeemed_by_group_id in groups)
    rows += [[k, fmt_int(a, L), fmt_int(b, L)] for k, (a, b) in sorted(by_prog.items())]
    reach: Counter = Counter()
    partner_reach: Counter = Counter()
    first_time = 0
    for v in redeemed:
        g = groups[v.redeemed_by_group_id]
        reach[v.target_group] += g.participants
        first_time += g.first_time_count
        if g.partner_id and g.partner_id in extra["partners"]:
            partner_reach[extra["partners"][g.partner_id].name] += g.participants
    total = sum(reach.values())
    return [table(rows, [100 * mm, 35 * mm, 35 * mm]),
            _h(t("reach", L)), _counter_table(reach, [t("target_group", L), t("participants", L)], req),
            _h(t("partners", L)), _counter_table(partner_reach, [t("partner", L), t("participants", L)], req,
                                                 labeler=str),
            _text(f"{t('first_time', L)}: {fmt_pct(first_time / total, L) if total else '–'}")]


def _tour_sheet(db: Database, req: ReportRequest, target: Path) -> int:
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from mediator_desk.db.models import SessionMediator, VisitorGroup

    if req.session_id is None:
        raise ValidationError.rule("session", RULES["session"])
    L = req.lang
    with db.session() as s:
        x = s.get(TourSession, req.session_id, options=[
            selectinload(TourSession.groups).selectinload(VisitorGroup.partner),
            selectinload(TourSession.mediator_links).selectinload(SessionMediator.mediator),
            selectinload(TourSession.programme)])
        if x is None:
            raise ValidationError.rule("session", RULES["no_tour"], id=req.session_id)
        ex = x.exhibition
        venue = ex.venue
        tz = venue.timezone
        start = x.actual_start or x.planned_start
        day = local(start, tz).date()
        answers = s.execute(select(Feedback.method, Feedback.rating, Feedback.language, Feedback.comment,
                                   Feedback.one_word).where(Feedback.session_id == x.id)
                            .order_by(Feedback.given_at)).all()
        vouchers = repo.vouchers_by_group(s, [g.id for g in x.groups])
        cover = Cover(t("tour", L), venue.name, ex.title, fmt_date(day, L), req.device, L, local(now_utc(), tz))
        duration = int((x.actual_end - x.actual_start).total_seconds() // 60) if x.actual_start and x.actual_end else None
        groups = list(x.groups)
        team = sorted(x.mediator_links, key=lambda k: (not k.is_lead, k.mediator.display_name))
        mediators = [k.mediator.display_name + (f" ({t('lead_short', L)})" if k.is_lead else "") for k in team]
        programme = x.programme.name if x.programme else "—"
        url = survey_url(venue.survey_url_template, str(x.id)) if venue.survey_url_template else ""
        tally = Counter((m, r) for m, r, *_ in answers if r is not None)
        comments = [rdata.Comment(lang or "", comment or word, (), x.id, day)
                    for _m, _r, lang, comment, word in answers if comment or word]

        def story():
            facts = [[t("time", L), f"{rdata.local_time(x.actual_start or x.planned_start, tz)}–"
                                    f"{rdata.local_time(x.actual_end, tz)}"],
                     [t("duration", L), f"{duration} {t('minutes', L)}" if duration is not None else "–"],
                     [t("format", L), label(x.format, L)], [t("languages", L), ", ".join(x.languages or [])],
                     [t("mediators", L), ", ".join(mediators) or "—"], [t("programme", L), programme],
                     [t("status", L), label(x.status, L)],
                     [t("booked", L), fmt_int(x.expected_size, L) if x.expected_size else "–"],
                     [t("participants", L), _n(sum(g.participants for g in groups), req)]]
            facts_tbl = table(facts, [40 * mm, 95 * mm], numeric_from=9, header=False)
            head = [[facts_tbl, [qr_drawing(url, 38 * mm), _text(t("scan_feedback", L), "small")] if url else ""]]
            counts = [[t("group_type", L), *[a.replace("age_", "").replace("_", "–").replace("–plus", "+")
                                             for a in AGE_COLUMNS], t("adults_accompanying", L)]]
            for g in groups:
                counts.append([label(g.group_type, L), *[_n(getattr(g, a), req) for a in AGE_COLUMNS],
                               _n(g.accompanying_adults, req)])
            details = [[t("group_type", L), t("origin", L), t("school_level", L), t("partner", L),
                        t("admission", L), t("target_group", L), t("vouchers_col", L)]]
            for g in groups:
                details.append([label(g.group_type, L), f"{label(g.origin, L)} {g.country}".strip(),
                                g.school_level or "—", g.partner.name if g.partner else "—",
                                label(g.admission_type, L), label(g.target_group, L) or "—",
                                ", ".join(vouchers.get(g.id, [])) or "—"])
            access = sorted({p for g in groups for p in (g.access_provisions or [])})
            tally_text = ", ".join(f"{label(m, L)} {r}: {fmt_int(n, L)}" for (m, r), n in sorted(tally.items()))
            return [_text(cover.title, "title"), para(f"{ex.title} · {cover.period}", "small"),
                    Spacer(1, 4 * mm), layout(head, [135 * mm, 44 * mm]),
                    _h(t("groups", L)),
                    table(counts, [44 * mm] + [12 * mm] * 7 + [25 * mm], numeric_from=1),
                    Spacer(1, 2 * mm),
                    table(details, [30 * mm, 22 * mm, 22 * mm, 36 * mm, 20 * mm, 26 * mm, 22 * mm], numeric_from=9),
                    _h(t("access", L)), _text(", ".join(label(a, L) for a in access) or "—"),
                    _h(t("feedback_tally", L)), _text(tally_text or "—"),
                    _h(t("feedback_comments", L)), *_comments(comments, req, COMMENTS_ON_A_DAY),
                    _h(t("observations", L)), para(x.observations or "—"),
                    _h(t("reflection", L)), para(x.reflection or "—"),
                    _h(t("incidents", L)), para(x.incidents) if x.incidents else _text(t("none", L)),
                    Spacer(1, 18 * mm),
                    table([["_" * 34, "_" * 34], [t("signature_mediator", L), t("signature_coordinator", L)]],
                          [90 * mm, 90 * mm], numeric_from=9, header=False)]

        return write_pdf(target, cover, story)


__all__ = ["REPORT_KINDS", "ReportRequest", "build_report", "plain"]
