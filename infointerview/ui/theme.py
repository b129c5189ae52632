"""The app's look: one accent colour, calm spacing, palette-aware so dark mode works."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
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
    outline: 0;
}}
QListWidget#sidebar::item {{
    padding: 8px 10px;
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
QLabel#hintLabel {{
    color: palette(placeholder-text);
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


_SYSTEM: dict[str, object] = {}


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#1f2329"), (roles.WindowText, "#e5e7eb"), (roles.Base, "#16191d"),
        (roles.AlternateBase, "#22262c"), (roles.Text, "#e5e7eb"), (roles.Button, "#2a2f36"),
        (roles.ButtonText, "#e5e7eb"), (roles.ToolTipBase, "#2a2f36"),
        (roles.ToolTipText, "#e5e7eb"), (roles.Highlight, ACCENT),
        (roles.HighlightedText, "#ffffff"), (roles.PlaceholderText, "#9ca3af"),
        (roles.Mid, "#3b424b"), (roles.Dark, "#9ca3af"), (roles.Link, "#93c5fd"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#6b7280"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#6b7280"))
    palette.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#6b7280"))
    return palette


def apply_theme(app: QApplication, preference: str = "system") -> None:
    """The app's stylesheet, and light/dark: follow the system unless overridden.

    Qt 6.8+ can ask the platform for a colour scheme; where the platform ignores
    that request, a light or dark palette on the Fusion style is used instead.
    """
    from PySide6.QtCore import Qt

    if not _SYSTEM:
        _SYSTEM["palette"] = QPalette(app.palette())
        _SYSTEM["style"] = app.style().name()
    hints = app.styleHints()
    scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(
        preference, Qt.ColorScheme.Unknown
    )
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        hints.setColorScheme(scheme)
    if preference == "system":
        app.setStyle(str(_SYSTEM["style"]))
        palette = _SYSTEM["palette"]
        assert isinstance(palette, QPalette)
        app.setPalette(palette)
    elif is_dark(app) != (preference == "dark"):
        app.setStyle("Fusion")
        app.setPalette(_dark_palette() if preference == "dark" else app.style().standardPalette())
    app.setStyleSheet(STYLESHEET)


def reapply_theme(preference: str) -> bool:
    """Apply ``preference`` to the running application; False when there is none."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    apply_theme(app, preference)
    return True


def is_dark(app: QApplication) -> bool:
    """Whether the window background is dark, whatever made it so."""
    return bool(app.palette().window().color().lightness() < 128)
