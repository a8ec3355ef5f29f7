"""Bestand → Engelse versie maken…: the project copied to a new English project file.

The copy is written next to the project (NAME-en.policy.toml suggested) and
opened, so the owner goes on in the English project; the check then lists
each of the owner's own texts that is still in Dutch (language-mix).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from editor.core.english_copy import english_copy
from editor.core.errors import ProjectFileError
from editor.core.project_file import save_project
from editor.ui.file_actions import PROJECT_SUFFIX, project_stem

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow


class EnglishVersionAction(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def make_english(self) -> bool:
        window = self._window
        project = window.store.project
        if project.document.language == "en":
            window.questions.show_error(
                self.tr("Engelse versie maken"), self.tr("Dit project is al Engels.")
            )
            return False
        path = window.questions.save_path(
            self.tr("Engelse versie opslaan als"),
            self.tr("Policy Editor-project (*.policy.toml)"),
            self._suggested_path(),
        )
        if path is None:
            return False
        if not path.name.endswith(PROJECT_SUFFIX):
            path = path.with_name(path.name + PROJECT_SUFFIX)
        result = english_copy(project)
        try:
            save_project(result.project, path)
        except ProjectFileError as error:
            window.questions.show_error(self.tr("Engelse versie maken is mislukt"), str(error))
            return False
        if not window.files.open_path(path):
            return False
        window.statusBar().showMessage(
            self.tr(
                "Engelse versie gemaakt: %1 teksten van het programma vertaald; %2 eigen teksten "
                "bleven zoals ze waren (de controle wijst aan welke nog Nederlands zijn)."
            )
            .replace("%1", str(result.translated))
            .replace("%2", str(result.kept)),
            10000,
        )
        return True

    def _suggested_path(self) -> Path:
        files = self._window.files
        store = self._window.store
        stem = project_stem(store.path) if store.path is not None else "privacyverklaring"
        return files.start_directory() / f"{stem}-en{PROJECT_SUFFIX}"
