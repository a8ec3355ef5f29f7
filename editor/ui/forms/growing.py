"""Multi-line fields that start a few lines high and grow with the room.

Qt's own wish for a text field or a list is 192 px. A page asked that much
for each one, and a page with wrapped text (a hint, a notice) scrolls at the
height it asks for, even where every field would fit at its smallest: the
Document tab scrolled at 1366x768. These fields ask for their smallest
height, counted in whole lines, and take whatever room their layout has left.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QListView, QListWidget, QPlainTextEdit, QWidget

from editor.ui.forms import spacing


def fit_lines(widget: QAbstractScrollArea, lines: int) -> None:
    """At least ``lines`` lines high: whole lines with any font, never a cut-off one."""
    margins = widget.contentsMargins()
    document = widget.document().documentMargin() if isinstance(widget, QPlainTextEdit) else 0
    height = widget.fontMetrics().lineSpacing() * lines + 2 * document
    widget.setMinimumHeight(int(height) + margins.top() + margins.bottom())


class GrowingText(QPlainTextEdit):
    """A text field of at least ``lines`` lines that grows with the room."""

    def __init__(self, lines: int = spacing.TEXT_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_lines(self, lines)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class GrowingList(QListWidget):
    """A list of at least ``lines`` lines that grows with the room."""

    def __init__(self, lines: int = spacing.LIST_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_lines(self, lines)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class GrowingListView(QListView):
    """A list over a model, of at least ``lines`` lines, that grows with the room."""

    def __init__(self, lines: int = spacing.LIST_LINES, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fit_lines(self, lines)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())
