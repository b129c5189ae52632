"""Dates and times follow the user's locale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from infointerview.ui import locale_format as fmt

WHEN = dt.datetime(2026, 11, 24, 14, 30)


@pytest.fixture
def locale(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_us_english_uses_12_hour_times(locale: None) -> None:
    QLocale.setDefault(QLocale("en_US"))
    assert fmt.time_text(WHEN) == "2:30\u202fPM" or fmt.time_text(WHEN) == "2:30 PM"
    assert fmt.day_text(WHEN) == "Tue 24 Nov"
    assert fmt.date_text(WHEN) == "11/24/26"


def test_german_names_and_24_hour_times(locale: None) -> None:
    QLocale.setDefault(QLocale("de_DE"))
    assert fmt.time_text(WHEN) == "14:30"
    assert fmt.day_text(WHEN).startswith("Di")
    assert "November 2026" in fmt.date_time_text(WHEN, long=True)
    assert fmt.span_text(WHEN, WHEN + dt.timedelta(minutes=30)) == "14:30–15:00"
