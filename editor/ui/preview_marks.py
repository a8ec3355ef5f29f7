"""Showing the owner what changed in the preview: scroll to it, mark it, fade.

An undo or redo may change a part of the statement far from what is on
screen, often from another tab. The preview then scrolls to the first
paragraph (or table cell) that changed and marks every changed one with a
soft yellow background that fades away. The marks are extra selections, so
the document itself (and what the exports write) never sees them.

Which paragraphs changed is found by comparing the text of every block
before and after the render: done only for an undo or redo, never while
typing, so the typing path stays as fast as before.
"""

from __future__ import annotations

import difflib

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextBlock, QTextCursor, QTextFormat
from PySide6.QtWidgets import QTextBrowser, QTextEdit

# The marker's colour at full strength: the same soft yellow as an empty blank.
MARK_COLOR = QColor("#ffe58a")
# The mark stays at full strength for HOLD_STEPS ticks, then fades out over
# FADE_STEPS ticks: about 1.8 s in all.
TICK_MS = 60
HOLD_STEPS = 12
FADE_STEPS = 18
# A changed paragraph scrolled to lands a third down the pane, with what comes
# before it in view.
SCROLL_SHARE = 3


def block_texts(browser: QTextBrowser) -> list[str]:
    """The text of every block of the document, table cells included, in order."""
    texts = []
    block = browser.document().begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


class ChangeMarker(QObject):
    """Marks the blocks of ``browser`` that differ from a snapshot; see the module doc."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self._browser = browser
        self._before: list[str] | None = None
        self._blocks: list[QTextBlock] = []
        self._step = 0
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def take_snapshot(self) -> None:
        """Remember the text as it is now, to compare the next render with."""
        self._before = block_texts(self._browser)

    def has_snapshot(self) -> bool:
        return self._before is not None

    def mark_changes(self) -> bool:
        """Scroll to and mark what differs from the snapshot; False when nothing does."""
        if self._before is None:
            return False
        before, self._before = self._before, None
        after = block_texts(self._browser)
        changed = _changed_blocks(before, after)
        if not changed:
            return False
        document = self._browser.document()
        self._blocks = [document.findBlockByNumber(number) for number in changed]
        self._scroll_to(self._blocks[0])
        self._step = 0
        self._paint()
        self.timer.start()
        return True

    def marked_texts(self) -> list[str]:
        """The text of the blocks marked now (empty once the mark has faded)."""
        return [selection.cursor.selectedText() for selection in self._browser.extraSelections()]

    def strength(self) -> float:
        """How strong the mark is now: 1.0 at first, 0.0 when gone."""
        if not self._blocks:
            return 0.0
        fading = max(0, self._step - HOLD_STEPS)
        return max(0.0, 1.0 - fading / FADE_STEPS)

    def clear(self) -> None:
        self.timer.stop()
        self._blocks = []
        self._browser.setExtraSelections([])

    # -- internals -------------------------------------------------------------------
    def _scroll_to(self, block: QTextBlock) -> None:
        layout = self._browser.document().documentLayout()
        top = int(layout.blockBoundingRect(block).top())
        bar = self._browser.verticalScrollBar()
        height = self._browser.viewport().height()
        visible = bar.value() <= top <= bar.value() + height - 40
        if not visible:
            bar.setValue(max(0, top - height // SCROLL_SHARE))

    def _paint(self) -> None:
        color = QColor(MARK_COLOR)
        color.setAlphaF(self.strength())
        selections = []
        for block in self._blocks:
            if not block.isValid():
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
            )
            selection.cursor = cursor
            text_format = selection.format
            text_format.setBackground(color)
            if not block.text():
                text_format.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selection.format = text_format
            selections.append(selection)
        self._browser.setExtraSelections(selections)

    def _on_timer_timeout(self) -> None:
        self._step += 1
        if self.strength() <= 0.0:
            self.clear()
        else:
            self._paint()


def _changed_blocks(before: list[str], after: list[str]) -> list[int]:
    """Numbers of the blocks in ``after`` that are new or changed against ``before``.

    A part that only lost blocks marks the block that now stands in their place.
    """
    changed: list[int] = []
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag in ("replace", "insert"):
            changed.extend(range(j1, j2))
        elif tag == "delete" and j1 < len(after):
            changed.append(j1)
    return sorted(set(changed))
