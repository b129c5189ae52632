"""Fixtures for the fault tests: a real window on a real database in a tmp folder.

The same as tests/gui's (``make_window``, ``no_modal_boxes``, the Qt leak check),
so a fault test drives the window exactly as the GUI tests do.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "gui"))
from qt_leaks import no_qt_leaks  # noqa: F401  (autouse: every test is checked for leaks)
from window_fixtures import make_window, no_modal_boxes  # noqa: F401  (the GUI tests' own)

