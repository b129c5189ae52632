"""`infointerview import invite.ics`: the invitation becomes a chat, from the command line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.services.session import open_session

CORPUS = Path(__file__).resolve().parents[1] / "data" / "real" / "ics"


def _chats(data_dir: Path) -> list[tuple[datetime, str, str]]:
    session = open_session(data_dir)
    try:
        rows = session.chats.between(datetime(2000, 1, 1), datetime(2100, 1, 1),
                                     ("scheduled", "cancelled"))
        return [(r.start_utc, r.status, r.contact_name) for r in rows]
    finally:
        session.close()


def test_import_an_invitation_then_its_cancellation(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(CORPUS / "thunderbird-single-event.ics")]) == 0
    assert "Scheduled a chat with Sender (a new contact) on" in capsys.readouterr().out
    assert _chats(data_dir) == [(datetime(2022, 3, 16, 11), "scheduled", "Sender")]

    assert main(["import", str(CORPUS / "thunderbird-cancel-single-event.ics")]) == 0
    assert "was cancelled" in capsys.readouterr().out
    assert _chats(data_dir) == [(datetime(2022, 3, 16, 11), "cancelled", "Sender")]


def test_a_recurring_invitation_says_only_its_first_occurrence_was_scheduled(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(CORPUS / "thunderbird-repeat-event.ics")]) == 0
    assert "only its first occurrence was scheduled" in capsys.readouterr().out


def test_an_all_day_invitation_needs_a_time(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(CORPUS / "blackberry-allday-request.ics")
    assert main(["import", path]) == 1
    err = capsys.readouterr().err
    assert "all-day" in err and "--time HH:MM" in err and "Nothing was imported" in err
    assert main(["import", path, "--time", "9.30"]) == 1
    assert "HH:MM" in capsys.readouterr().err
    assert main(["import", path, "--time", "09:30"]) == 0
    assert len(_chats(data_dir)) == 1


def test_a_dry_run_writes_nothing(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", "--dry-run", str(CORPUS / "google-meet-request.ics")]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert _chats(data_dir) == []


def test_an_unreadable_calendar_file_is_refused(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "broken.ics"
    bad.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n")
    assert main(["import", str(bad)]) == 1
    assert "no event" in capsys.readouterr().err
