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


def fit_form_captions(root: QWidget) -> None:
    """Give every caption of ``root``'s form layouts room for its last letter.

    A form's label column is exactly as wide as its widest caption's advance,
    and at 200 % the last letter's ink reaches past it: "Template" lost its "e".
    Two pixels more keep every caption whole at any scale.
    """
    from PySide6.QtWidgets import QFormLayout

    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and not label.wordWrap():
                text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                metrics = label.fontMetrics()
                room = max(metrics.horizontalAdvance(text), metrics.boundingRect(text).right())
                label.setMinimumWidth(room + 2)
