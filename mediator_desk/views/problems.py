"""Validation problems worded in the interface language (the services' rules carry a code and parameters)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from mediator_desk.errors import ValidationError


def _tours() -> dict[str, str]:
    # Written out in full: lupdate only sees literal QCoreApplication.translate calls.
    return {
        "exhibition_missing": QCoreApplication.translate("rules", "Choose the exhibition."),
        "planned_start_missing": QCoreApplication.translate("rules", "Enter the planned start."),
        "actual_start_missing": QCoreApplication.translate("rules", "Enter the actual start: the tour has an end."),
        "end_before_start": QCoreApplication.translate("rules", "The end is before the start."),
        "outside_run": QCoreApplication.translate("rules", "{day} is outside the exhibition's run ({first} – {last})."),
        "lead_missing": QCoreApplication.translate("rules", "Choose the lead mediator."),
        "lead_not_on_team": QCoreApplication.translate("rules", "The lead mediator must be one of the tour's mediators."),
        "bad_language": QCoreApplication.translate(
            "rules", "“{code}” is not a two-letter language code (ISO 639-1, e.g. it, en, ro)."),
        "negative_booked": QCoreApplication.translate("rules", "The booked size cannot be negative."),
        "large_booked": QCoreApplication.translate("rules", "{n} people booked: is that right?"),
        "retention_missing": QCoreApplication.translate(
            "rules", "A booking contact needs the date after which it is deleted."),
        "bad_email": QCoreApplication.translate("rules", "This is not an email address."),
        "held_without_start": QCoreApplication.translate("rules", "A tour that took place needs its actual start."),
        "negative_count": QCoreApplication.translate("rules", "A count cannot be negative."),
        "large_group": QCoreApplication.translate("rules", "{n} participants in one group: is that right?"),
        "first_time_over": QCoreApplication.translate("rules", "More first-time visitors than participants."),
        "bad_country": QCoreApplication.translate(
            "rules", "“{code}” is not a two-letter country code (e.g. IT, RO, DE)."),
        "foreign_no_country": QCoreApplication.translate("rules", "A foreign group without its country."),
        "voucher_twice": QCoreApplication.translate("rules", "Voucher {code} is listed twice."),
        "voucher_unknown": QCoreApplication.translate("rules", "Voucher {code} is unknown."),
        "voucher_redeemed": QCoreApplication.translate("rules", "Voucher {code} was already redeemed by another group."),
        "not_started": QCoreApplication.translate("rules", "The tour has not started yet."),
    }


def _feedback() -> dict[str, str]:
    return {
        "exhibition_missing": QCoreApplication.translate("rules", "Choose the exhibition (or a tour of it)."),
        "day_missing": QCoreApplication.translate("rules", "Enter the day."),
        "bad_method": QCoreApplication.translate("rules", "“{method}” is not a feedback method."),
        "rating_missing": QCoreApplication.translate("rules", "Give the rating."),
        "rating_range": QCoreApplication.translate("rules", "The rating must be between {low} and {high}."),
        "word_missing": QCoreApplication.translate("rules", "Enter the word."),
        "comment_missing": QCoreApplication.translate("rules", "Enter the comment."),
        "word_too_long": QCoreApplication.translate("rules", "One word (or a very short phrase), please."),
        "bad_age_band": QCoreApplication.translate("rules", "“{band}” is not an age band."),
        "bad_language": QCoreApplication.translate("rules", "Use a two-letter language code (it, en, ro…)."),
        "bad_country": QCoreApplication.translate("rules", "Use a two-letter country code (IT, RO, DE…)."),
        "bad_outcome": QCoreApplication.translate("rules", "Unknown learning outcome: {names}."),
        "contact_email": QCoreApplication.translate(
            "rules", "This looks like it holds an email address. Feedback must not hold contact data: remove it "
                     "unless you are sure."),
        "contact_phone": QCoreApplication.translate(
            "rules", "This looks like it holds a phone number. Feedback must not hold contact data: remove it "
                     "unless you are sure."),
        "contact_both": QCoreApplication.translate(
            "rules", "This looks like it holds an email address and a phone number. Feedback must not hold contact "
                     "data: remove them unless you are sure."),
        "session_mismatch": QCoreApplication.translate("rules", "That tour is not part of this exhibition."),
    }


def _reference() -> dict[str, str]:
    return {
        "required": QCoreApplication.translate("rules", "This field is required."),
        "not_a_choice": QCoreApplication.translate("rules", "“{value}” is not one of the choices."),
        "bad_languages": QCoreApplication.translate(
            "rules", "Use two-letter language codes (ISO 639-1), e.g. it, en, ro."),
        "bad_country": QCoreApplication.translate("rules", "Use a two-letter country code (ISO 3166), e.g. IT, RO."),
        "bad_timezone": QCoreApplication.translate("rules", "“{value}” is not a known time zone (e.g. Europe/Rome)."),
        "bad_url": QCoreApplication.translate("rules", "The address must start with http:// or https://."),
        "url_placeholders": QCoreApplication.translate(
            "rules", "Put {{session}} or {{card}} in the address so answers come back to their tour."),
        "hours_unreadable": QCoreApplication.translate("rules", "Opening hours for {day} are not readable."),
        "end_before_start": QCoreApplication.translate("rules", "The end date is before the start date."),
        "voucher_exists": QCoreApplication.translate("rules", "A voucher with the code {code} exists already."),
        "venue_in_use": QCoreApplication.translate(
            "rules", "This venue has {n} exhibition(s): delete or move them first."),
        "exhibition_in_use": QCoreApplication.translate(
            "rules", "This exhibition has {n} tour(s) recorded: it stays, so reports stay complete."),
        "pin_format": QCoreApplication.translate("rules", "The PIN must be 4 to 12 digits."),
        "pin_differ": QCoreApplication.translate("rules", "The two PINs differ."),
    }


def _counting() -> dict[str, str]:
    return {
        "zero_correction": QCoreApplication.translate("rules", "Enter a number of visitors to add or remove (not 0)."),
        "correction_too_large": QCoreApplication.translate("rules", "A correction is limited to ±{limit} visitors."),
        "note_missing": QCoreApplication.translate(
            "rules", "Say why the count is corrected (for example: paper tally 14:00–15:00)."),
        "bad_hour": QCoreApplication.translate("rules", "The hour must be between 0 and 23."),
        "future_day": QCoreApplication.translate(
            "rules", "A correction cannot be made for a day that has not happened yet."),
        "no_categories": QCoreApplication.translate("rules", "Keep at least one count category."),
        "name_missing": QCoreApplication.translate("rules", "Row {row}: every category needs a name."),
        "name_too_long": QCoreApplication.translate("rules", "Row {row}: a category name is limited to 100 characters."),
        "name_twice": QCoreApplication.translate("rules", "Row {row}: the name “{name}” is used twice."),
        "key_reserved": QCoreApplication.translate("rules", "Row {row}: {key} is kept for undoing the last press."),
        "key_is_exit": QCoreApplication.translate(
            "rules", "Row {row}: {key} is the “visitor left” key of occupancy mode."),
        "key_twice": QCoreApplication.translate("rules", "Row {row}: the key {key} already counts “{other}”."),
    }


TABLES = {"tours": _tours, "feedback": _feedback, "reference": _reference, "counting": _counting}


def problem_text(problem: ValidationError, domain: str) -> str:
    """The problem in the interface language; the service's English wording if the code is not known here."""
    template = TABLES[domain]().get(problem.code) if problem.code else None
    if template is None:
        return problem.message
    try:
        return template.format(**problem.params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: fall back, never crash
        return problem.message
