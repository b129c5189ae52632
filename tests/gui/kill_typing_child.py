"""Child process for the kill-while-typing test (not collected by pytest).

Opens the real call window offscreen on the data folder given, then types
numbered words into the real notes widget with QTest, a few characters every
30 ms, printing "<monotonic time> <word number>" after each word. The parent
SIGKILLs this process and checks what reached the database.

Usage: python kill_typing_child.py DATA_DIR CHAT_ID
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    data_dir, chat_id = sys.argv[1], int(sys.argv[2])
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from infointerview.app import application
    from infointerview.services.session import open_session
    from infointerview.ui.call_window import CallWindow

    app = application()
    session = open_session(data_dir)
    window = CallWindow(session.prep, session.calls, chat_id)
    window.show()
    window.notes.setFocus()
    window.start()
    counter = [0]

    def type_word() -> None:
        counter[0] += 1
        QTest.keyClicks(window.notes, f"w{counter[0]:04d} ")
        print(f"{time.monotonic():.4f} {counter[0]}", flush=True)

    ticker = QTimer()
    ticker.timeout.connect(type_word)
    ticker.start(30)
    print("ready", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
