"""Crash recovery: copies of unsaved work, offered again after a crash.

While a window's project has unsaved changes, a RecoveryWriter writes it to
the program's data folder (``recovery/`` under QStandardPaths'
AppDataLocation) every 30 seconds and whenever the program loses focus: the
project as a normal project file, plus a small JSON file saying which file it
belongs to, when it was written and by which process. Saving, or closing the
window (also without saving), removes both.

A copy whose process no longer runs was left by a crash. The next start
finds it (``leftover_copies``) and asks whether to restore it; restoring
opens it with its original file name and marked modified, so Save writes it
where it belongs.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.atomic import atomic_write_bytes
from editor.core.errors import ProjectFileError
from editor.core.file_lock import Owner, random_token
from editor.core.os_errors import error_text
from editor.core.project_file import dumps_project
from editor.ui.open_file import FileStamp, OpenFile, format_local_time
from editor.ui.questions import Choice, Role, ask

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

DEFAULT_INTERVAL_MS = 30_000
# Tests (and the impatient) shorten the interval: POLICY_EDITOR_RECOVERY_INTERVAL_MS=200.
INTERVAL_ENV = "POLICY_EDITOR_RECOVERY_INTERVAL_MS"
PROJECT_SUFFIX = ".policy.toml"
SIDECAR_SUFFIX = ".json"


def interval_from_environment() -> int:
    try:
        value = int(os.environ.get(INTERVAL_ENV, ""))
    except ValueError:
        return DEFAULT_INTERVAL_MS
    return value if value > 0 else DEFAULT_INTERVAL_MS


def recovery_folder() -> Path | None:
    """``<application data>/recovery``; None when the system names no data folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "recovery" if location else None


@dataclass(frozen=True)
class RecoveryCopy:
    """One recovery copy on disk: the project file and what its sidecar says."""

    project_file: Path
    sidecar: Path
    original: Path | None  # the file the project belongs to; None: never saved
    written: dt.datetime
    owner: Owner
    base: FileStamp | None  # the original file as it was when the edits began

    def remove(self) -> None:
        for file in (self.sidecar, self.project_file):
            with contextlib.suppress(OSError):
                file.unlink()


def read_copy(sidecar: Path) -> RecoveryCopy | None:
    """The copy a sidecar describes; None when either file is missing or unreadable."""
    project_file = sidecar.with_name(sidecar.name.removesuffix(SIDECAR_SUFFIX) + PROJECT_SUFFIX)
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        written = dt.datetime.fromisoformat(data["written"])
        owner = Owner.from_dict(data["owner"])
        base_data = data.get("base")
        base = (
            FileStamp(int(base_data["size"]), str(base_data["sha256"]))
            if isinstance(base_data, dict)
            else None
        )
        original = Path(data["original"]) if data.get("original") else None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not project_file.is_file():
        return None
    return RecoveryCopy(project_file, sidecar, original, written, owner, base)


def leftover_copies(folder: Path) -> list[RecoveryCopy]:
    """Copies whose process is gone (a crash), newest first; running editors' copies stay."""
    try:
        sidecars = sorted(folder.glob(f"*{SIDECAR_SUFFIX}"))
    except OSError:
        return []
    copies = [copy for sidecar in sidecars if (copy := read_copy(sidecar)) is not None]
    leftovers = [copy for copy in copies if not copy.owner.is_running()]
    return sorted(leftovers, key=lambda copy: copy.written, reverse=True)


