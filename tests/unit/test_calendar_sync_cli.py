"""`infointerview calendar …` against a real CalDAV server (Radicale on localhost)."""

from __future__ import annotations

import pytest

from infointerview.cli import main
from tests.calendar_server import (  # noqa: F401  (fixtures)
    PASSWORD,
    USER,
    RadicaleServer,
    memory_keyring,
    radicale,
)

pytestmark = pytest.mark.slow


def test_connect_sync_status_offline_and_disconnect(
    radicale: RadicaleServer, memory_keyring: dict,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["demo"]) == 0
    monkeypatch.setenv("INFOINTERVIEW_CALDAV_PASSWORD", "wrong")
    assert main(["calendar", "connect", radicale.url, "--user", USER, "--create"]) == 1
    out, err = capsys.readouterr()
    assert "user name or password" in err and err.count("\n") == 1 and "Traceback" not in err

    monkeypatch.setenv("INFOINTERVIEW_CALDAV_PASSWORD", PASSWORD)
    assert main(["calendar", "connect", radicale.url, "--user", USER, "--create"]) == 0
    monkeypatch.delenv("INFOINTERVIEW_CALDAV_PASSWORD")  # from the keychain from now on
    assert main(["calendar", "sync"]) == 0
    out, _ = capsys.readouterr()
    assert "created, 0 updated, 0 removed" in out and "Calendar: 0 created" not in out
    assert main(["calendar", "sync"]) == 0
    assert "Calendar: 0 created, 0 updated, 0 removed." in capsys.readouterr().out

    radicale.stop()
    assert main(["calendar", "sync"]) == 1
    _, err = capsys.readouterr()
    assert "Could not reach" in err and "Traceback" not in err
    radicale.start()
    assert main(["calendar", "status"]) == 0
    out, _ = capsys.readouterr()
    assert "Informational interviews" in out and "Calendar: up to date" in out

    assert main(["calendar", "disconnect", "--remove-events"]) == 0
    out, err = capsys.readouterr()
    assert "events removed" in out
    assert main(["calendar", "status"]) == 0
    assert "not connected" in capsys.readouterr().out
    assert memory_keyring == {}
    assert PASSWORD not in out + err
