"""One Gatehouse window per data directory.

A second launch finds the lock held, asks the running window to come to the front (local socket),
says so, and exits without touching anything. A stale lock (the first program crashed) is taken over.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal

STALE_LOCK_MS = 0  # a live process never goes stale; a dead one is detected by pid
CONNECT_TIMEOUT_MS = 500
ACTIVATE = b"activate"


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"gatehouse-{digest}"


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, data_dir: Path, lock_file: Path) -> None:
        super().__init__()
        self._name = server_name(data_dir)
        self._lock = QLockFile(str(lock_file))
        self._lock.setStaleLockTime(STALE_LOCK_MS)
        self._server: object | None = None

    def acquire(self) -> bool:
        """True when this process is the only Gatehouse on this data directory."""
        if not self._lock.tryLock(100):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False
            self._lock.removeStaleLockFile()
            if not self._lock.tryLock(100):
                return False
        return True

    def listen(self) -> None:
        """Answer later launches ("bring the window to the front"); called once the window shows."""
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self._name)
        server = QLocalServer(self)
        server.newConnection.connect(self._on_server_new_connection)
        server.listen(self._name)
        self._server = server

    def ask_running_to_activate(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
            return False
        socket.write(ACTIVATE)
        socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()  # type: ignore[attr-defined]
        self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        assert self._server is not None
        connection = self._server.nextPendingConnection()  # type: ignore[attr-defined]
        if connection is None:
            return
        connection.readyRead.connect(self.activation_requested.emit)
        connection.disconnected.connect(connection.deleteLater)
