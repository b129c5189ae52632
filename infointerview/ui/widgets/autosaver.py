"""Saves edits shortly after typing stops, and regularly while it goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication


class Autosaver(QObject):
    """Collects edits by key and saves them: ``idle_ms`` after the last edit, and at
    most ``max_ms`` after the first unsaved one even while typing goes on.

    ``save`` receives a dict of key -> latest value; if it raises, the values
    stay pending and ``failed`` carries the sentence to show.

    Signals:
        failed(str): a save failed; the text says what happened.
        saved(): a save succeeded.
    """

    failed = Signal(str)
    saved = Signal()

    def __init__(
        self,
        save: Callable[[dict[str, object]], None],
        parent: QObject | None = None,
        idle_ms: int = 1000,
        max_ms: int = 1500,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: dict[str, object] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.flush)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setInterval(max_ms)
        self._max.timeout.connect(self.flush)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)

    def set(self, key: str, value: object) -> None:
        self._pending[key] = value
        self._idle.start()
        if not self._max.isActive():
            self._max.start()

    @property
    def pending(self) -> bool:
        return bool(self._pending)

    @Slot()
    def flush(self) -> bool:
        """Save everything pending now; True if nothing is left unsaved."""
        self._idle.stop()
        self._max.stop()
        if not self._pending:
            return True
        batch = self._pending
        self._pending = {}
        try:
            self._save(batch)
        except Exception as exc:  # keep the text; tell the user
            for key, value in batch.items():
                self._pending.setdefault(key, value)
            self.failed.emit(
                QApplication.translate(
                    "Autosaver", "Your last edits could not be saved ({error}). "
                    "They are still on screen; check the disk and keep the window open."
                ).format(error=exc)
            )
            return False
        self.saved.emit()
        return True

    def stop(self) -> None:
        self._idle.stop()
        self._max.stop()
