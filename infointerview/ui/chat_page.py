"""The Chat area: pick a chat, prepare it, search every note, start the call.

Signals:
    start_call_requested(int): the user pressed "Start call" for this chat id.
    status_message(str): a short sentence for the status bar.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.closed_questions import check_question
from infointerview.domain.questions import pitch_verdict
from infointerview.services.events import Change
from infointerview.services.prep import (
    EDITABLE_FIELDS,
    ChatHeader,
    PrepError,
    PrepService,
    QuestionItem,
)
from infointerview.services.question_bank import QuestionBankService
from infointerview.services.search import SearchHit, SearchService
from infointerview.ui.labels import checklist_label, mode_label, status_label
from infointerview.ui.locale_format import date_text, date_time_text, day_year_time_text
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.question_picker import QuestionPickerDialog
from infointerview.ui.theme import WARNING
from infointerview.ui.widgets.autosaver import Autosaver
from infointerview.ui.widgets.labels import plain_label

QuestionIdRole = Qt.ItemDataRole.UserRole + 1
ChatIdRole = Qt.ItemDataRole.UserRole + 2
HitRole = Qt.ItemDataRole.UserRole + 3


def closed_warning_text(text: str) -> str:
    """The inline sentence under a question that invites yes/no, or ''."""
    check = check_question(text)
    if not check.is_closed:
        return ""
    return QApplication.translate(
        "ChatPage", "Yes/no question: {reason} Try: {suggestion}"
    ).format(reason=check.reason, suggestion=check.suggestion)


class QuestionList(QListWidget):
    """The ordered prep questions: drag or Alt+Up/Down to reorder, F2 to edit, Delete.

    Signals:
        order_changed(list): ids in their new order after a drag.
        move_requested(int, int): question id and -1/+1 (keyboard).
        delete_requested(int): question id.
    """

    order_changed = Signal(list)
    move_requested = Signal(int, int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prepQuestions")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(2)
        self.setAccessibleName(self.tr("Questions in the order you plan to ask them"))
        self.model().rowsMoved.connect(self._after_drag)

    def _after_drag(self, *args: object) -> None:
        ids = [self.item(r).data(QuestionIdRole) for r in range(self.count())]
        QTimer.singleShot(0, lambda: self.order_changed.emit(ids))

    def current_id(self) -> int | None:
        item = self.currentItem()
        return None if item is None else int(item.data(QuestionIdRole))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        qid = self.current_id()
        mods = event.modifiers()
        if qid is not None and mods & Qt.KeyboardModifier.AltModifier:
            if event.key() == Qt.Key.Key_Up:
                self.move_requested.emit(qid, -1)
                return
            if event.key() == Qt.Key.Key_Down:
                self.move_requested.emit(qid, 1)
                return
        if qid is not None and event.key() == Qt.Key.Key_Delete and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.delete_requested.emit(qid)
            return
        super().keyPressEvent(event)


class _DeleteQuestion(QUndoCommand):
    """Removing a prep question, undoable: its text, place, tick and answer come back."""

    def __init__(self, page: ChatPage, question_id: int, row: int) -> None:
        super().__init__("Remove question")
        self._page = page
        self._prep = page._prep
        self._question_id = question_id
        self._row = row
        self._snapshot: tuple[int, str, str, bool, str] | None = None
        self._first = True

    def delete(self) -> None:
        chat_id = self._page.chat_id
        assert chat_id is not None
        question = next(q for q in self._prep.questions(chat_id) if q.id == self._question_id)
        self._snapshot = (chat_id, question.text, question.category, question.asked,
                          question.answer_notes)
        self._prep.delete_question(self._question_id)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.delete()
        self._page.refresh_questions(self._snapshot[0] if self._snapshot else None)

    def undo(self) -> None:
        assert self._snapshot is not None
        chat_id, text, category, asked, answer = self._snapshot
        self._question_id = self._prep.add_question(chat_id, text, category, index=self._row)
        self._prep.set_asked(self._question_id, asked)
        self._prep.set_answer(self._question_id, answer)
        self._page.refresh_questions(chat_id, select_id=self._question_id)


class ChatPage(QWidget):
    """Prep page for one chat, with a picker of upcoming and recent chats."""

    start_call_requested = Signal(int)
    status_message = Signal(str)
    print_requested = Signal(int, str)
    """(chat id, a PrintWhat value): what to print or save."""
    schedule_requested = Signal()
    """The empty page's "Schedule a chat…" button."""
    guide_requested = Signal()
    """The empty page's "How it works" button."""
    message_requested = Signal(int, str)
    """(contact id, message kind): write to the person this chat is with."""

    def __init__(
        self,
        prep: PrepService,
        bank: QuestionBankService,
        search: SearchService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chatPage")
        self._prep = prep
        self._question_bank = bank
        self._search = search
        self.undo_stack: QUndoStack | None = None
        """The window's undo stack; question removals go on it when set."""
        self._chat_id: int | None = None
        self._header: ChatHeader | None = None
        self._loading = False
        self._autosave = Autosaver(self._save_batch, self)
        self._autosave.failed.connect(self.status_message)

        top = self._build_top_bar()
        self._build_empty_label()
        self._build_titles()
        self._build_print_button()
        self._build_message_button()
        header = self._header_layout()
        left = self._build_left_column()
        right = self._build_right_column()
        self._build_stack(self._build_content(header, left, right))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.search_results)
        layout.addWidget(self.stack, 1)
        self._wire()
        self._build_shortcuts()
        self._set_enabled(False)

    def _build_top_bar(self) -> QHBoxLayout:
        """The chat picker and the note search (its results list shows below)."""
        self.picker = QComboBox(self)
        self.picker.setObjectName("chatPicker")
        self.picker.setMinimumWidth(360)
        self.picker.setAccessibleName(self.tr("Chat"))
        self.picker.setToolTip(self.tr("Upcoming chats first, then recent ones"))
        self.search = QLineEdit(self)
        self.search.setObjectName("noteSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search all notes and answers  (Ctrl+Shift+F)"))
        self.search_results = QListWidget(self)
        self.search_results.setObjectName("searchResults")
        self.search_results.setAccessibleName(self.tr("Search results"))
        self.search_results.setMaximumHeight(220)
        self.search_results.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self._run_search)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Chat:"), self))
        top.addWidget(self.picker, 2)
        top.addSpacing(12)
        top.addWidget(self.search, 2)
        return top

    def _build_empty_label(self) -> None:
        self.empty_label = plain_label(
            self.tr(
                "No chats yet. Chats are scheduled from a contact or from the calendar; "
                "once one is booked, prepare it here."
            ),
            self,
        )
        self.empty_label.setObjectName("emptyTitle")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def _build_titles(self) -> None:
        """Who and when, and the big Start call button."""
        self.title_label = plain_label("", self)
        self.title_label.setObjectName("chatTitle")
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = plain_label("", self)
        self.subtitle_label.setObjectName("chatSubtitle")
        self.subtitle_label.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Start call"), self)
        self.start_button.setObjectName("startCallButton")
        self.start_button.setToolTip(
            self.tr("Open the on-call timer and notes window (Ctrl+Shift+S)")
        )
        big = QFont(self.start_button.font())
        big.setPointSizeF(big.pointSizeF() * 1.3)
        big.setBold(True)
        self.start_button.setFont(big)
        self.start_button.setMinimumHeight(44)

    def _build_print_button(self) -> None:
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printButton")
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Print the prep sheet, or save it as PDF (Ctrl+P)"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.print_button.setMinimumHeight(44)
        print_menu = QMenu(self.print_button)
        for what, label in (
            (PrintWhat.PREVIEW, self.tr("Print Preview…")),
            (PrintWhat.PRINT, self.tr("Print Prep Sheet…")),
            (PrintWhat.PDF, self.tr("Save Prep Sheet as PDF…")),
            (PrintWhat.SUMMARY_PDF, self.tr("Save Chat Summary as PDF…")),
            (PrintWhat.SUMMARY_MD, self.tr("Save Chat Summary as Markdown…")),
        ):
            print_menu.addAction(label, partial(self._request_print, what))
        self.print_button.setMenu(print_menu)
        self.print_button.clicked.connect(lambda: self._request_print(PrintWhat.PREVIEW))

    def _build_message_button(self) -> None:
        self.message_button = QToolButton(self)
        self.message_button.setText(self.tr("Write…"))
        self.message_button.setToolTip(self.tr("Write a thank-you, follow-up or update to them"))
        self.message_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.message_button.setMinimumHeight(44)
        message_menu = QMenu(self.message_button)
        for kind, label in (
            ("thank_you", self.tr("Thank-you note…")),
            ("follow_up", self.tr("Follow-up…")),
            ("update", self.tr("Update…")),
        ):
            message_menu.addAction(label, partial(self._request_message, kind))
        self.message_button.setMenu(message_menu)

    def _header_layout(self) -> QHBoxLayout:
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        header.addLayout(titles, 1)
        header.addWidget(self.message_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignTop)
        return header

    def _build_left_column(self) -> QWidget:
        """Pitch, research, goals and the checklist."""
        self.pitch = self._editor("pitch", self.tr("Your one-minute bio, tailored to this person"))
        self.pitch_verdict = plain_label("", self)
        self.pitch_verdict.setObjectName("pitchVerdict")
        self.pitch_verdict.setWordWrap(True)
        self.research = self._editor(
            "research_notes", self.tr("Their path, the organisation, recent news")
        )
        self.goals = self._editor("goals", self.tr("What you want to learn from this chat"))
        self.goals.setMaximumHeight(90)

        self.check_cv = QCheckBox(checklist_label("cv"), self)
        self.check_route = QCheckBox(checklist_label("route"), self)
        self.check_news = QCheckBox(checklist_label("news"), self)
        self.check_review = QCheckBox(checklist_label("review"), self)
        self._checks = {
            "cv": self.check_cv,
            "route": self.check_route,
            "news": self.check_news,
            "review": self.check_review,
        }
        checklist = QGroupBox(self.tr("Checklist"), self)
        check_layout = QVBoxLayout(checklist)
        for box in self._checks.values():
            check_layout.addWidget(box)
            box.toggled.connect(self._checklist_changed)

        left = QWidget(self)
        left_form = QVBoxLayout(left)
        left_form.setContentsMargins(0, 0, 6, 0)
        left_form.addWidget(self._caption(self.tr("&Pitch"), self.pitch))
        left_form.addWidget(self.pitch, 2)
        left_form.addWidget(self.pitch_verdict)
        left_form.addWidget(self._caption(self.tr("&Research notes"), self.research))
        left_form.addWidget(self.research, 3)
        left_form.addWidget(self._caption(self.tr("&Goals"), self.goals))
        left_form.addWidget(self.goals, 1)
        left_form.addWidget(checklist)
        return left

    def _build_right_column(self) -> QWidget:
        """Questions, notes and takeaways."""
        self.questions = QuestionList(self)
        self.questions.setToolTip(
            self.tr(
                "Drag or press Alt+Up / Alt+Down to reorder; F2 or double-click to edit; "
                "Delete to remove. The referral question always stays last."
            )
        )
        self.question_warning = plain_label("", self)
        self.question_warning.setObjectName("questionWarning")
        self.question_warning.setWordWrap(True)
        self.question_warning.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        self.use_suggestion = QPushButton(self.tr("Use suggestion"), self)
        self.use_suggestion.setToolTip(self.tr("Replace the question with the open rewrite"))
        self.use_suggestion.hide()
        self.closed_summary = plain_label("", self)
        self.closed_summary.setObjectName("closedSummary")
        self.new_question = QLineEdit(self)
        self.new_question.setObjectName("newQuestion")
        self.new_question.setPlaceholderText(self.tr("New question — press Enter to add"))
        self.new_warning = plain_label("", self)
        self.new_warning.setObjectName("newQuestionWarning")
        self.new_warning.setWordWrap(True)
        self.new_warning.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        self.new_warning.hide()
        self.bank_button = QPushButton(self.tr("Add from bank…"), self)
        self.bank_button.setToolTip(self.tr("Pick questions from your question bank (Ctrl+B)"))
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_question, 1)
        add_row.addWidget(self.bank_button)
        warn_row = QHBoxLayout()
        warn_row.addWidget(self.question_warning, 1)
        warn_row.addWidget(self.use_suggestion, 0, Qt.AlignmentFlag.AlignTop)

        self.notes = self._editor("notes", self.tr("Notes from the chat"))
        self.takeaways = self._editor("takeaways", self.tr("Key takeaways, once it is over"))

        right = QWidget(self)
        right_form = QVBoxLayout(right)
        right_form.setContentsMargins(6, 0, 0, 0)
        q_caption = QHBoxLayout()
        q_caption.addWidget(self._caption(self.tr("&Questions"), self.questions))
        q_caption.addStretch(1)
        q_caption.addWidget(self.closed_summary)
        right_form.addLayout(q_caption)
        right_form.addWidget(self.questions, 4)
        right_form.addLayout(warn_row)
        right_form.addLayout(add_row)
        right_form.addWidget(self.new_warning)
        right_form.addWidget(self._caption(self.tr("&Notes"), self.notes))
        right_form.addWidget(self.notes, 2)
        right_form.addWidget(self._caption(self.tr("&Takeaways"), self.takeaways))
        right_form.addWidget(self.takeaways, 1)
        return right

    def _build_content(self, header: QHBoxLayout, left: QWidget, right: QWidget) -> QScrollArea:
        """The prep page itself: the header over the two columns, scrolling."""
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.splitter, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        content.setMinimumHeight(560)
        return scroll

    def _build_stack(self, scroll: QScrollArea) -> None:
        """The empty state and the prep page, one shown at a time."""
        self.stack = QStackedWidget(self)
        self.empty_page = QWidget(self)
        self.empty_schedule = QPushButton(self.tr("Schedule a chat…"), self.empty_page)
        self.empty_guide = QPushButton(self.tr("How it works"), self.empty_page)
        self.empty_schedule.clicked.connect(self.schedule_requested)
        self.empty_guide.clicked.connect(self.guide_requested)
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.empty_schedule)
        empty_buttons.addWidget(self.empty_guide)
        empty_buttons.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(scroll)

    def _wire(self) -> None:
        self.picker.activated.connect(self._picker_activated)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first_hit)
        self.search_results.itemActivated.connect(self._open_hit)
        self.search_results.itemClicked.connect(self._open_hit)
        self.start_button.clicked.connect(self._start_clicked)
        self.new_question.returnPressed.connect(self._add_new_question)
        self.new_question.textChanged.connect(self._new_question_changed)
        self.bank_button.clicked.connect(self.add_from_bank)
        self.questions.currentItemChanged.connect(lambda *_: self._show_question_warning())
        self.questions.itemChanged.connect(self._question_edited)
        self.questions.order_changed.connect(self._reordered)
        self.questions.move_requested.connect(self._move_question)
        self.questions.delete_requested.connect(self._delete_question)
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.pitch.textChanged.connect(self._update_pitch_verdict)

    def _build_shortcuts(self) -> None:
        # Window-wide while this page is visible (a hidden page's shortcuts never fire).
        # Ctrl+Shift+F is the main window's "Search All Notes" action.
        start = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        start.setContext(Qt.ShortcutContext.WindowShortcut)
        start.activated.connect(self._start_clicked)
        bank = QShortcut(QKeySequence("Ctrl+B"), self)
        bank.setContext(Qt.ShortcutContext.WindowShortcut)
        bank.activated.connect(self.add_from_bank)

    # -- building helpers ---------------------------------------------------------------
    def _editor(self, key: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(f"prep_{key}")
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.textChanged.connect(lambda: self._field_changed(key, editor))
        return editor

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        label.setObjectName("fieldCaption")
        return label

    def _field_editors(self) -> dict[str, QPlainTextEdit]:
        return {
            "pitch": self.pitch,
            "research_notes": self.research,
            "goals": self.goals,
            "notes": self.notes,
            "takeaways": self.takeaways,
        }

    def _set_enabled(self, enabled: bool) -> None:
        self.stack.setCurrentIndex(1 if enabled else 0)
        self.start_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)
        self.message_button.setEnabled(enabled)

    # -- public -------------------------------------------------------------------------
    @property
    def chat_id(self) -> int | None:
        return self._chat_id

    @Slot()
    def reload(self) -> None:
        """Refill the picker; keep the current chat or open the next upcoming one."""
        items = self._prep.list_chats()
        self.picker.blockSignals(True)
        self.picker.clear()
        for item in items:
            prefix = self.tr("Upcoming") if item.upcoming else self.tr("Recent")
            org = f" ({item.organisation})" if item.organisation else ""
            status = self.tr("not held") if item.status == "scheduled" else status_label(item.status)
            suffix = "" if item.upcoming or not item.status else f" · {status}"
            self.picker.addItem(
                f"{prefix} · {day_year_time_text(item.start_local)} — "
                f"{item.contact_name}{org}{suffix}",
                item.id,
            )
        self.picker.blockSignals(False)
        if not items:
            self._chat_id = None
            self._set_enabled(False)
            return
        wanted = self._chat_id
        ids = [i.id for i in items]
        if wanted not in ids:
            wanted = ids[0]
        assert wanted is not None
        self.open_chat(wanted)

    @Slot(int)
    def open_chat(self, chat_id: int) -> None:
        """Show the prep page of ``chat_id`` (saving the previous one first)."""
        self.flush()
        try:
            header = self._prep.header(chat_id)
            fields = self._prep.fields(chat_id)
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        index = self.picker.findData(chat_id)
        if index < 0:
            self.picker.addItem(
                f"{day_year_time_text(header.start_local)} — {header.contact_name}", chat_id
            )
            index = self.picker.count() - 1
        self.picker.setCurrentIndex(index)
        self._chat_id = chat_id
        self._header = header
        self._loading = True
        try:
            self._show_header(header)
            for key, editor in self._field_editors().items():
                editor.setPlainText(getattr(fields, key))
            for key, box in self._checks.items():
                box.setChecked(fields.checklist.get(key, False))
            self.check_route.setVisible(header.in_person)
            self._fill_questions()
        finally:
            self._loading = False
        self._update_pitch_verdict()
        self._set_enabled(True)

    def flush(self) -> bool:
        """Save every pending edit now (switching chats, hiding, quitting)."""
        return self._autosave.flush()

    def refresh_questions(self, chat_id: int | None, select_id: int | None = None) -> None:
        """Show the question list again if ``chat_id`` is the chat on the page (undo/redo)."""
        if chat_id is not None and chat_id == self._chat_id:
            self._fill_questions(select_id=select_id)

    def _request_print(self, what: PrintWhat) -> None:
        if self._chat_id is not None:
            self.flush()
            self.print_requested.emit(self._chat_id, what)

    def _request_message(self, kind: str) -> None:
        if self._header is not None:
            self.flush()
            self.message_requested.emit(self._header.contact_id, kind)

    @Slot(object)
    def follow_prep_change(self, change: Change) -> None:
        """Another window (the call) saved this chat's page: show its text."""
        if self._chat_id is not None and self._chat_id in change.prep:
            self.refresh_text_from_store(self._chat_id)

    @Slot(int)
    def refresh_text_from_store(self, chat_id: int) -> None:
        """Another window saved this chat's text: show it, unless an edit here is pending."""
        if chat_id != self._chat_id or self._autosave.pending:
            return
        try:
            fields = self._prep.fields(chat_id)
        except PrepError:
            return
        self._loading = True
        try:
            for key, editor in self._field_editors().items():
                text = getattr(fields, key)
                if editor.toPlainText() != text:
                    editor.setPlainText(text)
        finally:
            self._loading = False

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def editor_for(self, field_name: str) -> QPlainTextEdit | None:
        return self._field_editors().get(field_name)

    # -- header ---------------------------------------------------------------------
    def _show_header(self, header: ChatHeader) -> None:
        self.title_label.setText(
            self.tr("{when} — {name}").format(
                when=date_time_text(header.start_local, long=True), name=header.contact_name
            )
        )
        parts = [p for p in (header.job_title, header.organisation) if p]
        mode = mode_label(header.mode)
        where = f"{mode}: {header.place}" if header.place else mode
        parts.append(where)
        parts.append(self.tr("{n} minutes").format(n=header.length_min))
        if header.status == "held":
            parts.append(status_label("held"))
        self.subtitle_label.setText(" · ".join(parts))

    # -- fields -----------------------------------------------------------------------
    def _field_changed(self, key: str, editor: QPlainTextEdit) -> None:
        if self._loading or self._chat_id is None:
            return
        self._autosave.set(f"{self._chat_id}:{key}", editor.toPlainText())

    def _save_batch(self, batch: dict[str, object]) -> None:
        by_chat: dict[int, dict[str, str]] = {}
        for compound, value in batch.items():
            chat, key = compound.split(":", 1)
            by_chat.setdefault(int(chat), {})[key] = str(value)
        for chat_id, changes in by_chat.items():
            fields = {k: v for k, v in changes.items() if k in EDITABLE_FIELDS}
            if fields:
                self._prep.save_fields(chat_id, **fields)

    @Slot()
    def _update_pitch_verdict(self) -> None:
        self.pitch_verdict.setText(pitch_verdict(self.pitch.toPlainText()))

    @Slot()
    def _checklist_changed(self) -> None:
        if self._loading or self._chat_id is None:
            return
        try:
            self._prep.save_checklist(
                self._chat_id, {k: b.isChecked() for k, b in self._checks.items()}
            )
        except PrepError as exc:
            self.status_message.emit(str(exc))

    # -- questions ----------------------------------------------------------------------
    def _fill_questions(self, select_id: int | None = None) -> None:
        if self._chat_id is None:
            return
        if select_id is None:
            select_id = self.questions.current_id()
        was_loading = self._loading
        self._loading = True
        self.questions.blockSignals(True)
        self.questions.clear()
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        closed = 0
        items: list[QuestionItem] = self._prep.questions(self._chat_id)
        for number, q in enumerate(items, start=1):
            item = QListWidgetItem(q.text)
            item.setData(QuestionIdRole, q.id)
            flags = item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
            item.setFlags(flags)
            warning = closed_warning_text(q.text)
            if warning:
                closed += 1
                item.setIcon(warn_icon)
                item.setToolTip(warning)
            elif q.is_referral:
                item.setToolTip(self.tr("Always the last question: it grows your network."))
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
            else:
                item.setToolTip(self.tr("Question {n}").format(n=number))
            self.questions.addItem(item)
            if q.id == select_id:
                self.questions.setCurrentItem(item)
        self.questions.blockSignals(False)
        self._loading = was_loading
        self.closed_summary.setStyleSheet(f"color: {WARNING};" if closed else "")
        if closed:
            self.closed_summary.setText(
                self.tr("1 question invites a yes/no answer")
                if closed == 1
                else self.tr("{n} questions invite yes/no answers").format(n=closed)
            )
        else:
            self.closed_summary.setText(self.tr("All questions are open"))
        self._show_question_warning()

    def _show_question_warning(self) -> None:
        item = self.questions.currentItem()
        text = "" if item is None else closed_warning_text(item.text())
        self.question_warning.setText(text)
        self.question_warning.setVisible(bool(text))
        self.use_suggestion.setVisible(bool(text))

    @Slot(str)
    def _new_question_changed(self, text: str) -> None:
        warning = closed_warning_text(text)
        self.new_warning.setText(warning)
        self.new_warning.setVisible(bool(warning))

    @Slot()
    def _add_new_question(self) -> None:
        if self._chat_id is None:
            return
        try:
            qid = self._prep.add_question(self._chat_id, self.new_question.text())
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        self.new_question.clear()
        self._fill_questions(select_id=qid)

    @Slot()
    def add_from_bank(self) -> None:
        if self._chat_id is None:
            return
        dialog = QuestionPickerDialog(self._question_bank.bank(include_retired=False), self)
        if dialog.exec() != QuestionPickerDialog.DialogCode.Accepted:
            return
        ids = dialog.selected_ids()
        added = self._prep.add_from_bank(self._chat_id, ids)
        self._fill_questions(select_id=added[-1] if added else None)
        if added:
            self.status_message.emit(
                self.tr("Added 1 question.")
                if len(added) == 1
                else self.tr("Added {n} questions.").format(n=len(added))
            )

    def _question_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        qid = int(item.data(QuestionIdRole))
        try:
            self._prep.edit_question(qid, item.text())
        except PrepError as exc:
            self.status_message.emit(str(exc))
        QTimer.singleShot(0, lambda: self._fill_questions(select_id=qid))

    @Slot(list)
    def _reordered(self, ids: list[int]) -> None:
        if self._chat_id is None:
            return
        self._prep.reorder_questions(self._chat_id, [int(i) for i in ids])
        self._fill_questions()

    @Slot(int, int)
    def _move_question(self, qid: int, delta: int) -> None:
        try:
            moved = self._prep.move_question(qid, delta)
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        if not moved:
            self.status_message.emit(
                self.tr("That question cannot move further; the referral question stays last.")
            )
        self._fill_questions(select_id=qid)

    @Slot(int)
    def _delete_question(self, qid: int) -> None:
        row = self.questions.currentRow()
        command = _DeleteQuestion(self, qid, row)
        try:
            command.delete()
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        if self.undo_stack is not None:
            self.undo_stack.push(command)  # redo() skips the first, already done, delete
            self.status_message.emit(self.tr("Removed the question. Undo with Ctrl+Z."))
        self._fill_questions()
        self.questions.setCurrentRow(min(row, self.questions.count() - 1))

    @Slot()
    def _apply_suggestion(self) -> None:
        item = self.questions.currentItem()
        if item is None:
            return
        check = check_question(item.text())
        if check.is_closed:
            item.setText(check.suggestion)  # itemChanged saves it

    # -- search -------------------------------------------------------------------------
    @Slot()
    def _run_search(self) -> None:
        query = self.search.text()
        self.search_results.clear()
        hits = self._search.search_everything(query) if query.strip() else []
        if not query.strip():
            self.search_results.hide()
            return
        labels = {
            "notes": self.tr("Notes"),
            "takeaways": self.tr("Takeaways"),
            "research_notes": self.tr("Research"),
            "pitch": self.tr("Pitch"),
            "goals": self.tr("Goals"),
            "question": self.tr("Question"),
        }
        for hit in hits:
            item = QListWidgetItem(
                f"{hit.contact_name} · {date_text(hit.start_local)} · "
                f"{labels.get(hit.field, hit.field)}: {hit.snippet_text}"
            )
            item.setData(HitRole, hit)
            self.search_results.addItem(item)
        if not hits:
            item = QListWidgetItem(self.tr("Nothing found. Try fewer or shorter words."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.search_results.addItem(item)
        self.search_results.show()

    @Slot()
    def _open_first_hit(self) -> None:
        self._search_timer.stop()
        self._run_search()
        if self.search_results.count():
            self._open_hit(self.search_results.item(0))

    def _open_hit(self, item: QListWidgetItem) -> None:
        hit = item.data(HitRole)
        if not isinstance(hit, SearchHit):
            return
        self.open_chat(hit.chat_id)
        words = [w for w in self.search.text().split() if w]
        if hit.field == "question" and hit.question_id is not None:
            for row in range(self.questions.count()):
                if self.questions.item(row).data(QuestionIdRole) == hit.question_id:
                    self.questions.setCurrentRow(row)
                    self.questions.setFocus()
                    break
            return
        editor = self.editor_for(hit.field)
        if editor is None:
            return
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.Start)
        for word in words:
            if editor.find(word.strip("\"'*()")):
                break

    # -- actions ----------------------------------------------------------------------
    @Slot()
    def _start_clicked(self) -> None:
        if self._chat_id is None:
            return
        self.flush()
        self.start_call_requested.emit(self._chat_id)

    @Slot(int)
    def _picker_activated(self, index: int) -> None:
        chat_id = self.picker.itemData(index)
        if isinstance(chat_id, int) and chat_id != self._chat_id:
            self.open_chat(chat_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)


__all__ = ["ChatPage", "QuestionList", "closed_warning_text"]
