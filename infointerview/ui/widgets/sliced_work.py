"""Long work on the event loop, a few milliseconds at a time.

Work that must run on the UI thread (or that, on a worker thread, would hold
the interpreter lock and slow every repaint) is written as a generator that
yields between small pieces; :func:`run_sliced` runs it from a zero timer, a
few pieces per turn of the event loop, so a keystroke or a repaint never waits
longer than one slice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer

SLICE_S = 0.006
"""How long one turn runs pieces before handing the event loop back."""

Steps = Generator[None, None, Any]

_running: set[SlicedWork] = set()  # kept alive until done, parent or not


class SlicedWork(QObject):
    """Runs ``steps`` a slice at a time; ``done(value)`` gets the generator's return value."""

    def __init__(
        self,
        steps: Steps,
        done: Callable[[Any], None] | None,
        parent: QObject | None,
        slice_s: float = SLICE_S,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._done = done
        self._slice_s = slice_s  # 0: one step a turn
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)
        self.finished = False

    def start(self) -> None:
        _running.add(self)
        self._timer.start()

    def cancel(self) -> None:
        """Stop; ``done`` is not called."""
        self._timer.stop()
        self._steps.close()
        self.finished = True
        _running.discard(self)
        self.deleteLater()

    def _slice(self) -> None:
        end = time.perf_counter() + self._slice_s
        try:
            next(self._steps)
            while time.perf_counter() < end:
                next(self._steps)
        except StopIteration as stop:
            self._timer.stop()
            self.finished = True
            _running.discard(self)
            if self._done is not None:
                self._done(stop.value)
            self.deleteLater()


def run_sliced(
    steps: Steps,
    parent: QObject | None,
    done: Callable[[Any], None] | None = None,
    slice_s: float = SLICE_S,
) -> SlicedWork:
    """Start running ``steps`` on the event loop; see :class:`SlicedWork`.

    ``slice_s`` is how long a turn runs steps (0: exactly one step a turn, for
    steps that each take a known few milliseconds)."""
    work = SlicedWork(steps, done, parent, slice_s)
    work.start()
    return work


def finish(steps: Steps) -> Any:
    """Run ``steps`` to the end at once and return their value (when it is needed now)."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
