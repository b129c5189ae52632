"""Dates and times in the user's locale (QLocale), for everything the window shows.

Stored times are naive UTC; callers pass local, timezone-aware datetimes.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _qtime(value: dt.datetime) -> QTime:
    return QTime(value.hour, value.minute)


def time_text(value: dt.datetime) -> str:
    """14:30 or 2:30 PM, as the locale writes it."""
    return QLocale().toString(_qtime(value), QLocale.FormatType.ShortFormat)


def day_text(value: dt.date) -> str:
    """A short day with its weekday: 'Tue 24 Nov' (in the locale's words)."""
    locale = QLocale()
    date = _qdate(value)
    return f"{locale.dayName(date.dayOfWeek(), QLocale.FormatType.ShortFormat)} " + locale.toString(
        date, "d MMM"
    )


def date_text(value: dt.date, long: bool = False) -> str:
    """The locale's own short (24/11/2026) or long (Tuesday, 24 November 2026) date."""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(_qdate(value), fmt)


def day_time_text(value: dt.datetime) -> str:
    """'Tue 24 Nov 14:30'."""
    return f"{day_text(value)} {time_text(value)}"


def span_text(start: dt.datetime, end: dt.datetime) -> str:
    """'14:00–14:30'."""
    return f"{time_text(start)}–{time_text(end)}"


def date_time_text(value: dt.datetime, long: bool = False) -> str:
    """The locale's date and time, e.g. 'Tuesday, 24 November 2026, 14:30'."""
    return f"{date_text(value, long)}, {time_text(value)}"


def day_year_time_text(value: dt.datetime) -> str:
    """'Tue 24 Nov 2026 14:30'."""
    return f"{day_text(value)} {value.year} {time_text(value)}"
