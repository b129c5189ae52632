"""The main window's menu bar: File, Edit, Chat, View and Help, and the actions in them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QListWidget, QMenu, QMenuBar, QWidget

from infointerview.ui.chat_controller import ChatController
from infointerview.ui.print_what import PrintWhat

translate = QCoreApplication.translate
"""Texts keep the ``MainWindow`` context they were extracted under."""


class MenuHost(Protocol):
    """What the menus need from the window: its parts and the slots they trigger."""

    undo_stack: QUndoStack
    sidebar: QListWidget
    chat_controller: ChatController

    def menuBar(self) -> QMenuBar: ...
    def close(self) -> bool: ...
    def selected_contact(self) -> int: ...
    def new_contact(self) -> None: ...
    def load_sample_data(self) -> None: ...
    def import_contacts(self) -> None: ...
    def export_as(self, fmt: str) -> None: ...
    def show_backups(self) -> None: ...
    def show_settings(self) -> None: ...
    def find_contact(self) -> None: ...
    def search_notes(self) -> None: ...
    def write_message_to_current(self) -> None: ...
    def print_chat(self, chat_id: int, what: PrintWhat | str) -> None: ...
    def show_method(self) -> None: ...
    def show_shortcuts(self) -> None: ...
    def about(self) -> None: ...


@dataclass
class MainMenus:
    """The actions the window and its tests reach by name."""

    new_action: QAction
    import_action: QAction
    settings_action: QAction
    quit_action: QAction
    find_action: QAction
    search_notes_action: QAction
    schedule_action: QAction
    log_message_action: QAction
    export_ics_action: QAction
    write_action: QAction
    print_action: QAction
    pdf_action: QAction
    area_actions: list[QAction]
    method_action: QAction
    shortcuts_action: QAction
    edit_menu: QMenu
    """Its last entry, Delete, is the contact table's (added when Contacts is built)."""


