"""Everything the window asks the user, in one object handed to the window.

The window and its helpers (file actions, crash recovery) ask through
``window.questions`` and never show a dialog themselves. The program passes
:class:`DialogQuestions`, which asks with real dialogs; a test passes a fake
that answers as the test says, so no test reaches into the window.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import Qt as QtText
from PySide6.QtWidgets import QMessageBox, QWidget

from editor.core.display import printable
from editor.core.file_lock import LockInfo
from editor.ui.open_file import ConflictAnswer, LockAnswer, ask_conflict_question, ask_lock_question
from editor.ui.qt_dutch import ask_path, file_dialog
from editor.ui.questions import Choice, Role, ask
from editor.ui.recovery import RecoveryCopy, RestoreAnswer, ask_restore_question

PROGRAM_NAME = "Policy Editor"


class SaveAnswer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Questions(Protocol):
    """The questions and messages of one window."""

    def save_changes(self, name: str) -> SaveAnswer:
        """The project ``name`` has unsaved changes and is about to be closed or replaced."""
        ...

    def open_path(self, directory: Path) -> Path | None:
        """The project file to open (starting in ``directory``); None: cancelled."""
        ...

    def save_path(self, caption: str, filter_: str, suggested: Path) -> Path | None:
        """The file to write (suggesting ``suggested``); None: cancelled."""
        ...

    def lock_conflict(self, path: Path, holder: LockInfo) -> LockAnswer:
        """Another editor (``holder``) has ``path`` open."""
        ...

    def disk_conflict(self, path: Path) -> ConflictAnswer:
        """``path`` changed on disk since it was read or written."""
        ...

    def restore(self, copy: RecoveryCopy) -> RestoreAnswer:
        """A crash left ``copy`` behind."""
        ...

    def show_error(self, title: str, message: str) -> None:
        """Something failed; the project is as it was."""
        ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Questions", text)


class DialogQuestions:
    """The questions asked with dialogs over ``parent`` (the window)."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def save_changes(self, name: str) -> SaveAnswer:
        choices = [
            Choice(_tr("&Opslaan"), Role.AcceptRole, SaveAnswer.SAVE),
            Choice(_tr("&Niet opslaan"), Role.DestructiveRole, SaveAnswer.DISCARD),
            Choice(_tr("&Annuleren"), Role.RejectRole, SaveAnswer.CANCEL),
        ]
        return ask(
            self._parent,
            QMessageBox.Icon.Question,
            PROGRAM_NAME,
            _tr("Wijzigingen in “%1” opslaan?").replace("%1", name),
            _tr("Zonder opslaan gaan de wijzigingen verloren."),
            choices,
            default=SaveAnswer.SAVE,
            escape=SaveAnswer.CANCEL,
        )

    def open_path(self, directory: Path) -> Path | None:
        caption = _tr("Project openen")
        filters = _tr("Policy Editor-project (*.policy.toml);;Alle bestanden (*)")
        return ask_path(file_dialog(self._parent, caption, filters, directory, save=False))

    def save_path(self, caption: str, filter_: str, suggested: Path) -> Path | None:
        return ask_path(file_dialog(self._parent, caption, filter_, suggested, save=True))

    def lock_conflict(self, path: Path, holder: LockInfo) -> LockAnswer:
        return ask_lock_question(self._parent, path, holder)

    def disk_conflict(self, path: Path) -> ConflictAnswer:
        return ask_conflict_question(self._parent, path)

    def restore(self, copy: RecoveryCopy) -> RestoreAnswer:
        return ask_restore_question(self._parent, copy)

    def show_error(self, title: str, message: str) -> None:
        # The message may quote the user's file: no control character reaches
        # the dialog, and a value that looks like markup ("<b>") is shown as
        # the text it is, not rendered (QMessageBox guesses rich text).
        text = "\n".join(printable(line) for line in message.split("\n"))
        if QtText.mightBeRichText(text):
            text = QtText.convertFromPlainText(text)
        QMessageBox.critical(self._parent, title, text)
