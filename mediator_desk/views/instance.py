"""One window per database on a laptop: a QLockFile beside the file, and a local socket through which a second
start asks the first window to come to the front (two windows would share the laptop's press numbers)."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
RAISE = b"raise\n"


def lock_path(db_path: Path) -> Path:
    """The lock beside the real file (a symbolic link to the database leads to the same lock)."""
    real = Path(db_path).resolve()
    return real.with_name(real.name + ".lock")


def server_name(db_path: Path) -> str:
    return "mediator-desk-" + hashlib.sha1(str(Path(db_path).resolve()).encode("utf-8")).hexdigest()[:16]


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path).resolve()  # one lock per file, whatever link or path reaches it
        self.lock = QLockFile(str(lock_path(db_path)))
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """True when this is the only window on the database (a lock left by a crash is taken over)."""
        if self.lock.tryLock(200):
            return True
        if self.lock.removeStaleLockFile():
            return self.lock.tryLock(200)
        return False

    def ask_first_to_show(self, timeout_ms: int = 1500) -> bool:
        """Ask the window that holds the lock to come to the front; True if it answered."""
        socket = QLocalSocket()
        socket.connectToServer(server_name(self.db_path))
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.flush()
        answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll()).startswith(b"ok")
        socket.disconnectFromServer()
        return answered

    def listen(self) -> None:
        name = server_name(self.db_path)
        QLocalServer.removeServer(name)  # a socket left by a crash (we hold the lock: nobody else uses it)
        self.server = QLocalServer(self)
        if not self.server.listen(name):
            log.warning("Cannot listen for a second start on %s: %s", name, self.server.errorString())
            return
        self.server.newConnection.connect(self._on_new_connection)

    def _on_new_connection(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            if socket.bytesAvailable():  # the message may have arrived with the connection
                self._on_message(socket)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll()).startswith(RAISE.strip()):
            socket.write(b"ok\n")
            socket.flush()
            self.raise_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        if self.lock.isLocked():
            self.lock.unlock()
