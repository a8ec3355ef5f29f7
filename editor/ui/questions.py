"""Questions with named answers: a message box whose buttons map to enum values.

The lock, the changed file and the recovery copy each ask one question with
three answers; this is the one way they are asked, so every such box has the
same shape: a default answer for Enter, a safe answer for Escape and for
closing the box. Every button has a letter for Alt+letter, as do the three
of "save the changes?".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Answer = TypeVar("Answer")
Role = QMessageBox.ButtonRole


@dataclass(frozen=True)
class Choice(Generic[Answer]):
    label: str
    role: Role
    answer: Answer


def ask(
    parent: QWidget,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str,
    choices: Sequence[Choice[Answer]],
    default: Answer,
    escape: Answer,
) -> Answer:
    """Show the question and return the chosen answer (``escape`` when closed)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(details)
    buttons = {choice.answer: box.addButton(choice.label, choice.role) for choice in choices}
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is clicked), escape)


def ask_save_changes(parent: QWidget, title: str, name: str) -> QMessageBox.StandardButton:
    """Save the changes to ``name``? Save, Discard or Cancel (Enter saves, Escape cancels)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(_tr("Wijzigingen in “%1” opslaan?").replace("%1", name))
    box.setInformativeText(_tr("Zonder opslaan gaan de wijzigingen verloren."))
    standard = QMessageBox.StandardButton
    box.setStandardButtons(standard.Save | standard.Discard | standard.Cancel)
    box.button(standard.Save).setText(_tr("&Opslaan"))
    box.button(standard.Discard).setText(_tr("&Niet opslaan"))
    box.button(standard.Cancel).setText(_tr("&Annuleren"))
    box.setDefaultButton(standard.Save)
    box.exec()
    # Which button, not exec()'s code: that is 0 for a button pressed by its letter.
    clicked = box.clickedButton()
    answer = box.standardButton(clicked) if clicked is not None else standard.NoButton
    return answer if answer != standard.NoButton else standard.Cancel


def _tr(text: str) -> str:
    return QCoreApplication.translate("Questions", text)
