"""The calendar publishing rules (domain/calendar_sync.py): pure, no server."""

from __future__ import annotations

from datetime import datetime

from infointerview.domain.calendar_sync import (
    event_text,
    is_allowed_url,
    retry_delay_s,
    server_moved,
    should_publish,
)


def test_back_off_doubles_from_one_second_up_to_five_minutes() -> None:
    assert [retry_delay_s(n) for n in range(0, 12)] == [
        0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert retry_delay_s(10_000) == 300


def test_which_chats_have_an_event() -> None:
    assert should_publish("scheduled", ended=False, already_published=False)
    assert not should_publish("scheduled", ended=True, already_published=False)
    assert should_publish("scheduled", ended=True, already_published=True)
    assert should_publish("held", ended=True, already_published=False)
    assert should_publish("thanked", ended=True, already_published=True)
    for gone in ("cancelled", "no_show", None):
        assert not should_publish(gone, ended=False, already_published=True)


def test_a_server_move_needs_a_new_etag_and_a_new_time() -> None:
    ours = (datetime(2027, 3, 1, 9), 30)
    assert not server_moved("a", "a", ours, (datetime(2027, 3, 2, 9), 30))
    assert not server_moved("a", "b", ours, ours)  # a new ETag, same time: not a move
    assert server_moved("a", "b", ours, (datetime(2027, 3, 2, 9), 30))
    assert server_moved("a", "b", ours, (datetime(2027, 3, 1, 9), 45))


def test_https_is_required_except_on_this_computer() -> None:
    assert is_allowed_url("https://caldav.fastmail.com/")
    assert is_allowed_url("http://localhost:5232/")
    assert is_allowed_url("http://127.0.0.1:5232/alice/")
    assert not is_allowed_url("http://cloud.example/remote.php/dav")
    assert not is_allowed_url("ftp://cloud.example/")


def test_privacy_full_and_minimal() -> None:
    full = event_text("full", "Ana Diaz", "Acme", "Engineer", "https://meet.example/x",
                      ["How did you start?", "What surprised you?", "Who else?", "Fourth?"])
    assert full.summary == "Chat with Ana Diaz (Acme)"
    assert full.location == "https://meet.example/x"
    assert "Engineer at Acme" in full.description and "Who else?" in full.description
    assert "Fourth?" not in full.description
    minimal = event_text("minimal", "Ana Diaz", "Acme", "Engineer", "Cafe", ["Q?"])
    assert (minimal.summary, minimal.location, minimal.description) == (
        "Chat with Ana Diaz", "", "")
