"""The areas the main window builds later: Contacts right after the first paint (a
piece per turn of the event loop), Calendar, Chat, Questions and Stats on first visit;
each following the change relay and wired to the window's slots."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from infointerview.services.events import Change
from infointerview.services.session import Session
from infointerview.ui.area_pages import AreaPages
from infointerview.ui.changes import ChangeRelay, RefreshOnChange
from infointerview.ui.chat_controller import ChatController
from infointerview.ui.main_menus import MainMenus
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.widgets.sliced_work import Steps

if TYPE_CHECKING:
    from infointerview.ui.calendar_view import CalendarView
    from infointerview.ui.chat_page import ChatPage
    from infointerview.ui.contact_editor import ContactEditor
    from infointerview.ui.contacts_view import ContactsView
    from infointerview.ui.question_bank_view import QuestionBankView
    from infointerview.ui.stats_view import StatsView
    from infointerview.ui.widgets.fault_banner import FaultBanner


class AreaHost(Protocol):
    """What the areas need from the window: the session, shared parts and its slots."""

    session: Session
    settings: QSettings
    relay: ChangeRelay
    undo_stack: QUndoStack
    chat_controller: ChatController
    fault_banner: FaultBanner
    menus: MainMenus

    @property
    def contacts(self) -> ContactsView: ...

    def open_chat(self, chat_id: int) -> None: ...
    def schedule_on_day(self, contact_id: int, day: QDate) -> None: ...
    def show_message(self, text: str) -> None: ...
    def start_call(self, chat_id: int) -> None: ...
    def print_chat(self, chat_id: int, what: PrintWhat | str) -> None: ...
    def show_method(self) -> None: ...
    def write_message(self, contact_id: int, kind: str) -> None: ...
    def show_contact(self, contact_id: int) -> None: ...
    def new_contact(self) -> None: ...
    def load_sample_data(self) -> None: ...


def build_contacts(
    window: QWidget, host: AreaHost, editor: ContactEditor | None = None
) -> ContactsView:
    """The Contacts area (with ``editor`` if one was made beforehand), wired and with its
    saved splitter and columns; its Delete action becomes the Edit menu's last entry."""
    from infointerview.ui.contacts_view import ContactsView
    from infointerview.ui.window_state import restore_contacts_state

    view = ContactsView(host.session.contacts, host.undo_stack, window, editor)
    view.status_message.connect(host.show_message)
    view.load_sample_requested.connect(host.load_sample_data)
    view.guide_requested.connect(host.show_method)
    view.schedule_requested.connect(lambda cid: host.chat_controller.schedule(cid))
    host.relay.changed.connect(view.apply_change)
    host.menus.edit_menu.addAction(view.delete_action)
    restore_contacts_state(view, host.settings)
    return view


def contacts_in_turns(
    areas: AreaPages, build: Callable[[ContactEditor], ContactsView]
) -> Steps:
    """Sliced work (one step a turn): Contacts built a piece per turn of the event loop,
    each some 15-30 ms so no turn blocks long: its modules, its editor, then the area.
    Nothing is built if something asked for the area meanwhile."""
    import infointerview.ui.contacts_view  # noqa: F401  (the area, two turns on)

    yield
    from infointerview.ui.contact_editor import ContactEditor

    if "contacts" in areas.built:
        return
    editor = ContactEditor()
    yield
    if "contacts" in areas.built:
        editor.deleteLater()
        return
    areas.place("contacts", build(editor))


def chat_list_changed(change: Change) -> bool:
    """What the Chat area's picker and header show: chats and their people."""
    return bool(change.everything or change.chats or change.contacts)


def chat_views(change: Change) -> bool:
    return change.chat_views


def build_calendar(window: QWidget, host: AreaHost) -> CalendarView:
    from infointerview.ui.calendar_view import CalendarView

    commands = host.chat_controller
    view = CalendarView(host.session.chats, host.session.followups, window)
    RefreshOnChange(view, host.relay, chat_views, view.reload, max_age_s=60)
    view.open_chat_requested.connect(host.open_chat)
    view.reschedule_requested.connect(commands.reschedule)
    view.move_requested.connect(commands.move)
    view.cancel_requested.connect(commands.cancel)
    view.export_chat_requested.connect(commands.export_chat)
    view.schedule_requested.connect(host.schedule_on_day)
    return view


def build_chat_page(window: QWidget, host: AreaHost) -> ChatPage:
    from infointerview.ui.chat_page import ChatPage
    from infointerview.ui.fault_reporting import show_save_faults

    session = host.session
    page = ChatPage(session.prep, session.bank, session.search, window)
    RefreshOnChange(page, host.relay, chat_list_changed, page.reload)
    host.relay.changed.connect(page.follow_prep_change)
    page.undo_stack = host.undo_stack
    page.status_message.connect(host.show_message)
    page.start_call_requested.connect(host.start_call)
    page.print_requested.connect(host.print_chat)
    page.schedule_requested.connect(lambda: host.chat_controller.schedule(0))
    page.guide_requested.connect(host.show_method)
    page.message_requested.connect(host.write_message)
    show_save_faults(page.autosaver, host.fault_banner)
    return page


def build_question_bank(window: QWidget, host: AreaHost) -> QuestionBankView:
    from infointerview.ui.question_bank_view import QuestionBankView

    view = QuestionBankView(host.session.bank, window)
    RefreshOnChange(view, host.relay, lambda change: change.bank, view.reload)
    view.status_message.connect(host.show_message)
    return view


def build_stats(window: QWidget, host: AreaHost) -> StatsView:
    from infointerview.ui.stats_view import StatsView

    view = StatsView(host.session, window, people=host.contacts.people)
    RefreshOnChange(view, host.relay, chat_views, view.reload, max_age_s=60)
    view.show_contact_requested.connect(host.show_contact)
    view.log_message_requested.connect(lambda: host.chat_controller.log_message(0))
    view.new_contact_requested.connect(host.new_contact)
    return view
