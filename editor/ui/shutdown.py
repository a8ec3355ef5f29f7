"""Ending when told to from outside: SIGTERM (logout, ``kill``), SIGHUP (the
terminal closed) and SIGINT (Ctrl+C in the terminal).

The window closes as with Ctrl+Q but asks nothing, since nobody may be there
to answer: unsaved edits go to a recovery copy (offered at the next start),
the lock file is removed and the window's layout is remembered. The program
then exits with 128 + the signal's number, as a shell expects.

Python runs a signal handler only between two bytecodes of the main thread,
and while Qt's event loop sleeps in C no bytecode runs, so a handler alone
would wait for the next mouse move. ``signal.set_wakeup_fd`` makes the C-level
handler write a byte into a pipe; a QSocketNotifier on the pipe's other end
wakes the event loop, and the Python handler runs as its slot starts. (A
pipe, not a socket pair: nothing here may look like a network connection.)
Windows takes only sockets there, and only Ctrl+C exists on it: a timer gives
the interpreter its chance five times a second instead.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from types import FrameType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

SIGNAL_NAMES = ("SIGTERM", "SIGHUP", "SIGINT")
POLL_MS = 200


class SignalShutdown(QObject):
    """Installs the handlers for the life of the application; puts back the old ones after."""

    def __init__(self, window: MainWindow, app: QCoreApplication) -> None:
        super().__init__(window)
        self._window = window
        self._app = app
        self._received: int | None = None
        self._previous: dict[int, Any] = {}
        self._previous_wakeup = -1
        self._pipe: tuple[int, int] | None = None  # (read end, write end)
        self._notifier: QSocketNotifier | None = None
        for name in SIGNAL_NAMES:
            number = getattr(signal, name, None)
            if number is not None:
                self._previous[number] = signal.signal(number, self._on_signal)
        if sys.platform != "win32":
            reader, writer = os.pipe()
            os.set_blocking(reader, False)
            os.set_blocking(writer, False)  # set_wakeup_fd insists
            self._pipe = (reader, writer)
            self._previous_wakeup = signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
            self._notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._drain)
        else:
            timer = QTimer(self)
            timer.timeout.connect(lambda: None)  # any Python code lets a handler run
            timer.start(POLL_MS)
        app.aboutToQuit.connect(self.uninstall)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        # Between two bytecodes of whatever runs now: only note it; the event
        # loop does the work once that code has finished.
        if self._received is None:
            self._received = number
            QTimer.singleShot(0, self._end)

    def _drain(self) -> None:
        """The wake-up bytes: read them so the notifier quiets (the handler has run by now)."""
        if self._pipe is None:
            return  # already uninstalled
        with contextlib.suppress(OSError):  # BlockingIOError: all read
            while os.read(self._pipe[0], 512):
                pass

    def _end(self) -> None:
        assert self._received is not None
        self._window.end_session()
        # exit(), not quit(): it also ends a dialog's own event loop, should one be open.
        self._app.exit(128 + self._received)

    def uninstall(self) -> None:
        """The application ends: the handlers and the wake-up descriptor as they were."""
        for number, previous in self._previous.items():
            with contextlib.suppress(ValueError, TypeError):
                signal.signal(number, previous)
        self._previous = {}
        if self._notifier is not None:
            self._notifier.setEnabled(False)  # before its pipe closes
            self._notifier = None
        if self._pipe is not None:
            with contextlib.suppress(ValueError):
                signal.set_wakeup_fd(self._previous_wakeup)
            for end in self._pipe:
                os.close(end)
            self._pipe = None
