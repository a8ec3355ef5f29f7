"""Windows for the reliability tests: made with private settings, closed without questions.

Every question a window can ask is answered by the test (a question nobody
answers would wait forever offscreen); error dialogs are recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QMessageBox

from editor.core.project_file import save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.store import Store

NAME = ("organisation", "name")


def saved_starter(folder: Path, shop_name: str) -> Path:
    """``folder/winkel.policy.toml``: the starter project with ``shop_name``, saved."""
    path = folder / "winkel.policy.toml"
    project = starter_project()
    project.organisation.name = shop_name
    save_project(project, path)
    return path


class Windows:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self.made: list[MainWindow] = []

    def new(self) -> MainWindow:
        store = Store()
        store.load(starter_project(), None)
        window = MainWindow(store, self._settings, preview_interval_ms=5)
        # Unanswered questions fail the test instead of hanging it.
        window._ask_save_changes = _unexpected("save changes")  # type: ignore[method-assign]
        window._ask_lock_conflict = _unexpected("lock")  # type: ignore[method-assign]
        window._ask_disk_conflict = _unexpected("changed on disk")  # type: ignore[method-assign]
        window._ask_restore = _unexpected("restore")  # type: ignore[method-assign]
        self.made.append(window)
        return window

    def close_all(self) -> None:
        for window in self.made:
            window.store.undo_stack.setClean()
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _unexpected(question: str):  # type: ignore[no-untyped-def]
    def ask(*_args: object) -> object:
        pytest.fail(f"unexpected question: {question}")

    return ask


def windows_fixture(tmp_path: Path) -> Iterator[Windows]:
    windows = Windows(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    yield windows
    windows.close_all()


def record_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every error dialog (the window's _show_error uses QMessageBox.critical), recorded."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, title, text, *_: shown.append((title, text))
    )
    return shown


def answer(value: object) -> tuple[list[tuple[object, ...]], object]:
    """A stand-in for an _ask_* method that answers ``value`` and records each question."""
    asked: list[tuple[object, ...]] = []

    def ask(*args: object) -> object:
        asked.append(args)
        return value

    return asked, ask


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes (lock files apart: they say who has it open)."""
    return {
        path.name: path.read_bytes()
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.endswith(".lock")
    }
