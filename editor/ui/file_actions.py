"""New, open, save and export for one window: dialogs around the engine's file functions.

Every failure shows the engine's own one-line message and leaves the project
as it was, open and unchanged. The questions (save changes? which file?) are
asked through the window's ``_ask_*`` methods, so tests answer them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from editor.core.project_file import ProjectFileError, load_project, save_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.exporter import ExportError, export_file
from editor.export.html import render_fragment
from editor.ui import settings as keys
from editor.ui.printing import PdfExportError, export_pdf, print_document

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

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
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._store = window.store
        self._settings = window.settings

    # -- unsaved changes ---------------------------------------------------
    def confirm_discard(self) -> bool:
        """True when the current project may be replaced or closed."""
        if not self._store.is_modified():
            return True
        answer = self._window._ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- new and open --------------------------------------------------------
    def new_project(self) -> bool:
        if not self.confirm_discard():
            return False
        self._store.load(starter_project(), None)
        self._status(self.tr("Nieuw project gestart"))
        return True

    def open_dialog(self) -> bool:
        if not self.confirm_discard():
            return False
        path = self._window._ask_open_path(self._start_directory())
        return path is not None and self.open_path(path, confirm=False)

    def open_path(self, path: Path, *, confirm: bool = True) -> bool:
        """Open a project file; on failure say why and keep the current project."""
        if confirm and not self.confirm_discard():
            return False
        try:
            project = load_project(path)
        except ProjectFileError as error:
            self._window._show_error(self.tr("Openen is mislukt"), str(error))
            if not path.exists():
                keys.forget_recent(self._settings, str(path))
            return False
        path = path.resolve()
        self._store.load(project, path)
        self._remember(path)
        self._status(self.tr("Geopend: %s") % path.name)
        return True

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
        if self._store.path is None:
            return self.save_as()
        return self._save_to(self._store.path)

    def save_as(self) -> bool:
        suggested = self._suggested_path(PROJECT_SUFFIX)
        path = self._window._ask_save_path(
            self.tr("Opslaan als"), self.tr("Policy Editor-project (*.policy.toml)"), suggested
        )
        if path is None:
            return False
        return self._save_to(with_suffix(path, PROJECT_SUFFIX))

    def _save_to(self, path: Path) -> bool:
        try:
            save_project(self._store.project, path)
        except (ProjectFileError, OSError) as error:
            self._window._show_error(self.tr("Opslaan is mislukt"), str(error))
            return False
        path = path.resolve()
        self._store.mark_saved(path)
        self._remember(path)
        self._status(self.tr("Opgeslagen: %s") % path.name)
        return True

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
            export_pdf(self._window.preview.document(), path, self._document_title())

        return self._export_with(self.tr("PDF-document (*.pdf)"), ".pdf", "", write)

    def print_statement(self) -> bool:
        self._window.preview.refresh()
        document = self._window.preview.document()
        return print_document(document, self._document_title(), self._window)

    def copy_fragment(self) -> None:
        fragment = render_fragment(assemble(self._store.project))
        mime = QMimeData()
        mime.setText(fragment)  # pasted into a website's HTML editor as source
        mime.setHtml(fragment)  # pasted into a rich-text editor as formatted text
        QGuiApplication.clipboard().setMimeData(mime)
        self._status(self.tr("HTML-fragment gekopieerd naar het klembord"))

    def _export(
        self, filter_: str, suffix: str, fmt: str, *, stem_suffix: str = "", **options: bool
    ) -> bool:
        def write(path: Path) -> None:
            export_file(self._store.project, path, fmt, **options)

        return self._export_with(filter_, suffix, stem_suffix, write)

    def _export_with(
        self, filter_: str, suffix: str, stem_suffix: str, write: Callable[[Path], None]
    ) -> bool:
        suggested = self._suggested_path(suffix, stem_suffix)
        path = self._window._ask_save_path(self.tr("Exporteren"), filter_, suggested)
        if path is None:
            return False
        path = with_suffix(path, suffix)
        try:
            write(path)
        except (ExportError, PdfExportError, OSError) as error:
            self._window._show_error(self.tr("Exporteren is mislukt"), str(error))
            return False
        keys.LAST_DIRECTORY.write(self._settings, str(path.parent))
        self._window.show_exported(path)
        return True

    # -- helpers -------------------------------------------------------------
    def _document_title(self) -> str:
        project = self._store.project
        title = project.document.title or self.tr("Privacyverklaring")
        name = project.organisation.name
        return f"{title} {name}".strip()

    def _start_directory(self) -> Path:
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
        return self._start_directory() / f"{stem}{stem_suffix}{suffix}"

    def _remember(self, path: Path) -> None:
        keys.remember_recent(self._settings, str(path))
        keys.LAST_DIRECTORY.write(self._settings, str(path.parent))

    def _clear_recent(self) -> None:
        keys.RECENT_FILES.write(self._settings, [])

    def _status(self, message: str) -> None:
        self._window.statusBar().showMessage(message, STATUS_MS)
