"""The main window: composes the areas, menus and status bar, and wires signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QDate, QSettings, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPaintEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infointerview import APP_NAME
from infointerview.services.events import Change
from infointerview.services.session import Session
from infointerview.ui.changes import ChangeRelay, RefreshOnChange
from infointerview.ui.chat_controller import ChatController
from infointerview.ui.contacts_view import ContactsView
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.reminders import ReminderBanner, ReminderController
from infointerview.ui.today_view import TodayView

if TYPE_CHECKING:  # built on first visit (start-up shows Today or Contacts)
    from infointerview.ui.calendar_view import CalendarView
    from infointerview.ui.call_window import CallWindow
    from infointerview.ui.chat_page import ChatPage
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
        self.relay = ChangeRelay(session.bus, self)
        """The services' change events, on the GUI thread; every view follows them."""

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFixedWidth(160)
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget(self)

        self.chat_controller = ChatController(session, self, people=lambda: self.contacts.model.people())
        self.today = TodayView(session, self)
        self.today.undo_stack = self.undo_stack
        self._add_area(self.tr("Today"), self.today, "today")
        self.contacts = ContactsView(session.contacts, self.undo_stack, self)
        self._add_area(self.tr("Contacts"), self.contacts, "contacts")
        # the other areas are built the first time they are shown or asked for
        self._built: dict[str, QWidget] = {}
        self._builders: dict[str, Callable[[], QWidget]] = {
            "calendar": self._build_calendar,
            "chat": self._build_chat_page,
            "questions": self._build_question_bank,
            "stats": self._build_stats,
        }
        self._add_area(self.tr("Calendar"), QWidget(self), "calendar")
        self._add_area(self.tr("Chat"), QWidget(self), "chat")
        self._add_area(self.tr("Questions"), QWidget(self), "questions")
        self._add_area(self.tr("Stats"), QWidget(self), "stats")
        self.call_windows: dict[int, CallWindow] = {}  # imported when a call starts
        self.exporter: ExportController | None = None  # built on the first export
        self.welcome: FirstRunWizard | None = None  # shown on a first run only
        self._build_central()
        self.reminders = ReminderController(self.session, self.banner, self, self.windowIcon())

        self._build_menus()
        self.tint_icons()
        self.sidebar.currentRowChanged.connect(self._show_area)
        self.contacts.status_message.connect(self.show_message)
        self.contacts.load_sample_requested.connect(self.load_sample_data)
        for view in (self.today, self.contacts):
            view.guide_requested.connect(self.show_method)
        self.today.print_requested.connect(self.print_chat)
        self._wire_chats()
        self._follow_changes()
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=session.data_dir))
        self.resize(1280, 800)
        self._restore_state()
        self.contacts.reload()
        has_contacts = self.contacts.model.total_count() > 0
        self.sidebar.setCurrentRow(0 if has_contacts else self.pages.indexOf(self.contacts))
        self._deferred_done = False
        QTimer.singleShot(DEFERRED_START_MS, self, self._deferred_start)  # if never painted

    def _build_central(self) -> None:
        """The reminder banner over the sidebar and the stack of areas."""
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banner = ReminderBanner(central)
        outer.addWidget(self.banner)
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
        self.first_painted.emit()
        QTimer.singleShot(0, self, self._deferred_start)

    @Slot()
    def _deferred_start(self) -> None:
        """What start-up does not need before the user sees the window.

        Runs once: after the first paint, or after ``DEFERRED_START_MS`` if the
        window is not painted (started minimised), so reminders still come.
        """
        if self._deferred_done:
            return
        self._deferred_done = True
        self.contacts.model.ensure_search()  # the table's search texts (60 ms at 30,000)
        QTimer.singleShot(200, self.reminders, self.reminders.check)

    # -- areas built on first use -------------------------------------------------------
    @property
    def calendar(self) -> CalendarView:
        return cast("CalendarView", self._area("calendar"))

    @property
    def chat_page(self) -> ChatPage:
        return cast("ChatPage", self._area("chat"))

    @property
    def question_bank(self) -> QuestionBankView:
        return cast("QuestionBankView", self._area("questions"))

    @property
    def stats(self) -> StatsView:
        return cast("StatsView", self._area("stats"))

    def _area(self, name: str) -> QWidget:
        """The area's widget, built (and put in place of its placeholder) on first use."""
        widget = self._built.get(name)
        if widget is None:
            row = self._area_row(name)
            placeholder = self.pages.widget(row)
            widget = self._builders[name]()
            self._built[name] = widget
            self.pages.insertWidget(row, widget)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
        return widget

    def _area_row(self, name: str) -> int:
        for row in range(self.sidebar.count()):
            if self.sidebar.item(row).data(Qt.ItemDataRole.UserRole) == name:
                return row
        raise KeyError(name)

    def _built_area(self, name: str) -> QWidget | None:
        return self._built.get(name)

    def _chat_page_if_built(self) -> ChatPage | None:
        return cast("ChatPage | None", self._built.get("chat"))

    @Slot(int)
    def _show_area(self, row: int) -> None:
        if row < 0:
            return
        name = str(self.sidebar.item(row).data(Qt.ItemDataRole.UserRole))
        if name in self._builders:
            self._area(name)
        self.pages.setCurrentIndex(row)

    def _build_calendar(self) -> QWidget:
        from infointerview.ui.calendar_view import CalendarView

        commands = self.chat_controller
        view = CalendarView(self.session.chats, self.session.followups, self)
        RefreshOnChange(view, self.relay, _chat_views, view.reload, max_age_s=60)
        view.open_chat_requested.connect(self.open_chat)
        view.reschedule_requested.connect(commands.reschedule)
        view.cancel_requested.connect(commands.cancel)
        view.export_chat_requested.connect(commands.export_chat)
        view.schedule_requested.connect(self._schedule_on_day)
        return view

    def _build_chat_page(self) -> QWidget:
        from infointerview.ui.chat_page import ChatPage

        page = ChatPage(self.session.prep, self.session.bank, self.session.search, self)
        RefreshOnChange(page, self.relay, _chat_list_changed, page.reload)
        self.relay.changed.connect(page.follow_prep_change)
        page.undo_stack = self.undo_stack
        page.status_message.connect(self.show_message)
        page.start_call_requested.connect(self.start_call)
        page.print_requested.connect(self.print_chat)
        page.schedule_requested.connect(lambda: self.chat_controller.schedule(0))
        page.guide_requested.connect(self.show_method)
        page.message_requested.connect(self.write_message)
        return page

    def _build_question_bank(self) -> QWidget:
        from infointerview.ui.question_bank_view import QuestionBankView

        view = QuestionBankView(self.session.bank, self)
        RefreshOnChange(view, self.relay, lambda change: change.bank, view.reload)
        view.status_message.connect(self.show_message)
        return view

    def _build_stats(self) -> QWidget:
        from infointerview.ui.stats_view import StatsView

        view = StatsView(self.session, self, people=self.contacts.model.people)
        RefreshOnChange(view, self.relay, _chat_views, view.reload, max_age_s=60)
        view.show_contact_requested.connect(self.show_contact)
        view.log_message_requested.connect(lambda: self.chat_controller.log_message(0))
        view.new_contact_requested.connect(self.new_contact)
        return view

    # -- building ---------------------------------------------------------------
    def tint_icons(self) -> None:
        """Draw the sidebar icons in the palette's text colour (again after a theme change)."""
        from infointerview.ui.icons import icon

        text = self.palette().color(self.palette().ColorRole.WindowText)
        selected = self.palette().color(self.palette().ColorRole.HighlightedText)
        size = self.sidebar.iconSize().width()
        ratio = max((screen.devicePixelRatio() for screen in QGuiApplication.screens()), default=1.0)
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setIcon(icon(name, text, selected, size, ratio))

    def _add_area(self, title: str, widget: QWidget, icon_name: str) -> None:
        self.pages.addWidget(widget)
        item = QListWidgetItem(title, self.sidebar)
        item.setData(Qt.ItemDataRole.UserRole, icon_name)
        item.setToolTip(self.tr("{area} (Ctrl+{n})").format(area=title, n=self.sidebar.count()))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New Contact"), self.new_contact, QKeySequence.StandardKey.New
        )
        file_menu.addAction(self.new_action)
        file_menu.addAction(self._action(self.tr("Load &Sample Data…"), self.load_sample_data))
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("&Import…"), self.import_contacts, QKeySequence("Ctrl+I")
        )
        file_menu.addAction(self.import_action)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        for fmt, label in (
            ("csv", self.tr("&CSV (Spreadsheet)…")),
            ("vcard", self.tr("&vCard (Address Book)…")),
            ("json", self.tr("&JSON (Everything)…")),
        ):
            export_menu.addAction(self._action(label, lambda _=False, f=fmt: self.export_as(f)))
        file_menu.addAction(self._action(self.tr("&Backups…"), self.show_backups))
        file_menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), self.show_settings, QKeySequence.StandardKey.Preferences
        )
        if self.settings_action.shortcut().isEmpty():  # no platform default (Windows)
            self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Find Contact"), self.find_contact, QKeySequence.StandardKey.Find
        )
        edit_menu.addAction(self.find_action)
        self.search_notes_action = self._action(
            self.tr("Search All &Notes…"), self.search_notes, QKeySequence("Ctrl+Shift+F")
        )
        edit_menu.addAction(self.search_notes_action)
        edit_menu.addAction(self.contacts.delete_action)

        self._build_chat_menu()
        view_menu = bar.addMenu(self.tr("&View"))
        self.area_actions: list[QAction] = []
        for row in range(self.sidebar.count()):
            title = self.sidebar.item(row).text()
            action = self._action(
                title, partial(self.sidebar.setCurrentRow, row), QKeySequence(f"Ctrl+{row + 1}")
            )
            action.setStatusTip(self.tr("Show {area} (Ctrl+{n})").format(area=title, n=row + 1))
            view_menu.addAction(action)
            self.area_actions.append(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.method_action = self._action(
            self.tr("The &Method"), self.show_method, QKeySequence.StandardKey.HelpContents
        )
        help_menu.addAction(self.method_action)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, QKeySequence("Ctrl+/")
        )
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
        about = self._action(self.tr("&About InfoInterview"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- chats, calendar, Today (issue 3) --------------------------------------------
    def _build_chat_menu(self) -> None:
        commands = self.chat_controller
        menu = self.menuBar().addMenu(self.tr("C&hat"))
        self.schedule_action = self._action(
            self.tr("&Schedule Chat…"), lambda: commands.schedule(self._selected_contact()),
            QKeySequence("Ctrl+Shift+N"),
        )
        self.schedule_action.setToolTip(self.tr("Schedule a chat (Ctrl+Shift+N)"))
        self.log_message_action = self._action(
            self.tr("&Log Message…"), lambda: commands.log_message(self._selected_contact()),
            QKeySequence("Ctrl+Shift+M"),
        )
        self.log_message_action.setToolTip(
            self.tr("Record a message you sent, or a reply (Ctrl+Shift+M)")
        )
        self.export_ics_action = self._action(
            self.tr("&Export Calendar (.ics)…"), lambda: commands.export_upcoming(),
            QKeySequence("Ctrl+Shift+E"),
        )
        self.export_ics_action.setToolTip(
            self.tr("Write every upcoming chat to an .ics file for your calendar (Ctrl+Shift+E)")
        )
        self.write_action = self._action(
            self.tr("&Write Message…"), self.write_message_to_current, QKeySequence("Ctrl+Shift+W")
        )
        self.write_action.setToolTip(
            self.tr("Write an outreach, thank-you, follow-up or update message (Ctrl+Shift+W)")
        )
        self.print_action = self._action(
            self.tr("&Print Prep Sheet…"), lambda: self.print_chat(0, PrintWhat.PREVIEW),
            QKeySequence.StandardKey.Print,
        )
        self.pdf_action = self._action(
            self.tr("Save Prep Sheet as P&DF…"), lambda: self.print_chat(0, PrintWhat.PDF),
            QKeySequence("Ctrl+Shift+P"),
        )
        for action in (self.schedule_action, self.log_message_action, self.write_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.print_action, self.pdf_action, self.export_ics_action):
            menu.addAction(action)

    def _selected_contact(self) -> int:
        """The contact being looked at in Contacts, else 0 (the dialog asks)."""
        if self.pages.currentWidget() is self.contacts:
            return self.contacts.editor.contact_id or 0
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
        self.contacts.schedule_requested.connect(lambda cid: commands.schedule(cid))
        self.banner.open_chat_requested.connect(self.open_chat)
        # The first check runs the follow-up rules: a moment after the first paint
        # (see _after_first_paint), so start-up shows the window first.
        self.reminders.start()

    def _follow_changes(self) -> None:
        """Views follow the services' change events; none is reloaded by hand."""
        RefreshOnChange(
            self.today, self.relay, _chat_views, self.today.reload,
            max_age_s=60, later=lambda change: bool(change.prep),
        )
        self.relay.changed.connect(self.contacts.apply_change)

    @Slot(int, QDate)
    def _schedule_on_day(self, contact_id: int, day: QDate) -> None:
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

    @Slot()
    def import_contacts(self) -> None:
        from infointerview.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.contacts_changed.connect(self.session.contacts.changed_in_bulk)
        dialog.open()
        dialog.browse()

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

        dialog = BackupsDialog(self.session.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(self.restore_requested)
        dialog.open()

    def _show_contacts(self) -> None:
        self.sidebar.setCurrentRow(self.pages.indexOf(self.contacts))

    @Slot()
    def new_contact(self) -> None:
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
        self._flush_chat_page()
        window = self.call_windows.get(chat_id)
        if window is None:
            from infointerview.services.prep import PrepError
            from infointerview.ui.call_window import CallWindow

            try:
                window = CallWindow(
                    self.session.prep,
                    self.session.calls,
                    chat_id,
                    sound=self.session.settings.call_sound(),
                    wrap_up_min=self.session.settings.wrap_up_min(),
                    settings=self.settings,
                )
            except PrepError as exc:
                self.show_message(str(exc))
                return
            window.status_message.connect(self.show_message)
            window.finished.connect(self._call_finished)
            self.call_windows[chat_id] = window
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(int)
    def _call_finished(self, chat_id: int) -> None:
        window = self.call_windows.pop(chat_id, None)
        if window is not None:
            window.shutdown()
            window.deleteLater()
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
        from infointerview.services.demo import DemoRefused, load_demo

        force = False
        if self.session.contacts.any():
            answer = QMessageBox.question(
                self,
                self.tr("Load sample data"),
                self.tr(
                    "You already have contacts. Add the sample people, chats and tasks "
                    "next to them? (You can delete them later.)"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            force = True
        try:
            summary = load_demo(self.session, force=force)
        except DemoRefused as refused:
            self.show_message(str(refused))
            return
        self.show_message(
            self.tr("Loaded {n} sample contacts and {c} chats.").format(
                n=summary.contacts, c=summary.chats
            )
        )

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
        settings = self.session.settings
        path = None
        if request is PrintWhat.PREVIEW:
            print_actions.preview(self, settings, chat_id)
        elif request is PrintWhat.PRINT:
            print_actions.print_now(self, settings, chat_id)
        elif request in (PrintWhat.PDF, PrintWhat.SUMMARY_PDF):
            summary = request is PrintWhat.SUMMARY_PDF
            path = print_actions.save_pdf(self, settings, chat_id, summary=summary)
        elif request is PrintWhat.SUMMARY_MD:
            path = print_actions.save_summary_markdown(self, chat_id)
        if path is not None:
            self.show_message(self.tr("Saved {path}").format(path=path))

    @Slot()
    def write_message_to_current(self) -> None:
        contact_id = self._selected_contact()
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
        from infointerview.services.messages import MessageService
        from infointerview.ui.message_composer import MessageComposer

        composer = MessageComposer(
            MessageService(self.session.db, self.session.settings), self.session.outreach,
            contact_id, kind, self,
        )
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.message_logged.connect(
            lambda _cid: self.show_message(self.tr("Logged the message; follow-ups updated."))
        )
        composer.open()

    @Slot()
    def show_settings(self) -> None:
        from infointerview.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.session.settings, self.session.data_dir, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setting_changed.connect(self._setting_changed)
        dialog.backups_requested.connect(self.show_backups)
        dialog.open()

    @Slot(str)
    def _setting_changed(self, key: str) -> None:
        from infointerview.services import settings as keys

        if key == keys.THEME:
            from PySide6.QtWidgets import QApplication

            from infointerview.ui.theme import apply_theme

            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, self.session.settings.theme())
                self.tint_icons()

    @Slot()
    def maybe_welcome(self) -> None:
        """First run on an empty database: the three-step welcome."""
        from infointerview.services import settings as keys
        from infointerview.ui.first_run import FirstRunWizard

        if self.session.settings.get_bool(keys.FIRST_RUN_DONE) or self.session.contacts.any():
            return
        self.welcome = FirstRunWizard(self.session.settings, self)
        self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome.finished_with.connect(self._welcome_done)
        self.welcome.open()

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
        from infointerview.ui.help_dialog import MethodGuide

        guide = MethodGuide(self)
        guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        guide.open()

    @Slot()
    def show_shortcuts(self) -> None:
        from infointerview.ui.help_dialog import ShortcutsDialog

        extra = [
            (self.tr("Go to the table from the search box"), self.tr("Down or Enter")),
            (self.tr("Save the contact"), "Ctrl+S  or  Ctrl+Enter"),
            (self.tr("Delete the selected contacts (in the table)"), "Delete"),
            (self.tr("Start the call (Chat area)"), "Ctrl+Shift+S"),
            (self.tr("Add questions from the bank (Chat area)"), "Ctrl+B"),
            (self.tr("Move a question up / down"), "Alt+Up / Alt+Down"),
            (self.tr("Call window: start, pause, resume"), "Space or F5"),
            (self.tr("Call window: end the call"), "Ctrl+Shift+E"),
            (self.tr("Call window: capture a referral / a promise"), "Ctrl+R / Ctrl+P"),
            (self.tr("Call window: notes / stay on top"), "Ctrl+N / Ctrl+T"),
        ]
        dialog = ShortcutsDialog(self.findChildren(QAction), extra, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About InfoInterview"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        import infointerview

        box.setText(f"{APP_NAME} {infointerview.__version__}")
        box.setInformativeText(
            self.tr(
                "Informational interviews as a lifelong habit. "
                "All your data stays on this computer, in:\n{path}"
            ).format(path=self.session.data_dir)
        )
        box.setIconPixmap(self.windowIcon().pixmap(64, 64))
        box.exec()

    # -- state ----------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        splitter = self.settings.value("contacts/splitter")
        if isinstance(splitter, QByteArray):
            self.contacts.splitter.restoreState(splitter)
        header = self.settings.value("contacts/header")
        if isinstance(header, QByteArray):
            self.contacts.table.horizontalHeader().restoreState(header)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("contacts/splitter", self.contacts.splitter.saveState())
        self.settings.setValue(
            "contacts/header", self.contacts.table.horizontalHeader().saveState()
        )
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.contacts.commit_pending():
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
        self._flush_chat_page()
        for window in list(self.call_windows.values()):
            window.shutdown()
            window.close()
        self.reminders.stop()
        self.relay.disconnect_bus()
        self.save_state()
        event.accept()


def _chat_list_changed(change: Change) -> bool:
    """What the Chat area's picker and header show: chats and their people."""
    return bool(change.everything or change.chats or change.contacts)


def _chat_views(change: Change) -> bool:
    return change.chat_views