def _action(
    parent: QWidget, text: str, slot: Callable[..., object],
    shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


def build_menus(window: QWidget, host: MenuHost) -> MainMenus:
    """Fill ``host``'s menu bar; the actions are children of ``window`` (the same object)."""
    def act(
        text: str, slot: Callable[..., object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        return _action(window, text, slot, shortcut)

    bar = host.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    new_action = act(
        translate("MainWindow", "&New Contact"), host.new_contact, QKeySequence.StandardKey.New
    )
    file_menu.addAction(new_action)
    file_menu.addAction(act(translate("MainWindow", "Load &Sample Data…"), host.load_sample_data))
    file_menu.addSeparator()
    import_action = act(
        translate("MainWindow", "&Import…"), host.import_contacts, QKeySequence("Ctrl+I")
    )
    file_menu.addAction(import_action)
    export_menu = file_menu.addMenu(translate("MainWindow", "&Export"))
    for fmt, label in (
        ("csv", translate("MainWindow", "&CSV (Spreadsheet)…")),
        ("vcard", translate("MainWindow", "&vCard (Address Book)…")),
        ("json", translate("MainWindow", "&JSON (Everything)…")),
    ):
        export_menu.addAction(act(label, lambda _=False, f=fmt: host.export_as(f)))
    file_menu.addAction(act(translate("MainWindow", "&Backups…"), host.show_backups))
    file_menu.addSeparator()
    settings_action = act(
        translate("MainWindow", "&Settings…"), host.show_settings,
        QKeySequence.StandardKey.Preferences,
    )
    if settings_action.shortcut().isEmpty():  # no platform default (Windows)
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    file_menu.addAction(settings_action)
    file_menu.addSeparator()
    quit_action = act(translate("MainWindow", "&Quit"), host.close, QKeySequence.StandardKey.Quit)
    quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    undo = host.undo_stack.createUndoAction(window, translate("MainWindow", "&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = host.undo_stack.createRedoAction(window, translate("MainWindow", "&Redo"))
    redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    find_action = act(
        translate("MainWindow", "&Find Contact"), host.find_contact, QKeySequence.StandardKey.Find
    )
    edit_menu.addAction(find_action)
    search_notes_action = act(
        translate("MainWindow", "Search All &Notes…"), host.search_notes,
        QKeySequence("Ctrl+Shift+F"),
    )
    edit_menu.addAction(search_notes_action)

    schedule, log_message, export_ics, write, print_, pdf = _build_chat_menu(host, act)
    # the calendar file is an export too: File > Export lists it with the others
    export_menu.addSeparator()
    calendar_export = act(
        translate("MainWindow", "Calendar of &Upcoming Chats (.ics)…"), export_ics.trigger
    )
    calendar_export.setObjectName("exportCalendar")
    export_menu.addAction(calendar_export)
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    area_actions: list[QAction] = []
    for row in range(host.sidebar.count()):
        title = host.sidebar.item(row).text()
        action = act(
            title, partial(host.sidebar.setCurrentRow, row), QKeySequence(f"Ctrl+{row + 1}")
        )
        action.setStatusTip(
            translate("MainWindow", "Show {area} (Ctrl+{n})").format(area=title, n=row + 1)
        )
        view_menu.addAction(action)
        area_actions.append(action)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    method_action = act(
        translate("MainWindow", "The &Method"), host.show_method,
        QKeySequence.StandardKey.HelpContents,
    )
    help_menu.addAction(method_action)
    shortcuts_action = act(
        translate("MainWindow", "&Keyboard Shortcuts"), host.show_shortcuts, QKeySequence("Ctrl+/")
    )
    help_menu.addAction(shortcuts_action)
    help_menu.addSeparator()
    about = act(translate("MainWindow", "&About InfoInterview"), host.about)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    help_menu.addAction(about)
    return MainMenus(
        new_action=new_action, import_action=import_action, settings_action=settings_action,
        quit_action=quit_action, find_action=find_action,
        search_notes_action=search_notes_action, area_actions=area_actions,
        method_action=method_action, shortcuts_action=shortcuts_action,
        schedule_action=schedule, log_message_action=log_message, export_ics_action=export_ics,
        write_action=write, print_action=print_, pdf_action=pdf, edit_menu=edit_menu,
    )


def _build_chat_menu(host: MenuHost, act: Callable[..., QAction]) -> tuple[QAction, ...]:
    """The Chat menu: schedule, log, write, print, save as PDF, export the calendar."""
    commands = host.chat_controller
    menu = host.menuBar().addMenu(translate("MainWindow", "C&hat"))
    schedule_action = act(
        translate("MainWindow", "&Schedule Chat…"),
        lambda: commands.schedule(host.selected_contact()), QKeySequence("Ctrl+Shift+N"),
    )
    schedule_action.setToolTip(translate("MainWindow", "Schedule a chat (Ctrl+Shift+N)"))
    log_message_action = act(
        translate("MainWindow", "&Log Message…"),
        lambda: commands.log_message(host.selected_contact()), QKeySequence("Ctrl+Shift+M"),
    )
    log_message_action.setToolTip(
        translate("MainWindow", "Record a message you sent, or a reply (Ctrl+Shift+M)")
    )
    export_ics_action = act(
        translate("MainWindow", "&Export Calendar (.ics)…"), lambda: commands.export_upcoming(),
        QKeySequence("Ctrl+Shift+E"),
    )
    export_ics_action.setToolTip(
        translate(
            "MainWindow",
            "Write every upcoming chat to an .ics file for your calendar (Ctrl+Shift+E)",
        )
    )
    write_action = act(
        translate("MainWindow", "&Write Message…"), host.write_message_to_current,
        QKeySequence("Ctrl+Shift+W"),
    )
    write_action.setToolTip(
        translate(
            "MainWindow",
            "Write an outreach, thank-you, follow-up or update message (Ctrl+Shift+W)",
        )
    )
    print_action = act(
        translate("MainWindow", "&Print Prep Sheet…"),
        lambda: host.print_chat(0, PrintWhat.PREVIEW), QKeySequence.StandardKey.Print,
    )
    pdf_action = act(
        translate("MainWindow", "Save Prep Sheet as P&DF…"),
        lambda: host.print_chat(0, PrintWhat.PDF), QKeySequence("Ctrl+Shift+P"),
    )
    for action in (schedule_action, log_message_action, write_action):
        menu.addAction(action)
    menu.addSeparator()
    for action in (print_action, pdf_action, export_ics_action):
        menu.addAction(action)
    return (
        schedule_action, log_message_action, export_ics_action, write_action, print_action,
        pdf_action,
    )
