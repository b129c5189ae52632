"""open_session on data it cannot write: a read-only session, never a moved file (no Qt)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fault_helpers import damaged_files, digest, make_data
from peewee import OperationalError

from infointerview.domain.contacts import ContactDraft
from infointerview.services.session import DatabaseLocked, DatabaseReadOnly, open_session


def test_a_session_asked_to_be_read_only_reads_and_cannot_write(data_dir: Path) -> None:
    db = make_data(data_dir)
    before = digest(db)
    session = open_session(data_dir, read_only=True)
    try:
        assert isinstance(session.read_only, DatabaseReadOnly)
        assert str(session.read_only) == (
            f"Your data in {data_dir} is open read-only, as you asked: you can look, "
            "but nothing can be changed."
        )
        assert session.contacts.count() == 3
        with pytest.raises(OperationalError, match="readonly"):
            session.contacts.create(ContactDraft(first_name="Dee"))
    finally:
        session.close()
    assert digest(db) == before
    assert damaged_files(data_dir) == []


def test_a_write_lock_held_elsewhere_gives_a_read_only_session_that_says_why(
    data_dir: Path,
) -> None:
    db = make_data(data_dir)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        session = open_session(data_dir)
        try:
            assert isinstance(session.read_only, DatabaseLocked)
            assert "has locked it" in str(session.read_only)
            assert session.contacts.count() == 3
        finally:
            session.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    session = open_session(data_dir)  # the lock is gone: writable again
    try:
        assert session.read_only is None
        session.contacts.create(ContactDraft(first_name="Dee"))
        assert session.contacts.count() == 4
    finally:
        session.close()
    assert damaged_files(data_dir) == []
