"""``infointerview --self-test``: prove a build works, headless.

Builds the real main window offscreen on a temporary data folder, types a
contact into the editor, saves it, searches for it and checks the table.
Packaging smoke tests run this from the frozen app.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

LAZY_MODULES = (
    "caldav",
    "caldav.davclient",
    "caldav.lib.error",
    "keyring",
    "keyring.backends.fail",
    "keyring.errors",
    "icalendar",
    "charset_normalizer",
    "vobject",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)
"""Modules the app imports only when a feature is first used (calendar publishing,
invitations, encodings, export, printing): a bundle that lacks one fails here, not in
the user's hands."""


def missing_modules() -> list[str]:
    """The lazily imported modules this installation cannot import."""
    import importlib

    missing = []
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            missing.append(f"{name} ({exc})")
    return missing


def run_self_test() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    missing = missing_modules()
    if missing:
        print(f"self-test FAILED: cannot import {', '.join(missing)}", file=sys.stderr)
        return 1
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from infointerview.app import app_icon, application, window_settings
    from infointerview.services.session import open_session
    from infointerview.ui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory(prefix="infointerview-selftest-") as tmp:
        session = open_session(Path(tmp) / "data")
        window = MainWindow(session, window_settings(session.data_dir), app_icon())
        try:
            window.show()
            app.processEvents()
            view = window.contacts
            window.new_contact()
            QTest.keyClicks(view.editor.first_name, "Selftest")
            QTest.keyClicks(view.editor.last_name, "Person")
            QTest.keyClicks(view.editor.organisation, "Probe Labs")
            QTest.mouseClick(view.editor.save_button, Qt.MouseButton.LeftButton)
            QTest.keyClicks(view.search, "probe")
            app.processEvents()
            found = [
                view.model.index(r, 0).data() for r in range(view.model.rowCount())
            ]
            stored = session.contacts.find("selftest person")
            ok = found == ["Selftest Person"] and len(stored) == 1
            print(
                "self-test passed: window built, contact saved and found"
                if ok
                else f"self-test FAILED: table shows {found!r}, database has {len(stored)}"
            )
            return 0 if ok else 1
        except Exception as exc:  # report any failure as a failed self-test
            print(f"self-test FAILED: {exc!r}", file=sys.stderr)
            return 1
        finally:
            window.close()
            session.close()
