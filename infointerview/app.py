"""Start the desktop application: QApplication, the data folder, the main window."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from infointerview import APP_ID, APP_NAME, ORG_NAME
from infointerview.resources import resource_path
from infointerview.store.database import StoreError

if TYPE_CHECKING:
    from infointerview.services.session import Session
    from infointerview.ui.main_window import MainWindow


@dataclass
class Shell:
    """The open window and its session; both are replaced when a backup is restored."""

    window: MainWindow
    session: Session


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
    QGuiApplication.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from infointerview.ui.theme import apply_theme
    from infointerview.ui.translations import install_translations

    install_translations(app)
    apply_theme(app)
    return app


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "app.svg")))


def window_settings(data_dir: Path) -> QSettings:
    """Window geometry and layout, kept in the data folder (not the registry).

    ``window.ini`` is private (0600) like everything else there: it is created
    that way before QSettings first writes it (QSettings keeps an existing
    file's permissions when it replaces it), and an older 0644 one is fixed.
    """
    import os

    path = data_dir / "window.ini"
    if os.name == "posix":
        try:
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
            os.chmod(path, 0o600)
        except OSError:
            pass  # a read-only folder: nothing will be written there anyway
    return QSettings(str(path), QSettings.Format.IniFormat)


def run_gui(data_dir: str | None, *, quit_when_shown: bool = False) -> int:
    """Open the main window on the data folder and run the event loop.

    ``quit_when_shown`` leaves the event loop right after the window's first
    paint; the start-up benchmark times whole processes with it.
    """
    from infointerview.data_dir import ensure_private_dir, resolve_data_dir
    from infointerview.display_check import display_problem
    from infointerview.ui.single_instance import SingleInstance, bring_to_front
    from infointerview.ui.startup_check import PendingCheck

    problem = display_problem()  # Qt would abort with a misleading hint (Linux only)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    app = application()
    try:
        folder = ensure_private_dir(resolve_data_dir(data_dir))
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    # one window per data folder: a second launch raises the first and exits
    instance = SingleInstance(folder, parent=app)
    if not instance.acquire():
        if not instance.other_answered:
            QMessageBox.information(
                None,
                APP_NAME,
                app.translate(
                    "app",
                    "InfoInterview is already open on this data folder but did not respond. "
                    "Wait a moment or close it, then start it again.",
                ),
            )
        return 0
    check = PendingCheck(folder)  # integrity check; never writes a damaged file
    import infointerview.services.session  # noqa: F401  (imported while the check runs)
    from infointerview.ui.main_window import MainWindow

    try:  # a lock, a full disk or an unreadable file asks Retry / Open read-only / Quit
        opened, startup_note = check.open_data()
    except (StoreError, OSError) as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        instance.release()
        return 1
    if opened is None:  # the user chose Quit; nothing was moved or changed
        instance.release()
        return 1
    session = opened
    from infointerview.ui.theme import apply_theme

    apply_theme(app, session.settings.theme())
    window = MainWindow(session, window_settings(session.data_dir), app_icon())
    if startup_note:
        window.show_message(startup_note)
    shell = Shell(window, session)
    instance.activated.connect(lambda: bring_to_front(shell.window))
    _wire_restore(shell, folder)
    backup_timer = QTimer(app)  # "at most daily" also for a window left open for days
    backup_timer.setInterval(60 * 60 * 1000)
    backup_timer.timeout.connect(lambda: _daily_backup(folder))
    window.show()
    if session.read_only is None:  # nothing is written while the data is read-only
        backup_timer.start()
        _daily_backup(folder)  # the start-up backup, off the UI thread
    if quit_when_shown:
        window.first_painted.connect(app.quit)
    else:
        QTimer.singleShot(0, window.maybe_welcome)
    try:
        return int(app.exec())
    finally:
        QThreadPool.globalInstance().waitForDone()  # a backup under way finishes first
        shell.session.close()
        instance.release()


def _daily_backup(folder: Path) -> None:
    """A backup when the newest is a day old, as a background job (it touches no Qt object)."""
    import threading
    from collections.abc import Callable

    from PySide6.QtCore import QThreadPool

    from infointerview.services.backup import BackupError, backup_if_due
    from infointerview.ui.widgets.background_job import start_job

    def run(progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        try:
            backup_if_due(folder)
        except (BackupError, OSError):
            pass  # tried again in an hour; the Backups dialog shows what exists

    start_job(QThreadPool.globalInstance(), run)


def _wire_restore(shell: Shell, folder: Path) -> None:
    """Backups > Restore: close the window and session, restore, reopen both."""
    from infointerview.services.backup import BackupError, restore
    from infointerview.services.session import open_session
    from infointerview.ui.main_window import MainWindow

    def restore_and_reopen(path: str) -> None:
        app = QApplication.instance()
        old_window = shell.window
        old_session = shell.session
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        try:
            if not old_window.close():
                return  # the user kept unsaved edits open
            old_session.close()
            try:
                kept = restore(folder, Path(path))
                message = QApplication.translate("MainWindow", "Restored the backup {name}.").format(
                    name=Path(path).name
                )
                if kept is not None:
                    message += " " + QApplication.translate(
                        "MainWindow", "Your previous data was kept as {name}."
                    ).format(name=kept.name)
            except BackupError as exc:
                QMessageBox.critical(None, APP_NAME, str(exc))
                message = str(exc)
            try:
                session = open_session(folder)
            except (StoreError, OSError) as exc:
                QMessageBox.critical(None, APP_NAME, str(exc))
                QApplication.quit()
                return
            window = MainWindow(session, window_settings(folder), app_icon())
            shell.window, shell.session = window, session
            _wire_restore(shell, folder)
            window.show()
            window.show_message(message)
            old_window.deleteLater()
        finally:
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(True)

    shell.window.restore_requested.connect(restore_and_reopen)
