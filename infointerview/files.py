"""The one way InfoInterview writes a file the user asked for.

Exports (CSV, vCard, JSON, .ics), summaries (Markdown) and PDFs (prep
sheets, summaries) all go through here:

* the target is checked first: a file ending that does not match the
  format is refused with the endings that work; a directory, device, FIFO
  or socket is refused (writing "onto" ``/dev/full`` must not replace the
  device node); a symbolic link is followed, so its real target is written
  and the link stays a link;
* the content goes to a temporary file in the target's own folder, is
  flushed and fsynced, and its size on disk is compared with what was meant
  (a full disk never reports success with a short or empty file);
* only then is it moved into place with one atomic ``os.replace``, so a
  failed or cancelled write never leaves a half-written file and never
  destroys the previous one.

Every refusal is an :class:`OutputRefused` (an ``OSError``, so callers that
already catch ``OSError`` show its sentence). No Qt, no database.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

__all__ = [
    "OutputRefused",
    "atomic_write_bytes",
    "atomic_write_file",
    "atomic_write_text",
    "output_target",
]


class OutputRefused(OSError):
    """The file cannot or must not be written there; ``str()`` is the sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


def _kind_of(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def output_target(path: str | os.PathLike[str], endings: Sequence[str] = ()) -> Path:
    """The regular file that writing to ``path`` should replace, or :class:`OutputRefused`.

    ``endings`` (like ``(".pdf",)``) are the file endings the format may have;
    empty means any. A symbolic link resolves to the file it points to.
    """
    given = Path(path).expanduser()
    if endings and given.suffix.lower() not in {e.lower() for e in endings}:
        names = " or ".join(endings)
        raise OutputRefused(
            f"{given.name} does not end in {names}, the kind of file written here; "
            f"nothing was written. Name it with {names}."
        )
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputRefused(f"{given} cannot be written: {exc.strerror or exc}.") from exc
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputRefused(
            f"{given} is {_kind_of(mode)}, not a file; nothing was written. "
            "Choose a file name in a folder."
        )
    if not target.parent.is_dir():
        raise OutputRefused(f"The folder {target.parent} does not exist; nothing was written.")
    return target


def _short_write(target: Path, wrote: int, meant: int | None) -> OutputRefused:
    try:
        free = shutil.disk_usage(target.parent).free
        room = f" ({free // 1024} KB free)"
    except OSError:
        room = ""
    expected = f" of {meant}" if meant is not None else ""
    return OutputRefused(
        f"{target.name} could not be written completely ({wrote}{expected} bytes reached "
        f"the disk; is the disk full{room}?). Nothing was replaced."
    )


def atomic_write_file(
    path: str | os.PathLike[str],
    write: Callable[[Path], None],
    endings: Sequence[str] = (),
    check: Callable[[Path], bool] | None = None,
) -> Path:
    """Let ``write`` fill a temporary file beside the target, check it, then move it in place.

    For writers that need a file name (``QPdfWriter``). The result must be
    non-empty and pass ``check`` (given the temporary file) or nothing is
    replaced and :class:`OutputRefused` says why.
    """
    target = output_target(path, endings)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        size = tmp.stat().st_size
        if size == 0 or (check is not None and not check(tmp)):
            raise _short_write(target, size, None)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        _replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, endings: Sequence[str] = ()
) -> Path:
    """Write ``data`` to ``path`` atomically (see the module text); returns the file written."""
    target = output_target(path, endings)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            wrote = os.fstat(handle.fileno()).st_size
        if wrote != len(data):
            raise _short_write(target, wrote, len(data))
        _replace(Path(tmp_name), target)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except FileNotFoundError:
            pass
        raise
    return target


WINDOWS = os.name == "nt"
REPLACE_TRIES = 10
REPLACE_WAIT_S = 0.05


def _replace(tmp: Path, target: Path) -> None:
    """Move ``tmp`` over ``target`` in one step, then make the rename itself durable.

    On Windows a file another program holds open (a CSV in Excel, a PDF in a
    viewer) cannot be replaced: ``os.replace`` fails with "Access is denied".
    A virus scanner or the search indexer holds a new file for a moment, so
    it is tried again for half a second; a program that keeps it open gets
    the sentence that says what to do. (Elsewhere the open program keeps
    reading the old file and the new one takes its place.)
    """
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(tmp, target)
            break
        except IsADirectoryError as exc:  # a folder appeared meanwhile
            raise OutputRefused(f"{target} is a folder, not a file; nothing was written.") from exc
        except PermissionError as exc:
            if not WINDOWS:
                raise
            if attempt + 1 == REPLACE_TRIES:
                raise OutputRefused(
                    f"{target.name} is open in another program, so it cannot be replaced; "
                    "nothing was written. Close it there (or choose another name), then "
                    "try again."
                ) from exc
            time.sleep(REPLACE_WAIT_S)
    if os.name == "posix":
        try:
            folder = os.open(target.parent, os.O_RDONLY)
        except OSError:
            return
        try:
            os.fsync(folder)
        except OSError:
            pass  # the file is in place; some file systems cannot sync a folder
        finally:
            os.close(folder)


def atomic_write_text(
    path: str | os.PathLike[str], text: str, newline: str = "\n", endings: Sequence[str] = ()
) -> Path:
    """Write text as UTF-8 atomically; ``newline`` replaces each ``\\n``."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return atomic_write_bytes(path, text.encode("utf-8"), endings)
