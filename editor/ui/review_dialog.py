"""Bestand → Wijzigingen van de jurist inlezen…: the lawyer's changes, part by part.

For each part the owner sees the program's text and the lawyer's side by
side, with the lawyer's comments and notes, and takes the change as the
part's own text, as a new section, or rejects it. Every taking is one step of
undo through the store; nothing is changed by merely reading the file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.core.os_errors import error_text
from editor.export.review_import import (
    ReviewChange,
    ReviewError,
    ReviewResult,
    as_section,
    field_path,
    read_review,
)
from editor.ui.qt_dutch import ask_path, file_dialog

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow
    from editor.ui.store import Store

KIND_WORDS = {
    "text": "tekst gewijzigd",
    "facts": "tabel met gegevens: pas aan in de formulieren",
    "new": "nieuw onderdeel",
    "removed": "geschrapt door de jurist",
    "comment": "opmerking",
}


class ReviewDialog(QDialog):
    """The lawyer's changes, one part at a time."""

    def __init__(self, store: Store, result: ReviewResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._changes = result.changes
        self.decisions: dict[int, str] = {}
        self.setWindowTitle(self.tr("Wijzigingen van de jurist"))
        self.resize(1000, 620)
        layout = QVBoxLayout(self)
        heading = self.tr("Vergeleken met %s.") % result.compared_with
        if result.warnings:
            heading += " " + " ".join(result.warnings)
        intro = QLabel(heading)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter()
        self.parts = QListWidget()
        self.parts.setObjectName("review_parts")
        for change in self._changes:
            self.parts.addItem(QListWidgetItem(self._label(change)))
        splitter.addWidget(self.parts)
        details = QWidget()
        grid = QGridLayout(details)
        grid.setContentsMargins(0, 0, 0, 0)
        self.ours = _read_only_text("review_ours")
        self.theirs = _read_only_text("review_theirs")
        grid.addWidget(QLabel(self.tr("Tekst van het programma")), 0, 0)
        grid.addWidget(QLabel(self.tr("Tekst van de jurist")), 0, 1)
        grid.addWidget(self.ours, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.remarks = QLabel()
        self.remarks.setObjectName("review_remarks")
        self.remarks.setWordWrap(True)
        grid.addWidget(self.remarks, 2, 0, 1, 2)
        splitter.addWidget(details)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox()
        self.take_text = QPushButton(self.tr("Overnemen als &eigen tekst"))
        self.take_section = QPushButton(self.tr("Overnemen als &nieuw onderdeel"))
        self.reject_change = QPushButton(self.tr("&Afwijzen"))
        for button, slot in (
            (self.take_text, self._on_take_text),
            (self.take_section, self._on_take_section),
            (self.reject_change, self._on_reject),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.parts.currentRowChanged.connect(self._on_parts_row_changed)
        if self._changes:
            self.parts.setCurrentRow(0)
        else:
            self._on_parts_row_changed(-1)

    def current(self) -> ReviewChange | None:
        row = self.parts.currentRow()
        return self._changes[row] if 0 <= row < len(self._changes) else None

    def _label(self, change: ReviewChange, decision: str = "") -> str:
        title = change.title or change.new_title or self.tr("(zonder kop)")
        words = decision or KIND_WORDS[change.kind]
        return f"{title} — {words}"

    def _on_parts_row_changed(self, row: int) -> None:
        change = self.current()
        self.ours.setPlainText("\n\n".join(change.old) if change else "")
        self.theirs.setPlainText("\n\n".join(change.new) if change else "")
        remarks = []
        if change is not None:
            remarks += [f"• {note}" for note in change.notes]
            remarks += [f"• {c.author or self.tr('jurist')}: {c.text}" for c in change.comments]
        self.remarks.setText("\n".join(remarks))
        open_ = change is not None and row not in self.decisions
        self.take_text.setEnabled(open_ and change is not None and change.can_override)
        self.take_section.setEnabled(open_ and change is not None and change.can_add_section)
        self.reject_change.setEnabled(open_)

    def _decide(self, decision: str) -> None:
        row = self.parts.currentRow()
        change = self._changes[row]
        self.decisions[row] = decision
        self.parts.item(row).setText(self._label(change, decision))
        following = next(
            (r for r in range(row + 1, len(self._changes)) if r not in self.decisions), row
        )
        self.parts.setCurrentRow(following)
        self._on_parts_row_changed(following)

    def _on_take_text(self) -> None:
        change = self.current()
        path = field_path(self._store.project, change) if change else None
        if change is None or path is None:
            return
        self._store.set_field(
            path, change.text(), self.tr("Tekst van de jurist: %s") % change.title, merge=False
        )
        self._decide(self.tr("overgenomen als eigen tekst"))

    def _on_take_section(self) -> None:
        change = self.current()
        if change is None or not change.can_add_section:
            return
        index = len(self._store.project.custom_sections)
        section = as_section(change)
        text = self.tr("Nieuw onderdeel van de jurist: %s") % section.title
        self._store.insert_row(("custom_sections",), index, section, text)
        self._decide(self.tr("overgenomen als nieuw onderdeel"))

    def _on_reject(self) -> None:
        if self.current() is not None:
            self._decide(self.tr("afgewezen"))


def _read_only_text(name: str) -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setObjectName(name)
    text.setReadOnly(True)
    return text


class ReviewActions(QObject):
    """Reads a lawyer's file and shows the dialog; hooks for tests: ``ask_file``, ``run_dialog``."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.ask_file: Callable[[], Path | None] = self._ask_file
        self.run_dialog: Callable[[QDialog], object] = lambda dialog: dialog.exec()

    def read_lawyer_file(self) -> bool:
        path = self.ask_file()
        if path is None:
            return False
        try:
            result = read_review(self._window.store.project, path.read_bytes())
        except ReviewError as error:
            self._window.questions.show_error(
                self.tr("Inlezen is mislukt"), f"{path.name}: {error}"
            )
            return False
        except OSError as error:
            self._window.questions.show_error(
                self.tr("Inlezen is mislukt"), error_text(error, path.name)
            )
            return False
        if not result.changes:
            QMessageBox.information(
                self._window,
                self.tr("Wijzigingen van de jurist"),
                self.tr("De jurist heeft niets aan de tekst veranderd (vergeleken met %s).")
                % result.compared_with,
            )
            return True
        dialog = ReviewDialog(self._window.store, result, self._window)
        self.run_dialog(dialog)
        return True

    def _ask_file(self) -> Path | None:
        files = self._window.files
        caption = self.tr("Wijzigingen van de jurist inlezen")
        filters = self.tr("Word-document (*.docx)")
        return ask_path(
            file_dialog(self._window, caption, filters, files.start_directory(), save=False)
        )
