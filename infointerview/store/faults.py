"""What went wrong with the database file, in words a user can act on.

Only damage is damage. A lock held by another program, a read-only file or
folder, a full disk, or a file that cannot be opened are *conditions*: the
user's data is fine, and nothing may be moved, renamed or replaced because of
them. :func:`classify` turns an ``sqlite3`` (or peewee) error into one of the
:class:`DatabaseFault` kinds below, each with a sentence that says what
happened and what to do. No Qt.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from infointerview.store.errors import StoreError

__all__ = [
    "DatabaseDamaged",
    "DatabaseFault",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseUnreadable",
    "DiskFull",
    "classify",
    "free_space_text",
    "read_only_fault",
    "unreadable_fault",
    "sqlite_error_of",
]

# SQLite's primary result codes (https://sqlite.org/rescode.html)
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _NOTADB, _AUTH = 13, 14, 26, 23


class DatabaseFault(StoreError):
    """The database cannot be used right now; ``kind`` names the condition."""

    kind = "fault"

    def __init__(self, message: str, path: Path, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail

    @property
    def is_damage(self) -> bool:
        """Only damage may lead to moving the file aside or offering a backup."""
        return False


class DatabaseLocked(DatabaseFault):
    kind = "locked"


class DatabaseReadOnly(DatabaseFault):
    kind = "read_only"


class DiskFull(DatabaseFault):
    kind = "disk_full"


class DatabaseUnreadable(DatabaseFault):
    kind = "unreadable"


class DatabaseDamaged(DatabaseFault):
    kind = "damaged"

    @property
    def is_damage(self) -> bool:
        return True


def free_space_text(folder: Path) -> str:
    """How much room is left where ``folder`` lives ("12 MB free"), or "" if unknown."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return ""
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if free >= size:
            return f"{free / size:.1f} {unit} free".replace(".0 ", " ")
    return f"{free} bytes free"


def _nearly_full(folder: Path) -> bool:
    """An I/O error on a disk with under 1 MB left is a full disk (SQLite says "I/O")."""
    try:
        return shutil.disk_usage(folder).free < (1 << 20)
    except OSError:
        return False


def sqlite_error_of(exc: BaseException) -> sqlite3.Error | None:
    """The ``sqlite3`` error behind ``exc`` (peewee re-raises it as its own type)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, sqlite3.Error):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _code(error: BaseException) -> int | None:
    raw = getattr(error, "sqlite_errorcode", None)
    return int(raw) & 0xFF if isinstance(raw, int) else None


def read_only_fault(path: Path, detail: str = "") -> DatabaseReadOnly:
    """The database file or its folder cannot be written (found by a probe that changes nothing)."""
    path = Path(path)
    return DatabaseReadOnly(
        f"InfoInterview cannot write to {path.name}: the file or the folder {path.parent} "
        "is read-only for you, so your data can only be looked at. To make changes, fix "
        "its permissions (you need to be able to write there), then try again.",
        path, detail,
    )


def unreadable_fault(path: Path, detail: str) -> DatabaseUnreadable:
    """The file or its ``-wal``/``-shm`` cannot be opened (``detail`` says which or why)."""
    path = Path(path)
    return DatabaseUnreadable(
        f"InfoInterview cannot open {path.name} in {path.parent} ({detail}). Check that the "
        f"file and any {path.name}-wal and {path.name}-shm beside it belong to you and "
        "can be read and written, and that the disk is connected. Nothing was changed.",
        path, detail,
    )


def classify(exc: BaseException, path: Path) -> DatabaseFault:
    """The fault behind an error raised while opening or using the database at ``path``."""
    path = Path(path)
    folder = path.parent
    error = sqlite_error_of(exc) or exc
    detail = str(error)
    code = _code(error)
    text = detail.lower()
    if code in (_BUSY, _LOCKED) or "locked" in text or "busy" in text:
        return DatabaseLocked(
            f"Another program is using your InfoInterview data ({path.name} in {folder}) "
            "and has locked it: a second copy of InfoInterview, a database browser or a "
            "sync tool. Close that program, then try again. Nothing was changed.",
            path, detail,
        )
    if code == _FULL or "disk is full" in text or (
        (code == _IOERR or "disk i/o" in text) and _nearly_full(folder)
    ):
        free = free_space_text(folder)
        room = f" ({free})" if free else ""
        return DiskFull(
            f"The disk that holds {folder} is full{room}. Free some space, then try again. "
            "Nothing you saved before was lost.",
            path, detail,
        )
    if code in (_READONLY, _PERM, _AUTH) or "readonly" in text or "read-only" in text:
        return read_only_fault(path, detail)
    if code in (_CORRUPT, _NOTADB) or "malformed" in text or "not a database" in text:
        if code == _NOTADB or "not a database" in text:
            return DatabaseDamaged(
                f"{path.name} is not an InfoInterview database or is damaged ({detail}).",
                path, detail,
            )
        return DatabaseDamaged(
            f"Your InfoInterview database {path.name} is damaged ({detail}).", path, detail,
        )
    if code in (_CANTOPEN, _IOERR) or "unable to open" in text or "disk i/o" in text:
        return unreadable_fault(path, detail)
    return DatabaseUnreadable(
        f"InfoInterview cannot use {path.name} in {folder} ({detail}). Nothing was changed.",
        path, detail,
    )
