"""Recorded versions in the window: record one, list them, export one as it was or as a redline.

Recording goes through the store (one undoable step, like any edit); the list
is read-only. Exports reuse the window's own export flow, so a failure shows
the same clear message as any other export.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Project, RecordedVersion
from editor.core.month_names import date_nl
from editor.core.project_file import ProjectFileError, load_project
from editor.export.assemble import assemble
from editor.export.blocks import Statement
from editor.export.exporter import export_file
from editor.export.versions import VersionError, record_version, version_statement

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

NOTE_SUGGESTIONS = ("naar jurist", "gepubliceerd", "terug van jurist")


def suggested_number(project: Project) -> str:
    """The first version takes the document's own number (or 1.0); later ones count up."""
    taken = {version.number for version in project.versions}
    if not project.versions:
        return project.document.version.strip() or "1.0"
    match = re.fullmatch(r"(\d+)(?:\.(\d+))?", project.versions[-1].number)
    major, minor = (int(match.group(1)), int(match.group(2) or 0) + 1) if match else (1, 0)
    while f"{major}.{minor}" in taken:
        minor += 1
    return f"{major}.{minor}"


class RecordVersionDialog(QDialog):
    """Number, note and "published" for a version about to be recorded."""

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Versie vastleggen"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "De verklaring wordt bewaard zoals ze nu is, met de gegevens erachter. "
                "Later kun je deze versie precies zo opnieuw exporteren, of een Word-bestand "
                "maken dat de wijzigingen sindsdien laat zien."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.number = QLineEdit(suggested_number(project))
        self.number.setObjectName("version_number")
        self.note = QComboBox()
        self.note.setObjectName("version_note")
        self.note.setEditable(True)
        self.note.addItems(NOTE_SUGGESTIONS)
        self.note.setCurrentText("")
        self.published = QCheckBox(self.tr("Deze versie staat op de website (gepubliceerd)"))
        self.published.setObjectName("version_published")
        form.addRow(self.tr("&Nummer:"), self.number)
        form.addRow(self.tr("N&otitie:"), self.note)
        form.addRow("", self.published)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Vastleggen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.number.selectAll()
        self.number.setFocus()


class VersionsDialog(QDialog):
    """The recorded versions, newest first, with their exports."""

    def __init__(
        self,
        versions: list[RecordedVersion],
        export_as_it_was: Callable[[RecordedVersion], object],
        export_changes: Callable[[RecordedVersion], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Vastgelegde versies"))
        self.resize(640, 360)
        self._versions = list(reversed(versions))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(self._versions), 4)
        self.table.setObjectName("versions_table")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Versie"),
                self.tr("Vastgelegd op"),
                self.tr("Notitie"),
                self.tr("Gepubliceerd"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, version in enumerate(self._versions):
            cells = (
                version.number,
                date_nl(version.recorded_on) if version.recorded_on else "",
                version.note,
                self.tr("ja") if version.published else self.tr("nee"),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        layout.addWidget(self.table)
        if not self._versions:
            empty = QLabel(
                self.tr("Nog geen versies. Kies Bestand → Versie vastleggen… om er een te bewaren.")
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        buttons = QDialogButtonBox()
        self.as_it_was = QPushButton(self.tr("Exporteren &zoals toen…"))
        self.changes = QPushButton(self.tr("Exporteren met &wijzigingen sindsdien…"))
        for button, action in ((self.as_it_was, export_as_it_was), (self.changes, export_changes)):
            button.setAutoDefault(False)
            button.setEnabled(bool(self._versions))
            button.clicked.connect(lambda _=False, act=action: self._with_selected(act))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self._versions:
            self.table.selectRow(0)

    def selected(self) -> RecordedVersion | None:
        rows = self.table.selectionModel().selectedRows()
        return self._versions[rows[0].row()] if rows else None

    def _with_selected(self, action: Callable[[RecordedVersion], object]) -> None:
        version = self.selected()
        if version is not None:
            action(version)


class VersionActions(QObject):
    """The window's version commands (menu Bestand)."""

    def __init__(self, window: MainWindow, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        self._window = window
        self._today = today

    def record(self) -> bool:
        """Ask for a number and a note, then record the version as one undoable step."""
        store = self._window.store
        dialog = RecordVersionDialog(store.project, self._window)
        if not self.run_dialog(dialog):
            return False
        return self.record_as(
            dialog.number.text(), dialog.note.currentText(), dialog.published.isChecked()
        )

    def record_as(self, number: str, note: str, published: bool) -> bool:
        store = self._window.store
        try:
            version = record_version(
                store.project, number, note, published=published, today=self._today()
            )
        except VersionError as error:
            self._window.questions.show_error(self.tr("Versie vastleggen is mislukt"), str(error))
            return False
        index = len(store.project.versions)
        store.insert_row(("versions",), index, version, self.tr("Versie %s vastleggen") % number)
        self._window.statusBar().showMessage(
            self.tr("Versie %s vastgelegd; sla het project op om haar te bewaren.") % number, 6000
        )
        return True

    def show_versions(self) -> None:
        dialog = VersionsDialog(
            self._window.store.project.versions,
            self.export_as_it_was,
            self.export_changes_since,
            self._window,
        )
        self.run_dialog(dialog)

    def export_as_it_was(self, version: RecordedVersion) -> bool:
        return self._export_word(version_statement(version), None, f"-versie-{version.number}")

    def export_changes_since(self, version: RecordedVersion) -> bool:
        return self._export_word(None, version_statement(version), f"-wijzigingen-{version.number}")

    def export_changes_since_file(self) -> bool:
        """A redline against another project file, chosen by the owner."""
        files = self._window.files
        path = self._window.questions.open_path(files.start_directory())
        if path is None:
            return False
        try:
            old = assemble(load_project(path))
        except ProjectFileError as error:
            self._window.questions.show_error(self.tr("Vergelijken is mislukt"), str(error))
            return False
        return self._export_word(None, old, "-wijzigingen")

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; tests replace this to answer it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _export_word(
        self, statement: Statement | None, compare_to: Statement | None, stem_suffix: str
    ) -> bool:
        project = self._window.store.project

        def write(path: Path) -> None:
            export_file(project, path, "docx", statement=statement, compare_to=compare_to)

        filter_ = self.tr("Word-document (*.docx)")
        safe_suffix = re.sub(r"[^\w.-]+", "-", stem_suffix)
        return self._window.files.export_with(filter_, ".docx", safe_suffix, write)
