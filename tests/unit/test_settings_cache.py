"""The session's settings are read once and kept until a change event says otherwise."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from infointerview.services.events import Change
from infointerview.services.session import Session
from infointerview.services.settings import THANK_YOU_HOURS


@contextmanager
def setting_queries(session: Session) -> Iterator[list[str]]:
    """The SQL statements that read the setting table while the block runs."""
    seen: list[str] = []
    connection = session.db.connection()

    def trace(statement: str) -> None:
        if '"setting"' in statement or " setting" in statement:
            seen.append(statement)

    connection.set_trace_callback(trace)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


def write_elsewhere(session: Session, key: str, text: str) -> None:
    """Another connection writes a setting row (as a restore or an import does)."""
    other = sqlite3.connect(str(session.data_dir / "infointerview.sqlite3"))
    with other:
        other.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, text),
        )
    other.close()


def test_a_setting_read_again_is_not_read_from_the_database(session: Session) -> None:
    session.settings.set(THANK_YOU_HOURS, 30)
    assert session.settings.thank_you_hours() == 30
    with setting_queries(session) as seen:
        for _ in range(5):
            assert session.settings.thank_you_hours() == 30
            assert session.settings.get("caldav") is None  # a missing key is kept too
        assert session.settings.get("caldav") is None
    assert len(seen) <= 1  # caldav read once at most; thank_you_hours not at all


def test_a_change_through_the_service_is_seen_at_once(session: Session) -> None:
    assert session.settings.thank_you_hours() == 48
    session.settings.set(THANK_YOU_HOURS, 24)
    assert session.settings.thank_you_hours() == 24
    assert session.settings.follow_up_settings().thank_you_hours == 24
    session.settings.delete(THANK_YOU_HOURS)
    assert session.settings.thank_you_hours() == 48


def test_a_change_by_another_connection_is_seen_after_its_change_event(session: Session) -> None:
    assert session.settings.thank_you_hours() == 48
    write_elsewhere(session, THANK_YOU_HOURS, "12")
    assert session.settings.thank_you_hours() == 48  # kept until the change is announced
    session.bus.announce(Change.of(settings=[THANK_YOU_HOURS]))
    assert session.settings.thank_you_hours() == 12

    write_elsewhere(session, THANK_YOU_HOURS, "6")
    session.bus.announce(Change(everything=True))  # an import, its undo, the sample data
    assert session.settings.thank_you_hours() == 6


def test_the_rules_reacting_to_a_change_read_the_new_value(session: Session) -> None:
    seen: list[int] = []
    session.bus.add_reaction(lambda change: seen.append(session.settings.thank_you_hours()))
    assert session.settings.thank_you_hours() == 48
    write_elsewhere(session, THANK_YOU_HOURS, "72")
    session.bus.announce(Change.of(settings=[THANK_YOU_HOURS]))
    assert seen == [72]


def test_a_reader_without_a_bus_always_reads_the_table(session: Session) -> None:
    from infointerview.services.settings import SettingsService

    reader = SettingsService(session.db)
    assert reader.thank_you_hours() == 48
    write_elsewhere(session, THANK_YOU_HOURS, "10")
    assert reader.thank_you_hours() == 10
