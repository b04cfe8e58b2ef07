"""The reports' own words in the report language (independent of the interface's), and its numbers and dates.

The English wording is marked here for Qt Linguist (context "reports"); the .ts files hold the Romanian and
Italian, and i18n.Texts reads them without an interface (reports run headless)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from mediator_desk.enums import enum_text
from mediator_desk.errors import QT_TRANSLATE_NOOP
from mediator_desk.i18n import Texts

TEXTS: dict[str, str] = {
    "lead_short": QT_TRANSLATE_NOOP("reports", "lead"),
    "s_total": QT_TRANSLATE_NOOP("reports", "Total visits (walk-in, counted)"),
    "s_total_how": QT_TRANSLATE_NOOP("reports", "Sum of walk-in count events (each +1 press, −1 undo, ± corrections with a note)."),
    "s_free": QT_TRANSLATE_NOOP("reports", "of which free admission"),
    "s_free_how": QT_TRANSLATE_NOOP("reports", "Count categories mapped to free, free event or voucher admission."),
    "s_groups": QT_TRANSLATE_NOOP("reports", "Visitors in organised groups (tour participants)"),
    "s_groups_how": QT_TRANSLATE_NOOP("reports", "Participants of held tours (sum of age bands of their groups)."),
    "s_foreign": QT_TRANSLATE_NOOP("reports", "of which foreign"),
    "s_foreign_how": QT_TRANSLATE_NOOP("reports", "Groups recorded with origin = foreign."),
    "s_school": QT_TRANSLATE_NOOP("reports", "of which school visits: groups / pupils"),
    "s_school_how": QT_TRANSLATE_NOOP("reports", "Groups of type preschool, primary, lower or upper secondary."),
    "s_minors": QT_TRANSLATE_NOOP("reports", "of which ≤18 / 19+"),
    "s_minors_how": QT_TRANSLATE_NOOP("reports", "Age bands 0–5 … 15–18 vs 19–25 … 65+ of group participants."),
    "s_guided": QT_TRANSLATE_NOOP("reports", "Guided tours: number / participants"),
    "s_guided_how": QT_TRANSLATE_NOOP("reports", "Formats guided, in-depth, thematic, accessible tour, drop-in mediation; status done or in progress."),
    "s_edu": QT_TRANSLATE_NOOP("reports", "Educational activities: number / participants"),
    "s_edu_how": QT_TRANSLATE_NOOP("reports", "Workshops, family and school sessions, science demos, training, outreach, online."),
    "s_events": QT_TRANSLATE_NOOP("reports", "Events: number / participants"),
    "s_events_how": QT_TRANSLATE_NOOP("reports", "Talks, screenings, performances, openings."),
    "s_days": QT_TRANSLATE_NOOP("reports", "Opening days with visits"),
    "s_days_how": QT_TRANSLATE_NOOP("reports", "Days with at least one counted visit."),
    "s_hours": QT_TRANSLATE_NOOP("reports", "Opening hours with visits"),
    "s_hours_how": QT_TRANSLATE_NOOP("reports", "Hours within the venue's opening hours in which visits were counted."),
    "s_admission": QT_TRANSLATE_NOOP("reports", "Walk-in visits, admission: {}"),
    "s_admission_how": QT_TRANSLATE_NOOP("reports", "By count category."),
    "s_mediators": QT_TRANSLATE_NOOP("reports", "Mediators: paid / volunteer"),
    "s_mediators_how": QT_TRANSLATE_NOOP("reports", "Distinct mediators who led or co-led a held tour."),
    "s_method_note": QT_TRANSLATE_NOOP("reports", "Walk-in visits are counted at the door with Mediator Desk: one key press per visitor, each stored as an append-only event with its time, category, method, device and mediator. Undo presses and corrections are further events, so every total is the sum of its events and can be audited. Counting methods in this period: {}. Tour participants are recorded per group by age band; groups of cancelled or no-show tours are excluded. Feedback is anonymous. Walk-in visitors and tour participants are separate counts: a visitor who joined a tour may also have been counted at the door."),
    "daily": QT_TRANSLATE_NOOP("reports", "Daily report"),
    "period": QT_TRANSLATE_NOOP("reports", "Period report"),
    "statistics": QT_TRANSLATE_NOOP("reports", "Statistics return"),
    "vouchers": QT_TRANSLATE_NOOP("reports", "Voucher and funder report"),
    "tour": QT_TRANSLATE_NOOP("reports", "Tour sheet"),
    "venue": QT_TRANSLATE_NOOP("reports", "Venue"),
    "exhibition": QT_TRANSLATE_NOOP("reports", "Exhibition"),
    "all_exhibitions": QT_TRANSLATE_NOOP("reports", "all exhibitions"),
    "period_label": QT_TRANSLATE_NOOP("reports", "Period"),
    "generated": QT_TRANSLATE_NOOP("reports", "Generated"),
    "device": QT_TRANSLATE_NOOP("reports", "device"),
    "page": QT_TRANSLATE_NOOP("reports", "Page"),
    "of": QT_TRANSLATE_NOOP("reports", "of"),
    "no_data": QT_TRANSLATE_NOOP("reports", "No data for this period."),
    "no_data_hint": QT_TRANSLATE_NOOP("reports", "Nothing was counted, no tour was held and no feedback was given between these dates."),
    "walk_in": QT_TRANSLATE_NOOP("reports", "Walk-in visitors"),
    "walk_in_total": QT_TRANSLATE_NOOP("reports", "Walk-in visitors (counted)"),
    "sessions": QT_TRANSLATE_NOOP("reports", "Tours and activities held"),
    "participants": QT_TRANSLATE_NOOP("reports", "Participants"),
    "feedback": QT_TRANSLATE_NOOP("reports", "Feedback entries"),
    "hour": QT_TRANSLATE_NOOP("reports", "Hour"),
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
    "hourly": QT_TRANSLATE_NOOP("reports", "Walk-in visitors per hour"),
    "method": QT_TRANSLATE_NOOP("reports", "Counting method"),
    "mediators_on_shift": QT_TRANSLATE_NOOP("reports", "Mediators on shift"),
    "tours_today": QT_TRANSLATE_NOOP("reports", "Tours and activities"),
    "time": QT_TRANSLATE_NOOP("reports", "Time"),
    "format": QT_TRANSLATE_NOOP("reports", "Format"),
    "language": QT_TRANSLATE_NOOP("reports", "Language"),
    "languages": QT_TRANSLATE_NOOP("reports", "Languages"),
    "lead": QT_TRANSLATE_NOOP("reports", "Lead mediator"),
    "mediators": QT_TRANSLATE_NOOP("reports", "Mediators"),
    "status": QT_TRANSLATE_NOOP("reports", "Status"),
    "booked": QT_TRANSLATE_NOOP("reports", "Booked"),
    "groups": QT_TRANSLATE_NOOP("reports", "Groups"),
    "group_type": QT_TRANSLATE_NOOP("reports", "Group type"),
    "incidents": QT_TRANSLATE_NOOP("reports", "Incidents"),
    "none": QT_TRANSLATE_NOOP("reports", "none"),
    "rating": QT_TRANSLATE_NOOP("reports", "Rating"),
    "count": QT_TRANSLATE_NOOP("reports", "Count"),
    "comparison": QT_TRANSLATE_NOOP("reports", "Comparison with the previous period"),
    "previous": QT_TRANSLATE_NOOP("reports", "Previous period"),
    "this_period": QT_TRANSLATE_NOOP("reports", "This period"),
    "change": QT_TRANSLATE_NOOP("reports", "Change"),
    "per_day": QT_TRANSLATE_NOOP("reports", "Visits per day"),
    "per_weekday": QT_TRANSLATE_NOOP("reports", "Average visits per weekday"),
    "peak_hours": QT_TRANSLATE_NOOP("reports", "Peak hours (all days)"),
    "by_format": QT_TRANSLATE_NOOP("reports", "Tours and activities by format"),
    "by_group_type": QT_TRANSLATE_NOOP("reports", "Participants by group type"),
    "by_language": QT_TRANSLATE_NOOP("reports", "Tours by language"),
    "by_country": QT_TRANSLATE_NOOP("reports", "Foreign groups: participants by country"),
    "avg_group": QT_TRANSLATE_NOOP("reports", "Average group size"),
    "first_time": QT_TRANSLATE_NOOP("reports", "First-time visitors (in groups)"),
    "ratings": QT_TRANSLATE_NOOP("reports", "Feedback ratings"),
    "comments_by_outcome": QT_TRANSLATE_NOOP("reports", "Comments by learning outcome"),
    "mediator_hours": QT_TRANSLATE_NOOP("reports", "Mediator hours (tours led or co-led)"),
    "hours": QT_TRANSLATE_NOOP("reports", "Hours"),
    "category": QT_TRANSLATE_NOOP("reports", "Category"),
    "indicator": QT_TRANSLATE_NOOP("reports", "Indicator"),
    "value": QT_TRANSLATE_NOOP("reports", "Value"),
    "how_counted": QT_TRANSLATE_NOOP("reports", "How it was counted"),
    "methodology": QT_TRANSLATE_NOOP("reports", "Methodology"),
    "hidden_small": QT_TRANSLATE_NOOP("reports", "Groups smaller than 5 are shown as “<5” to protect privacy."),
    "signature_mediator": QT_TRANSLATE_NOOP("reports", "Mediator's signature"),
    "signature_coordinator": QT_TRANSLATE_NOOP("reports", "Coordinator's signature"),
    "scan_feedback": QT_TRANSLATE_NOOP("reports", "Scan to give feedback on this tour"),
    "duration": QT_TRANSLATE_NOOP("reports", "Duration"),
    "minutes": QT_TRANSLATE_NOOP("reports", "min"),
    "access": QT_TRANSLATE_NOOP("reports", "Access provisions"),
    "reflection": QT_TRANSLATE_NOOP("reports", "Reflection"),
    "observations": QT_TRANSLATE_NOOP("reports", "Observations"),
    "feedback_tally": QT_TRANSLATE_NOOP("reports", "Feedback tally"),
    "adults_accompanying": QT_TRANSLATE_NOOP("reports", "Accompanying adults"),
    "origin": QT_TRANSLATE_NOOP("reports", "Origin"),
    "admission": QT_TRANSLATE_NOOP("reports", "Admission"),
    "target_group": QT_TRANSLATE_NOOP("reports", "Target group"),
    "partner": QT_TRANSLATE_NOOP("reports", "Partner"),
    "issued": QT_TRANSLATE_NOOP("reports", "Vouchers issued"),
    "redeemed": QT_TRANSLATE_NOOP("reports", "Vouchers redeemed"),
    "reach": QT_TRANSLATE_NOOP("reports", "Target-group reach (participants in groups)"),
    "partners": QT_TRANSLATE_NOOP("reports", "Partners"),
    "programme": QT_TRANSLATE_NOOP("reports", "Programme"),
    "card_heading": QT_TRANSLATE_NOOP("reports", "How was it?"),
    "card_hint": QT_TRANSLATE_NOOP("reports", "Scan the code and tell us in one minute."),
    "cards_title": QT_TRANSLATE_NOOP("reports", "Feedback cards"),
    "s_adults": QT_TRANSLATE_NOOP("reports", "Adults accompanying groups"),
    "s_adults_how": QT_TRANSLATE_NOOP("reports", "Teachers, carers and parents with the groups, counted apart from the participants' age bands."),
    "control_chars": QT_TRANSLATE_NOOP("reports", "control characters"),
    "cjk_chars": QT_TRANSLATE_NOOP("reports", "Chinese, Japanese or Korean characters"),
    "emoji_chars": QT_TRANSLATE_NOOP("reports", "emoji"),
    "other_chars": QT_TRANSLATE_NOOP("reports", "other characters"),
    "missing_glyphs": QT_TRANSLATE_NOOP("reports", "Some characters cannot be printed with the report's font and are shown as □: {}."),
    "previous_period": QT_TRANSLATE_NOOP("reports", "Previous period: {}"),
    "feedback_comments": QT_TRANSLATE_NOOP("reports", "What visitors wrote"),
    "more_comments": QT_TRANSLATE_NOOP("reports", "… and {} more"),
    "school_level": QT_TRANSLATE_NOOP("reports", "School level"),
    "vouchers_col": QT_TRANSLATE_NOOP("reports", "Vouchers"),
    "by_partner": QT_TRANSLATE_NOOP("reports", "By partner"),
    "no_partner": QT_TRANSLATE_NOOP("reports", "(no partner)"),
    "kpi_adults": QT_TRANSLATE_NOOP("reports", "accompanying adults (teachers, parents), apart"),
    "signoff": QT_TRANSLATE_NOOP("reports", "Sign-off"),
    "so_signed": QT_TRANSLATE_NOOP("reports", "Signed by {} on {}."),
    "so_amended": QT_TRANSLATE_NOOP("reports", "Signed again (amended) by {} on {}: {}"),
    "so_reopened": QT_TRANSLATE_NOOP("reports", "Reopened by {} on {}: {}. Not signed again."),
    "so_not_signed": QT_TRANSLATE_NOOP("reports", "Not signed."),
    "so_changed": QT_TRANSLATE_NOOP("reports", "Changed after it was signed: {}."),
    "so_days": QT_TRANSLATE_NOOP("reports", "Days signed: {} of {} days with figures."),
    "so_list": QT_TRANSLATE_NOOP("reports", "Days amended, changed after signing or reopened"),
    "so_kind_amended": QT_TRANSLATE_NOOP("reports", "amended"),
    "so_kind_changed": QT_TRANSLATE_NOOP("reports", "changed after signing"),
    "so_kind_reopened": QT_TRANSLATE_NOOP("reports", "reopened, not signed again"),
    "so_day": QT_TRANSLATE_NOOP("reports", "Day"),
    "so_what": QT_TRANSLATE_NOOP("reports", "What"),
    "so_who": QT_TRANSLATE_NOOP("reports", "Who"),
    "so_why": QT_TRANSLATE_NOOP("reports", "Why, or what changed"),
    "so_more": QT_TRANSLATE_NOOP("reports", "… and {} more days (mediator-desk signoff --status lists each)."),
}


@lru_cache(maxsize=8)
def texts(lang: str) -> Texts:
    return Texts(lang)


def t(key: str, lang: str) -> str:
    """A report text in `lang` (its {} placeholders are filled by the caller)."""
    return texts(lang).translate("reports", TEXTS[key])


def fmt_int(value: int | float, lang: str) -> str:
    return texts(lang).number(int(round(value)))


def fmt_pct(value: float, lang: str) -> str:
    return texts(lang).percent(value)


def fmt_date(day: dt.date, lang: str) -> str:
    return texts(lang).date(day)


def fmt_period(first: dt.date, last: dt.date, lang: str) -> str:
    return fmt_date(first, lang) if first == last else f"{fmt_date(first, lang)} – {fmt_date(last, lang)}"


def label(value: str | None, lang: str = "en") -> str:
    """An enumeration value as words in the report language ('school_visit' -> 'Vizită școlară')."""
    return enum_text(value, texts(lang))
