"""The Chat area: pick a chat, prepare it, search every note, start the call.

Signals:
    start_call_requested(int): the user pressed "Start call" for this chat id.
    status_message(str): a short sentence for the status bar.

Over 600 lines, for now: the picker, the header, the prep fields and the call
record all save through one autosaver and follow one chat id, and switching
chats must flush and refill them together. The next split is the widget
building (the ``_build_*`` methods, a third of the file) into a layout module
that hands the page its parts, as ``prep_questions`` and ``call_record`` do.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import (
    QFont,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.questions import pitch_verdict
from infointerview.services.documents import NoChatError, chat_summary
from infointerview.services.events import Change
from infointerview.services.prep import (
    EDITABLE_FIELDS,
    ChatHeader,
    PrepError,
    PrepService,
)
from infointerview.services.question_bank import QuestionBankService
from infointerview.services.search import SearchHit, SearchService
from infointerview.ui.call_record import CallRecordPanel
from infointerview.ui.fault_reporting import confirm_unsaved, fault_sentence
from infointerview.ui.labels import checklist_label, mode_label, status_label
from infointerview.ui.locale_format import date_time_text, day_year_time_text
from infointerview.ui.note_search import NoteSearch
from infointerview.ui.prep_questions import PrepQuestionsPanel, QuestionIdRole
from infointerview.ui.print_what import PrintWhat
from infointerview.ui.widgets.autosaver import Autosaver
from infointerview.ui.widgets.labels import field_caption, plain_label

ChatIdRole = Qt.ItemDataRole.UserRole + 2


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
        self._chat_id: int | None = None
        self._header: ChatHeader | None = None
        self._loading = False
        self._autosave = Autosaver(self._save_batch, self, describe=fault_sentence(prep.db))

        top = self._build_top_bar()
        self._build_empty_label()
        self._build_titles()
        self._build_print_button()
        self._build_message_button()
        header = self._header_layout()
        self._build_call_record()
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
        self.note_search = NoteSearch(self._search, self)
        self.note_search.hit_chosen.connect(self._open_hit)
        self.search = self.note_search.box
        self.search_results = self.note_search.results
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

    def _build_call_record(self) -> None:
        """After the call: each question's tick and answer, referrals and promises."""
        self.call_record = CallRecordPanel(self)
        self.call_record.hide()
        self.call_record.answer_edited.connect(self._answer_edited)
        self.call_record.asked_toggled.connect(self._asked_toggled)
        self.call_record.edit_requested.connect(self._edit_text)

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
        left_form.addWidget(field_caption(self.tr("&Pitch"), self.pitch, self))
        left_form.addWidget(self.pitch, 2)
        left_form.addWidget(self.pitch_verdict)
        left_form.addWidget(field_caption(self.tr("&Research notes"), self.research, self))
        left_form.addWidget(self.research, 3)
        left_form.addWidget(field_caption(self.tr("&Goals"), self.goals, self))
        left_form.addWidget(self.goals, 1)
        left_form.addWidget(checklist)
        return left

    def _build_right_column(self) -> QWidget:
        """Questions, notes and takeaways."""
        self.question_panel = PrepQuestionsPanel(self._prep, self._question_bank, self)
        self.question_panel.status_message.connect(self.status_message)
        # the panel's parts, under the names the page (search hits) and its tests use
        self.questions = self.question_panel.questions
        self.question_warning = self.question_panel.question_warning
        self.use_suggestion = self.question_panel.use_suggestion
        self.closed_summary = self.question_panel.closed_summary
        self.new_question = self.question_panel.new_question
        self.new_warning = self.question_panel.new_warning
        self.bank_button = self.question_panel.bank_button

        self.notes = self._editor("notes", self.tr("Notes from the chat"))
        self.takeaways = self._editor("takeaways", self.tr("Key takeaways, once it is over"))

        right = QWidget(self)
        right_form = QVBoxLayout(right)
        right_form.setContentsMargins(6, 0, 0, 0)
        right_form.addWidget(self.question_panel, 4)
        right_form.addWidget(field_caption(self.tr("&Notes"), self.notes, self))
        right_form.addWidget(self.notes, 2)
        right_form.addWidget(field_caption(self.tr("&Takeaways"), self.takeaways, self))
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
        # the prep columns keep their room under a long "From the call" box: the page scrolls
        self.splitter.setMinimumHeight(500)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(header)
        content_layout.addWidget(self.call_record)
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
        self.start_button.clicked.connect(self._start_clicked)
        self.pitch.textChanged.connect(self._update_pitch_verdict)

    def _build_shortcuts(self) -> None:
        # Window-wide while this page is visible (a hidden page's shortcuts never fire).
        # Ctrl+Shift+F is the main window's "Search All Notes" action.
        start = QShortcut(QKeySequence("Ctrl+Shift+S"), self)
        start.setContext(Qt.ShortcutContext.WindowShortcut)
        start.activated.connect(self._start_clicked)
        bank = QShortcut(QKeySequence("Ctrl+B"), self)
        bank.setContext(Qt.ShortcutContext.WindowShortcut)
        bank.activated.connect(self.question_panel.add_from_bank)

    # -- building helpers ---------------------------------------------------------------
    def _editor(self, key: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(f"prep_{key}")
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.textChanged.connect(lambda: self._field_changed(key, editor))
        return editor


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

    @property
    def undo_stack(self) -> QUndoStack | None:
        """The window's undo stack; question removals go on it when set."""
        return self.question_panel.undo_stack

    @undo_stack.setter
    def undo_stack(self, stack: QUndoStack | None) -> None:
        self.question_panel.undo_stack = stack

    @Slot()
    def reload(self) -> None:
        """Refill the picker; keep the current chat or open the next upcoming one."""
        items = self._prep.list_chats()
        self.picker.blockSignals(True)
        self.picker.clear()
        for item in items:
            prefix = self.tr("Upcoming") if item.upcoming else self.tr("Recent")
            org = f" ({item.organisation})" if item.organisation else ""
            if item.status != "scheduled":
                status = status_label(item.status)
            else:  # past its time, or its call going on now
                status = self.tr("call started") if item.started else self.tr("not held")
            suffix = "" if item.upcoming or not item.status else f" · {status}"
            self.picker.addItem(
                f"{prefix} · {day_year_time_text(item.start_local)} — "
                f"{item.contact_name}{org}{suffix}",
                item.id,
            )
        self.picker.blockSignals(False)
        if not items:
            self._chat_id = None
            self.question_panel.chat_id = None
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
        """Show the prep page of ``chat_id`` (saving the previous one first).

        Text that cannot be saved is never replaced: the same chat is not
        reloaded over it, and leaving for another chat asks first.
        """
        if not self._can_leave(chat_id):
            self._show_current_in_picker()
            return
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
        self.question_panel.chat_id = chat_id
        self._header = header
        self._loading = True
        try:
            self._show_header(header)
            for key, editor in self._field_editors().items():
                editor.setPlainText(getattr(fields, key))
            for key, box in self._checks.items():
                box.setChecked(fields.checklist.get(key, False))
            self.check_route.setVisible(header.in_person)
            self.question_panel.fill()
        finally:
            self._loading = False
        self._show_call_record()
        self._update_pitch_verdict()
        self._set_enabled(True)
        self.start_button.setVisible(not header.held)  # held: no call left to start

    def _can_leave(self, chat_id: int) -> bool:
        """Save the page shown; True when ``chat_id`` may replace it on screen."""
        if chat_id == self._chat_id:
            return self.flush()
        return confirm_unsaved(self, self._autosave)

    def _show_current_in_picker(self) -> None:
        index = self.picker.findData(self._chat_id)
        if index >= 0:
            self.picker.blockSignals(True)
            self.picker.setCurrentIndex(index)
            self.picker.blockSignals(False)

    def flush(self) -> bool:
        """Save every pending edit now (switching chats, hiding, quitting)."""
        return self._autosave.flush()

    @property
    def autosaver(self) -> Autosaver:
        """The page's autosave (its ``failing`` and ``problem`` say whether text is unsaved)."""
        return self._autosave

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
        if self._chat_id is None:
            return
        if self._chat_id in change.prep:
            self.refresh_text_from_store(self._chat_id)
        if self._chat_id in change.prep or change.tasks or change.contacts or change.everything:
            self._show_call_record()  # answers, ticks, referrals or promises may differ

    def _show_call_record(self) -> None:
        """The "From the call" box, shown once the chat is held or anything was noted on it."""
        if self._chat_id is None or self._header is None:
            self.call_record.hide()
            return
        try:
            summary = chat_summary(self._chat_id)
        except NoChatError:  # the chat went away: the picker's reload follows
            self.call_record.hide()
            return
        held = self._header.status in ("held", "thanked")
        noted = any(q.asked or q.answer.strip() for q in summary.questions)
        if not (held or noted or summary.promised or summary.my_promises):
            self.call_record.hide()
            return
        # an answer typed here and not saved yet is never replaced by the stored one
        keep = frozenset(q.id for q in summary.questions) if self._autosave.pending else frozenset()
        self.call_record.load(summary, keep_answers=keep)
        self.call_record.show()

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
        parts.append(self.tr("%n minute(s)", "", header.length_min))
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
            for key, value in changes.items():
                if key.startswith("answer:"):
                    self._prep.set_answer(int(key.split(":", 1)[1]), value)

    @Slot(int, str)
    def _answer_edited(self, question_id: int, text: str) -> None:
        if self._chat_id is not None:
            self._autosave.set(f"{self._chat_id}:answer:{question_id}", text)

    @Slot(str)
    def _edit_text(self, key: str) -> None:
        """The record's "Edit": scroll to the notes or takeaways box and put the cursor there."""
        editor = self.editor_for(key)
        if editor is None:
            return
        scroll = self.stack.widget(1)
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(editor)
        editor.setFocus()
        editor.moveCursor(QTextCursor.MoveOperation.End)

    @Slot(int, bool)
    def _asked_toggled(self, question_id: int, asked: bool) -> None:
        try:
            self._prep.set_asked(question_id, asked)
        except PrepError as exc:
            self.status_message.emit(str(exc))

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

    # -- search -------------------------------------------------------------------------
    @Slot(object)
    def _open_hit(self, hit: SearchHit) -> None:
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
        if self._chat_id is None or (self._header is not None and self._header.held):
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
        self._autosave.stop()  # no retries while hidden; showing the page resumes them
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._autosave.retry_later()


__all__ = ["ChatPage"]
