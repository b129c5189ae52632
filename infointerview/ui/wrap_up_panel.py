"""The wrap-up step of the call window: notes, takeaways, a rating, and what was captured."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.ui.widgets.labels import field_caption, plain_label

TaskIdRole = Qt.ItemDataRole.UserRole + 2


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
        layout.addWidget(field_caption(self.tr("&Notes"), self.notes, self))
        layout.addWidget(self.notes, 3)
        layout.addWidget(field_caption(self.tr("&Key takeaways"), self.takeaways, self))
        layout.addWidget(self.takeaways, 2)
        layout.addLayout(rating_row)
        layout.addWidget(field_caption(self.tr("Referrals and tasks created"), self.captured, self))
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


__all__ = ["WrapUpPanel"]
