"""The import's last page: what was added, updated and skipped (and why), then Close.

Close is the default button, so Enter dismisses the page; Undo Import is never
the default and asks first, naming what it will remove.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from infointerview.services import importing
from infointerview.services.import_apply import ImportResult
from infointerview.ui.widgets.labels import plain_label


def skip_reasons(plan: importing.ImportPlan | None) -> list[tuple[str, int]]:
    """Why rows were skipped, most frequent first: (reason, how many rows)."""
    if plan is None:
        return []
    reasons: Counter[str] = Counter()
    for row in plan.rows:
        if row.action != importing.SKIP:
            continue
        if row.contact_id is not None:
            reasons["already in your contacts, nothing new"] += 1
        elif row.duplicate_of is not None:
            reasons["the same person as an earlier row of the file"] += 1
        else:
            reasons[(row.detail or "no reason given").rstrip(".")] += 1
    return reasons.most_common()


class ImportSummaryPage(QWidget):
    """Heading, the counts, the skipped rows' reasons, and the button row."""

    undo_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = plain_label("", self)
        self.heading.setObjectName("importHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.summary_label = plain_label("", self)
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        self.reasons_caption = QLabel(self.tr("Skipped rows, and why:"), self)
        layout.addWidget(self.reasons_caption)
        self.reasons = QListWidget(self)
        self.reasons.setObjectName("importSkipReasons")
        self.reasons.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        self.reasons.setMaximumHeight(self.fontMetrics().height() * 10)
        layout.addWidget(self.reasons)
        self.note = plain_label("", self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo Import…"), self)
        self.undo_button.setObjectName("importUndo")
        self.undo_button.setAutoDefault(False)  # Enter must never undo
        self.undo_button.clicked.connect(self.undo_requested)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("&Close"), self)
        self.close_button.setObjectName("importClose")
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.show_message("", "")

    def _reasons(self, reasons: list[tuple[str, int]]) -> None:
        self.reasons.clear()
        for reason, count in reasons:
            line = self.tr("{count} row(s): {reason}", "", count)
            self.reasons.addItem(line.format(count=f"{count:,}", reason=reason))
        self.reasons_caption.setVisible(bool(reasons))
        self.reasons.setVisible(bool(reasons))

    def focus_close(self) -> None:
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def show_message(self, heading: str, text: str) -> None:
        """A cancelled or failed import: one sentence, no Undo."""
        self.heading.setText(heading)
        self.summary_label.setText(text)
        self.note.setText("")
        self._reasons([])
        self.undo_button.hide()

    def show_result(self, result: ImportResult, plan: importing.ImportPlan | None) -> None:
        self.heading.setText(self.tr("Import finished"))
        lines = [
            self.tr("Added: {count} new contact(s)", "", result.created),
            self.tr("Updated: {count} contact(s)", "", result.updated),
            self.tr("Skipped: {count} row(s)", "", result.skipped),
        ]
        counts = [result.created, result.updated, result.skipped]
        if result.related:
            lines.append(
                self.tr(
                    "Also restored: {count} other record(s) (chats, questions, messages, tasks, "
                    "settings)",
                    "",
                    result.related,
                )
            )
            counts.append(result.related)
        lines = [line.format(count=f"{n:,}") for line, n in zip(lines, counts, strict=True)]
        self.summary_label.setText("\n".join(lines))
        self._reasons(skip_reasons(plan))
        self.note.setText(
            self.tr(
                "Changed your mind? Undo Import removes the people it added and empties "
                "the fields it filled; it asks first."
            )
            if result.batch_id
            else ""
        )
        self.undo_button.setVisible(bool(result.batch_id))
        self.undo_button.setEnabled(True)

    def show_undone(self, removed: int, restored: int, kept: int) -> None:
        self.heading.setText(self.tr("Import undone"))
        text = self.tr("Import undone: {removed}, {restored}.").format(
            removed=self.tr("removed {count} contact(s)", "", removed).format(
                count=f"{removed:,}"
            ),
            restored=self.tr("restored {count} field(s)", "", restored).format(
                count=f"{restored:,}"
            ),
        )
        if kept:
            text += " " + self.tr(
                "{count} field(s) you changed since the import (was|were) left as "
                "(it is|they are).",
                "",
                kept,
            ).format(count=f"{kept:,}")
        self.summary_label.setText(text)
        self.note.setText("")
        self._reasons([])
        self.undo_button.hide()
