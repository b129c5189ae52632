"""Dates as contact files write them, read one column at a time (pure, no Qt).

Every style LinkedIn has used for "Connected On" is read::

    15 Mar 2024     23-Apr-23     5-Jan-26     1/8/18, 6:14 PM     2024-03-15

and the usual spreadsheet styles: ``15/03/2024``, ``03/15/2024``, ``15.03.24``,
``March 15, 2024``, ISO dates with a time. Month names are English (LinkedIn
writes them in English whatever the locale). A trailing time (``6:14 PM``,
``T09:30:00Z``) is ignored. Two-digit years are 2000-2069 or 1970-1999.

An all-numeric date like ``01/08/18`` is ambiguous: day first or month first?
:func:`read_column` decides the order ONCE for the whole column from all its
values (a first part above 12 means day first, a second part above 12 means
month first) and only falls back to the caller's default when no value
settles it. A value that still cannot be read is counted and reported
(:class:`UnreadableValues`), never dropped silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

DAY_FIRST, MONTH_FIRST = "dmy", "mdy"

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}

_TIME = re.compile(
    r"(?:[T\s,]+|^)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?)?"
    r"\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})")
_SPLIT = re.compile(r"[\s,\-/.]+")


@dataclass(frozen=True, slots=True)
class UnreadableValues:
    """Values of one column that could not be read (reported, the field left empty)."""

    column: str
    field: str
    count: int
    example: str
    line: int  # the line of the example


def _year(text: str) -> int:
    year = int(text)
    if len(text) <= 2:
        year += 2000 if year < 70 else 1900
    return year


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _strip_time(text: str) -> str:
    return _TIME.sub("", text.strip()).strip(" ,")


def numeric_parts(text: str) -> tuple[int, int] | None:
    """The first two parts of an all-numeric date that is not year first, else None."""
    match = _NUMERIC.fullmatch(_strip_time(text))
    return (int(match[1]), int(match[2])) if match else None


def parse_date(text: str, order: str = DAY_FIRST) -> dt.date | None:
    """One date, or None when ``text`` is empty or cannot be read.

    ``order`` (``"dmy"`` or ``"mdy"``) only settles all-numeric dates such as
    ``01/08/18``; everything else is unambiguous.
    """
    text = _strip_time(text)
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match:
        return _date(int(match[1]), int(match[2]), int(match[3]))
    match = _NUMERIC.fullmatch(text)
    if match:
        first, second = int(match[1]), int(match[2])
        day, month = (second, first) if order == MONTH_FIRST else (first, second)
        return _date(_year(match[3]), month, day)
    parts = [p for p in _SPLIT.split(text.casefold()) if p]
    if len(parts) == 3:
        names = [i for i, p in enumerate(parts) if p in MONTHS]
        if len(names) == 1 and all(parts[i].isdigit() for i in range(3) if i != names[0]):
            month = MONTHS[parts[names[0]]]
            if names[0] == 0:  # March 15, 2024
                day_text, year_text = parts[1], parts[2]
            elif names[0] == 1 and len(parts[0]) == 4:  # 2024 Mar 15
                day_text, year_text = parts[2], parts[0]
            elif names[0] == 1:  # 15 Mar 2024, 23-Apr-23
                day_text, year_text = parts[0], parts[2]
            else:
                return None
            if len(day_text) > 2 or len(year_text) not in (2, 4):
                return None
            return _date(_year(year_text), month, int(day_text))
    if len(parts) == 1 and len(parts[0]) == 8 and parts[0].isdigit():  # 20240315
        return _date(int(parts[0][:4]), int(parts[0][4:6]), int(parts[0][6:]))
    return None


def column_order(values: Sequence[str], default: str = DAY_FIRST) -> str:
    """The day/month order of a column's all-numeric dates, decided from every value."""
    day_first = month_first = False
    for value in set(values):
        parts = numeric_parts(value) if value else None
        if parts is None:
            continue
        first, second = parts
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
        if day_first and month_first:
            break
    if day_first != month_first:
        return DAY_FIRST if day_first else MONTH_FIRST
    return default


def read_column(
    values: Sequence[str], default: str = DAY_FIRST
) -> tuple[list[dt.date | None], list[int]]:
    """Every value of one column read with one order: (dates, indexes of unreadable values).

    An empty value is None and not unreadable.
    """
    order = column_order(values, default)
    dates: list[dt.date | None] = []
    bad: list[int] = []
    cache: dict[str, dt.date | None] = {}
    for index, value in enumerate(values):
        if value in cache:
            date = cache[value]
        else:
            date = cache[value] = parse_date(value, order) if value.strip() else None
        if date is None and value.strip():
            bad.append(index)
        dates.append(date)
    return dates, bad
