"""The Questions area: manage the question bank (families and their questions).

Questions are edited in place (F2 or double-click); families and questions
move with Alt+Up / Alt+Down or the buttons; retired questions stay visible,
greyed, so they can be restored.

Signals:
    status_message(str): a short sentence for the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infointerview.domain.closed_questions import check_question
from infointerview.services.prep import PrepError
from infointerview.services.question_bank import QuestionBankService
from infointerview.ui.widgets.labels import plain_label

TemplateIdRole = Qt.ItemDataRole.UserRole + 1
FamilyRole = Qt.ItemDataRole.UserRole + 2
RetiredRole = Qt.ItemDataRole.UserRole + 3


class BankTree(QTreeWidget):
    """Alt+Up / Alt+Down move the current row; Delete retires a question.

    Signals:
        move_requested(int): -1 or +1.
        retire_requested(): Delete pressed on a question.
    """

    move_requested = Signal(int)
    retire_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if event.key() == Qt.Key.Key_Delete and self.state() != (
            QAbstractItemView.State.EditingState
        ):
            self.retire_requested.emit()
            return
        super().keyPressEvent(event)


class QuestionBankView(QWidget):
    """Add, edit, retire and reorder bank questions and families."""

    status_message = Signal(str)

    def __init__(self, bank: QuestionBankService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionBankView")
        self._bank = bank
        self._loading = False
        intro = plain_label(
            self.tr(
                "Your question bank: open-ended questions grouped by family. Pick from it "
                "on a chat's prep page with “Add from bank…”. Retired questions stay here, "
                "greyed, until you restore them."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._build_tree()
        add_row = self._build_add_row()
        buttons = self._build_buttons()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.warning)
        layout.addLayout(add_row)

        self.question_field.returnPressed.connect(self.add_question)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.rename_button.clicked.connect(self.rename_family)
        self.tree.move_requested.connect(self.move_current)
        self.tree.retire_requested.connect(self.toggle_retired)
        self.tree.itemChanged.connect(self._item_edited)
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())

    def _build_tree(self) -> None:
        self.tree = BankTree(self)
        self.tree.setObjectName("bankEditorTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setToolTip(
            self.tr(
                "F2 or double-click to edit; Alt+Up / Alt+Down to move; Delete to retire "
                "or restore a question"
            )
        )

    def _build_add_row(self) -> QHBoxLayout:
        """The warning under the tree, and the family and question fields with Add."""
        self.warning = plain_label("", self)
        self.warning.setObjectName("questionWarning")
        self.warning.setWordWrap(True)
        self.family_field = QLineEdit(self)
        self.family_field.setPlaceholderText(self.tr("Family"))
        self.family_field.setObjectName("bankFamilyField")
        self.question_field = QLineEdit(self)
        self.question_field.setObjectName("bankQuestionField")
        self.question_field.setPlaceholderText(self.tr("New open-ended question — Enter to add"))
        add = QPushButton(self.tr("Add question"), self)
        add_row = QHBoxLayout()
        add_row.addWidget(self.family_field, 1)
        add_row.addWidget(self.question_field, 3)
        add_row.addWidget(add)
        add.clicked.connect(self.add_question)
        return add_row

    def _build_buttons(self) -> QHBoxLayout:
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.retire_button = QPushButton(self.tr("Retire"), self)
        self.retire_button.setToolTip(self.tr("Hide from the picker; keeps it here (Delete)"))
        self.rename_button = QPushButton(self.tr("Rename family…"), self)
        buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.retire_button, self.rename_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    # -- loading ---------------------------------------------------------------------
    @Slot()
    def reload(self, select: tuple[str, int | None] | None = None) -> None:
        if select is None:
            select = self._current_key()
        self._loading = True
        self.tree.clear()
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        to_select: QTreeWidgetItem | None = None
        for family in self._bank.bank():
            top = QTreeWidgetItem(self.tree, [family.name])
            top.setData(0, FamilyRole, family.name)
            top.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
            )
            font = QFont(top.font(0))
            font.setBold(True)
            top.setFont(0, font)
            if select == (family.name, None):
                to_select = top
            for q in family.questions:
                text = q.text if not q.retired else self.tr("{text}  (retired)").format(text=q.text)
                child = QTreeWidgetItem(top, [text])
                child.setData(0, TemplateIdRole, q.id)
                child.setData(0, FamilyRole, family.name)
                child.setData(0, RetiredRole, q.retired)
                child.setFlags(top.flags())
                if q.retired:
                    child.setForeground(0, grey)
                    child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if select == (family.name, q.id) or (select and select[1] == q.id):
                    to_select = child
        self.tree.expandAll()
        self._loading = False
        if to_select is not None:
            self.tree.setCurrentItem(to_select)
        self._selection_changed()

    def _current_key(self) -> tuple[str, int | None] | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        template_id = item.data(0, TemplateIdRole)
        return str(item.data(0, FamilyRole)), None if template_id is None else int(template_id)

    def _selection_changed(self) -> None:
        key = self._current_key()
        is_question = key is not None and key[1] is not None
        self.retire_button.setEnabled(is_question)
        self.up_button.setEnabled(key is not None)
        self.down_button.setEnabled(key is not None)
        self.rename_button.setEnabled(key is not None)
        item = self.tree.currentItem()
        if key is not None:
            self.family_field.setText(key[0])
        if is_question and item is not None:
            retired = bool(item.data(0, RetiredRole))
            self.retire_button.setText(self.tr("Restore") if retired else self.tr("Retire"))
            check = check_question(item.text(0))
            self.warning.setText(
                self.tr("Yes/no question: {reason} Try: {suggestion}").format(
                    reason=check.reason, suggestion=check.suggestion
                )
                if check.is_closed
                else ""
            )
        else:
            self.warning.setText("")

    # -- actions ---------------------------------------------------------------------
    def _item_edited(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._loading:
            return
        # read the item first: the bank's change event rebuilds the tree
        template_id = item.data(0, TemplateIdRole)
        text, family = item.text(0), str(item.data(0, FamilyRole))
        try:
            if template_id is None:
                self._bank.rename_family(family, text)
                select: tuple[str, int | None] = (" ".join(text.split()), None)
            else:
                self._bank.edit_bank_question(int(template_id), text)
                select = (family, int(template_id))
        except PrepError as exc:
            self.status_message.emit(str(exc))
            select = self._current_key() or ("", None)
        QTimer.singleShot(0, lambda: self.reload(select))

    @Slot()
    def add_question(self) -> None:
        family = self.family_field.text()
        try:
            template_id = self._bank.add_bank_question(family, self.question_field.text())
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        self.question_field.clear()
        self.reload((" ".join(family.split()), template_id))

    @Slot(int)
    def move_current(self, delta: int) -> None:
        key = self._current_key()
        if key is None:
            return
        family, template_id = key
        moved = (
            self._bank.move_family(family, delta)
            if template_id is None
            else self._bank.move_bank_question(template_id, delta)
        )
        if moved:
            self.reload(key)

    @Slot()
    def toggle_retired(self) -> None:
        key = self._current_key()
        item = self.tree.currentItem()
        if key is None or key[1] is None or item is None:
            return
        retired = bool(item.data(0, RetiredRole))
        self._bank.set_bank_retired(key[1], not retired)
        self.reload(key)

    @Slot()
    def rename_family(self) -> None:
        key = self._current_key()
        if key is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename family"), self.tr("New name for “{f}”:").format(f=key[0]),
            QLineEdit.EchoMode.Normal, key[0],
        )
        if not ok:
            return
        try:
            self._bank.rename_family(key[0], name)
        except PrepError as exc:
            self.status_message.emit(str(exc))
            return
        self.reload((" ".join(name.split()), key[1]))
