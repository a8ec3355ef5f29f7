"""The window's hold on its open file: who else has it open, and whether it changed on disk.

``OpenFile`` keeps the file's lock (editor.core.file_lock) and a stamp of the
file as it was when the window last read or wrote it. Right before a save the
stamp is compared with the file on disk; when someone else wrote the file in
the meantime, the window asks before it overwrites their work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.file_lock import FileLock, FileLockedError, LockInfo, acquire, host_name
from editor.core.project_file import MAX_FILE_BYTES
from editor.ui.questions import Choice, Role, ask


class LockAnswer(Enum):
    READ_ONLY = "read-only"
    OPEN_ANYWAY = "open-anyway"
    CANCEL = "cancel"


class ConflictAnswer(Enum):
    OVERWRITE = "overwrite"
    SAVE_AS = "save-as"
    CANCEL = "cancel"


@dataclass(frozen=True)
class FileStamp:
    """A file's content as we last saw it. Only the content counts: a file that is
    merely touched (a new modification time, the same bytes) has not changed."""

    size: int
    sha256: str

    @classmethod
    def of_bytes(cls, content: bytes) -> FileStamp:
        return cls(len(content), hashlib.sha256(content).hexdigest())


def read_stamp(path: Path) -> FileStamp | None:
    """The stamp of the file on disk now; None when it is missing, unreadable or too big
    to be a project (a 50 MB file is refused by its size, without reading it)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES or not path.is_file():
            return None
        content = path.read_bytes()  # a project is a few KB
    except OSError:
        return None
    return FileStamp.of_bytes(content)


class OpenFile:
    """The lock on the window's file, the stamp it had, and whether we may write it."""

    def __init__(self) -> None:
        self.lock: FileLock | None = None
        self.stamp: FileStamp | None = None
        self.read_only = False

    def changed_on_disk(self, path: Path) -> bool:
        """True when ``path`` now holds other content than we last read or wrote.

        A file that is gone is not a conflict: saving brings it back and
        overwrites nobody's work. One that can no longer be read is.
        """
        if self.stamp is None:
            return False
        now = read_stamp(path)
        if now is None:
            return path.exists()
        return now != self.stamp

    def claim(
        self, path: Path, ask: Callable[[Path, LockInfo], LockAnswer]
    ) -> tuple[FileLock | None, bool] | None:
        """The lock for a file about to open and whether it opens read-only; None: cancelled.

        Another running editor's lock gets the question; a stale lock is taken
        over silently; a folder where no lock can be written opens without one.
        """
        if self.lock is not None and self.lock.path == path and self.lock.is_ours():
            return self.lock, self.read_only
        try:
            return acquire(path), False
        except FileLockedError as locked:
            answer = ask(path, locked.holder)
        except OSError:
            return None, False
        if answer is LockAnswer.CANCEL:
            return None
        if answer is LockAnswer.READ_ONLY:
            return None, True
        try:
            return acquire(path, force=True), False
        except OSError:
            return None, False

    def lock_for_save(self, path: Path) -> FileLock | None:
        """The lock for a file about to be written under a new name.

        Raise FileLockedError when another running editor has that file open:
        writing it would pull the file out from under them.
        """
        if self.lock is not None and self.lock.path == path and self.lock.is_ours():
            return self.lock
        try:
            return acquire(path)  # FileLockedError is no OSError: it goes to the caller
        except OSError:
            return None  # no lock possible there; the save itself will say what is wrong

    def drop_unused(self, lock: FileLock | None) -> None:
        """Release ``lock`` unless it is the one this file holds (after a failed save)."""
        if lock is not None and lock is not self.lock:
            lock.release()

    def hold(self, lock: FileLock | None, stamp: FileStamp | None, *, read_only: bool) -> None:
        """Take over a new file: release the lock on the old one first."""
        if self.lock is not None and (lock is None or lock.path != self.lock.path):
            self.lock.release()
        self.lock, self.stamp, self.read_only = lock, stamp, read_only

    def release(self) -> None:
        self.hold(None, None, read_only=False)


# -- the questions (the window asks them through window_questions.py) ----------------


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenFile", text)


def format_local_time(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y om %H:%M")


def describe_holder(holder: LockInfo) -> str:
    owner = holder.owner
    since = format_local_time(owner.since)
    if owner.host == host_name():
        where = _tr("op deze computer (proces %1)").replace("%1", str(owner.pid))
    else:
        where = _tr("op computer “%1”").replace("%1", owner.host)
    return _tr("%1, sinds %2").replace("%1", where).replace("%2", since)


def ask_lock_question(parent: QWidget, path: Path, holder: LockInfo) -> LockAnswer:
    details = _tr(
        "Geopend %1. Als je het bestand op twee plaatsen wijzigt, gaat werk verloren. "
        "Alleen-lezen openen is veilig: opslaan kan dan alleen onder een andere naam."
    ).replace("%1", describe_holder(holder))
    choices = [
        Choice(_tr("A&lleen-lezen openen"), Role.AcceptRole, LockAnswer.READ_ONLY),
        Choice(_tr("&Toch openen"), Role.DestructiveRole, LockAnswer.OPEN_ANYWAY),
        Choice(_tr("&Annuleren"), Role.RejectRole, LockAnswer.CANCEL),
    ]
    return ask(
        parent,
        QMessageBox.Icon.Warning,
        _tr("Bestand is al geopend"),
        _tr("“%1” is al geopend in een andere Policy Editor.").replace("%1", path.name),
        details,
        choices,
        default=LockAnswer.READ_ONLY,
        escape=LockAnswer.CANCEL,
    )


def ask_conflict_question(parent: QWidget, path: Path) -> ConflictAnswer:
    details = _tr(
        "Iemand anders (of een ander programma) heeft het bestand veranderd. "
        "Overschrijven haalt die wijzigingen weg."
    )
    choices = [
        Choice(_tr("&Overschrijven"), Role.DestructiveRole, ConflictAnswer.OVERWRITE),
        Choice(_tr("Opslaan a&ls…"), Role.AcceptRole, ConflictAnswer.SAVE_AS),
        Choice(_tr("&Annuleren"), Role.RejectRole, ConflictAnswer.CANCEL),
    ]
    return ask(
        parent,
        QMessageBox.Icon.Warning,
        _tr("Bestand is gewijzigd"),
        _tr("“%1” is gewijzigd sinds je het opende of opsloeg.").replace("%1", path.name),
        details,
        choices,
        default=ConflictAnswer.SAVE_AS,
        escape=ConflictAnswer.CANCEL,
    )
