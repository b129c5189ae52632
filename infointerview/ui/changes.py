"""How views hear about data changes: a queued bridge from the services' bus, and
a helper that refreshes a view now when it is shown, or once when it is next shown.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal, Slot

from infointerview.services.events import Change, ChangeBus

__all__ = ["ChangeRelay", "RefreshOnChange"]


class ChangeRelay(QObject):
    """Re-emits the bus's changes as a Qt signal, so they reach widgets on the GUI thread.

    The bus calls listeners on the emitting thread; a Qt signal emitted from a
    worker is delivered queued to receivers living on the GUI thread.

    Signals:
        changed(Change): data changed (already committed).
    """

    changed = Signal(object)

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        bus.subscribe(self._relay)

    def _relay(self, change: Change) -> None:
        self.changed.emit(change)

    def disconnect_bus(self) -> None:
        """Stop relaying (the window closes; its session's bus may outlive it)."""
        self._bus.unsubscribe(self._relay)


class RefreshOnChange(QObject):
    """Keeps a view current: refresh now if it is shown, else once when it is shown.

    ``wants`` says whether a change concerns the view. ``max_age_s`` also
    refreshes a view shown again after that long, for what time alone changes
    ("due in 2 days", an upcoming chat that has begun); 0 means never. A change
    that ``later`` accepts only marks the view stale even while it is shown (typing
    elsewhere that the view summarises, such as a pitch saved every second).
    """

    def __init__(
        self,
        view: QObject,
        relay: ChangeRelay,
        wants: Callable[[Change], bool],
        refresh: Callable[[], None],
        max_age_s: float = 0,
        later: Callable[[Change], bool] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._wants = wants
        self._refresh = refresh
        self._max_age_s = max_age_s
        self._later = later
        self._clock = clock
        self._stale = True  # nothing read yet: the first show reads
        self._read_at = 0.0
        relay.changed.connect(self._changed)
        view.installEventFilter(self)

    @property
    def stale(self) -> bool:
        return self._stale

    def refresh_now(self) -> None:
        self._stale = False
        self._read_at = self._clock()
        self._refresh()

    @Slot(object)
    def _changed(self, change: Change) -> None:
        if not self._wants(change):
            if self._later is not None and self._later(change):
                self._stale = True
            return
        if self._is_shown():
            self.refresh_now()
        else:
            self._stale = True

    def _is_shown(self) -> bool:
        is_visible = getattr(self._view, "isVisible", None)
        return bool(is_visible()) if callable(is_visible) else False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            too_old = self._max_age_s > 0 and self._clock() - self._read_at > self._max_age_s
            if self._stale or too_old:
                self.refresh_now()
        return False
