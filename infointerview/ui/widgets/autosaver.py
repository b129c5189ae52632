"""Saves edits shortly after typing stops, and regularly while it goes on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

RETRY_MS = 5000
"""While saves fail, how often to try again without waiting for the next edit."""


class Autosaver(QObject):
    """Collects edits by key and saves them: ``idle_ms`` after the last edit, and at
    most ``max_ms`` after the first unsaved one even while typing goes on.

    ``save`` receives a dict of key -> latest value. If it raises, nothing is
    dropped: the values stay pending (newer edits win), the save is tried again
    on the next edit and every ``retry_ms`` (default :data:`RETRY_MS`) until it works, and ``failed`` says
    what is wrong once (not once per attempt). ``describe`` turns the error into
    the sentence to show (a database fault's own sentence); when it returns None
    or is not given, a general sentence is used.

    Signals:
        failed(str): saving started failing (or now fails for another reason).
        recovered(): a save worked after failing, or the failed edits were discarded.
        saved(): a save succeeded.
    """

    failed = Signal(str)
    recovered = Signal()
    saved = Signal()

    def __init__(
        self,
        save: Callable[[dict[str, object]], None],
        parent: QObject | None = None,
        idle_ms: int = 1000,
        max_ms: int = 1500,
        retry_ms: int | None = None,
        describe: Callable[[BaseException], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._describe = describe
        self._pending: dict[str, object] = {}
        self._problem = ""
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self.flush)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setInterval(max_ms)
        self._max.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setObjectName("autosaveRetry")
        self._retry.setInterval(RETRY_MS if retry_ms is None else retry_ms)
        self._retry.timeout.connect(self.flush)
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

    @property
    def failing(self) -> bool:
        """The last save failed and its edits are still waiting to be saved."""
        return bool(self._problem) and bool(self._pending)

    @property
    def problem(self) -> str:
        """The sentence that says why the last save failed ("" when it did not)."""
        return self._problem

    @Slot()
    def flush(self) -> bool:
        """Save everything pending now; True if nothing is left unsaved."""
        self._idle.stop()
        self._max.stop()
        if not self._pending:
            self._succeeded()
            return True
        batch = self._pending
        self._pending = {}
        try:
            self._save(batch)
        except Exception as exc:  # keep the text; tell the user once; try again
            for key, value in batch.items():
                self._pending.setdefault(key, value)
            self._failed(exc)
            return False
        self._succeeded()
        self.saved.emit()
        return True

    def _failed(self, exc: Exception) -> None:
        sentence = self._describe(exc) if self._describe is not None else None
        if not sentence:
            sentence = QApplication.translate(
                "Autosaver", "Your last edits could not be saved ({error}). "
                "They are still on screen; check the disk and keep the window open."
            ).format(error=exc)
        if not self._retry.isActive():
            self._retry.start()
        if sentence != self._problem:
            self._problem = sentence
            self.failed.emit(sentence)

    def _succeeded(self) -> None:
        self._retry.stop()
        if self._problem:
            self._problem = ""
            self.recovered.emit()

    def discard(self) -> None:
        """Drop the edits that could not be saved (the user chose to lose them)."""
        self._pending = {}
        self.stop()
        self._succeeded()

    def retry_later(self) -> None:
        """Go back to trying every ``retry_ms`` if a failed save is still pending."""
        if self.failing and not self._retry.isActive():
            self._retry.start()

    def stop(self) -> None:
        """Stop every timer; pending edits stay pending (a later flush saves them)."""
        self._idle.stop()
        self._max.stop()
        self._retry.stop()
