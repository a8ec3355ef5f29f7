"""New, open, save and export for one window: dialogs around the engine's file functions.

Every failure shows the engine's own one-line message and leaves the project
as it was, open and unchanged. The questions (save changes? which file?) and
the error messages go through the window's ``questions`` (window_questions.py),
so tests answer them.

The open file is held through an OpenFile (open_file.py): a lock file warns
a second editor, and a stamp of the file's content makes Save ask before it
overwrites changes someone else made on disk. A file another editor has open
can be opened read-only: Save is then off and Save As takes a new name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from editor.core.file_lock import FileLock, FileLockedError
from editor.core.model import Project
from editor.core.os_errors import error_text
from editor.core.project_file import (
    ProjectFileError,
    load_project,
    read_project,
    save_project,
)
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.clause_library import load_library
from editor.export.exporter import ExportError, export_file
from editor.export.html import render_fragment
from editor.ui import settings as keys
from editor.ui.open_file import ConflictAnswer, FileStamp, OpenFile, describe_holder, read_stamp
from editor.ui.printing import PdfExportError, export_pdf, print_document
from editor.ui.recovery import RecoveryWriter
from editor.ui.window_questions import SaveAnswer

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow
    from editor.ui.recovery import RecoveryCopy

PROJECT_SUFFIX = ".policy.toml"
STATUS_MS = 5000


def project_stem(path: Path) -> str:
    """``luxigo.policy.toml`` -> ``luxigo``."""
    name = path.name
    return name[: -len(PROJECT_SUFFIX)] if name.endswith(PROJECT_SUFFIX) else path.stem


def with_suffix(path: Path, suffix: str) -> Path:
    """Add ``suffix`` unless the name already ends with it (case-insensitive)."""
    return path if path.name.lower().endswith(suffix) else path.with_name(path.name + suffix)


class FileActions(QObject):
    # Opened read-only (another editor has the file) or writable again: Save follows.
    read_only_changed = Signal(bool)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._store = window.store
        self._settings = window.settings
        self._questions = window.questions
        self.open_file = OpenFile()
        self.recovery: RecoveryWriter | None = None

    def keep_recovery_copies(self, folder: Path, interval_ms: int) -> RecoveryWriter:
        """Write copies of unsaved work to ``folder`` from now on (see recovery.py)."""
        writer = RecoveryWriter(self._window, self.open_file, folder, interval_ms=interval_ms)
        self.recovery = writer
        return writer

    @property
    def read_only(self) -> bool:
        """Opened read-only because another editor has the file: Save is off."""
        return self.open_file.read_only

    # -- unsaved changes ---------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current project may be replaced or closed."""
        if not self._store.is_modified():
            return True
        path = self._store.path
        answer = self._questions.save_changes(path.name if path else self.tr("Naamloos"))
        if answer is SaveAnswer.SAVE:
            return self.save()
        return answer is SaveAnswer.DISCARD

    # -- new and open --------------------------------------------------------
    def new_project(self) -> bool:
        if not self.confirm_discard():
            return False
        self._leave_file()
        self._store.load(starter_project(), None)
        self._apply_read_only()
        self._status(self.tr("Nieuw project gestart"))
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = self._questions.open_path(self.start_directory())
        return path is not None and self.open_path(path, confirm=False)

    def open_path(self, path: Path, *, confirm: bool = True) -> bool:
        """Open a project file; on failure say why and keep the current project."""
        if confirm and not self.confirm_discard():
            return False
        try:
            project, content = read_project(path)
        except ProjectFileError as error:
            self._questions.show_error(self.tr("Openen is mislukt"), str(error))
            if not path.exists():
                keys.forget_recent(self._settings, str(path))
            return False
        path = path.resolve()
        claim = self.open_file.claim(path, self._questions.lock_conflict)
        if claim is None:
            return False
        self._leave_file(keep=claim[0])
        self.open_file.hold(claim[0], FileStamp.of_bytes(content), read_only=claim[1])
        self._store.load(project, path)
        self._apply_read_only()
        self._remember(path)
        self._status(self.tr("Geopend: %s") % path.name)
        return True

    def open_imported(self, project: Project, text: str) -> None:
        """A project made from an old statement: new and unsaved, marked as changed.

        It is swapped in as one undo step over an empty project, so closing
        asks to save it and Undo goes back to before the import.
        """
        self._leave_file()
        self._store.load(Project(), None)
        self._store.replace_project(project, text)
        self._apply_read_only()

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = keys.RECENT_FILES.read(self._settings)
        for number, item in enumerate(recent, start=1):
            path = Path(item)
            # "&1" makes the number the menu's keyboard shortcut (1-9, then 0).
            action = menu.addAction(f"&{number % 10} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if recent:
            menu.addSeparator()
            menu.addAction(self.tr("Lijst wissen"), self._clear_recent)
        else:
            menu.addAction(self.tr("(nog geen bestanden)")).setEnabled(False)

    # -- save ----------------------------------------------------------------
    def save(self) -> bool:
        path = self._store.path
        if path is None or self.read_only:
            return self.save_as()
        if self.open_file.changed_on_disk(path):
            answer = self._questions.disk_conflict(path)
            if answer is ConflictAnswer.SAVE_AS:
                return self.save_as()
            if answer is not ConflictAnswer.OVERWRITE:
                return False
        return self._save_to(path)

    def save_as(self) -> bool:
        suggested = self._suggested_path(PROJECT_SUFFIX)
        path = self._questions.save_path(
            self.tr("Opslaan als"), self.tr("Policy Editor-project (*.policy.toml)"), suggested
        )
        if path is None:
            return False
        return self._save_to(with_suffix(path, PROJECT_SUFFIX))

    def _save_to(self, path: Path) -> bool:
        try:
            lock = self.open_file.lock_for_save(path.resolve())
        except FileLockedError as locked:
            message = self.tr(
                "“%s” is geopend in een andere Policy Editor (%s). Kies een andere naam."
            )
            self._questions.show_error(
                self.tr("Opslaan is mislukt"), message % (path.name, describe_holder(locked.holder))
            )
            return False
        try:
            content = save_project(self._store.project, path)
        except (ProjectFileError, OSError) as error:
            self.open_file.drop_unused(lock)
            message = error_text(error, path.name, writing=True)
            self._questions.show_error(self.tr("Opslaan is mislukt"), message)
            return False
        path = path.resolve()
        # The bytes we wrote are what the file holds, whoever writes it next.
        self.open_file.hold(lock, FileStamp.of_bytes(content), read_only=False)
        self._apply_read_only()
        self._store.mark_saved(path)
        self._remember(path)
        self._status(self.tr("Opgeslagen: %s") % path.name)
        return True

    # -- the open file: lock, read-only mode, recovery -------------------------
    def adopt_start_file(self, content: bytes | None = None) -> bool:
        """Hold the file the program started with (already in the store); False: not kept.

        ``content``: the bytes the project was read from (read again when not given).
        When another editor has it open and the question is cancelled, the
        starter project takes its place.
        """
        path = self._store.path
        if path is None:
            return True
        stamp = FileStamp.of_bytes(content) if content is not None else read_stamp(path)
        claim = self.open_file.claim(path, self._questions.lock_conflict)
        if claim is None:
            self._store.load(starter_project(), None)
            self._apply_read_only()
            return False
        self.open_file.hold(claim[0], stamp, read_only=claim[1])
        self._apply_read_only()
        return True

    def restore_copy(self, copy: RecoveryCopy) -> bool:
        """Bring back a crashed session's work, under its own file name and marked modified."""
        if not self.confirm_discard():
            return False
        try:
            recovered = load_project(copy.project_file)
        except ProjectFileError as error:
            self._questions.show_error(self.tr("Herstellen is mislukt"), str(error))
            return False
        path = copy.original
        ask = self._questions.lock_conflict
        claim = None if path is None else self.open_file.claim(path, ask)
        if claim is None:
            path, claim = None, (None, False)  # no name (or the user kept out of it): Save asks
        try:
            # Undo of the restore goes back to the file as it is on disk.
            base = load_project(path) if path is not None else recovered
        except ProjectFileError:
            base = recovered
        self._leave_file(keep=claim[0])
        # The stamp from before the crash: if the file changed since, Save asks first.
        self.open_file.hold(claim[0], copy.base if path else None, read_only=claim[1])
        self._store.load(base, path)
        self._store.replace_project(recovered, self.tr("Hersteld na een crash"))
        self._apply_read_only()
        if self.recovery is not None:
            self.recovery.write_now()  # this window's own copy first; then the old one goes
        copy.remove()
        self._status(self.tr("Niet-opgeslagen werk hersteld"))
        return True

    def close_file(self) -> None:
        """The window closes: release the lock and remove the recovery copy."""
        self._leave_file()

    def end_session(self) -> None:
        """The program is told to stop (logout, kill): nothing is asked.

        Unsaved work goes to a recovery copy, offered again at the next start,
        and the lock goes, so the next editor is not warned about a dead one.
        """
        if self.recovery is not None:
            if self._store.is_modified():
                self.recovery.write_now()
            self.recovery.keep_and_stop()
        self.open_file.release()

    def _leave_file(self, keep: FileLock | None = None) -> None:
        """The current file is closed or replaced: its lock (unless kept) and copy go."""
        if self.open_file.lock is not keep:
            self.open_file.release()
        if self.recovery is not None:
            self.recovery.discard()

    def _apply_read_only(self) -> None:
        self.read_only_changed.emit(self.read_only)

    # -- export --------------------------------------------------------------
    def export_word(self) -> bool:
        return self._export(self.tr("Word-document (*.docx)"), ".docx", "docx")

    def export_html_page(self) -> bool:
        return self._export(self.tr("Webpagina (*.html)"), ".html", "html")

    def export_html_fragment(self) -> bool:
        filter_ = self.tr("HTML-fragment (*.html)")
        return self._export(filter_, ".html", "html", stem_suffix="-fragment", fragment=True)

    def export_markdown(self) -> bool:
        return self._export(self.tr("Markdown (*.md)"), ".md", "md")

    def export_review(self) -> bool:
        filter_ = self.tr("Word-document met opmerkingen (*.docx)")
        return self._export(filter_, ".docx", "docx", stem_suffix="-review", review=True)

    def export_pdf(self) -> bool:
        def write(path: Path) -> None:
            export_pdf(self._window.preview.printable_document(), path, self._document_title())

        return self.export_with(self.tr("PDF-document (*.pdf)"), ".pdf", "", write)

    def print_statement(self) -> bool:
        document = self._window.preview.printable_document()
        return print_document(document, self._document_title(), self._window)

    def copy_fragment(self) -> None:
        fragment = render_fragment(assemble(self._store.project))
        mime = QMimeData()
        mime.setText(fragment)  # pasted into a website's HTML editor as source
        mime.setHtml(fragment)  # pasted into a rich-text editor as formatted text
        QGuiApplication.clipboard().setMimeData(mime)
        self._status(self.tr("HTML-fragment gekopieerd naar het klembord"))

    def _export(
        self,
        filter_: str,
        suffix: str,
        fmt: str,
        *,
        stem_suffix: str = "",
        fragment: bool = False,
        review: bool = False,
    ) -> bool:
        def write(path: Path) -> None:
            export_file(self._store.project, path, fmt, fragment=fragment, review=review)

        return self.export_with(filter_, suffix, stem_suffix, write)

    def export_with(
        self, filter_: str, suffix: str, stem_suffix: str, write: Callable[[Path], None]
    ) -> bool:
        """Ask where, call ``write`` with the path, and report the result like every export."""
        suggested = self._suggested_path(suffix, stem_suffix)
        path = self._questions.save_path(self.tr("Exporteren"), filter_, suggested)
        if path is None:
            return False
        path = with_suffix(path, suffix)
        try:
            write(path)
        except (ExportError, PdfExportError, OSError) as error:
            message = error_text(error, path.name, writing=True)
            self._questions.show_error(self.tr("Exporteren is mislukt"), message)
            return False
        keys.LAST_DIRECTORY.write(self._settings, str(path.parent))
        self._window.show_exported(path)
        return True

    # -- helpers -------------------------------------------------------------
    def _document_title(self) -> str:
        project = self._store.project
        title = project.document.title or load_library(project.document.language).default_title
        name = project.organisation.name
        return f"{title} {name}".strip()

    def start_directory(self) -> Path:
        """Where a file dialog starts: the project's folder, else the last one used."""
        if self._store.path is not None:
            return self._store.path.parent
        remembered = keys.LAST_DIRECTORY.read(self._settings)
        return Path(remembered) if remembered and Path(remembered).is_dir() else Path.home()

    def _suggested_path(self, suffix: str, stem_suffix: str = "") -> Path:
        if self._store.path is not None:
            stem = project_stem(self._store.path)
        else:
            name = self._store.project.organisation.name
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            stem = slug or self.tr("privacyverklaring")
        return self.start_directory() / f"{stem}{stem_suffix}{suffix}"

    def _remember(self, path: Path) -> None:
        keys.remember_recent(self._settings, str(path))
        keys.LAST_DIRECTORY.write(self._settings, str(path.parent))

    def _clear_recent(self) -> None:
        keys.RECENT_FILES.write(self._settings, [])

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, STATUS_MS)
