"""The main window: composes the areas, menus and status bar, and wires signals."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from infointerview import APP_NAME, __version__
from infointerview.services.session import Session
from infointerview.ui.contacts_view import ContactsView


class MainWindow(QMainWindow):
    """Thin shell: a sidebar of areas, a stack of views, menus and a status bar."""

    def __init__(self, session: Session, settings: QSettings, icon: QIcon | None = None) -> None:
        super().__init__()
        self.session = session
        self.settings = settings
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        if icon is not None:
            self.setWindowIcon(icon)
        self.undo_stack = QUndoStack(self)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Areas"))
        self.sidebar.setFixedWidth(160)
        self.sidebar.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget(self)

        self.contacts = ContactsView(session.contacts, self.undo_stack, self)
        self._add_area(self.tr("Contacts"), self.contacts)

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.contacts.status_message.connect(self.show_message)
        self.contacts.load_sample_requested.connect(self.load_sample_data)
        self.sidebar.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=session.data_dir))
        self.resize(1280, 800)
        self._restore_state()
        self.contacts.reload()

    # -- building ---------------------------------------------------------------
    def _add_area(self, title: str, widget: QWidget) -> None:
        self.pages.addWidget(widget)
        QListWidgetItem(title, self.sidebar)

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
        edit_menu.addAction(self.contacts.delete_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = self._action(self.tr("&About InfoInterview"), self.about)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(about)

    # -- slots --------------------------------------------------------------------
    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

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

    @Slot()
    def load_sample_data(self) -> None:
        from infointerview.services.demo import DemoRefused, load_demo

        force = False
        if self.session.contacts.count():
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
            summary = load_demo(self.session.db, force=force)
        except DemoRefused as refused:
            self.show_message(str(refused))
            return
        self.contacts.reload()
        self.show_message(
            self.tr("Loaded {n} sample contacts and {c} chats.").format(
                n=summary.contacts, c=summary.chats
            )
        )

    @Slot()
    def about(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About InfoInterview"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_NAME} {__version__}")
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
        self.save_state()
        event.accept()
