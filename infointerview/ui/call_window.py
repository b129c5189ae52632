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
    QCheckBox,
    QHBoxLayout,
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
from infointerview.services.db_faults import fault_of
from infointerview.services.prep import PrepError, PrepService
from infointerview.ui.call_capture import CapturePanel
from infointerview.ui.call_clock import CallClockPanel
from infointerview.ui.fault_reporting import confirm_unsaved, fault_sentence, show_save_faults
from infointerview.ui.widgets.autosaver import Autosaver
from infointerview.ui.widgets.fault_banner import FaultBanner
from infointerview.ui.widgets.labels import plain_label
from infointerview.ui.wrap_up_panel import WrapUpPanel

QuestionIdRole = Qt.ItemDataRole.UserRole + 1
TaskIdRole = Qt.ItemDataRole.UserRole + 2

REPAINT_MS = 200
GEOMETRY_KEY = "callWindow/geometry"


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
        self._autosave = Autosaver(self._save_batch, self, describe=fault_sentence(prep.db))
        self._autosave.failed.connect(self._show_save_problem)
        self.fault_banner = FaultBanner(self)
        """This window's own: a failed save or a failed write, told once, with Retry."""
        show_save_faults(self._autosave, self.fault_banner)

        self.repaint_timer = QTimer(self)
        self.repaint_timer.setInterval(REPAINT_MS)
        self.repaint_timer.timeout.connect(self.refresh)

        top = self._build_top(header.contact_name, header.organisation)
        self._build_clock_panel()
        buttons = self._build_buttons()
        self._build_questions_and_notes()
        self._build_capture(header.contact_name, header.hiring_authority)
        self._build_pages(top, buttons)
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
        self.clock_panel = CallClockPanel(self)
        self.countdown = self.clock_panel.countdown
        self.phase_label = self.clock_panel.phase_label
        self.hint_label = self.clock_panel.hint_label

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

    def _build_capture(self, name: str, hiring_authority: bool) -> None:
        """Referrals, promises and the hiring flag, captured during the call."""
        self.capture = CapturePanel(
            self._calls, self.chat_id, name, hiring_authority, self._now, self
        )
        self.capture.status_message.connect(self.status_message)
        # the box's fields, under the names the shortcuts and the tests use
        self.referral_name = self.capture.referral_name
        self.referral_org = self.capture.referral_org
        self.referral_note = self.capture.referral_note
        self.promise = self.capture.promise
        self.hiring = self.capture.hiring
        self.captured_label = self.capture.captured_label

    def _build_pages(self, top: QHBoxLayout, buttons: QHBoxLayout) -> None:
        """The call page and the wrap-up panel, one shown at a time."""
        call_page = QWidget(self)
        call_layout = QVBoxLayout(call_page)
        call_layout.setContentsMargins(10, 8, 10, 8)
        call_layout.addLayout(top)
        call_layout.addWidget(self.clock_panel)
        call_layout.addLayout(buttons)
        call_layout.addWidget(self.splitter, 1)
        call_layout.addWidget(self.capture)
        call_layout.addWidget(self.save_state)

        self.wrap_up = WrapUpPanel(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(call_page)
        self.pages.addWidget(self.wrap_up)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.fault_banner)
        outer.addWidget(self.pages)

    def _wire(self) -> None:
        self.question_list.itemChanged.connect(self._question_ticked)
        self.question_list.currentItemChanged.connect(self._question_selected)
        self.answer_notes.textChanged.connect(self._answer_changed)
        self.notes.textChanged.connect(self._notes_changed)
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
        self.capture.update_captured()

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
        self.clock_panel.show_snapshot(snap)
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

    @property
    def level(self) -> str:
        return self.clock_panel.level

    @Slot()
    def start(self) -> None:
        if self.timer.state != "ready":
            return
        self.timer.start()
        self._record_start(self._now())
        self.refresh()

    def _record_start(self, when: dt.datetime) -> None:
        """Record the start; if the database refuses, say why (the clock runs anyway)."""
        try:
            self._calls.start_call(self.chat_id, when)
        except PrepError as exc:
            self.status_message.emit(str(exc))
        except Exception as exc:
            fault = fault_of(exc, self._prep.db)
            if fault is None:
                raise
            self.fault_banner.show_fault(str(fault), retry=lambda: self._record_start(when))
            self.status_message.emit(str(fault))
        else:
            if self.fault_banner.message and not self._autosave.failing:
                self.fault_banner.clear()

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
            self._saving()

    def _answer_changed(self) -> None:
        if self._loading or self._current_qid is None:
            return
        text = self.answer_notes.toPlainText()
        self._answers[self._current_qid] = text
        self._autosave.set(f"answer:{self._current_qid}", text)
        self._saving()

    def _saving(self) -> None:
        """Say "Saving…", unless saves are failing (then the reason stays in view)."""
        if not self._autosave.failing:
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

    @property
    def autosaver(self) -> Autosaver:
        """The notes' autosave (its ``failing`` and ``problem`` say whether text is unsaved)."""
        return self._autosave

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
        self._autosave.retry_later()

    def hideEvent(self, event: QHideEvent) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.repaint_timer.stop()
        self._autosave.flush()
        self._autosave.stop()  # no retries while hidden; showing the window resumes them
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing only hides the window: a running call keeps its time.

        Notes that cannot be saved are not dropped silently: the user is asked
        (Retry, Discard, Cancel keeps the window open).
        """
        if not confirm_unsaved(self, self._autosave):
            event.ignore()
            return
        self.repaint_timer.stop()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop every timer (the app is closing or the window is being discarded)."""
        self._autosave.flush()
        self._autosave.stop()
        self.repaint_timer.stop()
