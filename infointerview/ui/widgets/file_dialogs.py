"""Open and save file dialogs that start in the folder last used for that kind of file.

Every ``QFileDialog`` of the app goes through :func:`open_file_name` or
:func:`save_file_name` with a *kind* (``"import"``, ``"export"``, ``"ics"``,
``"pdf"``, ``"markdown"``…). The folder a file was last chosen in is kept per
kind in the window's settings (``window.ini`` in the data folder, key
``folders/<kind>``) once :func:`remember_folders_in` has been given them; until
then (a dialog opened without the main window) only for the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_settings: list[QSettings] = []
_session: dict[str, str] = {}


def remember_folders_in(settings: QSettings) -> None:
    """Keep the last folders in ``settings`` (the main window's)."""
    _settings[:] = [settings]


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def last_folder(kind: str, default: Path | None = None) -> Path:
    """The folder last used for ``kind`` if it still exists, else ``default`` (home)."""
    value = _settings[0].value(f"folders/{kind}") if _settings else _session.get(kind)
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    return default or Path.home()


def remember_folder(kind: str, path: str) -> None:
    """Remember the folder of ``path`` (a file chosen for ``kind``)."""
    folder = str(Path(path).parent)
    if _settings:
        _settings[0].setValue(f"folders/{kind}", folder)
    else:
        _session[kind] = folder


def open_file_name(
    parent: QWidget | None, kind: str, title: str, filters: str, default: Path | None = None
) -> str:
    """Ask for a file to open, starting in the last folder of ``kind``; '' if cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(last_folder(kind, default)), filters)
    if path:
        remember_folder(kind, path)
    return str(path or "")


def save_file_name(
    parent: QWidget | None,
    kind: str,
    title: str,
    name: str,
    filters: str,
    default: Path | None = None,
) -> str:
    """Ask where to save ``name``, starting in the last folder of ``kind``; '' if cancelled."""
    start = last_folder(kind, default) / Path(name).name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if path:
        remember_folder(kind, path)
    return str(path or "")
