"""The open on-call windows, one per chat, opened on demand and closed when the call ends.

Signals:
    status_message(str): a line for the status bar (a chat that cannot be called).
    call_finished(int): the call of this chat id ended and its window is gone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal, Slot

from infointerview.services.session import Session

if TYPE_CHECKING:  # imported when a call starts
    from infointerview.ui.call_window import CallWindow


class CallWindows(QObject):
    """Opens, raises and closes the call windows; ``windows`` maps chat id to window."""

    status_message = Signal(str)
    call_finished = Signal(int)

    def __init__(self, session: Session, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.windows: dict[int, CallWindow] = {}

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
        window.show()
        window.raise_()
        window.activateWindow()

    @Slot(int)
    def _finished(self, chat_id: int) -> None:
        window = self.windows.pop(chat_id, None)
        if window is not None:
            window.shutdown()
            window.deleteLater()
        self.call_finished.emit(chat_id)

    def close_all(self) -> None:
        for window in list(self.windows.values()):
            window.shutdown()
            window.close()
