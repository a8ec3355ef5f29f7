"""Patching one changed section of the preview block by block, or cell by cell.

An edit deep in a large statement (one processor's name, one retention, one
cookie) changes one paragraph or one table cell of a section that can hold
hundreds of them; putting the whole section in again (70 KB of HTML for 200
processors) cost most of the update. When the old and the new section have
the same shape (the same blocks of the same kinds, tables with the same
number of rows and columns), only the blocks and cells that differ are
replaced.

The document is read before it is changed: every block of the old section
must be found where the shape says, with the text it should have. When
anything does not match, nothing is changed and the caller replaces the
whole section, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextTable

from editor.export.blocks import Block, BulletList, Heading, Inline, Paragraph, Section, Table
from editor.export.html import PREVIEW_END, PREVIEW_START, inline_html

# Qt stores a line break inside a paragraph (<br>) as this character.
_LINE_SEPARATOR = "\u2028"


@dataclass(frozen=True)
class _Edit:
    """Put ``runs`` in place of the text between ``start`` and ``end``."""

    start: int
    end: int
    runs: Inline


def patch_section(document: QTextDocument, heading_at: int, old: Section, new: Section) -> bool:
    """Bring the section whose heading starts at ``heading_at`` from ``old`` to ``new``.

    True when done; False (and the document untouched) when the change is
    not one of text within the same shape, or the document does not hold
    ``old`` where expected.
    """
    if old.heading != new.heading or len(old.blocks) != len(new.blocks):
        return False
    edits: list[_Edit] = []
    block = document.findBlock(heading_at).next()  # the first block after the h2
    for before, after in zip(old.blocks, new.blocks, strict=True):
        # Qt keeps an empty block after a table; no block of ours is empty.
        while block.isValid() and not block.text() and QTextCursor(block).currentTable() is None:
            block = block.next()
        if not block.isValid():
            return False
        found = _edits_for(document, block, before, after)
        if found is None:
            return False
        block, block_edits = found
        edits.extend(block_edits)
    # From the end backwards: a replacement moves only the text after it.
    for edit in sorted(edits, key=lambda e: e.start, reverse=True):
        cursor = QTextCursor(document)
        cursor.setPosition(edit.start)
        cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertHtml(PREVIEW_START + inline_html(edit.runs) + PREVIEW_END)
    return True


def _edits_for(
    document: QTextDocument, block: QTextBlock, before: Block, after: Block
) -> tuple[QTextBlock, list[_Edit]] | None:
    """The block after ``before`` in the document, and the edits that make it ``after``."""
    if type(before) is not type(after):
        return None
    if isinstance(before, Table) and isinstance(after, Table):
        return _table_edits(document, block, before, after)
    if isinstance(before, BulletList) and isinstance(after, BulletList):
        if len(before.items) != len(after.items):
            return None
        edits = []
        for old_item, new_item in zip(before.items, after.items, strict=True):
            if not block.isValid() or block.text() != _text(old_item):
                return None
            if old_item != new_item:
                edits.append(_block_edit(block, new_item))
            block = block.next()
        return block, edits
    if isinstance(before, Paragraph) and isinstance(after, Paragraph):
        if block.text() != _text(before.runs):
            return None
        edits = [] if before == after else [_block_edit(block, after.runs)]
        return block.next(), edits
    if isinstance(before, Heading) and before == after and block.text() == before.text:
        return block.next(), []
    return None  # a changed subheading keeps its own formats: the whole section goes


def _table_edits(
    document: QTextDocument, block: QTextBlock, before: Table, after: Table
) -> tuple[QTextBlock, list[_Edit]] | None:
    table = QTextCursor(block).currentTable()
    if not isinstance(table, QTextTable) or before.header != after.header:
        return None
    rows, columns = len(before.rows) + 1, len(before.header)  # the header is row 0
    if len(after.rows) != len(before.rows) or (table.rows(), table.columns()) != (rows, columns):
        return None
    edits = []
    for number, (old_row, new_row) in enumerate(zip(before.rows, after.rows, strict=True), 1):
        if old_row == new_row:
            continue
        if len(old_row) != columns or len(new_row) != columns:
            return None
        for column, (old_cell, new_cell) in enumerate(zip(old_row, new_row, strict=True)):
            if old_cell == new_cell:
                continue
            cell = table.cellAt(number, column)
            start, end = cell.firstCursorPosition(), cell.lastCursorPosition()
            # A cell of the preview holds one paragraph (line breaks stay inside it).
            if start.block() != end.block() or start.block().text() != _text(old_cell):
                return None
            edits.append(_Edit(start.position(), end.position(), new_cell))
    return document.findBlock(table.lastPosition() + 1), edits


def _block_edit(block: QTextBlock, runs: Inline) -> _Edit:
    start = block.position()
    return _Edit(start, start + block.length() - 1, runs)  # the text, not the block's end


def _text(runs: Inline) -> str:
    return "".join(_LINE_SEPARATOR if run.text == "\n" else run.text for run in runs)
