"""The three-answer questions (save changes, lock, changed file, recovery copy), answered
as a user would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
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
from editor.ui.window_questions import DialogQuestions, SaveAnswer

SHOP = Path("/winkels/kaarsenhuis.policy.toml")
WHEN = dt.datetime(2026, 11, 30, 14, 5, tzinfo=dt.UTC)


def save_question(parent: QWidget) -> Any:
    return DialogQuestions(parent).save_changes(SHOP.name)


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
    (save_question, "&Opslaan", SaveAnswer.SAVE),
    (save_question, "&Niet opslaan", SaveAnswer.DISCARD),
    (save_question, "&Annuleren", SaveAnswer.CANCEL),
    (lock_question, "A&lleen-lezen openen", LockAnswer.READ_ONLY),
    (lock_question, "&Toch openen", LockAnswer.OPEN_ANYWAY),
    (lock_question, "&Annuleren", LockAnswer.CANCEL),
    (conflict_question, "&Overschrijven", ConflictAnswer.OVERWRITE),
    (conflict_question, "Opslaan a&ls…", ConflictAnswer.SAVE_AS),
    (conflict_question, "&Annuleren", ConflictAnswer.CANCEL),
    (restore_question, "&Herstellen", RestoreAnswer.RESTORE),
    (restore_question, "&Verwijderen", RestoreAnswer.DELETE),
    (restore_question, "&Later", RestoreAnswer.LATER),
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
    (save_question, SaveAnswer.SAVE, SaveAnswer.CANCEL),
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
    seen = answer_with(click("&Annuleren"))
    lock_question(parent)
    assert "kantoor-pc" in seen[0]


def mnemonic(label: str) -> Qt.Key:
    """The key of the letter after "&": "Opslaan a&ls…" -> Key_L."""
    letter = label[label.index("&") + 1].upper()
    return Qt.Key(ord(letter))


def press_alt(qtbot: QtBot, label: str) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        # A letter works in the active window only, as it does for the user.
        box.activateWindow()
        QTest.qWaitForWindowActive(box)
        qtbot.keyClick(box, mnemonic(label), Qt.KeyboardModifier.AltModifier)
        # The letter presses its button at once and clicks it a moment later.
        if not any(button.isDown() for button in box.buttons()):
            box.reject()  # no button took the letter: the test fails, not hangs

    return press


@pytest.mark.parametrize(("question", "label", "answer"), CASES)
def test_each_button_answers_to_its_alt_letter(
    qtbot: QtBot, question: Question, label: str, answer: object
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_with(press_alt(qtbot, label))
    assert question(parent) is answer


def test_the_save_question_quotes_the_file_name(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_with(click("&Annuleren"))
    save_question(parent)
    assert "“kaarsenhuis.policy.toml”" in seen[0]


@pytest.mark.parametrize(
    "question", [save_question, lock_question, conflict_question, restore_question]
)
def test_no_two_buttons_share_a_letter(qtbot: QtBot, question: Question) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    letters: list[str] = []

    def collect(box: QMessageBox) -> None:
        letters.extend(str(mnemonic(b.text())) for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    answer_with(collect)
    question(parent)
    assert len(letters) == 3
    assert len(set(letters)) == 3


def test_the_recovery_question_says_je_like_the_rest(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = answer_with(click("&Later"))
    restore_question(parent)
    assert "Wil je die wijzigingen terughalen?" in seen[0]
    assert "Wilt u" not in seen[0]
