"""Start-up on data that is locked, on a full disk, read-only or unreadable (issue 14).

Each test drives the real start-up path (the integrity check, its question, the
session, the window) and asserts the exact sentence the user sees, that the
database file is byte-identical afterwards (or holds every row), and that no
``*damaged*`` file appeared: only damage is damage.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from fault_helpers import Dialogs, damaged_files, digest, make_data

LOCKED = (
    "Another program is using your InfoInterview data (infointerview.sqlite3 in {folder}) "
    "and has locked it: a second copy of InfoInterview, a database browser or a sync tool. "
    "Close that program, then try again. Nothing was changed."
)
READ_ONLY = (
    "InfoInterview cannot write to infointerview.sqlite3: the file or the folder {folder} "
    "is read-only for you, so your data can only be looked at. To make changes, fix "
    "its permissions (you need to be able to write there), then try again."
)
FULL = (
    "The disk that holds {folder} is full (0 bytes free). Free some space, then try again. "
    "Nothing you saved before was lost."
)
UNREADABLE = (
    "InfoInterview cannot open infointerview.sqlite3 in {folder} (infointerview.sqlite3{end} "
    "cannot be read and written). Check that the file and any infointerview.sqlite3-wal and infointerview.sqlite3-shm "
    "beside it belong to you and can be read and written, and that the disk is connected. "
    "Nothing was changed."
)


def test_a_lock_held_by_another_program_asks_and_moves_nothing(
    data_dir: Path, dialogs: Dialogs, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    # a database browser holding the file in exclusive locking mode: readers are refused
    # too (a plain BEGIN EXCLUSIVE in WAL mode still lets readers in; see the next test)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("SELECT count(*) FROM contact").fetchone()

    def close_the_other_program() -> str:
        other.execute("ROLLBACK")
        other.close()
        return "retry"

    dialogs.answers = ["retry", close_the_other_program]
    try:
        window = start_up(data_dir)
    finally:
        other.close()
    sentence = LOCKED.format(folder=data_dir)
    assert dialogs.asked == [sentence, sentence]  # asked again while it was still held
    assert dialogs.boxes == []  # no "damaged", no restore offered
    assert damaged_files(data_dir) == []
    assert window is not None and window.session.read_only is None
    assert window.contacts.model.total_count() == 3
    assert window.fault_banner.message == ""
    window.close()
    window.session.close()
    assert digest(db) == before


def test_a_write_lock_held_at_start_up_opens_read_only_with_the_reason(
    data_dir: Path, dialogs: Dialogs, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # WAL: readers may read, nobody else may write
    try:
        window = start_up(data_dir)
        assert window is not None
        sentence = LOCKED.format(folder=data_dir)
        assert window.session.read_only is not None
        assert window.fault_banner.message == sentence
        assert not window.new_action.isEnabled()
        assert window.contacts.model.total_count() == 3
        window.close()
        window.session.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dialogs.asked == [] and dialogs.boxes == []
    assert damaged_files(data_dir) == []
    assert digest(db) == before


def _fill_up(folder: Path) -> None:
    """Write into ``folder`` until the disk is full, down to the last byte."""
    with open(folder / "filler", "wb", buffering=0) as filler:
        for chunk in (1 << 20, 1 << 16, 1 << 12, 1 << 8, 1):
            try:
                while True:
                    filler.write(b"x" * chunk)
            except OSError:
                pass


def test_a_full_disk_at_start_up_moves_nothing_and_can_open_read_only(
    data_dir: Path, dialogs: Dialogs, mounts, start_up  # type: ignore[no-untyped-def]
) -> None:
    data_dir.mkdir()
    mounts("tmpfs", data_dir, size="1m")  # a small real disk; root only
    db = make_data(data_dir)
    before = digest(db)
    _fill_up(data_dir)
    dialogs.answers = ["retry", "read_only"]
    window = start_up(data_dir)
    sentence = FULL.format(folder=data_dir)
    assert dialogs.asked == [sentence, sentence]
    assert dialogs.boxes == []
    assert window is not None
    assert window.fault_banner.message == sentence
    assert window.contacts.model.total_count() == 3
    assert not window.schedule_action.isEnabled()
    window.close()
    window.session.close()
    assert damaged_files(data_dir) == []
    assert digest(db) == before


def test_a_full_disk_at_start_up_quit_leaves_everything(
    data_dir: Path, dialogs: Dialogs, mounts, start_up  # type: ignore[no-untyped-def]
) -> None:
    data_dir.mkdir()
    mounts("tmpfs", data_dir, size="1m")
    db = make_data(data_dir)
    before = digest(db)
    _fill_up(data_dir)
    dialogs.answers = ["quit"]
    assert start_up(data_dir) is None
    assert dialogs.asked == [FULL.format(folder=data_dir)]
    assert damaged_files(data_dir) == []
    left = {p.name for p in data_dir.iterdir()} - {"filler", "infointerview.lock", db.name}
    assert left <= {f"{db.name}-wal", f"{db.name}-shm"}  # SQLite's own, empty: nothing moved
    assert all((data_dir / name).stat().st_size == 0 for name in left if name.endswith("-wal"))
    assert digest(db) == before


def test_a_read_only_data_folder_opens_read_only(
    data_dir: Path, dialogs: Dialogs, mounts, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    mounts("bind-ro", data_dir)  # chmod does not stop root: a read-only bind mount does
    window = start_up(data_dir)
    assert dialogs.asked == [] and dialogs.boxes == []
    assert window is not None
    sentence = READ_ONLY.format(folder=data_dir)
    assert window.fault_banner.message == sentence
    assert window.contacts.model.total_count() == 3
    assert not window.new_action.isEnabled()
    window.close()
    window.session.close()
    assert damaged_files(data_dir) == []
    assert digest(db) == before


@pytest.mark.parametrize("end", ["-wal", "-shm"])
def test_an_unreadable_wal_or_shm_is_not_damage(
    end: str, data_dir: Path, dialogs: Dialogs, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    # a -wal/-shm SQLite cannot open (root reads any file, so a folder stands in for one
    # left owned by another user; as a user, chmod 000 gives the same answer)
    Path(f"{db}{end}").mkdir()
    dialogs.answers = ["retry", "read_only"]
    window = start_up(data_dir)
    sentence = UNREADABLE.format(folder=data_dir, end=end)
    assert dialogs.asked == [sentence, sentence]
    assert dialogs.boxes == []
    assert window is not None
    assert window.fault_banner.message == sentence
    assert window.contacts.model.total_count() == 3  # SQLite can still read the file
    assert not window.new_action.isEnabled()
    window.close()
    window.session.close()
    assert damaged_files(data_dir) == []
    assert digest(db) == before
    assert Path(f"{db}{end}").is_dir()


def test_an_unreadable_wal_quit_leaves_everything(
    data_dir: Path, dialogs: Dialogs, start_up  # type: ignore[no-untyped-def]
) -> None:
    db = make_data(data_dir)
    before = digest(db)
    Path(f"{db}-wal").mkdir()
    dialogs.answers = ["quit"]
    assert start_up(data_dir) is None
    assert dialogs.asked == [UNREADABLE.format(folder=data_dir, end="-wal")]
    assert damaged_files(data_dir) == []
    assert digest(db) == before


def test_damage_is_still_moved_aside(data_dir: Path, dialogs: Dialogs, start_up) -> None:  # type: ignore[no-untyped-def]
    data_dir.mkdir()
    garbage = os.urandom(32 * 1024)
    (data_dir / "infointerview.sqlite3").write_bytes(garbage)
    window = start_up(data_dir)
    assert dialogs.asked == []
    kind, text = dialogs.boxes[-1]
    assert kind == "warning" and "damaged" in text
    (moved,) = damaged_files(data_dir)
    assert moved.read_bytes() == garbage
    assert window is not None and window.session.read_only is None
