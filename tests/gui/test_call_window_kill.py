"""kill -9 while typing notes loses at most about two seconds of text."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infointerview.services.session import open_session
from infointerview.store.models import Chat, Contact

CHILD = Path(__file__).with_name("kill_typing_child.py")
TYPING_S = 4.0
LOSS_ALLOWED_S = 2.0


def run_kill_once(data_dir: Path) -> tuple[int, int, int]:
    """Type in a child, SIGKILL it; return (words typed, words required, words found)."""
    session = open_session(data_dir)
    try:
        contact = Contact.create(first_name="Ana", last_name="Silva")
        chat_id = Chat.create(contact=contact, start_at=Chat.created_at.default()).id
    finally:
        session.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = str(CHILD.parents[2]) + os.pathsep + env.get("PYTHONPATH", "")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data_dir), str(chat_id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    progress: list[tuple[float, int]] = []
    try:
        assert child.stdout.readline().strip() == "ready"
        first: float | None = None
        for line in child.stdout:
            stamp, number = line.split()
            progress.append((float(stamp), int(number)))
            first = first or float(stamp)
            if float(stamp) - first >= TYPING_S:
                break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    required = max((n for stamp, n in progress if stamp <= killed_at - LOSS_ALLOWED_S), default=0)
    conn = sqlite3.connect(data_dir / "infointerview.sqlite3")
    try:
        notes = conn.execute("SELECT notes FROM chat WHERE id = ?", (chat_id,)).fetchone()[0]
    finally:
        conn.close()
    words = [int(w) for w in re.findall(r"w(\d{4})", notes)]
    assert words == list(range(1, len(words) + 1)), "saved text is a clean prefix"
    return progress[-1][1], required, len(words)


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="kill -9 (SIGKILL) is POSIX")
def test_kill_while_typing_loses_at_most_two_seconds(data_dir: Path) -> None:
    typed, required, saved = run_kill_once(data_dir)
    assert required > 40, "the child typed for long enough to matter"
    assert saved >= required, f"typed {typed}, needed {required} saved, found {saved}"
