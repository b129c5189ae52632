"""Backups through SQLite's backup API, pruning, restore and the start-up integrity check."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from infointerview.cli import main
from infointerview.domain.contacts import ContactDraft
from infointerview.services import backup
from infointerview.services.session import Session, open_session
from infointerview.store.models import Contact

NOW = dt.datetime(2026, 3, 10, 9, 30, 0)


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


def test_backup_is_private_named_by_time_and_healthy(session: Session) -> None:
    session.contacts.create(ContactDraft(first_name="Ann"))
    path = backup.backup_now(session.data_dir, NOW)
    assert path.name == "infointerview-20260310-093000.sqlite3"
    assert path.parent == session.data_dir / "backups"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert _integrity(path) == ["ok"]
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT first_name FROM contact").fetchall() == [("Ann",)]
    conn.close()
    assert backup.backup_now(session.data_dir, NOW).name == "infointerview-20260310-093000-2.sqlite3"


def test_backup_taken_during_writes_passes_integrity_check(session: Session) -> None:
    db = session.db
    stop = threading.Event()
    written: list[int] = []

    def writer() -> None:
        db.connect(reuse_if_open=True)
        try:
            while not stop.is_set():
                with db.atomic():
                    for _ in range(20):
                        Contact.create(first_name="W", notes="x" * 500)
                written.append(1)
        finally:
            db.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        paths = []
        for second in range(5):
            while len(written) < (second + 1) * 3:
                stop.wait(0.005)
            paths.append(backup.backup_now(session.data_dir, NOW + dt.timedelta(seconds=second)))
    finally:
        stop.set()
        thread.join()
    for path in paths:
        assert _integrity(path) == ["ok"]
        conn = sqlite3.connect(path)
        count = conn.execute("SELECT COUNT(*) FROM contact").fetchone()[0]
        conn.close()
        assert count % 20 == 0  # whole transactions only
    assert len(written) >= 15


def test_keeps_the_newest_ten(session: Session) -> None:
    for day in range(13):
        backup.backup_now(session.data_dir, NOW + dt.timedelta(days=day))
    names = [b.path.name for b in backup.list_backups(session.data_dir)]
    assert len(names) == 10
    assert names[0] == "infointerview-20260322-093000.sqlite3"
    assert names[-1] == "infointerview-20260313-093000.sqlite3"


def test_backup_at_most_daily(session: Session) -> None:
    assert backup.backup_if_due(session.data_dir, NOW) is not None
    assert backup.backup_if_due(session.data_dir, NOW + dt.timedelta(hours=23)) is None
    assert backup.backup_if_due(session.data_dir, NOW + dt.timedelta(hours=25)) is not None


def test_restore_keeps_the_current_database_aside(session: Session) -> None:
    session.contacts.create(ContactDraft(first_name="Before"))
    taken = backup.backup_now(session.data_dir, NOW)
    session.contacts.create(ContactDraft(first_name="After"))
    folder = session.data_dir
    session.close()
    kept = backup.restore(folder, taken, NOW + dt.timedelta(hours=1))
    assert kept is not None and kept.name.startswith("infointerview-before-restore-")
    assert _integrity(kept) == ["ok"]
    reopened = open_session(folder)
    try:
        assert sorted(c.first_name for c in Contact.select()) == ["Before"]
    finally:
        reopened.close()
    conn = sqlite3.connect(kept)
    assert sorted(r[0] for r in conn.execute("SELECT first_name FROM contact")) == ["After", "Before"]
    conn.close()
    kinds = {b.kind for b in backup.list_backups(folder)}
    assert kinds == {"backup", "before-restore"}


def test_a_damaged_backup_is_refused_and_nothing_changes(session: Session, tmp_path: Path) -> None:
    session.contacts.create(ContactDraft(first_name="Ann"))
    folder = session.data_dir
    session.close()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    live = folder / "infointerview.sqlite3"
    digest = hashlib.sha256(live.read_bytes()).hexdigest()
    with pytest.raises(backup.BackupError, match="Nothing was changed"):
        backup.restore(folder, bad)
    assert hashlib.sha256(live.read_bytes()).hexdigest() == digest


def test_damaged_database_is_moved_aside_untouched_and_a_backup_offered(data_dir: Path) -> None:
    session = open_session(data_dir)
    session.contacts.create(ContactDraft(first_name="Ann"))
    good = backup.backup_now(data_dir, NOW)
    session.close()
    live = data_dir / "infointerview.sqlite3"
    garbage = os.urandom(64 * 1024)
    live.write_bytes(garbage)
    wal = data_dir / "infointerview.sqlite3-wal"
    wal.write_bytes(b"wal bytes")

    status = backup.check_database(data_dir, NOW)
    assert not status.ok
    assert "damaged" in status.message and "moved aside" in status.message
    assert status.moved_to is not None and status.moved_to.read_bytes() == garbage
    assert not live.exists()
    assert Path(str(status.moved_to) + "-wal").read_bytes() == b"wal bytes"  # never deleted
    assert status.newest_good_backup is not None and status.newest_good_backup.path == good

    backup.restore(data_dir, good)
    reopened = open_session(data_dir)
    try:
        assert [c.first_name for c in Contact.select()] == ["Ann"]
    finally:
        reopened.close()


def test_healthy_database_passes_the_check(session: Session) -> None:
    assert backup.check_database(session.data_dir).ok


def test_cli_backup_and_restore(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = open_session(data_dir)
    session.contacts.create(ContactDraft(first_name="Ann"))
    session.close()
    assert main(["backup"]) == 0
    path = Path(capsys.readouterr().out.strip().split("Backed up to ", 1)[1])
    assert path.exists()
    assert main(["restore", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "kept as" in out
    assert main(["restore", str(data_dir / "nope.sqlite3")]) == 1
    assert "does not exist" in capsys.readouterr().err
