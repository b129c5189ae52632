"""The on-call window: countdown, phase, questions to tick, notes that save themselves.

It stays on top of the video call (where the platform allows), shows the time
left from the domain ``CallTimer`` (read from a monotonic clock on every
repaint, so a stalled event loop never makes it wrong) and changes colour,
with words, at the wrap-up warning and at the end. After End it turns into a
wrap-up step: fill the gaps, write takeaways, rate, confirm what was captured.

Signals:
    finished(int): the wrap-up was saved and the window closed (chat id).
    status_message(str): a short sentence for the main window's status bar.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.call_plan import (
    DEFAULT_WRAP_UP_MIN,
    MIN_LENGTH_MIN,
    CallTimer,
    Clock,
    TimerSnapshot,
)
from infointerview.services.calls import CallService
from infointerview.services.clock import utcnow
from infointerview.services.prep import PrepError, PrepService
from infointerview.ui.theme import ERROR, WARNING
from infointerview.ui.widgets.autosaver import Autosaver
from infointerview.ui.widgets.labels import plain_label

QuestionIdRole = Qt.ItemDataRole.UserRole + 1
TaskIdRole = Qt.ItemDataRole.UserRole + 2

REPAINT_MS = 200
GEOMETRY_KEY = "callWindow/geometry"
CALM = "#1e3a5f"


def is_wayland() -> bool:
    return QGuiApplication.platformName().startswith("wayland")


def _focus_at_end(editor: QPlainTextEdit) -> None:
    """Focus a notes box with the cursor after what is already written."""
    editor.setFocus(Qt.FocusReason.ShortcutFocusReason)
    editor.moveCursor(QTextCursor.MoveOperation.End)


class CallWindow(QWidget):
    """One call: timer, questions, notes and capture; then the wrap-up."""

    finished = Signal(int)
    status_message = Signal(str)

    def __init__(
        self,
        prep: PrepService,
        calls: CallService,
        chat_id: int,
        clock: Clock = time.monotonic,
        now: Callable[[], dt.datetime] = utcnow,
        sound: bool = False,
        wrap_up_min: int = DEFAULT_WRAP_UP_MIN,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("callWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self._prep = prep
        self._calls = calls
        self.chat_id = chat_id
        self._now = now
        self.sound = sound
        self._loading = False
        self._current_qid: int | None = None
        self._last_snapshot: TimerSnapshot | None = None
        self._beeps = 0
        header = prep.header(chat_id)
        self.timer = CallTimer(
            length_min=max(MIN_LENGTH_MIN, header.length_min), wrap_up_min=wrap_up_min, clock=clock
        )
        self.setWindowTitle(
            self.tr("Call with {name} — InfoInterview").format(name=header.contact_name)
        )
        self._autosave = Autosaver(self._save_batch, self)
        self._autosave.failed.connect(self._show_save_problem)

        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(REPAINT_MS)
        self.repaint_timer.timeout.connect(self.refresh)

        top = self._build_top(header.contact_name, header.organisation)
        self._build_clock_panel()
        buttons = self._build_buttons()
        self._build_questions_and_notes()
        capture = self._build_capture(header.contact_name, header.hiring_authority)
        self._build_pages(top, buttons, capture)
        self._wire()
        self._build_shortcuts()

        self._load()
        self._settings = settings
        self.resize(560, 860)
        geometry = settings.value(GEOMETRY_KEY) if settings is not None else None
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.refresh()

    def _build_top(self, name: str, organisation: str) -> QHBoxLayout:
        """Who the call is with, and Stay on top."""
        org = f" · {organisation}" if organisation else ""
        self.who_label = plain_label(f"{name}{org}", self)
        self.who_label.setObjectName("callWho")
        self.on_top = QCheckBox(self.tr("Stay on top"), self)
        self.on_top.setObjectName("stayOnTop")
        if is_wayland():
            self.on_top.setChecked(False)
            self.on_top.setEnabled(False)
            self.on_top.setToolTip(
                self.tr(
                    "Wayland does not let apps keep a window above others. Use your "
                    "desktop's own 'Always on top' window menu instead."
                )
            )
        else:
            self.on_top.setChecked(True)
            self.on_top.setToolTip(self.tr("Keep this window above your video call (Ctrl+T)"))
            self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.on_top.toggled.connect(self._set_on_top)
        top = QHBoxLayout()
        top.addWidget(self.who_label, 1)
        top.addWidget(self.on_top)
        return top

    def _build_clock_panel(self) -> None:
        """The countdown, the phase and its hint."""
        self.clock_panel = QFrame(self)
        self.clock_panel.setObjectName("clockPanel")
        self.countdown = QLabel("30:00", self.clock_panel)
        self.countdown.setObjectName("countdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.countdown.font())
        font.setPointSize(60)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Menlo", "Consolas", "monospace"])
        self.countdown.setFont(font)
        self.countdown.setAccessibleName(self.tr("Time left"))
        self.phase_label = plain_label("", self.clock_panel)
        self.phase_label.setObjectName("phaseTitle")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label.setWordWrap(True)
        phase_font = QFont(self.phase_label.font())
        phase_font.setPointSize(16)
        phase_font.setBold(True)
        self.phase_label.setFont(phase_font)
        self.hint_label = plain_label("", self.clock_panel)
        self.hint_label.setObjectName("phaseHint")
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint_label.setWordWrap(True)
        hint_font = QFont(self.hint_label.font())
        hint_font.setPointSize(12)
        self.hint_label.setFont(hint_font)
        self.hint_label.setMinimumHeight(self.hint_label.fontMetrics().lineSpacing() * 2 + 4)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        panel = QVBoxLayout(self.clock_panel)
        panel.setContentsMargins(12, 8, 12, 10)
        panel.setSpacing(2)
        panel.addWidget(self.countdown)
        panel.addWidget(self.phase_label)
        panel.addWidget(self.hint_label)

    def _build_buttons(self) -> QHBoxLayout:
        """Start, Pause and End call."""
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("callStart")
        self.start_button.setToolTip(self.tr("Start the clock (Space or F5)"))
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.pause_button.setObjectName("callPause")
        self.pause_button.setToolTip(self.tr("Pause or resume the clock (Space or F5)"))
        self.end_button = QPushButton(self.tr("End call"), self)
        self.end_button.setObjectName("callEnd")
        self.end_button.setToolTip(self.tr("End the call and write the wrap-up (Ctrl+Shift+E)"))
        for button in (self.start_button, self.pause_button, self.end_button):
            button.setMinimumHeight(34)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.end_button)
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.end_button.clicked.connect(self.end)
        return buttons

    def _build_questions_and_notes(self) -> None:
        """The questions to tick, the answer notes and the call notes, in a splitter."""
        self.question_list = QListWidget(self)
        self.question_list.setObjectName("callQuestions")
        self.question_list.setWordWrap(True)
        self.question_list.setSpacing(2)
        self.question_list.setAccessibleName(self.tr("Questions: tick the ones asked"))
        self.question_list.setToolTip(self.tr("Tick a question once asked; select it to note the answer below"))
        self.answer_notes = QPlainTextEdit(self)
        self.answer_notes.setObjectName("answerNotes")
        self.answer_notes.setPlaceholderText(self.tr("Notes on the answer to the selected question"))
        self.answer_notes.setTabChangesFocus(True)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("callNotes")
        self.notes.setPlaceholderText(
            self.tr("Notes: names, resources, anything to follow up  (Ctrl+N)")
        )
        self.notes.setTabChangesFocus(True)
        note_font = QFont(self.notes.font())
        note_font.setPointSizeF(note_font.pointSizeF() * 1.1)
        self.notes.setFont(note_font)
        self.save_state = plain_label("", self)
        self.save_state.setObjectName("saveState")

        q_box = QWidget(self)
        q_layout = QVBoxLayout(q_box)
        q_layout.setContentsMargins(0, 0, 0, 0)
        q_layout.addWidget(self.question_list, 3)
        q_layout.addWidget(self.answer_notes, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(q_box)
        self.splitter.addWidget(self.notes)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

    def _build_capture(self, name: str, hiring_authority: bool) -> QGroupBox:
        """Referrals, promises and the hiring flag, captured during the call."""
        capture = QGroupBox(self.tr("Capture"), self)
        self.referral_name = QLineEdit(capture)
        self.referral_name.setObjectName("referralName")
        self.referral_name.setPlaceholderText(self.tr("Referral: name (Ctrl+R)"))
        self.referral_org = QLineEdit(capture)
        self.referral_org.setObjectName("referralOrg")
        self.referral_org.setPlaceholderText(self.tr("organisation"))
        self.referral_note = QLineEdit(capture)
        self.referral_note.setObjectName("referralNote")
        self.referral_note.setPlaceholderText(self.tr("note"))
        self.referral_add = QPushButton(self.tr("Add"), capture)
        self.referral_add.setToolTip(self.tr("Create the contact and a task to reach out (Enter)"))
        self.promise = QLineEdit(capture)
        self.promise.setObjectName("promise")
        self.promise.setPlaceholderText(self.tr("They promised… (Ctrl+P)"))
        self.promise_add = QPushButton(self.tr("Add"), capture)
        self.promise_add.setToolTip(
            self.tr("Add a reminder for your thank-you note (Enter)")
        )
        self.hiring = QCheckBox(self.tr("{name} can hire for the role I want").format(
            name=name.split(" ")[0] or self.tr("They")), capture)
        self.hiring.setObjectName("hiringAuthority")
        self.hiring.setChecked(hiring_authority)
        self.hiring.setToolTip(self.tr("Marks this contact as having hiring authority"))
        self.captured_label = plain_label("", capture)
        self.captured_label.setObjectName("capturedLabel")
        self.captured_label.setWordWrap(True)
        ref_row = QHBoxLayout()
        ref_row.addWidget(self.referral_name, 3)
        ref_row.addWidget(self.referral_org, 3)
        ref_row.addWidget(self.referral_note, 3)
        ref_row.addWidget(self.referral_add)
        promise_row = QHBoxLayout()
        promise_row.addWidget(self.promise, 1)
        promise_row.addWidget(self.promise_add)
        cap_layout = QVBoxLayout(capture)
        cap_layout.setContentsMargins(8, 6, 8, 6)
        cap_layout.addLayout(ref_row)
        cap_layout.addLayout(promise_row)
        cap_layout.addWidget(self.hiring)
        cap_layout.addWidget(self.captured_label)
        return capture

    def _build_pages(self, top: QHBoxLayout, buttons: QHBoxLayout, capture: QGroupBox) -> None:
        """The call page and the wrap-up panel, one shown at a time."""
        call_page = QWidget(self)
        call_layout = QVBoxLayout(call_page)
        call_layout.setContentsMargins(10, 8, 10, 8)
        call_layout.addLayout(top)
        call_layout.addWidget(self.clock_panel)
        call_layout.addLayout(buttons)
        call_layout.addWidget(self.splitter, 1)
        call_layout.addWidget(capture)
        call_layout.addWidget(self.save_state)

        self.wrap_up = WrapUpPanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(call_page)
        self.pages.addWidget(self.wrap_up)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

    def _wire(self) -> None:
        self.question_list.itemChanged.connect(self._question_ticked)
        self.question_list.currentItemChanged.connect(self._question_selected)
        self.answer_notes.textChanged.connect(self._answer_changed)
        self.notes.textChanged.connect(self._notes_changed)
        self.referral_add.clicked.connect(self.add_referral)
        for field in (self.referral_name, self.referral_org, self.referral_note):
            field.returnPressed.connect(self.add_referral)
        self.promise_add.clicked.connect(self.add_promise)
        self.promise.returnPressed.connect(self.add_promise)
        self.hiring.toggled.connect(self._hiring_toggled)
        self.wrap_up.save_requested.connect(self.save_wrap_up)
        self.wrap_up.field_changed.connect(lambda key, text: self._autosave.set(key, text))

    def _build_shortcuts(self) -> None:
        self._shortcut("Space", self.toggle_running)
        self._shortcut("F5", self.toggle_running)
        # Text boxes take Ctrl+E (end of line) on Linux, so the window's own key is
        # Ctrl+Shift+E; Ctrl+E still works when the focus is not in a text box.
        self._shortcut("Ctrl+Shift+E", self.end)
        self._shortcut("Ctrl+E", self.end)
        self._shortcut("Ctrl+R", self.referral_name.setFocus)
        self._shortcut("Ctrl+P", self.promise.setFocus)
        self._shortcut("Ctrl+N", lambda: _focus_at_end(self.notes))
        self._shortcut("Ctrl+T", self.on_top.toggle)

    def _shortcut(self, keys: str, slot: Callable[[], object]) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    # -- loading -----------------------------------------------------------------------
    def _load(self) -> None:
        self._loading = True
        try:
            fields = self._prep.fields(self.chat_id)
            self.notes.setPlainText(fields.notes)
            self._fill_questions()
        finally:
            self._loading = False
        self._update_captured()

    def _fill_questions(self) -> None:
        self.question_list.blockSignals(True)
        self.question_list.clear()
        self._answers: dict[int, str] = {}
        for number, q in enumerate(self._prep.questions(self.chat_id), start=1):
            item = QListWidgetItem(f"{number}. {q.text}")
            item.setData(QuestionIdRole, q.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if q.asked else Qt.CheckState.Unchecked)
            self._answers[q.id] = q.answer_notes
            self.question_list.addItem(item)
        self.question_list.blockSignals(False)
        if self.question_list.count():
            self.question_list.setCurrentRow(0)
        else:
            self._question_selected(None, None)

    # -- timer -------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Repaint from the clock (never from counting ticks) and alert on crossed edges."""
        snap = self.timer.snapshot()
        events = self.timer.crossed(self._last_snapshot) if snap.state != "ready" else []
        self._last_snapshot = snap
        self.countdown.setText(snap.display)
        if snap.state == "ready":
            title = self.tr("Ready when you are")
            hint = self.tr("Press Start (Space) when the call begins.")
        else:
            title, hint = self._phase_text(snap.phase_key)
            if snap.state == "paused":
                title = self.tr("Paused — {phase}").format(phase=title)
            elif snap.state == "ended":
                title = self.tr("Call ended")
        self.phase_label.setText(title)
        self.hint_label.setText(hint)
        level = "over" if snap.over else "warning" if snap.warning else "calm"
        if snap.state == "ready":
            level = "calm"
        self._paint(level)
        self.clock_panel.setProperty("level", level)
        self.start_button.setEnabled(snap.state == "ready")
        self.pause_button.setEnabled(snap.state in ("running", "paused"))
        self.pause_button.setText(self.tr("Resume") if snap.state == "paused" else self.tr("Pause"))
        self.end_button.setEnabled(snap.state in ("running", "paused"))
        if "wrap_up_warning" in events:
            self._select_referral_question()
        if self.sound and ("wrap_up_warning" in events or "time_up" in events):
            self._beeps += 1
            QApplication.beep()

    def _select_referral_question(self) -> None:
        """At the wrap-up warning, put the referral question (the last one) under the cursor."""
        if self.question_list.count():
            self.question_list.setCurrentRow(self.question_list.count() - 1)

    def _phase_text(self, key: str) -> tuple[str, str]:
        texts = {
            "opening": (
                self.tr("Thanks and the plan"),
                self.tr("Thank them; say the plan: your bio, their story, questions, done on time."),
            ),
            "my_bio": (
                self.tr("Your one-minute bio"),
                self.tr("Who you are and what you are exploring; not a job request."),
            ),
            "their_story": (
                self.tr("Their story"),
                self.tr("Invite their path; listen and note names and resources."),
            ),
            "questions": (
                self.tr("Your questions"),
                self.tr("Open-ended questions in your order; steer if they ramble."),
            ),
            "wrap_up": (
                self.tr("Wrap-up: ask who else to talk to"),
                self.tr("Ask: who else should I talk to? May I use your name?"),
            ),
            "overrun": (
                self.tr("Time is up — thank them and close"),
                self.tr("Say you want to respect their time; stay only if they clearly offer."),
            ),
        }
        return texts.get(key, (key, ""))

    def _paint(self, level: str) -> None:
        background = {"calm": CALM, "warning": WARNING, "over": ERROR}[level]
        self.clock_panel.setStyleSheet(
            f"QFrame#clockPanel {{ background: {background}; border-radius: 10px; }}"
            "QFrame#clockPanel QLabel { color: white; background: transparent; }"
        )

    @property
    def level(self) -> str:
        return str(self.clock_panel.property("level"))

    @Slot()
    def start(self) -> None:
        if self.timer.state != "ready":
            return
        self.timer.start()
        try:
            self._calls.start_call(self.chat_id, self._now())
        except PrepError as exc:
            self.status_message.emit(str(exc))
        self.refresh()

    @Slot()
    def toggle_pause(self) -> None:
        if self.timer.state == "running":
            self.timer.pause()
        elif self.timer.state == "paused":
            self.timer.resume()
        self.refresh()

    @Slot()
    def toggle_running(self) -> None:
        """Space / F5: start, pause or resume, whichever fits."""
        if self.pages.currentIndex() != 0:
            return
        if self.timer.state == "ready":
            self.start()
        else:
            self.toggle_pause()

    @Slot()
    def end(self) -> None:
        """End the call: record times, mark it held, and show the wrap-up."""
        if self.timer.state not in ("running", "paused"):
            return
        self.timer.end()
        self._autosave.flush()
        try:
            self._calls.end_call(self.chat_id, self._now())
        except PrepError as exc:
            self.status_message.emit(str(exc))
        self.refresh()
        self.wrap_up.load(
            self._prep.fields(self.chat_id).notes,
            self._prep.fields(self.chat_id).takeaways,
            self._calls.captured(self.chat_id),
            self.timer.elapsed_s(),
        )
        self.pages.setCurrentIndex(1)
        _focus_at_end(self.wrap_up.notes)

    # -- notes and questions --------------------------------------------------------------
    def _notes_changed(self) -> None:
        if not self._loading:
            self._autosave.set("notes", self.notes.toPlainText())
            self.save_state.setText(self.tr("Saving…"))

    def _answer_changed(self) -> None:
        if self._loading or self._current_qid is None:
            return
        text = self.answer_notes.toPlainText()
        self._answers[self._current_qid] = text
        self._autosave.set(f"answer:{self._current_qid}", text)
        self.save_state.setText(self.tr("Saving…"))

    def _question_selected(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        self._current_qid = None if current is None else int(current.data(QuestionIdRole))
        was = self._loading
        self._loading = True
        self.answer_notes.setPlainText(
            "" if self._current_qid is None else self._answers.get(self._current_qid, "")
        )
        self.answer_notes.setEnabled(self._current_qid is not None)
        self._loading = was

    def _question_ticked(self, item: QListWidgetItem) -> None:
        qid = int(item.data(QuestionIdRole))
        try:
            self._prep.set_asked(qid, item.checkState() == Qt.CheckState.Checked)
        except PrepError as exc:
            self.status_message.emit(str(exc))

    def _save_batch(self, batch: dict[str, object]) -> None:
        fields: dict[str, str] = {}
        for key, value in batch.items():
            if key.startswith("answer:"):
                self._prep.set_answer(int(key.split(":", 1)[1]), str(value))
            else:
                fields[key] = str(value)
        if fields:
            self._prep.save_fields(self.chat_id, **fields)
        self.save_state.setText(self.tr("All notes saved"))

    def _show_save_problem(self, text: str) -> None:
        self.save_state.setText(text)
        self.status_message.emit(text)

    def flush(self) -> bool:
        return self._autosave.flush()

    # -- capture ----------------------------------------------------------------------------
    @Slot()
    def add_referral(self) -> None:
        try:
            item = self._calls.add_referral(
                self.chat_id,
                self.referral_name.text(),
                self.referral_org.text(),
                self.referral_note.text(),
                self._now(),
            )
        except PrepError as exc:
            self.captured_label.setText(str(exc))
            self.referral_name.setFocus()
            return
        for field in (self.referral_name, self.referral_org, self.referral_note):
            field.clear()
        self.referral_name.setFocus()
        self._update_captured()
        self.status_message.emit(item.title)

    @Slot()
    def add_promise(self) -> None:
        try:
            item = self._calls.add_promise(self.chat_id, self.promise.text(), self._now())
        except PrepError as exc:
            self.captured_label.setText(str(exc))
            self.promise.setFocus()
            return
        self.promise.clear()
        self._update_captured()
        self.status_message.emit(item.title)

    def _hiring_toggled(self, value: bool) -> None:
        try:
            self._calls.set_hiring_authority(self.chat_id, value)
        except PrepError as exc:
            self.status_message.emit(str(exc))

    def _update_captured(self) -> None:
        items = [i for i in self._calls.captured(self.chat_id) if not i.discarded]
        referrals = sum(1 for i in items if i.kind == "referral")
        promises = len(items) - referrals
        if not items:
            self.captured_label.setText(
                self.tr("Nothing captured yet. Names and promised resources go here.")
            )
            return
        self.captured_label.setText(
            self.tr("Captured: {r} referral(s), {p} promise(s). Last: {last}").format(
                r=referrals, p=promises, last=items[-1].title
            )
        )

    # -- wrap-up --------------------------------------------------------------------------
    @Slot()
    def save_wrap_up(self) -> None:
        self._autosave.set("notes", self.wrap_up.notes.toPlainText())
        self._autosave.set("takeaways", self.wrap_up.takeaways.toPlainText())
        if not self._autosave.flush():
            return
        try:
            self._prep.save_rating(self.chat_id, self.wrap_up.rating())
            for task_id, keep in self.wrap_up.confirmations().items():
                self._calls.discard_capture(task_id, discard=not keep)
        except PrepError as exc:
            self.wrap_up.message.setText(str(exc))
            return
        self.status_message.emit(self.tr("Wrap-up saved. Send the thank-you within two days."))
        self.finished.emit(self.chat_id)
        self.close()

    # -- window behaviour --------------------------------------------------------------------
    def _set_on_top(self, on: bool) -> None:
        visible = self.isVisible()
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if visible:
            self.show()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self.repaint_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.repaint_timer.stop()
        self._autosave.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides the window: a running call keeps its time."""
        self._autosave.flush()
        self.repaint_timer.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every timer (the app is closing or the window is being discarded)."""
        self._autosave.flush()
        self._autosave.stop()
        self.repaint_timer.stop()


class WrapUpPanel(QWidget):
    """After End: fill the gaps, takeaways, a 1–5 rating, confirm what was captured.

    Signals:
        save_requested(): "Save wrap-up" pressed (Ctrl+Return).
        field_changed(str, str): 'notes' or 'takeaways' and the new text (autosaved).
    """

    save_requested = Signal()
    field_changed = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wrapUp")
        self._loading = False
        heading = plain_label(self.tr("Wrap-up, while it is fresh"), self)
        heading_font = QFont(heading.font())
        heading_font.setPointSize(16)
        heading_font.setBold(True)
        heading.setFont(heading_font)
        self.length_label = plain_label("", self)
        self.length_label.setObjectName("callLength")
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("wrapNotes")
        self.notes.setPlaceholderText(self.tr("Fill the gaps in your notes"))
        self.notes.setTabChangesFocus(True)
        self.takeaways = QPlainTextEdit(self)
        self.takeaways.setObjectName("wrapTakeaways")
        self.takeaways.setPlaceholderText(
            self.tr("Key takeaways: what you learned, what you will do next")
        )
        self.takeaways.setTabChangesFocus(True)
        rating_row = self._build_rating_row()
        self.captured = QListWidget(self)
        self.captured.setObjectName("wrapCaptured")
        self.captured.setMaximumHeight(140)
        self.captured.setToolTip(self.tr("Untick anything captured by mistake"))
        self.message = plain_label("", self)
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save wrap-up"), self)
        self.save_button.setObjectName("saveWrapUp")
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+Return)"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_requested)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(heading)
        layout.addWidget(self.length_label)
        layout.addWidget(self._caption(self.tr("&Notes"), self.notes))
        layout.addWidget(self.notes, 3)
        layout.addWidget(self._caption(self.tr("&Key takeaways"), self.takeaways))
        layout.addWidget(self.takeaways, 2)
        layout.addLayout(rating_row)
        layout.addWidget(self._caption(self.tr("Referrals and tasks created"), self.captured))
        layout.addWidget(self.captured)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.notes.textChanged.connect(lambda: self._changed("notes", self.notes))
        self.takeaways.textChanged.connect(lambda: self._changed("takeaways", self.takeaways))

    def _build_rating_row(self) -> QHBoxLayout:
        """How did it go? One to five, one button each."""
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(True)
        rating_row = QHBoxLayout()
        rating_row.addWidget(plain_label(self.tr("How did it go?"), self))
        for value in range(1, 6):
            button = QPushButton(str(value), self)
            button.setCheckable(True)
            button.setObjectName(f"rating{value}")
            button.setFixedWidth(40)
            button.setToolTip(
                self.tr("{n} of 5 (1 = not useful, 5 = excellent)").format(n=value)
            )
            self.rating_group.addButton(button, value)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        return rating_row

    def _changed(self, key: str, editor: QPlainTextEdit) -> None:
        if not self._loading:
            self.field_changed.emit(key, editor.toPlainText())

    def _caption(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(buddy)
        return label

    def load(self, notes: str, takeaways: str, captured: list, elapsed_s: float) -> None:  # type: ignore[type-arg]
        self._loading = True
        self.notes.setPlainText(notes)
        self.takeaways.setPlainText(takeaways)
        self._loading = False
        minutes, seconds = divmod(int(elapsed_s + 0.5), 60)
        self.length_label.setText(
            self.tr("The call lasted {m} min {s:02d} s.").format(m=minutes, s=seconds)
        )
        self.captured.clear()
        for entry in captured:
            item = QListWidgetItem(entry.title)
            item.setData(TaskIdRole, entry.task_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if entry.discarded else Qt.CheckState.Checked
            )
            self.captured.addItem(item)
        if not captured:
            item = QListWidgetItem(self.tr("No referrals or promises were captured."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.captured.addItem(item)

    def rating(self) -> int | None:
        value = self.rating_group.checkedId()
        return value if value > 0 else None

    def confirmations(self) -> dict[int, bool]:
        result: dict[int, bool] = {}
        for row in range(self.captured.count()):
            item = self.captured.item(row)
            task_id = item.data(TaskIdRole)
            if task_id is not None:
                result[int(task_id)] = item.checkState() == Qt.CheckState.Checked
        return result
