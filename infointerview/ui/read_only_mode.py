"""Read-only mode: the data file or its folder cannot be written (or the user chose so).

The window shows the session's reason in its fault banner and turns off every
action that would write; a write reached some other way answers with the same
sentence (``MainWindow.refuse_write``). Nothing here writes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from infointerview.ui.contacts_view import ContactsView
from infointerview.ui.today_view import TodayView
from infointerview.ui.widgets.fault_banner import FaultBanner


class ReadOnlyHost(Protocol):
    """The parts of the main window that read-only mode turns off."""

    fault_banner: FaultBanner
    today: TodayView
    new_action: QAction
    import_action: QAction
    schedule_action: QAction
    log_message_action: QAction
    write_action: QAction
    settings_action: QAction

    @property
    def contacts(self) -> ContactsView: ...


def apply_read_only(host: ReadOnlyHost, sentence: str) -> None:
    """Say why in the banner and disable the window's write actions."""
    host.fault_banner.show_fault(sentence)
    why = sentence
    actions = (
        host.new_action, host.import_action, host.schedule_action, host.log_message_action,
        host.write_action, host.settings_action, host.contacts.delete_action,
    )
    for action in actions:
        action.setEnabled(False)
        action.setToolTip(why)
    widgets: tuple[QWidget, ...] = (
        host.contacts.add_button, host.contacts.schedule_button, host.contacts.empty_add,
        host.contacts.empty_sample, host.contacts.editor,
        host.today.schedule_button, host.today.log_button, host.today.welcome_add,
        host.today.welcome_sample, host.today.goal_chats, host.today.goal_period,
        host.today.step_up,
    )
    for widget in widgets:
        widget.setEnabled(False)
        widget.setToolTip(why)
