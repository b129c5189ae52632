"""The prep page's questions: the reorderable list with its yes/no warnings, adding
(typed or from the bank), editing, reordering and undoable removal."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QKeyEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.closed_questions import check_question
from infointerview.services.prep import PrepError, PrepService, QuestionItem
from infointerview.services.question_bank import QuestionBankService
from infointerview.ui.question_picker import QuestionPickerDialog
from infointerview.ui.theme import WARNING
from infointerview.ui.widgets.labels import field_caption, plain_label

QuestionIdRole = Qt.ItemDataRole.UserRole + 1


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

    def __init__(self, panel: PrepQuestionsPanel, question_id: int, row: int) -> None:
        super().__init__("Remove question")
        self._panel = panel
        self._prep = panel._prep
        self._question_id = question_id
        self._row = row
        self._chat_id = panel.chat_id
        """The question's chat: a redo after switching chats still removes it from there."""
        self._snapshot: tuple[int, str, str, bool, str] | None = None
        self._first = True

    def delete(self) -> None:
        chat_id = self._chat_id
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
        self._panel.refresh_questions(self._snapshot[0] if self._snapshot else None)

    def undo(self) -> None:
        assert self._snapshot is not None
        chat_id, text, category, asked, answer = self._snapshot
        self._question_id = self._prep.add_question(chat_id, text, category, index=self._row)
        self._prep.set_asked(self._question_id, asked)
        self._prep.set_answer(self._question_id, answer)
        self._panel.refresh_questions(chat_id, select_id=self._question_id)


class PrepQuestionsPanel(QWidget):
    """The questions of the chat on the prep page, their warnings and the add row.

    Signals:
        status_message(str): a short sentence for the status bar.
    """

    status_message = Signal(str)

    def __init__(
        self, prep: PrepService, bank: QuestionBankService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._prep = prep
        self._question_bank = bank
        self.chat_id: int | None = None
        """The chat whose questions are shown; the page sets it when it opens a chat."""
        self.undo_stack: QUndoStack | None = None
        """The window's undo stack; question removals go on it when set."""
        self._loading = False
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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        q_caption = QHBoxLayout()
        q_caption.addWidget(field_caption(self.tr("&Questions"), self.questions, self))
        q_caption.addStretch(1)
        q_caption.addWidget(self.closed_summary)
        layout.addLayout(q_caption)
        layout.addWidget(self.questions, 1)
        layout.addLayout(warn_row)
        layout.addLayout(add_row)
        layout.addWidget(self.new_warning)
        self._wire()

    def _wire(self) -> None:
        self.new_question.returnPressed.connect(self._add_new_question)
        self.new_question.textChanged.connect(self._new_question_changed)
        self.bank_button.clicked.connect(self.add_from_bank)
        self.questions.currentItemChanged.connect(lambda *_: self._show_question_warning())
        self.questions.itemChanged.connect(self._question_edited)
        self.questions.order_changed.connect(self._reordered)
        self.questions.move_requested.connect(self._move_question)
        self.questions.delete_requested.connect(self._delete_question)
        self.use_suggestion.clicked.connect(self._apply_suggestion)


    def refresh_questions(self, chat_id: int | None, select_id: int | None = None) -> None:
        """Show the question list again if ``chat_id`` is the chat on the page (undo/redo)."""
        if chat_id is not None and chat_id == self.chat_id:
            self.fill(select_id=select_id)

    def fill(self, select_id: int | None = None) -> None:
        """Show the questions of ``chat_id``, keeping (or moving to) ``select_id``."""
        if self.chat_id is None:
            return
        if select_id is None:
            select_id = self.questions.current_id()
        was_loading = self._loading
        self._loading = True
        self.questions.blockSignals(True)
        self.questions.clear()
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        closed = 0
        items: list[QuestionItem] = self._prep.questions(self.chat_id)
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
                self.tr("%n question(s) (invites a yes/no answer|invite yes/no answers)", "", closed)
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
        if self.chat_id is None:
            return
        try:
            qid = self._prep.add_question(self.chat_id, self.new_question.text())
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        self.new_question.clear()
        self.fill(select_id=qid)

    @Slot()
    def add_from_bank(self) -> None:
        if self.chat_id is None:
            return
        dialog = QuestionPickerDialog(self._question_bank.bank(include_retired=False), self)
        if dialog.exec() != QuestionPickerDialog.DialogCode.Accepted:
            return
        ids = dialog.selected_ids()
        added = self._prep.add_from_bank(self.chat_id, ids)
        self.fill(select_id=added[-1] if added else None)
        if added:
            self.status_message.emit(self.tr("Added %n question(s).", "", len(added)))

    def _question_edited(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        qid = int(item.data(QuestionIdRole))
        try:
            self._prep.edit_question(qid, item.text())
        except PrepError as exc:
            self.status_message.emit(str(exc))
        QTimer.singleShot(0, lambda: self.fill(select_id=qid))

    @Slot(list)
    def _reordered(self, ids: list[int]) -> None:
        if self.chat_id is None:
            return
        self._prep.reorder_questions(self.chat_id, [int(i) for i in ids])
        self.fill()

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
        self.fill(select_id=qid)

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
        self.fill()
        self.questions.setCurrentRow(min(row, self.questions.count() - 1))

    @Slot()
    def _apply_suggestion(self) -> None:
        item = self.questions.currentItem()
        if item is None:
            return
        check = check_question(item.text())
        if check.is_closed:
            item.setText(check.suggestion)  # itemChanged saves it


__all__ = ["PrepQuestionsPanel", "QuestionIdRole", "QuestionList", "closed_warning_text"]
