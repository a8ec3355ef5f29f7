"""Bestand > Oude verklaring importeren: the dialog, the import, and confirming values.

The owner picks the old statement's file or pastes its text. The import runs
in editor.core.importing (loaded only now: the window's start does not pay for
it). A successful import becomes a new, unsaved project, marked as changed so
closing asks to save it; the old text opens in its side panel. An input that
cannot be read is said in one message, and the current project stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.paths import Path as FieldPath
from editor.ui.qt_dutch import ask_path, file_dialog

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

# Files a drop on the window imports (a .policy.toml drop opens the project instead).
IMPORT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf")
IMPORT_FILTERS = (
    "Oude verklaring (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;Alle bestanden (*)"
)


@dataclass(frozen=True)
class ImportSource:
    """What the owner chose in the dialog: a file, or pasted text."""

    path: Path | None = None
    text: str = ""


class ImportDialog(QDialog):
    """Choose the old statement's file, or paste its text."""

    def __init__(self, parent: QWidget | None, start_directory: Path) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Oude verklaring importeren"))
        self._start = start_directory
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kies het bestand van de oude privacyverklaring (tekst, Markdown, een opgeslagen "
                "webpagina, Word of PDF met tekst), of plak de tekst hieronder. De editor neemt "
                "over wat hij herkent; elke overgenomen waarde is gemarkeerd tot u die "
                "controleert."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_field = QLineEdit(self)
        self.file_field.setObjectName("import_file")
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(self.tr("Geen bestand gekozen"))
        self.file_field.setAccessibleName(self.tr("Gekozen bestand"))
        choose = QPushButton(self.tr("&Bestand kiezen…"), self)
        choose.setObjectName("import_choose")
        choose.clicked.connect(self._on_choose_clicked)
        row.addWidget(self.file_field, 1)
        row.addWidget(choose)
        layout.addLayout(row)
        paste_label = QLabel(self.tr("…of &plak de tekst:"), self)
        self.text_field = QPlainTextEdit(self)
        self.text_field.setObjectName("import_text")
        self.text_field.setPlaceholderText(self.tr("De tekst van de oude verklaring"))
        paste_label.setBuddy(self.text_field)
        layout.addWidget(paste_label)
        layout.addWidget(self.text_field, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Importeren"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._path: Path | None = None
        self.text_field.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(620, 460)

    def source(self) -> ImportSource:
        """The file if one was chosen, else the pasted text."""
        if self._path is not None:
            return ImportSource(path=self._path)
        return ImportSource(text=self.text_field.toPlainText())

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.file_field.setText(str(path) if path is not None else "")
        self._update_ok()

    def _on_choose_clicked(self) -> None:
        caption = self.tr("Oude verklaring kiezen")
        dialog = file_dialog(self, caption, self.tr(IMPORT_FILTERS), self._start, save=False)
        chosen = ask_path(dialog)
        if chosen is not None:
            self.set_path(chosen)

    def _update_ok(self) -> None:
        ready = self._path is not None or bool(self.text_field.toPlainText().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)


class ImportActions(QObject):
    """The window's import action and the confirming of imported values."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._store = window.store

    def import_old(self) -> bool:
        """Ask for the old statement and import it; False when nothing changed."""
        window = self._window
        if not window.files.confirm_discard():
            return False
        source = self.ask_source()
        if source is None:
            return False
        return self.import_source(source)

    def ask_source(self) -> ImportSource | None:
        """The import dialog (tests replace this)."""
        dialog = ImportDialog(self._window, self._window.files.start_directory())
        if dialog.exec() != ImportDialog.DialogCode.Accepted:
            return None
        return dialog.source()

    def import_source(self, source: ImportSource) -> bool:
        from editor.core.importing import ImportFailed, import_file, import_pasted

        window = self._window
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if source.path is not None:
                result = import_file(source.path)
            else:
                result = import_pasted(source.text)
        except ImportFailed as error:
            QApplication.restoreOverrideCursor()
            window.questions.show_error(self.tr("Importeren is mislukt"), str(error))
            return False
        QApplication.restoreOverrideCursor()
        window.files.open_imported(result.project, self.tr("Oude verklaring importeren"))
        window.old_text.show_for_import()
        window.statusBar().showMessage(result.summary())
        return True

    def confirm_current(self) -> bool:
        """Confirm the imported value of the field with the cursor: one undo step."""
        path = self._window.old_text.current_path
        if path is None or not self._store.is_unconfirmed(path):
            self._window.statusBar().showMessage(
                self.tr("Dit veld heeft geen overgenomen waarde om te bevestigen."), 4000
            )
            return False
        self._store.confirm_imported([path], self.tr("Bevestig overgenomen waarde"))
        return True

    def confirm_all(self) -> bool:
        """Confirm every imported value at once (one undo step)."""
        marks = self._store.imported_marks()
        if not marks:
            return False
        paths: list[FieldPath] = [()]
        self._store.confirm_imported(paths, self.tr("Bevestig alle overgenomen waarden"))
        return True
