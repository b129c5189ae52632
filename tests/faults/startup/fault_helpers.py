"""Helpers for the fault tests: a data folder with known rows, digests, damaged files."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from infointerview.data_dir import DB_FILENAME

Answer = Callable[[], str]


@dataclass
class Dialogs:
    """The start-up question's answers, in order, and every box the user saw."""

    answers: list[str | Answer] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    """The sentence of each Retry / Open read-only / Quit question."""
    boxes: list[tuple[str, str]] = field(default_factory=list)
    """Other message boxes: (kind, text)."""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*damaged*"))


def make_data(data_dir: Path) -> Path:
    """A data folder holding three contacts and a chat with Ana, closed cleanly; its database."""
    import datetime as dt

    from infointerview.domain.contacts import ContactDraft
    from infointerview.services.session import open_session

    session = open_session(data_dir)
    try:
        ids = [
            session.contacts.create(ContactDraft(first_name=name, last_name="Silva"))
            for name in ("Ana", "Ben", "Caro")
        ]
        draft = session.chats.new_draft(ids[0], dt.datetime.now() + dt.timedelta(hours=2))
        session.chats.schedule(draft)
    finally:
        session.close()
    path = data_dir / DB_FILENAME
    assert not Path(f"{path}-wal").exists()  # closed cleanly: everything is in the file
    return path
