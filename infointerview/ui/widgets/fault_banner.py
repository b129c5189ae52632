"""A bar at the top of the window that says what is wrong with the data file and
what to do (read-only, locked, disk full): told once, not a pop-up per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from infointerview.ui.theme import ERROR
from infointerview.ui.widgets.labels import plain_label


class FaultBanner(QFrame):
    """Shows one sentence, with an optional Retry; hidden when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("faultBanner")
        self.setAccessibleName(self.tr("Problem with your data file"))
        self.setStyleSheet(
            f"QFrame#faultBanner {{ background: {ERROR}; }}"
            "QFrame#faultBanner QLabel { color: white; font-weight: bold; }"
            "QFrame#faultBanner QPushButton { color: white; background: transparent;"
            " border: 1px solid white; border-radius: 4px; padding: 3px 10px; }"
        )
        self.label = plain_label("", self)
        self.label.setObjectName("faultText")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry"), self)
        self.retry_button.setToolTip(self.tr("Try again now"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self._retry_clicked)
        self._retry: Callable[[], None] | None = None
        self.hide()

    @property
    def message(self) -> str:
        """The sentence shown ("" when the banner is hidden)."""
        return "" if self.isHidden() else self.label.text()

    def show_fault(self, sentence: str, retry: Callable[[], None] | None = None) -> None:
        """Say ``sentence``; ``retry`` (if given) runs when the user presses Retry."""
        self._retry = retry
        self.label.setText(sentence)
        self.retry_button.setVisible(retry is not None)
        self.show()

    def clear(self) -> None:
        self._retry = None
        self.label.setText("")
        self.hide()

    @Slot()
    def _retry_clicked(self) -> None:
        if self._retry is not None:
            self._retry()
