"""Where the user's data lives: one small module so nothing else guesses.

Order: an explicit ``--data-dir``, then ``INFOINTERVIEW_DATA_DIR``, then the
platform's user data folder from appdirs. The folder is created private
(0700 on POSIX) because everything in it is personal.
"""

from __future__ import annotations

import os
from pathlib import Path

import appdirs

ENV_VAR = "INFOINTERVIEW_DATA_DIR"
DB_FILENAME = "infointerview.sqlite3"


def default_data_dir() -> Path:
    """The platform's per-user data folder for the app."""
    return Path(appdirs.user_data_dir("InfoInterview", "InfoInterview", roaming=True))


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Pick the data folder from the argument, the environment, or the default."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; a folder we create is 0700."""
    if not path.exists():
        path.mkdir(parents=True, mode=0o700)
        if os.name == "posix":
            os.chmod(path, 0o700)
    elif not path.is_dir():
        raise NotADirectoryError(f"{path} exists but is not a folder.")
    return path


def database_path(data_dir: Path) -> Path:
    return data_dir / DB_FILENAME
