"""A real CalDAV server for the calendar tests: Radicale on a free localhost port.

``radicale`` starts it as a child process with a temporary storage folder and a
plain htpasswd file (user ``alice``, password :data:`PASSWORD`), waits until it
answers, and stops it after the test; ``stop()``/``start()`` take it down and
bring it back on the same port with the same data. ``memory_keyring`` replaces
the keychain by keyring's own backend interface in memory, never the user's.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

USER = "alice"
PASSWORD = "Zq7-unguessable-app-password-91"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RadicaleServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.users = folder / "users"
        self.users.write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        self.process: subprocess.Popen[bytes] | None = None
        self._clients: list = []  # type: ignore[type-arg]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable, "-m", "radicale",
                "--server-hosts", f"127.0.0.1:{self.port}",
                "--storage-filesystem-folder", str(self.folder / "storage"),
                "--auth-type", "htpasswd",
                "--auth-htpasswd-filename", str(self.users),
                "--auth-htpasswd-encryption", "plain",
                "--logging-level", "warning",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:  # a readiness poll, not a timed assertion
            if self.process.poll() is not None:
                raise RuntimeError("Radicale exited while starting")
            try:
                urllib.request.urlopen(self.url, timeout=1)
                return
            except urllib.error.HTTPError:
                return  # it answers (401/403 is an answer)
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("Radicale did not answer")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(10)
            self.process = None

    def client(self):  # type: ignore[no-untyped-def]
        import caldav

        client = caldav.DAVClient(url=self.url, username=USER, password=PASSWORD)
        self._clients.append(client)
        return client

    def close_clients(self) -> None:
        for client in self._clients:
            client.close()
        self._clients.clear()

    def events(self, calendar_url: str) -> list:  # type: ignore[type-arg]
        """The events on the server, read with the caldav client."""
        client = self.client()
        try:
            return list(client.calendar(url=calendar_url).events())
        finally:
            client.close()
            self._clients.remove(client)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[RadicaleServer]:
    folder = tmp_path / "radicale"
    folder.mkdir()
    server = RadicaleServer(folder)
    server.start()
    yield server
    server.close_clients()
    server.stop()


@pytest.fixture(autouse=False)
def memory_keyring() -> Iterator[dict[tuple[str, str], str]]:
    """keyring's backend interface, in memory; the real keychain is never touched."""
    import keyring
    from keyring.backend import KeyringBackend

    store: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            store.pop((service, username), None)

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """No keychain at all: keyring's fail backend."""
    import keyring
    from keyring.backends.fail import Keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(Keyring())
    yield
    keyring.set_keyring(previous)
