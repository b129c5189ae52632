"""The Contacts area: search box, table and editor, with an empty state.

Signals:
    status_message(str): a short sentence for the status bar.
    load_sample_requested(): the empty state's "Load sample data" button.
    schedule_requested(int): schedule a chat with this contact (0: none selected).
    guide_requested(): the empty state's "How it works" button.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.contacts import ContactDraft
from infointerview.services.background import own_connection
from infointerview.services.contacts import ContactService, ValidationFailed
from infointerview.services.events import Change
from infointerview.ui.contact_commands import (
    AddContactCommand,
    DeleteContactsCommand,
    EditContactCommand,
)
from infointerview.ui.contact_editor import ContactEditor
from infointerview.ui.contacts_columns import set_up_columns
from infointerview.ui.contacts_model import (
    ContactIdRole,
    ContactsTableModel,
    TableRead,
    read_table,
)
from infointerview.ui.widgets.background_job import start_job
from infointerview.ui.widgets.labels import plain_label


class ContactsView(QWidget):
    """Browse, search, add, edit and delete contacts."""

    status_message = Signal(str)
    load_sample_requested = Signal()
    guide_requested = Signal()
    schedule_requested = Signal(int)

    def __init__(
        self,
        service: ContactService,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        editor: ContactEditor | None = None,
    ) -> None:
        """``editor``: one made beforehand (the window makes it in an earlier turn of the
        event loop after its first paint, so neither turn blocks long)."""
        super().__init__(parent)
        self.setObjectName("contactsView")
        self._service = service
        self._undo = undo_stack
        self._switching = False
        self._pool = QThreadPool(self)  # destroyed with the view: waits for a read under way
        self._pool.setMaxThreadCount(1)
        self._reads = 0
        self._changed_while_reading: set[int] | None = None
        self._loaded = False
        """Every contact has been read once (start-up reads them after the first paint)."""

        self._build_search_bar()
        self._build_table(service)
        if editor is None:
            editor = ContactEditor(self)
        else:
            editor.setParent(self)
        self.editor = editor
        self.editor.set_sources(service.organisation_names, self.people)

        self._build_empty_state()
        self._build_layout()
        self._wire()
        self._set_tab_order()

    def _build_search_bar(self) -> None:
        """The search box, the count and the New contact / Schedule chat buttons."""
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search contacts (Ctrl+F)"))
        self.search.setToolTip(
            self.tr("Finds names, organisations, job titles, emails, tags and notes (Ctrl+F)")
        )
        self.hiring_filter = QToolButton(self)
        self.hiring_filter.setObjectName("hiringFilter")
        self.hiring_filter.setText(self.tr("★ Can hire"))
        self.hiring_filter.setCheckable(True)
        self.hiring_filter.setToolTip(
            self.tr(
                "Show only the people marked ★: they can hire (a prospective supervisor). "
                "Set it in a contact's details."
            )
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.count_label = plain_label("", self)
        self.count_label.setObjectName("countLabel")
        self.add_button = QPushButton(self.tr("New contact"), self)
        self.add_button.setToolTip(self.tr("Add a contact (Ctrl+N)"))
        self.schedule_button = QPushButton(self.tr("Schedule chat…"), self)
        self.schedule_button.setToolTip(
            self.tr("Schedule a chat with the selected contact (Ctrl+Shift+N)")
        )

    def _build_table(self, service: ContactService) -> None:
        self.model = ContactsTableModel(service, self)
        self.model.refined.connect(self._update_counts)  # the search texts came
        self.table = QTableView(self)
        self.table.setObjectName("contactTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        self.cell_tooltips = set_up_columns(self.table)  # fits 1280 px; chooser on the header

    def _build_empty_state(self) -> None:
        """What an empty table shows: a short invitation and three buttons."""
        self.empty = QWidget(self)
        self.empty.setObjectName("emptyState")
        empty_title = plain_label(self.tr("No contacts yet"), self.empty)
        empty_title.setObjectName("emptyTitle")
        font = empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        empty_title.setFont(font)
        empty_text = plain_label(
            self.tr(
                "Start with three to five people you could ask for a 30-minute chat: "
                "alumni, former colleagues, people you met at events, or anyone a friend "
                "could introduce you to."
            ),
            self.empty,
        )
        empty_text.setWordWrap(True)
        empty_text.setFixedWidth(440)  # a wrapped label needs a width to know its height
        empty_text.setMinimumHeight(empty_text.heightForWidth(440))
        self.empty_add = QPushButton(self.tr("Add your first contact"), self.empty)
        self.empty_sample = QPushButton(self.tr("Load sample data"), self.empty)
        self.empty_guide = QPushButton(self.tr("How it works"), self.empty)
        self.empty_guide.clicked.connect(self.guide_requested)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_add)
        empty_buttons.addWidget(self.empty_sample)
        empty_buttons.addWidget(self.empty_guide)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_title, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addWidget(empty_text, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addSpacing(12)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)

    def _build_layout(self) -> None:
        """The table (or the empty state, or no match) beside the editor."""
        self.no_match = plain_label("", self)
        self.no_match.setObjectName("noMatch")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match.setWordWrap(True)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.no_match)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.hiring_filter)
        top.addWidget(self.count_label)
        top.addWidget(self.add_button)
        top.addWidget(self.schedule_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.stack, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("contactsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([860, 380])
        self.editor.setMinimumWidth(340)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _wire(self) -> None:
        self.delete_action = QAction(self.tr("&Delete Contact"), self)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.setStatusTip(self.tr("Delete the selected contacts (undo with Ctrl+Z)"))
        self.delete_action.triggered.connect(self.delete_selected)
        self.table.addAction(self.delete_action)
        to_table = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search)
        to_table.setContext(Qt.ShortcutContext.WidgetShortcut)
        to_table.activated.connect(self._focus_table)

        self.search.textChanged.connect(self._on_search)
        self.hiring_filter.toggled.connect(self._on_hiring_filter)
        self.search.returnPressed.connect(self._focus_table)
        self.add_button.clicked.connect(self.new_contact)
        self.schedule_button.clicked.connect(
            lambda: self.schedule_requested.emit(self.editor.contact_id or 0)
        )
        self.empty_add.clicked.connect(self.new_contact)
        self.empty_sample.clicked.connect(self.load_sample_requested)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.editor.save_requested.connect(self.save)
        self.editor.revert_requested.connect(self.revert)

    def _set_tab_order(self) -> None:
        e = self.editor
        chain: list[QWidget] = [
            self.search, self.table, e.first_name, e.last_name, e.organisation, e.job_title,
            e.email, e.phone, e.linkedin_url, e.location, e.how_found, e.connection_point,
            e.referred_by, e.hiring_authority, e.lane, e.stage, e.tags, e.notes,
            e.revert_button, e.save_button,
        ]
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    # -- loading ---------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)
        if not self.model.search_ready():  # read after a reload made while hidden
            self.model.ensure_search_soon()

    def loaded(self) -> bool:
        return self._loaded

    def load_soon(self) -> None:
        """The first read of every contact, on a worker (start-up shows Today first and
        reads them after its first paint); nothing when they are read or being read."""
        if not self._loaded and not self.reading():
            self.reload_in_background()

    def ensure_loaded(self) -> None:
        """Every contact in the table now: read here if the first read has not shown
        them yet (the view is shown, or a picker or a caller needs them at once)."""
        if self._loaded:
            return
        if self.reading():  # the worker's rows would be no newer than these
            self._reads += 1
            self._changed_while_reading = None
            gc.unfreeze()
        self.reload()

    def people(self) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of every contact, by name: the pickers' choices."""
        self.ensure_loaded()
        return self.model.people()

    def reload(self) -> None:
        """Read every contact again (start-up, after an import or the sample data)."""
        self._loaded = True
        self.model.load()
        if self.isVisible():  # at start-up the main window reads them after its first paint
            self.model.ensure_search_soon()
        self._after_reload()

    def reload_in_background(self) -> None:
        """Read every contact again on a worker (its own connection), then show them
        at once: the window never waits for the read (0.4 s at 30,000 contacts).

        Until then the table shows the rows as they were. Contacts changed meanwhile
        are read again after the swap, and only the newest of several reads is shown.
        """
        self._reads += 1
        generation = self._reads
        if self._changed_while_reading is None:
            self._changed_while_reading = set()
        db, service = self._service.db, self._service
        # the read allocates 30,000 rows; a full garbage collection it sets off would
        # walk every object alive (an import's plan too) holding the GIL for 0.1 s:
        # the objects alive now are left out of collections until the rows are shown
        gc.freeze()

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> Any:
            with own_connection(db):
                return read_table(service)

        def finished(read: TableRead) -> None:
            if generation != self._reads:
                return  # a newer read follows
            self.model.load_read(read)
            # the editor, counts and changes made meanwhile on the next turn of the loop
            QTimer.singleShot(0, self, lambda: settle(generation))

        def settle(generation: int) -> None:
            if generation != self._reads:
                return  # a newer read follows; it settles
            changed = self._changed_while_reading or set()
            self._changed_while_reading = None
            if self._loaded:
                gc.unfreeze()
            else:  # the start-up read: what start-up made (the rows too) lives as long as
                gc.freeze()  # the window, so no full collection walks it just after the paint
            self._loaded = True
            self._after_reload()
            if changed:
                self._apply_changes(sorted(changed))

        def failed(message: str) -> None:
            if generation == self._reads:
                self._changed_while_reading = None
                gc.unfreeze()
                self.reload()  # on this thread: a fault shows as it always did

        start_job(self._pool, work, self, finished=finished, failed=failed)

    def reading(self) -> bool:
        """A background read of every contact is under way."""
        return self._changed_while_reading is not None

    def _after_reload(self) -> None:
        self._refresh_lookups()
        self._update_counts()
        current = self.editor.contact_id
        if current is not None and not self.editor.is_dirty():
            if self._service.exists(current):
                self._load_editor(current)  # its stage or next step may have changed
                self.select_contact(current)
            else:
                self.editor.load(None, ContactDraft())
        elif self.model.visible_count() and current is None and not self.editor.is_dirty():
            self.select_contact(self.model.id_at(0))

    @Slot(object)
    def apply_change(self, change: Change) -> None:
        """Data changed somewhere: show the contacts it names as stored now.

        Only those rows are read again (a full reload reads every contact, 0.75 s
        at 100,000); an import or the sample data reloads everything.
        """
        if change.everything:
            self.reload_in_background()
            return
        if change.contacts:
            if self._changed_while_reading is not None:
                self._changed_while_reading.update(change.contacts)
            if not self._loaded:
                return  # the first read (under way or to come) shows them as they are
            self._apply_changes(sorted(change.contacts))
            self._refresh_lookups()

    def _refresh_lookups(self) -> None:
        """The editor's completers read organisations and people lazily, on first focus."""
        self.editor.invalidate_lookups()

    def _update_counts(self) -> None:
        total = self.model.total_count()
        shown = self.model.visible_count()
        if total == 0:
            self.count_label.setText("")
            self.stack.setCurrentWidget(self.empty)
        elif shown == 0:
            self.count_label.setText(self.tr("0 of {total:,}").format(total=total))
            if self.model.hiring_only() and not self.search.text().strip():
                self.no_match.setText(
                    self.tr(
                        "Nobody is marked ★ Can hire yet. Tick “Can hire” in a contact's "
                        "details, or turn the ★ Can hire filter off."
                    )
                )
            else:
                self.no_match.setText(
                    self.tr("No contact matches “{query}”. Clear the search or add this person.")
                    .format(query=self.search.text())
                )
            self.stack.setCurrentWidget(self.no_match)
        else:
            if shown == total:
                self.count_label.setText(
                    self.tr("{count} contact(s)", "", total).format(count=f"{total:,}")
                )
            else:
                self.count_label.setText(
                    self.tr("{shown:,} of {total:,}").format(shown=shown, total=total)
                )
            self.stack.setCurrentWidget(self.table)

    # -- actions -------------------------------------------------------------------
    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def new_contact(self) -> None:
        if not self.commit_pending():
            return
        self._switching = True
        self.table.clearSelection()
        self.table.selectionModel().setCurrentIndex(
            QModelIndex(), QItemSelectionModel.SelectionFlag.Clear
        )
        self._switching = False
        self.editor.load(None, ContactDraft())
        self.editor.focus_first_field()

    @Slot()
    def save(self) -> bool:
        """Save the editor; True when saved (or nothing to save)."""
        editor = self.editor
        if editor.contact_id is not None and not editor.is_dirty():
            return True
        draft = editor.draft()
        if editor.unknown_referrer():
            editor.show_errors(
                {"referred_by_id": self.tr("Nobody by that name; pick someone from the list.")}
            )
            return False
        try:
            clean = self._service.check(draft, editor.contact_id)
        except ValidationFailed as failure:
            editor.show_errors(failure.errors)
            return False
        name = clean.first_name or clean.last_name
        if editor.contact_id is None:
            add = AddContactCommand(self._service, clean)
            self._undo.push(add)
            assert add.contact_id is not None
            editor.mark_saved(add.contact_id, self.tr("Added {name}.").format(name=name))
            self._refresh_lookups()
            self.select_contact(add.contact_id)
            self.status_message.emit(self.tr("Added {name}.").format(name=name))
        else:
            before = self._service.draft(editor.contact_id)
            self._undo.push(
                EditContactCommand(self._service, editor.contact_id, before, clean)
            )
            editor.mark_saved(editor.contact_id, self.tr("Saved."))
            self._refresh_lookups()
            self.status_message.emit(self.tr("Saved {name}.").format(name=name))
        return True

    @Slot()
    def revert(self) -> None:
        contact_id = self.editor.contact_id
        if contact_id is None:
            self.editor.load(None, ContactDraft())
        else:
            self._load_editor(contact_id)

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self._undo.push(DeleteContactsCommand(self._service, ids))
        self.status_message.emit(self.tr("Deleted %n contact(s). Undo with Ctrl+Z.", "", len(ids)))

    def commit_pending(self) -> bool:
        """Save unsaved edits before leaving the contact; False if they are invalid."""
        if not self.editor.is_dirty():
            return True
        return self.save()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def select_contact(self, contact_id: int) -> bool:
        self.ensure_loaded()
        row = self.model.row_of_id(contact_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    # -- internals -------------------------------------------------------------------
    def _apply_changes(self, refresh: Sequence[int]) -> None:
        """Show these contacts as stored now; deleted ones leave the table (and editor)."""
        if self.editor.contact_id in self.model.refresh(refresh):
            self.editor.load(None, ContactDraft())
        current = self.editor.contact_id
        if current is not None and current in refresh and not self.editor.is_dirty():
            self._load_editor(current)
        self._update_counts()

    def _load_editor(self, contact_id: int) -> None:
        self.editor.load(
            contact_id,
            self._service.draft(contact_id),
            self._service.referral_summary(contact_id),
        )

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._switching:
            return
        if self.editor.is_dirty() and not self.save():
            # Keep the user on the contact whose edits could not be saved.
            self._switching = True
            QTimer.singleShot(0, lambda: self._return_to(previous))
            self.status_message.emit(
                self.tr("Fix the marked fields or press Revert before leaving this contact.")
            )
            return
        if current.isValid():
            self._load_editor(int(current.data(ContactIdRole)))

    def _return_to(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.table.clearSelection()
        self._switching = False

    @Slot(str)
    def _on_search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_counts()

    @Slot(bool)
    def _on_hiring_filter(self, on: bool) -> None:
        self.model.set_hiring_only(on)
        self._update_counts()

    @Slot()
    def _focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.visible_count() and not self.table.selectionModel().hasSelection():
            self.select_contact(self.model.id_at(0))
