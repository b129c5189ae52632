"""Help: the method in our own words, every keyboard shortcut the window has, and About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from infointerview import APP_NAME
from infointerview.resources import read_text

translate = QCoreApplication.translate
"""The Help menu's own texts keep the ``MainWindow`` context they were extracted under."""


class MethodGuide(QDialog):
    """A short guide to informational interviews (our own text, shipped in resources/)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodGuide")
        self.setWindowTitle(self.tr("The informational interview method"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(read_text("help", "method.html"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(680, 720)


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(action, keys) for every action with a shortcut, in menu order, without duplicates."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for action in actions:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        keys = [k for k in keys if k]
        if not keys:
            continue
        name = action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&")
        name = name.removesuffix("…").removesuffix("...")
        row = (name, "  or  ".join(keys))
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


class ShortcutsDialog(QDialog):
    """Help → Keyboard Shortcuts: read from the live actions, so it is never out of date."""

    def __init__(self, actions: list[QAction], extra: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions) + extra
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(keys)
            item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            self.table.setItem(row, 1, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


def open_method_guide(parent: QWidget) -> None:
    guide = MethodGuide(parent)
    guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    guide.open()


def open_shortcuts(window: QWidget) -> None:
    """The window's live shortcuts, plus those of fields and the call window."""
    extra = [
        (translate("MainWindow", "Go to the table from the search box"),
         translate("MainWindow", "Down or Enter")),
        (translate("MainWindow", "Save the contact"), "Ctrl+S  or  Ctrl+Enter"),
        (translate("MainWindow", "Delete the selected contacts (in the table)"), "Delete"),
        (translate("MainWindow", "Start the call (Chat area)"), "Ctrl+Shift+S"),
        (translate("MainWindow", "Add questions from the bank (Chat area)"), "Ctrl+B"),
        (translate("MainWindow", "Move a question up / down"), "Alt+Up / Alt+Down"),
        (translate("MainWindow", "Call window: start, pause, resume"), "Space or F5"),
        (translate("MainWindow", "Call window: end the call"), "Ctrl+Shift+E"),
        (translate("MainWindow", "Call window: capture a referral / a promise"), "Ctrl+R / Ctrl+P"),
        (translate("MainWindow", "Call window: notes / stay on top"), "Ctrl+N / Ctrl+T"),
    ]
    dialog = ShortcutsDialog(window.findChildren(QAction), extra, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def show_about(window: QWidget, data_dir: Path) -> None:
    box = QMessageBox(window)
    box.setWindowTitle(translate("MainWindow", "About InfoInterview"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    import infointerview

    box.setText(f"{APP_NAME} {infointerview.__version__}")
    box.setInformativeText(
        translate(
            "MainWindow",
            "Informational interviews as a lifelong habit. "
            "All your data stays on this computer, in:\n{path}"
        ).format(path=data_dir)
    )
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    box.exec()
