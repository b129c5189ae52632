from __future__ import annotations

from qt_leaks import no_qt_leaks  # noqa: F401  (autouse: every GUI test is checked for leaks)
from window_fixtures import make_window, no_modal_boxes  # noqa: F401  (shared with tests/faults)
