"""Start the window: the QApplication, the first project and the main loop."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.core.model import Project
from editor.core.project_file import ProjectFileError, load_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.recovery import (
    RecoveryWriter,
    interval_from_environment,
    offer_leftovers,
    recovery_folder,
)
from editor.ui.store import Store

ORGANISATION_NAME = "PolicyEditor"
APPLICATION_NAME = "Policy Editor"

# Set to 1 to quit as soon as the first preview is on screen: start-up benchmarks
# time the whole run of the program with it.
QUIT_AFTER_PREVIEW_ENV = "POLICY_EDITOR_QUIT_AFTER_PREVIEW"


def create_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    # QSettings() finds the program's own settings through these names.
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    return app


def initial_project(file_name: str | None) -> tuple[Project, Path | None, str | None]:
    """The project to start with: the file, or the starter plus why the file did not open."""
    if file_name is None:
        return starter_project(), None, None
    try:
        return load_project(file_name), Path(file_name).resolve(), None
    except ProjectFileError as error:
        return starter_project(), None, str(error)


def file_arguments(arguments: list[str]) -> list[str]:
    """The file names among the program's arguments (Qt's own options are already gone)."""
    return [item for item in arguments[1:] if not item.startswith("-")]


def run_gui(argv: list[str]) -> int:
    """Open the editor window on the file in ``argv`` (or the starter) and run it."""
    owns_app = QApplication.instance() is None
    app = create_application(argv)
    # Qt removes its own options (-platform, -style, ...) from app.arguments().
    files = file_arguments(app.arguments() if owns_app else argv)
    project, path, error = initial_project(files[0] if files else None)
    store = Store(project)
    store.load(project, path)
    window = MainWindow(store)
    window.files.adopt_start_file()  # its lock: warns a second editor
    # A quit that skips closing the window (the benchmark) still leaves no lock behind.
    app.aboutToQuit.connect(window.files.open_file.release)
    folder = recovery_folder()
    if folder is not None:
        RecoveryWriter(window, folder, interval_ms=interval_from_environment())
    benchmark = os.environ.get(QUIT_AFTER_PREVIEW_ENV) == "1"
    if benchmark:
        window.preview.first_painted.connect(app.quit)
    window.show()

    def greet() -> None:
        # After the window is on screen, so each message has the editor behind it;
        # one after the other, never two dialogs at once.
        if folder is not None and not benchmark:
            offer_leftovers(window, folder)
        if error is not None:
            window._show_error(window.tr("Openen is mislukt"), error)
        elif not benchmark:
            window.show_first_start_notice()

    QTimer.singleShot(0, greet)
    return app.exec()
