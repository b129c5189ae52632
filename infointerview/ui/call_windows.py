"""The open on-call windows, one per chat, opened on demand and closed when the call ends.

Signals:
    status_message(str): a line for the status bar (a chat that cannot be called).
    call_finished(int): the call of this chat id ended and its window is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog

from infointerview.services.session import Session

if TYPE_CHECKING:  # imported when a call starts
    from infointerview.ui.call_window import CallWindow


class DialogsAboveCalls(QObject):
    """While a call window stays on top, every dialog that opens stays on top too.

    The call window keeps itself above the video call; a dialog opened from the
    main window (Settings, a message box, a file dialog) would open under it,
    out of sight. Installed on the application only while a call window is open.
    """

    def __init__(self, calls: CallWindows) -> None:
        super().__init__(calls)
        self._calls = calls

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog) and watched.isWindow():
            if self._calls.on_top() and watched.windowHandle() is not None:
                handle = watched.windowHandle()
                hint = Qt.WindowType.WindowStaysOnTopHint
                if not handle.flags() & hint:
                    handle.setFlags(handle.flags() | hint)
                watched.raise_()
        return False


class CallWindows(QObject):
    """Opens, raises and closes the call windows; ``windows`` maps chat id to window."""

    status_message = Signal(str)
    call_finished = Signal(int)

    def __init__(self, session: Session, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.windows: dict[int, CallWindow] = {}
        self._above = DialogsAboveCalls(self)

    def on_top(self) -> bool:
        """A call window is showing and keeps itself above other windows."""
        hint = Qt.WindowType.WindowStaysOnTopHint
        return any(w.isVisible() and bool(w.windowFlags() & hint) for w in self.windows.values())

    def _watch_dialogs(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        app.removeEventFilter(self._above)
        if self.windows:
            app.installEventFilter(self._above)

    def open(self, chat_id: int) -> None:
        """Open (or bring back) the on-call window for ``chat_id``."""
        window = self.windows.get(chat_id)
        if window is None:
            from infointerview.services.prep import PrepError
            from infointerview.ui.call_window import CallWindow

            try:
                window = CallWindow(
                    self.session.prep,
                    self.session.calls,
                    chat_id,
                    sound=self.session.settings.call_sound(),
                    wrap_up_min=self.session.settings.wrap_up_min(),
                    settings=self.settings,
                )
            except PrepError as exc:
                self.status_message.emit(str(exc))
                return
            window.status_message.connect(self.status_message)
            window.finished.connect(self._finished)
            self.windows[chat_id] = window
            self._watch_dialogs()
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(int)
    def _finished(self, chat_id: int) -> None:
        window = self.windows.pop(chat_id, None)
        if window is not None:
            window.shutdown()
            window.deleteLater()
        self._watch_dialogs()
        self.call_finished.emit(chat_id)

    def close_all(self) -> None:
        for window in list(self.windows.values()):
            window.shutdown()
            window.close()
