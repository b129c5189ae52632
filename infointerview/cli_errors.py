"""How the command line turns an error into one sentence: database faults (through
:func:`infointerview.store.faults.classify`), OS errors, our own errors; the
traceback only with ``--debug``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from infointerview.store.faults import DatabaseFault


def report(exc: BaseException, args: argparse.Namespace) -> int:
    """One line on stderr (and the traceback with --debug); exit 1."""
    sentence, expected = sentence_for(exc, args)
    if not expected and not args.debug:
        sentence += " Run the command again with --debug to see the details for a bug report."
    print(f"infointerview: {sentence}", file=sys.stderr)
    if args.debug:
        import traceback

        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    return 1


DAMAGE_ADVICE = (
    " Nothing was changed. Run 'infointerview check' to see what SQLite reports, and "
    "'infointerview restore FILE' to put back a backup from the backups folder."
)


def sentence_for(exc: BaseException, args: argparse.Namespace) -> tuple[str, bool]:
    """What to tell the user about ``exc``, and whether it is a known condition (not a bug)."""
    from infointerview.files import OutputRefused
    from infointerview.interchange.errors import ImportFormatError
    from infointerview.store.database import StoreError
    from infointerview.store.faults import DatabaseFault, sqlite_error_of

    if isinstance(exc, (OutputRefused, ImportFormatError)):
        return str(exc), True
    if isinstance(exc, DatabaseFault):
        return fault_sentence(exc), True
    cause = sqlite_error_of(exc)
    if cause is not None and not is_backup_error(exc):
        return fault_sentence(database_fault(exc, args)), True
    if isinstance(exc, StoreError):
        return str(exc), True
    if isinstance(exc, OSError):
        return os_sentence(exc, getattr(args, "out", None)), True
    if is_peewee_error(exc):
        return fault_sentence(database_fault(exc, args)), True
    return f"unexpected error: {type(exc).__name__}: {exc}.", False


def is_backup_error(exc: BaseException) -> bool:
    from infointerview.services.backup import BackupError

    return isinstance(exc, BackupError)


def is_peewee_error(exc: BaseException) -> bool:
    from peewee import PeeweeException

    return isinstance(exc, PeeweeException)


def database_path(args: argparse.Namespace) -> Path:
    from infointerview.data_dir import database_path, resolve_data_dir

    return database_path(resolve_data_dir(args.data_dir))


def database_fault(exc: BaseException, args: argparse.Namespace) -> DatabaseFault:
    """``classify`` the error, calling it read-only when the file or folder is.

    A failed commit is often followed by a failed rollback ("cannot rollback - no
    transaction is active"): the condition that names what to do (full, locked,
    read-only, damaged) is looked for along the whole chain of errors.
    """
    import sqlite3

    from infointerview.store.faults import DatabaseDamaged, DatabaseUnreadable, classify

    path = database_path(args)
    fault = classify(exc, path)
    seen: set[int] = set()
    current: BaseException | None = exc
    while isinstance(fault, DatabaseUnreadable) and current is not None and (
        id(current) not in seen
    ):
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            candidate = classify(current, path)
            if not isinstance(candidate, DatabaseUnreadable):
                fault = candidate
        current = current.__cause__ or current.__context__
    if not isinstance(fault, DatabaseDamaged) and cannot_write(path):
        return read_only_fault(path)
    return fault


def fault_sentence(fault: DatabaseFault) -> str:
    text = str(fault)
    return text + DAMAGE_ADVICE if fault.is_damage else text


def read_only_fault(path: Path) -> DatabaseFault:
    import sqlite3

    from infointerview.store.faults import classify

    return classify(sqlite3.OperationalError("attempt to write a readonly database"), path)


def cannot_write(path: Path) -> bool:
    """The database file, or the folder it lives in, is read-only for us."""
    import os

    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return True
    except (OSError, AttributeError):
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return True
    return folder.exists() and not os.access(folder, os.W_OK)


def os_sentence(exc: OSError, out: str | None = None) -> str:
    """An OS error as a sentence; ``out`` names the file being written when the error does not."""
    import errno

    where = str(exc.filename if exc.filename is not None else out or "")
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOSPC:
        from infointerview.store.faults import free_space_text

        folder = Path(where).parent if where else Path.cwd()
        free = free_space_text(folder)
        room = f" ({free})" if free else ""
        return (f"the disk is full{room}; {where or 'the file'} could not be written. "
                "Free some space, then try again.")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (f"{where or 'a file'}: {reason}. Check that you may read and write there "
                "(its permissions, or a read-only disk).")
    return f"{where}: {reason}." if where else f"{reason}."



"""Commands that only read the database: they work on a read-only file or folder."""
