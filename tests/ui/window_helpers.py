"""Windows for the UI tests: made with private settings, closed without questions.

Every window gets a :class:`FakeQuestions` instead of dialogs: each question
is answered by the test (a question nobody answers fails the test instead of
waiting forever offscreen), and error messages are recorded.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from editor.core.file_lock import LockInfo
from editor.core.project_file import save_project
from editor.core.starter import starter_project
from editor.ui.main_window import MainWindow
from editor.ui.open_file import ConflictAnswer, LockAnswer
from editor.ui.recovery import RecoveryCopy, RestoreAnswer
from editor.ui.store import Store
from editor.ui.window_questions import Questions, SaveAnswer

NAME = ("organisation", "name")


def saved_starter(folder: Path, shop_name: str) -> Path:
    """``folder/winkel.policy.toml``: the starter project with ``shop_name``, saved."""
    path = folder / "winkel.policy.toml"
    project = starter_project()
    project.organisation.name = shop_name
    save_project(project, path)
    return path


class FakeQuestions:
    """Answers the window's questions as the test said; an unexpected one fails the test.

    ``answer("lock_conflict", LockAnswer.CANCEL)`` answers that question from
    then on and returns the list of the questions' arguments as they are asked.
    """

    def __init__(self, errors: list[tuple[str, str]] | None = None) -> None:
        self._replies: dict[str, Callable[..., object]] = {}
        self.errors: list[tuple[str, str]] = errors if errors is not None else []

    def answer(self, question: str, value: object) -> list[tuple[object, ...]]:
        asked: list[tuple[object, ...]] = []

        def reply(*args: object) -> object:
            asked.append(args)
            return value

        self.answer_with(question, reply)
        return asked

    def answer_with(self, question: str, reply: Callable[..., object]) -> None:
        assert hasattr(Questions, question), f"no such question: {question}"
        self._replies[question] = reply

    def unanswered(self, question: str) -> None:
        """From now on ``question`` fails the test when asked."""
        self._replies.pop(question, None)

    def _ask(self, question: str, *args: object) -> object:
        reply = self._replies.get(question)
        if reply is None:
            pytest.fail(f"unexpected question: {question}{args}")
        return reply(*args)

    def save_changes(self, name: str) -> SaveAnswer:
        return self._ask("save_changes", name)  # type: ignore[return-value]

    def open_path(self, directory: Path) -> Path | None:
        return self._ask("open_path", directory)  # type: ignore[return-value]

    def save_path(self, caption: str, filter_: str, suggested: Path) -> Path | None:
        return self._ask("save_path", caption, filter_, suggested)  # type: ignore[return-value]

    def lock_conflict(self, path: Path, holder: LockInfo) -> LockAnswer:
        return self._ask("lock_conflict", path, holder)  # type: ignore[return-value]

    def disk_conflict(self, path: Path) -> ConflictAnswer:
        return self._ask("disk_conflict", path)  # type: ignore[return-value]

    def restore(self, copy: RecoveryCopy) -> RestoreAnswer:
        return self._ask("restore", copy)  # type: ignore[return-value]

    def show_error(self, title: str, message: str) -> None:
        self.errors.append((title, message))


def questions_of(window: MainWindow) -> FakeQuestions:
    """The fake a test window asks its questions through."""
    assert isinstance(window.questions, FakeQuestions)
    return window.questions


def answer(window: MainWindow, question: str, value: object) -> list[tuple[object, ...]]:
    """Answer ``question`` of ``window`` with ``value`` from now on; the questions asked."""
    return questions_of(window).answer(question, value)


class Windows:
    """Windows that fail the test on a question it did not answer; errors in ``errors``."""

    def __init__(self, settings: QSettings, errors: list[tuple[str, str]]) -> None:
        self._settings = settings
        self.errors = errors
        self.made: list[MainWindow] = []

    def new(self) -> MainWindow:
        store = Store()
        store.load(starter_project(), None)
        window = MainWindow(
            store, self._settings, questions=FakeQuestions(self.errors), preview_interval_ms=5
        )
        self.made.append(window)
        return window

    def close_all(self) -> None:
        for window in self.made:
            window.store.undo_stack.setClean()
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def windows_fixture(tmp_path: Path, errors: list[tuple[str, str]]) -> Iterator[Windows]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    windows = Windows(settings, errors)
    yield windows
    windows.close_all()


def folder_snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes (lock files apart: they say who has it open)."""
    return {
        path.name: path.read_bytes()
        for path in sorted(folder.iterdir())
        if path.is_file() and not path.name.endswith(".lock")
    }
