"""Start the window: the QApplication, the first project and the main loop.

Start-up is a measured target (benchmarks/run.py: at most 2.5 times a bare Qt
window), so this module imports next to nothing itself: ``run_gui`` loads the
program with the garbage collector off and in an order that suits PySide6.
"""

from __future__ import annotations

import gc
import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from editor import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from editor.core.model import Project

ORGANISATION_NAME = "PolicyEditor"
APPLICATION_NAME = "Policy Editor"
DESKTOP_FILE_NAME = "policy-editor"

# Set to 1 to quit as soon as the first preview is on screen: start-up benchmarks
# time the whole run of the program with it.
QUIT_AFTER_PREVIEW_ENV = "POLICY_EDITOR_QUIT_AFTER_PREVIEW"


# The plain-Python modules the first paint needs (the project file and the
# preview's pipeline), loaded before PySide6: once PySide6 is loaded, its import
# hook reads the source of every module imported after it (shiboken's
# __feature__ support looks for "PySide6" in it), about 7 ms for these on
# every start.
BEFORE_QT = (
    "editor.core.project_file",
    "editor.export.assemble",
    "editor.export.html",
)

# Should the first paint never come (a window started minimised), the check
# runs and the collector comes back on after this long all the same.
FALLBACK_MS = 3000


def create_application(argv: list[str]) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from editor.ui import qt_dutch

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):
        qt_dutch.use_dutch_dates()  # read by Qt when the application starts
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    # QSettings() finds the program's own settings through these names.
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName(APPLICATION_NAME)
    app.setApplicationVersion(__version__)
    # The name of the .desktop file (packaging/linux/): the desktop shows its icon.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    qt_dutch.install(app)  # Qt's own texts (file dialogs, buttons) in Dutch too
    from editor.ui.look import apply_look

    apply_look(app)
    return app


class StartProject(NamedTuple):
    project: Project
    path: Path | None  # None: the starter
    error: str | None  # why the file did not open
    content: bytes | None = None  # the bytes the file's project was read from


def initial_project(file_name: str | None) -> StartProject:
    """The project to start with: the file, or the starter plus why the file did not open."""
    from editor.core.project_file import ProjectFileError, read_project
    from editor.core.starter import starter_project

    if file_name is None:
        return StartProject(starter_project(), None, None)
    try:
        project, content = read_project(file_name)
    except ProjectFileError as error:
        return StartProject(starter_project(), None, str(error))
    return StartProject(project, Path(file_name).resolve(), None, content)


def file_arguments(arguments: list[str]) -> list[str]:
    """The file names among the program's arguments (Qt's own options are already gone)."""
    return [item for item in arguments[1:] if not item.startswith("-")]


def run_gui(argv: list[str]) -> int:
    """Open the editor window on the file in ``argv`` (or the starter) and run it."""
    # Nearly every object made from here to the first paint (modules, classes,
    # widgets' wrappers, the project) lives as long as the window. The collector
    # would walk them all again dozens of times during the start and once more
    # at exit, for nothing: it stays off until the first paint, and then
    # gc.freeze() moves them out of its sight for good before it comes back on.
    collecting = gc.isenabled()
    gc.disable()
    for name in BEFORE_QT:
        importlib.import_module(name)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from editor.ui.main_window import MainWindow
    from editor.ui.recovery import (
        interval_from_environment,
        offer_leftovers,
        recovery_folder,
    )
    from editor.ui.store import Store

    owns_app = QApplication.instance() is None
    app = create_application(argv)
    # Qt removes its own options (-platform, -style, ...) from app.arguments().
    files = file_arguments(app.arguments() if owns_app else argv)
    start = initial_project(files[0] if files else None)
    error = start.error
    store = Store()
    store.load(start.project, start.path)
    # The check first runs right after the first paint (see below).
    window = MainWindow(store, check_now=False)
    window.files.adopt_start_file(start.content)  # its lock: warns a second editor
    # A quit that skips closing the window (the benchmark) still leaves no lock behind.
    app.aboutToQuit.connect(window.files.open_file.release)
    from editor.ui.shutdown import SignalShutdown

    SignalShutdown(window, app)  # SIGTERM, SIGHUP, SIGINT close as Ctrl+Q does, without asking
    folder = recovery_folder()
    if folder is not None:
        window.files.keep_recovery_copies(folder, interval_from_environment())
    benchmark = os.environ.get(QUIT_AFTER_PREVIEW_ENV) == "1"
    if collecting:
        window.preview.first_painted.connect(_collect_again)
        QTimer.singleShot(FALLBACK_MS, _collect_again)
    # The check's first run comes in the next round of the event loop after the
    # first paint, so the statement is on screen first.
    check = window.findings.ensure_checked
    window.preview.first_painted.connect(lambda: QTimer.singleShot(0, check))
    QTimer.singleShot(FALLBACK_MS, check)
    if benchmark:
        window.preview.first_painted.connect(app.quit)
    window.show()

    def greet() -> None:
        # After the window is on screen, so each message has the editor behind it;
        # one after the other, never two dialogs at once.
        if folder is not None and not benchmark:
            offer_leftovers(window, folder)
        if error is not None:
            window.questions.show_error(window.tr("Openen is mislukt"), error)
        elif not benchmark:
            window.show_first_start_notice()

    QTimer.singleShot(0, greet)
    return app.exec()


def _collect_again() -> None:
    """The start is on screen: freeze what it made and let the collector run again.

    Frozen objects are never collected as cycles; those of the start live
    until the program ends anyway.
    """
    if not gc.isenabled():  # the first of the paint and the fallback timer
        gc.freeze()
        gc.enable()
