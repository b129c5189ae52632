"""The app's look: one accent colour, calm spacing, palette-aware so dark mode works."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ACCENT = "#2563eb"
WARNING = "#b45309"
ERROR = "#b91c1c"

STYLESHEET = f"""
QListWidget#sidebar {{
    border: none;
    border-right: 1px solid palette(mid);
    background: palette(window);
    padding-top: 8px;
    font-size: 11pt;
}}
QListWidget#sidebar::item {{
    padding: 9px 14px;
    border-radius: 6px;
    margin: 1px 8px;
}}
QListWidget#sidebar::item:selected {{
    background: {ACCENT};
    color: white;
}}
QLabel#editorHeading, QLabel#emptyTitle {{
    padding: 4px 0 8px 0;
}}
QLabel#fieldError {{
    color: {ERROR};
}}
QLabel#chainLabel {{
    color: palette(dark);
    padding: 6px 0;
}}
QLabel#editorStatus, QLabel#countLabel {{
    color: palette(dark);
}}
QLineEdit#contactSearch {{
    padding: 5px 8px;
}}
QTableView#contactTable {{
    border: 1px solid palette(mid);
    border-radius: 4px;
    selection-background-color: {ACCENT};
    selection-color: white;
}}
QHeaderView::section {{
    padding: 4px 6px;
}}
QPushButton {{
    padding: 5px 14px;
}}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyleSheet(STYLESHEET)
