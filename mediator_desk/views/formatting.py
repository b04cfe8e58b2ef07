"""Numbers, dates and placeholders in the interface language (QLocale), in one place."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def num(value: int | float, decimals: int = 1) -> str:
    """1234 -> "1,234" / "1.234"; floats with `decimals` places."""
    if isinstance(value, int):
        return QLocale().toString(value)
    return QLocale().toString(float(value), "f", decimals)


def fmt(text: str, *args: object) -> str:
    """Fill Qt's %1, %2, … placeholders in a translated text; whole numbers are written in the interface
    language. (%10 is filled before %1.)"""
    for index in range(len(args), 0, -1):
        value = args[index - 1]
        text = text.replace(f"%{index}", num(value) if isinstance(value, int) and not isinstance(value, bool)
                            else str(value))
    return text


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def day_text(day: dt.date, long: bool = False) -> str:
    fmt_type = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(qdate(day), fmt_type)


def time_text(moment: dt.datetime | dt.time) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def weekday_names(short: bool = True) -> list[str]:
    """Monday … Sunday in the interface language."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return [QLocale().dayName(day, kind) for day in range(1, 8)]
