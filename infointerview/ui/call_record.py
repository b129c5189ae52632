"""The chat page's "From the call" box: what was typed in the call window, after the call.

The key takeaways, each question with its tick (asked or not) and the answer typed
(both editable here), who they referred you to, what was promised each way, and the
notes (takeaways and notes are edited in the page's own boxes: "Edit" goes there). It reads the same
service data as the chat summary (``services.documents.chat_summary``), so the page,
the printed summary and the Markdown export never disagree.

Signals:
    answer_edited(int, str): a question id and its new answer text (the page autosaves it).
    asked_toggled(int, bool): a question id and whether it was asked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.services.documents import ChatSummary
from infointerview.ui.widgets.labels import plain_label


class _QuestionRow(QWidget):
    """One question: the asked tick, the question and its answer."""

    def __init__(self, number: int, question_id: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.question_id = question_id
        self.asked = QCheckBox(self.tr("Asked"), self)
        self.asked.setObjectName(f"recordAsked{question_id}")
        self.asked.setToolTip(self.tr("Ticked in the call window when you asked it"))
        self.question = plain_label("", self)
        self.question.setObjectName(f"recordQuestion{question_id}")
        self.question.setWordWrap(True)
        font = QFont(self.question.font())
        font.setBold(True)
        self.question.setFont(font)
        self.number = number
        self.answer = QPlainTextEdit(self)
        self.answer.setObjectName(f"recordAnswer{question_id}")
        self.answer.setTabChangesFocus(True)
        self.answer.setPlaceholderText(self.tr("No answer noted. Type what they said here."))
        self.answer.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fit_lines(1.0)
        self.answer.document().documentLayout().documentSizeChanged.connect(
            lambda size: self._fit_lines(size.height())
        )
        self.answer.setAccessibleName(self.tr("Answer to question {n}").format(n=number))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.question, 1)
        top.addWidget(self.asked, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.answer)

    def _fit_lines(self, lines: float) -> None:
        """As tall as the answer (two lines at least, eight at most): short answers stay short."""
        shown = min(max(int(lines + 0.99), 2), 8)
        margins = self.answer.contentsMargins()
        frame = 2 * self.answer.frameWidth() + margins.top() + margins.bottom()
        padding = int(2 * self.answer.document().documentMargin())
        self.answer.setFixedHeight(shown * self.answer.fontMetrics().lineSpacing() + frame + padding)

    def show_question(self, text: str, asked: bool) -> None:
        self.question.setText(f"{self.number}.  {text}")
        self.asked.blockSignals(True)
        self.asked.setChecked(asked)
        self.asked.blockSignals(False)
        self.setToolTip("" if asked else self.tr("Not asked on the call"))


class CallRecordPanel(QGroupBox):
    """What the call left behind, on the chat page once the chat is held."""

    answer_edited = Signal(int, str)
    asked_toggled = Signal(int, bool)
    edit_requested = Signal(str)
    """'notes' or 'takeaways': the user wants to edit that text (in the page's own box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callRecord")
        self.setTitle(self.tr("From the call"))
        self.summary = plain_label("", self)
        self.summary.setObjectName("callRecordSummary")
        self.summary.setWordWrap(True)
        self._rows: dict[int, _QuestionRow] = {}
        self._questions = QWidget(self)
        self._questions_layout = QVBoxLayout(self._questions)
        self._questions_layout.setContentsMargins(0, 0, 0, 0)
        self._questions_layout.setSpacing(2)
        self.no_questions = plain_label(self.tr("This chat had no questions on its list."), self)
        self.referrals = self._list_label("recordReferrals")
        self.they_promised = self._list_label("recordTheyPromised")
        self.you_promised = self._list_label("recordYouPromised")
        lists = QGridLayout()
        lists.setHorizontalSpacing(18)
        for column, (caption, label) in enumerate((
            (self.tr("They referred you to"), self.referrals),
            (self.tr("They promised"), self.they_promised),
            (self.tr("You promised"), self.you_promised),
        )):
            heading = plain_label(caption, self)
            font = QFont(heading.font())
            font.setBold(True)
            heading.setFont(font)
            lists.addWidget(heading, 0, column)
            lists.addWidget(label, 1, column, Qt.AlignmentFlag.AlignTop)
            lists.setColumnStretch(column, 1)
        self.takeaways_text = self._list_label("recordTakeaways")
        self.notes_text = self._list_label("recordNotes")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addWidget(self.summary)
        layout.addLayout(self._text_heading(self.tr("Key takeaways"), "takeaways"))
        layout.addWidget(self.takeaways_text)
        layout.addWidget(self._questions)
        layout.addWidget(self.no_questions)
        layout.addLayout(lists)
        layout.addLayout(self._text_heading(self.tr("Notes"), "notes"))
        layout.addWidget(self.notes_text)
        self._loading = False

    def _text_heading(self, caption: str, key: str) -> QHBoxLayout:
        """A bold caption and an Edit button that takes you to the page's box for it."""
        heading = plain_label(caption, self)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        edit = QToolButton(self)
        edit.setObjectName(f"recordEdit_{key}")
        edit.setText(self.tr("Edit"))
        edit.setAutoRaise(True)
        edit.setToolTip(self.tr("Go to the box where you can change it"))
        edit.clicked.connect(lambda: self.edit_requested.emit(key))
        row = QHBoxLayout()
        row.setContentsMargins(0, 6, 0, 0)
        row.addWidget(heading)
        row.addWidget(edit)
        row.addStretch(1)
        return row

    def _list_label(self, name: str) -> QLabel:
        label = plain_label("", self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- filling ------------------------------------------------------------------------
    def load(self, summary: ChatSummary, keep_answers: frozenset[int] = frozenset()) -> None:
        """Show ``summary``; answers in ``keep_answers`` (edits not saved yet) stay as typed."""
        self._loading = True
        try:
            ids = [q.id for q in summary.questions]
            if ids != list(self._rows):
                self._rebuild(ids)
            for question in summary.questions:
                row = self._rows[question.id]
                row.show_question(question.text, question.asked)
                if question.id not in keep_answers and row.answer.toPlainText() != question.answer:
                    row.answer.setPlainText(question.answer)
        finally:
            self._loading = False
        asked = sum(1 for q in summary.questions if q.asked)
        answered = sum(1 for q in summary.questions if q.answer.strip())
        total = len(summary.questions)
        self.no_questions.setVisible(total == 0)
        self.summary.setText(
            self.tr("Questions asked: {asked} of {total} · answers noted: {answered}").format(
                asked=asked, total=total, answered=answered
            )
        )
        none = self.tr("None")
        self.takeaways_text.setText(summary.takeaways.strip() or self.tr("None written yet."))
        self.notes_text.setText(summary.notes.strip() or self.tr("No notes."))
        self.referrals.setText("\n".join(f"• {r}" for r in summary.referrals) or none)
        self.they_promised.setText("\n".join(f"• {p}" for p in summary.promised) or none)
        self.you_promised.setText("\n".join(f"• {p}" for p in summary.my_promises) or none)

    def _rebuild(self, ids: list[int]) -> None:
        for row in self._rows.values():
            row.setParent(None)
            row.deleteLater()
        self._rows = {}
        for number, question_id in enumerate(ids, start=1):
            row = _QuestionRow(number, question_id, self._questions)
            row.answer.textChanged.connect(
                lambda r=row: self._answer_changed(r)
            )
            row.asked.toggled.connect(
                lambda checked, qid=question_id: self._asked_changed(qid, checked)
            )
            self._questions_layout.addWidget(row)
            self._rows[question_id] = row

    def _answer_changed(self, row: _QuestionRow) -> None:
        if not self._loading:
            self.answer_edited.emit(row.question_id, row.answer.toPlainText())

    def _asked_changed(self, question_id: int, checked: bool) -> None:
        if not self._loading:
            self.asked_toggled.emit(question_id, checked)

    # -- for the page and its tests -------------------------------------------------------
    def answer_editor(self, question_id: int) -> QPlainTextEdit | None:
        row = self._rows.get(question_id)
        return None if row is None else row.answer

    def asked_box(self, question_id: int) -> QCheckBox | None:
        row = self._rows.get(question_id)
        return None if row is None else row.asked

    def question_label(self, question_id: int) -> QLabel | None:
        row = self._rows.get(question_id)
        return None if row is None else row.question

    def question_ids(self) -> list[int]:
        return list(self._rows)


__all__ = ["CallRecordPanel"]
