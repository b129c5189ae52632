"""Labels that show user text as it is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets user text as rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def field_caption(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A caption above a field; its mnemonic (``&Notes``) moves focus to ``buddy``."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setBuddy(buddy)
    label.setObjectName("fieldCaption")
    return label
