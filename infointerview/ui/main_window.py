"""The main window: composes the areas, menus and status bar, and wires signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QDate, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from infointerview import APP_NAME
from infointerview.services.session import Session
from infointerview.ui import main_areas
from infointerview.ui.area_pages import AreaPages
from infointerview.ui.calendar_publisher import CalendarPublisher
from infointerview.ui.call_windows import CallWindows
from infointerview.ui.changes import ChangeRelay, RefreshOnChange
from infointerview.ui.chat_controller import ChatController
from infointerview.ui.fault_reporting import confirm_unsaved, install_fault_hook
from infointerview.ui.main_menus import build_menus
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.reminders import ReminderBanner, ReminderController
from infointerview.ui.today_view import TodayView
from infointerview.ui.widgets.contact_picker import picker_parts_steps
from infointerview.ui.widgets.contact_picker import prepare as prepare_picker
from infointerview.ui.widgets.fault_banner import FaultBanner
from infointerview.ui.widgets.sliced_work import run_sliced
from infointerview.ui.window_state import restore_window_state, save_window_state

if TYPE_CHECKING:  # built on first visit (start-up shows Today or Contacts)
    from infointerview.ui.calendar_view import CalendarView
    from infointerview.ui.chat_page import ChatPage
    from infointerview.ui.contacts_view import ContactsView
    from infointerview.ui.export_dialog import ExportController
    from infointerview.ui.first_run import FirstRunWizard
    from infointerview.ui.question_bank_view import QuestionBankView
    from infointerview.ui.stats_view import StatsView


DEFERRED_START_MS = 3000
"""The latest the deferred start-up work runs when the window is not painted."""


class MainWindow(QMainWindow):
    """Thin shell: a sidebar of areas, a stack of views, menus and a status bar."""

    restore_requested = Signal(str)
    """The user confirmed restoring this backup; app.py closes and reopens the session."""
    first_painted = Signal()
    """The window has been drawn once; deferred start-up work has been queued."""

    def __init__(self, session: Session, settings: QSettings, icon: QIcon | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self._painted = False
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.undo_stack = QUndoStack(self)
        self.setAcceptDrops(True)  # a meeting invitation (.ics) dropped here becomes a chat
        self.relay = ChangeRelay(session.bus, self)
        """The services' change events, on the GUI thread; every view follows them."""

        self.areas = AreaPages(self)
        self.sidebar, self.pages = self.areas.sidebar, self.areas.pages

        self.chat_controller = ChatController(session, self, people=lambda: self.contacts.people())
        self.today = TodayView(session, self)
        self.today.undo_stack = self.undo_stack
        self.today.hold_reply_rate()  # counted after the first paint
        self.areas.add(self.tr("Today"), self.today, "today")
        # Contacts is built in the first idle moment after the first paint (or when first
        # asked for): with contacts, Today shows first and need not wait for it
        self.areas.add_later(
            self.tr("Contacts"), "contacts", partial(main_areas.build_contacts, self, self)
        )
        # the other areas are built the first time they are shown or asked for
        self._built = self.areas.built
        builders: tuple[tuple[str, str, Callable[[QWidget, main_areas.AreaHost], QWidget]], ...] = (
            (self.tr("Calendar"), "calendar", main_areas.build_calendar),
            (self.tr("Chat"), "chat", main_areas.build_chat_page),
            (self.tr("Questions"), "questions", main_areas.build_question_bank),
            (self.tr("Stats"), "stats", main_areas.build_stats),
        )
        for title, name, build in builders:
            self.areas.add_later(title, name, partial(build, self, self))
        self.calls = CallWindows(session, settings, self)
        self.call_windows = self.calls.windows
        self.exporter: ExportController | None = None  # built on the first export
        self.welcome: FirstRunWizard | None = None  # shown on a first run only
        self._build_central()
        install_fault_hook(self.fault_banner, session.db)
        self.reminders = ReminderController(self.session, self.banner, self, self.windowIcon())

        self._build_menus()
        if session.read_only is not None:  # the file or folder cannot be written: say why
            from infointerview.ui.read_only_mode import apply_read_only

            apply_read_only(self, str(session.read_only))
        self.tint_icons()
        self.calls.status_message.connect(self.show_message)
        self.calls.call_finished.connect(self._call_finished)
        self.sidebar.currentRowChanged.connect(self.areas.show_row)
        self.today.guide_requested.connect(self.show_method)
        self.today.print_requested.connect(self.print_chat)
        self._wire_chats()
        self._follow_changes()
        self.calendar_publisher = CalendarPublisher(session, self.relay, self)
        self.statusBar().addPermanentWidget(self.calendar_publisher.label)
        self.calendar_publisher.moves_changed.connect(self.today.reload)
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=session.data_dir))
        self.resize(1280, 800)
        restore_window_state(self, self.settings)
        # with contacts, Today shows first and the table is read on a worker after the first
        # paint (0.2 s at 30,000); shown earlier, the Contacts area reads them at once
        has_contacts = session.contacts.any()
        if not has_contacts:
            self.contacts.reload()
        self.sidebar.setCurrentRow(0 if has_contacts else self.pages.indexOf(self.contacts))
        self._deferred_done = False
        QTimer.singleShot(DEFERRED_START_MS, self, self._deferred_start)  # if never painted

    def _build_central(self) -> None:
        """The fault and reminder banners over the sidebar and the stack of areas."""
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.fault_banner = FaultBanner(central)
        """What is wrong with the data file (read-only, locked, disk full); hidden when nothing."""
        outer.addWidget(self.fault_banner)
        self.banner = ReminderBanner(central)
        outer.addWidget(self.banner)
        self.fault_banner = FaultBanner(central)
        outer.addWidget(self.fault_banner)
        layout = QHBoxLayout()
        outer.addLayout(layout, 1)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    # -- start-up work that waits for the first paint -------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)

    @Slot()
    def _after_first_paint(self) -> None:
        self.today.release_reply_rate()
        self.first_painted.emit()
        run_sliced(  # Contacts, a piece per turn; then the rest of the deferred start
            main_areas.contacts_in_turns(self.areas, partial(main_areas.build_contacts, self, self)),
            self, lambda _: self._deferred_start(), slice_s=0,
        )

    @Slot()
    def _deferred_start(self) -> None:
        """What start-up does not need before the user sees the window.

        Runs once: after the first paint, or after ``DEFERRED_START_MS`` if the
        window is not painted (started minimised), so reminders still come.
        """
        if self._deferred_done:
            return
        self._deferred_done = True
        self.today.release_reply_rate()  # (already, unless the window was never painted)
        # the table's rows (Today shows first) with their search texts, or just the texts
        # (0.1 s at 30,000), read on a worker thread; a key typed before the texts come
        # filters the names meanwhile (and starts the read)
        if self.contacts.loaded():
            self.contacts.model.ensure_search_soon()
        else:
            self.contacts.load_soon()
        QTimer.singleShot(200, self.reminders, self.reminders.check)
        QTimer.singleShot(400, self, self._prepare_pickers)

    @Slot()
    def _prepare_pickers(self) -> None:
        """The people the Schedule, message and Stats pickers offer, and their completer
        labels, made in an idle moment so the first dialog opens at once."""
        if self.contacts.model.search_pending() or self.contacts.reading():  # one at a time
            QTimer.singleShot(200, self, self._prepare_pickers)
            return
        import infointerview.ui.schedule_dialog  # noqa: F401  (not imported at start-up)

        # the list, then the labels, a few milliseconds at a time; then the completer model
        def labels(people: list[tuple[int, str, str]]) -> None:
            run_sliced(picker_parts_steps(people), self, partial(prepare_picker, people))

        self.contacts.model.people_soon(labels)

    # -- areas built on first use -------------------------------------------------------
    @property
    def contacts(self) -> ContactsView:
        return cast("ContactsView", self.areas.area("contacts"))

    def _contacts_if_built(self) -> ContactsView | None:
        return cast("ContactsView | None", self.areas.built.get("contacts"))

    @property
    def calendar(self) -> CalendarView:
        return cast("CalendarView", self.areas.area("calendar"))

    @property
    def chat_page(self) -> ChatPage:
        return cast("ChatPage", self.areas.area("chat"))

    @property
    def question_bank(self) -> QuestionBankView:
        return cast("QuestionBankView", self.areas.area("questions"))

    @property
    def stats(self) -> StatsView:
        return cast("StatsView", self.areas.area("stats"))

    def _chat_page_if_built(self) -> ChatPage | None:
        return cast("ChatPage | None", self._built.get("chat"))

    def tint_icons(self) -> None:
        """Draw the sidebar icons in the palette's text colour (again after a theme change)."""
        self.areas.tint_icons(self.palette())

    def _build_menus(self) -> None:
        menus = build_menus(self, self)
        self.menus = menus
        self.new_action, self.import_action = menus.new_action, menus.import_action
        self.settings_action, self.quit_action = menus.settings_action, menus.quit_action
        self.find_action, self.search_notes_action = menus.find_action, menus.search_notes_action
        self.schedule_action, self.log_message_action = menus.schedule_action, menus.log_message_action
        self.export_ics_action, self.write_action = menus.export_ics_action, menus.write_action
        self.print_action, self.pdf_action = menus.print_action, menus.pdf_action
        self.area_actions = menus.area_actions
        self.method_action, self.shortcuts_action = menus.method_action, menus.shortcuts_action

    # -- chats, calendar, Today (issue 3) --------------------------------------------
    def selected_contact(self) -> int:
        """The contact being looked at in Contacts, else 0 (the dialog asks)."""
        contacts = self._contacts_if_built()
        if contacts is not None and self.pages.currentWidget() is contacts:
            return contacts.editor.contact_id or 0
        return 0

    def _wire_chats(self) -> None:
        commands = self.chat_controller
        commands.status_message.connect(self.show_message)
        self.today.open_chat_requested.connect(self.open_chat)
        self.today.reschedule_requested.connect(commands.reschedule)
        self.today.cancel_requested.connect(commands.cancel)
        self.today.export_chat_requested.connect(commands.export_chat)
        self.today.start_call_requested.connect(self.start_call)
        self.today.schedule_requested.connect(lambda cid: commands.schedule(cid))
        self.today.no_show_requested.connect(commands.mark_no_show)
        self.today.held_requested.connect(commands.mark_held)
        self.today.log_message_requested.connect(lambda cid: commands.log_message(cid))
        self.today.new_contact_requested.connect(self.new_contact)
        self.today.load_sample_requested.connect(self.load_sample_data)
        self.today.status_message.connect(self.show_message)
        self.banner.open_chat_requested.connect(self.open_chat)
        # The first check runs the follow-up rules: a moment after the first paint
        # (see _after_first_paint), so start-up shows the window first.
        self.reminders.start()

    def _follow_changes(self) -> None:
        """Views follow the services' change events; none is reloaded by hand."""
        RefreshOnChange(
            self.today, self.relay, main_areas.chat_views, self.today.reload,
            max_age_s=60, later=lambda change: bool(change.prep),
        )

    @Slot(int, QDate)
    def schedule_on_day(self, contact_id: int, day: QDate) -> None:
        start = datetime(day.year(), day.month(), day.day(), 10, 0)
        self.chat_controller.schedule(contact_id, start)

    @Slot(int)
    def show_contact(self, contact_id: int) -> None:
        self._show_contacts()
        self.contacts.select_contact(contact_id)

    # -- slots --------------------------------------------------------------------
    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refuse_write(self) -> bool:
        """True (and the reason said) when the data is open read-only: nothing is written."""
        if self.session.read_only is None:
            return False
        self.show_message(str(self.session.read_only))
        return True

    @Slot()
    def import_contacts(self) -> None:
        from infointerview.ui.import_dialog import ImportDialog

        if self.refuse_write():
            return
        dialog = ImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contacts_changed.connect(self.session.contacts.changed_in_bulk)
        dialog.invitation_chosen.connect(self.import_invitation)
        dialog.open()
        dialog.browse()

    @Slot(str)
    def import_invitation(self, path: str) -> None:
        """A meeting invitation (.ics): schedule, move or cancel its chat and say so."""
        from infointerview.ui.invitation_import import import_invitation

        result = import_invitation(self.session, path, self)
        if result is not None:
            self.show_message(result.message)
            if result.chat_id is not None and result.action in ("created", "updated"):
                self.open_chat(result.chat_id)

    @staticmethod
    def _dropped_invitations(event: QDragEnterEvent | QDropEvent) -> list[str]:
        from infointerview.services.invitations import looks_like_invitation

        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p and looks_like_invitation(p)]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_invitations(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_invitations(event)
        if not paths:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        for path in paths:
            self.import_invitation(path)

    @Slot(str)
    def export_as(self, fmt: str) -> None:
        from infointerview.ui.export_dialog import ExportController

        if self.exporter is None:
            self.exporter = ExportController(self.session, self)
            self.exporter.status_message.connect(self.show_message)
        self.exporter.choose_and_export(fmt)

    @Slot()
    def show_backups(self) -> None:
        from infointerview.ui.backups_dialog import BackupsDialog

        if self.refuse_write():
            return
        dialog = BackupsDialog(self.session.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()

    def _show_contacts(self) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.contacts))

    @Slot()
    def new_contact(self) -> None:
        if self.refuse_write():
            return
        self._show_contacts()
        self.contacts.new_contact()

    @Slot()
    def find_contact(self) -> None:
        self._show_contacts()
        self.contacts.focus_search()

    @Slot(int)
    def open_chat(self, chat_id: int) -> None:
        """Switch to the Chat area and show the prep page of ``chat_id``."""
        self.sidebar.setCurrentRow(self.pages.indexOf(self.chat_page))
        self.chat_page.open_chat(chat_id)

    @Slot(int)
    def start_call(self, chat_id: int) -> None:
        """Open (or bring back) the on-call window for ``chat_id``."""
        if self.refuse_write():
            return
        self._flush_chat_page()
        self.calls.open(chat_id)

    @Slot(int)
    def _call_finished(self, chat_id: int) -> None:
        page = self._chat_page_if_built()
        if page is not None and page.chat_id == chat_id:
            page.open_chat(chat_id)

    def _flush_chat_page(self) -> None:
        page = self._chat_page_if_built()
        if page is not None:
            page.flush()

    def _chat_in_view(self) -> int:
        """The chat open in the Chat area when that area is shown, else 0."""
        page = self._chat_page_if_built()
        if page is None or self.pages.currentWidget() is not page:
            return 0
        return page.chat_id or 0

    @Slot()
    def search_notes(self) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.chat_page))
        self.chat_page.focus_search()

    @Slot()
    def load_sample_data(self) -> None:
        from infointerview.ui.sample_data import load_sample_data

        if self.refuse_write():
            return
        message = load_sample_data(self, self.session)
        if message is not None:
            self.show_message(message)

    # -- printing, messages, settings, help (issues 5 and 9) ------------------------------
    @Slot(int, str)
    def print_chat(self, chat_id: int, what: PrintWhat | str) -> None:
        """Print or save a chat's prep sheet or summary; 0 means the chat in view or next.

        ``what`` is a :class:`PrintWhat` or its value (signals carry ``str``); an
        unknown value raises ValueError.
        """
        from infointerview.services import documents
        from infointerview.ui import print_actions

        request = PrintWhat(what)
        if not chat_id:
            chat_id = self._chat_in_view()
            if not chat_id:
                try:
                    chat_id = documents.chat_for_sheet()
                except documents.NoChatError as missing:
                    self.show_message(str(missing))
                    return
        self._flush_chat_page()
        path = print_actions.carry_out(self, self.session.settings, chat_id, request)
        if path is not None:
            self.show_message(self.tr("Saved {path}").format(path=path))

    @Slot()
    def write_message_to_current(self) -> None:
        contact_id = self.selected_contact()
        chat_id = self._chat_in_view()
        if not contact_id and chat_id:
            contact_id = self.session.chats.get(chat_id).contact_id
        if not contact_id:
            self.show_message(self.tr("Pick a contact (or open a chat) first, then write to them."))
            return
        kind = "outreach"
        if chat_id:
            status = self.session.chats.get(chat_id).status
            kind = {"held": "thank_you", "thanked": "update"}.get(status, "outreach")
        self.write_message(contact_id, kind)

    @Slot(int, str)
    def write_message(self, contact_id: int, kind: str) -> None:
        from infointerview.ui.message_composer import open_composer

        if self.refuse_write():
            return
        composer = open_composer(self.session, contact_id, kind, self)
        composer.message_logged.connect(
            lambda _cid: self.show_message(self.tr("Logged the message; follow-ups updated."))
        )

    @Slot()
    def show_settings(self) -> None:
        from infointerview.ui.settings_dialog import SettingsDialog

        if self.refuse_write():
            return
        from infointerview.ui.calendar_settings import CalendarSettings

        dialog = SettingsDialog(self.session.settings, self.session.data_dir, self,
                                calendar_page=CalendarSettings(self.session))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setting_changed.connect(self._setting_changed)
        dialog.backups_requested.connect(self.show_backups)
        dialog.open()

    @Slot(str)
    def _setting_changed(self, key: str) -> None:
        from infointerview.services import settings as keys

        if key == keys.THEME:
            from infointerview.ui.theme import reapply_theme

            if reapply_theme(self.session.settings.theme()):
                self.tint_icons()

    @Slot()
    def maybe_welcome(self) -> None:
        """First run on an empty database: the three-step welcome."""
        from infointerview.ui.first_run import open_welcome

        if self.session.read_only is not None:
            return  # the welcome would write; the banner says why it cannot
        wizard = open_welcome(self.session, self)
        if wizard is not None:
            self.welcome = wizard
            wizard.finished_with.connect(self._welcome_done)

    @Slot(str)
    def _welcome_done(self, choice: str) -> None:
        self.activateWindow()
        if choice == "sample":
            self.load_sample_data()
        elif choice == "import":
            self.import_contacts()
        else:
            self.new_contact()
        self.show_message(self.tr("Welcome! Help → The Method explains the habit in one page."))

    @Slot()
    def show_method(self) -> None:
        from infointerview.ui import help_dialog  # imported when first asked for

        help_dialog.open_method_guide(self)

    @Slot()
    def show_shortcuts(self) -> None:
        from infointerview.ui import help_dialog  # imported when first asked for

        help_dialog.open_shortcuts(self)

    @Slot()
    def about(self) -> None:
        from infointerview.ui import help_dialog  # imported when first asked for

        help_dialog.show_about(self, self.session.data_dir)

    # -- state ----------------------------------------------------------------------
    def save_state(self) -> None:
        save_window_state(self, self._contacts_if_built(), self.settings)

    def _confirm_unsaved_text(self) -> bool:
        """Save the chat page and the call notes; ask before losing any that fail."""
        page = self._chat_page_if_built()
        savers = [] if page is None else [(cast(QWidget, page), page.autosaver)]
        savers += [(window, window.autosaver) for window in self.call_windows.values()]
        return all(confirm_unsaved(widget, saver) for widget, saver in savers)

    def closeEvent(self, event: QCloseEvent) -> None:
        contacts = self._contacts_if_built()
        if contacts is not None and not contacts.commit_pending():
            answer = QMessageBox.warning(
                self,
                self.tr("Unsaved contact"),
                self.tr(
                    "The contact you are editing has errors and was not saved. "
                    "Quit anyway and lose those edits?"
                ),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        if not self._confirm_unsaved_text():
            event.ignore()
            return
        self.calls.close_all()
        self.reminders.stop()
        self.calendar_publisher.shutdown()
        self.relay.disconnect_bus()
        self.save_state()
        event.accept()

