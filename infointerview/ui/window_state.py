"""The main window's saved geometry and layout, and the Contacts splitter and columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

from infointerview.ui.widgets.file_dialogs import remember_folders_in

if TYPE_CHECKING:  # built after the first paint; this module is imported before it
    from infointerview.ui.contacts_view import ContactsView


def restore_window_state(window: QMainWindow, settings: QSettings) -> None:
    remember_folders_in(settings)  # file dialogs start in the folder last used for each kind
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if isinstance(state, QByteArray):
        window.restoreState(state)


def restore_contacts_state(contacts: ContactsView, settings: QSettings) -> None:
    """The Contacts area's splitter and columns, when it is built."""
    splitter = settings.value("contacts/splitter")
    if isinstance(splitter, QByteArray):
        contacts.splitter.restoreState(splitter)
    # "contacts/columns", not the old "contacts/header": widths saved before the table fitted
    # 1280 px (765 px of columns) would bring the sideways scroll back; they are left behind
    header = settings.value("contacts/columns")
    if isinstance(header, QByteArray):
        contacts.table.horizontalHeader().restoreState(header)


def save_window_state(
    window: QMainWindow, contacts: ContactsView | None, settings: QSettings
) -> None:
    """``contacts`` None: the area was never built, so its saved state stays as it was."""
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    if contacts is not None:
        settings.setValue("contacts/splitter", contacts.splitter.saveState())
        settings.setValue("contacts/columns", contacts.table.horizontalHeader().saveState())
    settings.sync()
