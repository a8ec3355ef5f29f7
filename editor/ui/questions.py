"""Questions with named answers: a message box whose buttons map to enum values.

Save the changes, the lock, the changed file and the recovery copy each ask
one question with three answers; this is the one way they are asked, so every
such box has the same shape: a default answer for Enter, a safe answer for
Escape and for closing the box. Every button has a letter for Alt+letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

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
