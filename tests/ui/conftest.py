"""Windows for the UI tests: private settings, a project of the test's choice,
and closed by hand at the end so none is left waiting on a question."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from editor.core.model import Project
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.store import Store
from tests.conftest import SHARED
from tests.ui.window_helpers import FakeQuestions, Windows, windows_fixture

# Short enough that a test waiting for the preview or the check is quick.
INTERVAL_MS = 5

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def errors() -> list[tuple[str, str]]:
    """Every error message the test's windows show, recorded instead of shown."""
    return []


@pytest.fixture
def make_window(
    qtbot: QtBot, settings: QSettings, errors: list[tuple[str, str]]
) -> Iterator[MakeWindow]:
    """``make_window(project=None)``: a window on ``project`` (the starter when None).

    Its questions go to a FakeQuestions (window_helpers.py): a test answers
    the ones it expects, any other fails it.
    """
    windows: list[MainWindow] = []

    def make(project: Project | None = None) -> MainWindow:
        store = Store()
        store.load(project if project is not None else starter_project(), None)
        questions = FakeQuestions(errors)
        window = MainWindow(store, settings, questions=questions, preview_interval_ms=INTERVAL_MS)
        windows.append(window)
        return window

    yield make
    # Not qtbot.addWidget: qtbot closes its widgets before this runs, and a
    # window with unsaved changes would then wait for an answer forever.
    for window in windows:
        window.store.undo_stack.setClean()
        window.close()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def open_example(make_window: MakeWindow) -> Callable[[str], MainWindow]:
    """``open_example("luxigo")``: a window on that example project."""

    def open_(name: str) -> MainWindow:
        return make_window(load_project(SHARED / "examples" / f"{name}.policy.toml"))

    return open_


@pytest.fixture
def windows(qapp: QApplication, tmp_path: Path, errors: list[tuple[str, str]]) -> Iterator[Windows]:
    """Windows that fail the test on any question it does not answer (window_helpers)."""
    yield from windows_fixture(tmp_path, errors)
