"""The three-answer questions (lock, changed file, recovery copy), answered as a user would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from editor.core.file_lock import LockInfo, Owner
from editor.ui.open_file import (
    ConflictAnswer,
    LockAnswer,
    ask_conflict_question,
    ask_lock_question,
)
from editor.ui.recovery import RecoveryCopy, RestoreAnswer, ask_restore_question

SHOP = Path("/winkels/kaarsenhuis.policy.toml")
WHEN = dt.datetime(2026, 11, 30, 14, 5, tzinfo=dt.UTC)


def lock_question(parent: QWidget) -> Any:
    holder = LockInfo(Owner(4242, "kantoor-pc", "", WHEN), "token")
    return ask_lock_question(parent, SHOP, holder)


def conflict_question(parent: QWidget) -> Any:
    return ask_conflict_question(parent, SHOP)


def restore_question(parent: QWidget) -> Any:
    owner = Owner(4242, "kantoor-pc", "", WHEN)
    copy = RecoveryCopy(Path("/tmp/x.toml"), Path("/tmp/x.json"), SHOP, WHEN, owner, None)
    return ask_restore_question(parent, copy)


Question = Callable[[QWidget], Any]


def answer_with(action: Callable[[QMessageBox], None]) -> list[str]:
    """Act on the next message box as soon as it is open; returns what it said."""
    seen: list[str] = []

    def act() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, act)
            return
        seen.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        action(box)

    QTimer.singleShot(0, act)
    return seen


def click(label: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text() == label]
        button.click()

    return press


CASES = [
    (lock_question, "Alleen-lezen openen", LockAnswer.READ_ONLY),
    (lock_question, "Toch openen", LockAnswer.OPEN_ANYWAY),
    (lock_question, "Annuleren", LockAnswer.CANCEL),
    (conflict_question, "Overschrijven", ConflictAnswer.OVERWRITE),
    (conflict_question, "Opslaan als…", ConflictAnswer.SAVE_AS),
    (conflict_question, "Annuleren", ConflictAnswer.CANCEL),
    (restore_question, "Herstellen", RestoreAnswer.RESTORE),
    (restore_question, "Verwijderen", RestoreAnswer.DELETE),
    (restore_question, "Later", RestoreAnswer.LATER),
]


@pytest.mark.parametrize(("question", "label", "answer"), CASES)
def test_each_button_gives_its_answer(
    qtbot: QtBot, question: Question, label: str, answer: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_with(click(label))
    assert question(parent) is answer
    assert "kaarsenhuis.policy.toml" in seen[0]


SAFE = [
    (lock_question, LockAnswer.READ_ONLY, LockAnswer.CANCEL),
    (conflict_question, ConflictAnswer.SAVE_AS, ConflictAnswer.CANCEL),
    (restore_question, RestoreAnswer.RESTORE, RestoreAnswer.LATER),
]


@pytest.mark.parametrize(("question", "on_enter", "on_escape"), SAFE)
def test_enter_takes_the_default_and_escape_the_safe_answer(
    qtbot: QtBot, question: Question, on_enter: object, on_escape: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_with(lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    assert question(parent) is on_enter
    answer_with(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert question(parent) is on_escape


def test_the_lock_question_names_the_other_computer(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_with(click("Annuleren"))
    lock_question(parent)
    assert "kantoor-pc" in seen[0]
