"""Start the desktop application: QApplication, the data folder, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from infointerview import APP_ID, APP_NAME, ORG_NAME, __version__
from infointerview.resources import resource_path
from infointerview.store.database import StoreError


def application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once with the app's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from infointerview.ui.theme import apply_theme

    apply_theme(app)
    return app


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))


def window_settings(data_dir: Path) -> QSettings:
    """Window geometry and layout, kept in the data folder (not the registry)."""
    return QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)


def run_gui(data_dir: str | None, *, quit_when_shown: bool = False) -> int:
    """Open the main window on the data folder and run the event loop.

    ``quit_when_shown`` leaves the event loop right after the first paint; the
    start-up benchmark times whole processes with it.
    """
    from infointerview.services.session import open_session
    from infointerview.ui.main_window import MainWindow

    app = application()
    try:
        session = open_session(data_dir)
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    window.show()
    if quit_when_shown:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    try:
        return int(app.exec())
    finally:
        session.close()