class RecoveryWriter(QObject):
    """Writes the window's unsaved project to its own copy in ``folder``.

    One writer per window, one copy per writer: the file name carries the
    process id and a random part, so a copy left by a crash is never
    overwritten by a later process that got the same process id.
    """

    written = Signal(Path)
    removed = Signal()

    def __init__(
        self,
        window: MainWindow,
        open_file: OpenFile,
        folder: Path,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        """``open_file``: the window's file, whose stamp each copy records."""
        super().__init__(window)
        self._window = window
        self._store = window.store
        self._open_file = open_file
        self.folder = folder
        stem = f"{os.getpid()}-{random_token(4)}"
        self.project_file = folder / f"{stem}{PROJECT_SUFFIX}"
        self.sidecar = folder / f"{stem}{SIDECAR_SUFFIX}"
        self._owner = Owner.current()
        # Changed since the last copy: an unchanged project is not written again.
        self._dirty = self._store.is_modified()

        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.write_if_modified)
        self.timer.start()
        self._store.changed.connect(self._on_store_changed)
        self._store.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state_changed)
        window.installEventFilter(self)

    def keep_and_stop(self) -> None:
        """The program ends without closing the file (a signal): the copy on disk stays.

        From here on nothing writes or removes it: not the timer, and not the
        undo stack, which says it is clean again when Qt takes it apart at exit.
        """
        self.timer.stop()
        self._store.changed.disconnect(self._on_store_changed)
        self._store.undo_stack.cleanChanged.disconnect(self._on_undo_stack_clean_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.disconnect(self._on_application_state_changed)
        self._window.removeEventFilter(self)

    def write_if_modified(self) -> bool:
        """Write a copy when there are unsaved changes not yet in one; True when written."""
        if not self._store.is_modified():
            self.discard()
            return False
        if not self._dirty and self.project_file.is_file():
            return False
        return self.write_now()

    def write_now(self) -> bool:
        """Write the copy now (project first, then the sidecar that makes it count)."""
        path = self._store.path
        stamp = self._open_file.stamp
        sidecar = {
            "format": 1,
            "original": str(path) if path is not None else "",
            "written": dt.datetime.now(dt.UTC).isoformat(),
            "owner": self._owner.to_dict(),
            "base": asdict(stamp) if stamp is not None and path is not None else None,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            # Unsaved work is the user's alone: private files in a private folder.
            content = dumps_project(self._store.project).encode()
            atomic_write_bytes(self.project_file, content, private=True)
            atomic_write_bytes(self.sidecar, json.dumps(sidecar, indent=1).encode(), private=True)
        except (OSError, ProjectFileError) as error:
            # Not a dialog every 30 seconds: the status bar says it, saving still works.
            reason = error_text(error, self.project_file.name, writing=True)
            message = self.tr("Herstelkopie maken is mislukt: %s") % reason
            self._window.statusBar().showMessage(message, 10_000)
            return False
        self._dirty = False
        self.written.emit(self.project_file)
        return True

    def discard(self) -> None:
        """Remove the copy (after a save, or when the window closes)."""
        existed = self.sidecar.exists() or self.project_file.exists()
        for file in (self.sidecar, self.project_file):
            with contextlib.suppress(OSError):
                file.unlink()
        self._dirty = self._store.is_modified()
        if existed:
            self.removed.emit()

    # -- triggers ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowDeactivate:
            self.write_if_modified()
        return False

    def _on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state != Qt.ApplicationState.ApplicationActive:
            self.write_if_modified()

    def _on_store_changed(self) -> None:
        self._dirty = True

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        if clean:  # saved, or undone back to the saved state: nothing to recover
            self.discard()


# -- after a crash ---------------------------------------------------------------------


class RestoreAnswer(Enum):
    RESTORE = "restore"
    DELETE = "delete"
    LATER = "later"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def ask_restore_question(parent: QWidget, copy: RecoveryCopy) -> RestoreAnswer:
    name = copy.original.name if copy.original is not None else _tr("een naamloos project")
    details = (
        _tr(
            "Er is een herstelkopie van %1 met wijzigingen die niet waren opgeslagen, "
            "gemaakt op %2. Wil je die wijzigingen terughalen?"
        )
        .replace("%1", f"“{name}”" if copy.original is not None else name)
        .replace("%2", format_local_time(copy.written))
    )
    choices = [
        Choice(_tr("&Herstellen"), Role.AcceptRole, RestoreAnswer.RESTORE),
        Choice(_tr("&Verwijderen"), Role.DestructiveRole, RestoreAnswer.DELETE),
        Choice(_tr("&Later"), Role.RejectRole, RestoreAnswer.LATER),
    ]
    return ask(
        parent,
        QMessageBox.Icon.Question,
        _tr("Werk herstellen"),
        _tr("Policy Editor is de vorige keer niet goed afgesloten."),
        details,
        choices,
        default=RestoreAnswer.RESTORE,
        escape=RestoreAnswer.LATER,
    )


def offer_leftovers(window: MainWindow, folder: Path) -> bool:
    """Ask about each copy a crash left, newest first; True when one was restored.

    One window holds one project: after a restore the other copies wait for
    the next start. "Later" keeps a copy for the next start too.
    """
    for copy in leftover_copies(folder):
        answer = window.questions.restore(copy)
        if answer is RestoreAnswer.RESTORE:
            if window.files.restore_copy(copy):
                return True
        elif answer is RestoreAnswer.DELETE:
            copy.remove()
    return False
