"""One window per data folder: a second launch brings the running one to the front.

A ``QLockFile`` in the data folder says who owns the database (a lock left by
a crashed process is recovered: with ``setStaleLockTime(0)`` Qt treats a lock
as stale exactly when its process no longer runs);
the owner listens on a ``QLocalServer`` whose name is derived from the
folder, and a second launch sends it ``activate`` over a ``QLocalSocket``
and exits.

Signals:
    activated: another launch asked this instance to show its window.
"""

from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

LOCK_NAME = "infointerview.lock"
MESSAGE = b"activate\n"
CONNECT_MS = 1500


def server_name_for(data_dir: Path) -> str:
    """A local-server name unique to this user and data folder (short, portable)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some sandboxes
        user = "user"
    digest = hashlib.sha1(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()[:16]
    return f"infointerview-{digest}"


def _private_lock_file(lock: QLockFile, data_dir: Path) -> None:
    """The lock file holds our pid and host name: 0600, like everything in the data folder."""
    if os.name == "posix" and lock.isLocked():
        try:
            os.chmod(Path(data_dir) / LOCK_NAME, 0o600)
        except OSError:
            pass


def _lock_for(data_dir: Path) -> QLockFile:
    lock = QLockFile(str(Path(data_dir) / LOCK_NAME))
    lock.setStaleLockTime(0)  # only a dead owner makes the lock stale, not its age
    return lock


def is_running(data_dir: Path) -> bool:
    """True when another process holds this data folder's lock (used by the CLI)."""
    if not Path(data_dir).is_dir():
        return False
    lock = _lock_for(data_dir)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


class SingleInstance(QObject):
    """Owns the data folder's lock and answers ``activate`` requests."""

    activated = Signal()

    def __init__(
        self, data_dir: Path, server_name: str | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.server_name = server_name or server_name_for(self.data_dir)
        self._lock = _lock_for(self.data_dir)
        self._server: QLocalServer | None = None
        self.primary = False
        self.other_answered = False

    def acquire(self) -> bool:
        """True when this process is the only one (serve requests from now on);
        False when another instance runs (it was asked to come to the front)."""
        if not self._lock.tryLock(0):
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                # cannot create a lock file (read-only folder…): carry on alone
                self.primary = True
                self._listen()
                return True
            # a lock whose process died was already taken over by tryLock (stale)
            self.other_answered = self.notify_running()
            return False
        _private_lock_file(self._lock, self.data_dir)
        self.primary = True
        self._listen()
        return True

    def notify_running(self) -> bool:
        """Ask the running instance to show its window; True when it answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(CONNECT_MS):
            return False
        socket.write(QByteArray(MESSAGE))
        ok = bool(socket.waitForBytesWritten(CONNECT_MS))
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(CONNECT_MS)
        return ok

    def _listen(self) -> None:
        QLocalServer.removeServer(self.server_name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if server.listen(self.server_name):
            server.newConnection.connect(self._on_connection)
            self._server = server

    @Slot()
    def _on_connection(self) -> None:
        # No lambdas capturing self: a reference cycle would let Python's garbage
        # collector delete these QObjects later, possibly from another thread.
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if b"activate" in data:
            self.activated.emit()

    def release(self) -> None:
        """Stop serving and unlock (at exit). The server and its sockets are deleted now."""
        if self._server is not None:
            self._server.close()
            self._server.setParent(None)  # owned by Python again: deleted with this reference
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()
        self.primary = False


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate a top-level window."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
