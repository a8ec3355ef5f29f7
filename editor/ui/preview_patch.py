"""Patching one changed section of the preview block by block, or cell by cell.

An edit deep in a large statement (one processor's name, one retention, one
cookie) changes one paragraph or one table cell of a section that can hold
hundreds of them; putting the whole section in again (70 KB of HTML for 200
processors) cost most of the update. When the old and the new section have
the same shape (the same blocks of the same kinds, tables with the same
number of rows and columns, and the same column widths), only the blocks
and cells that differ are replaced. A long table is several tables in the
preview (export/preview_table.py): Qt then lays out only the chunk whose
cell changed.

The document is read before it is changed: every block of the old section
must be found where the shape says, with the text it should have. When
anything does not match, nothing is changed and the caller replaces the
whole section, as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument, QTextLength, QTextTable

from editor.export.blocks import Block, BulletList, Heading, Inline, Paragraph, Section, Table
from editor.export.html import PREVIEW_END, PREVIEW_START, inline_html
from editor.export.preview_table import REFERENCE_WIDTH, chunk_bounds, column_shares

Row = tuple[Inline, ...]

# Qt stores a line break inside a paragraph (<br>) as this character.
_LINE_SEPARATOR = "\u2028"


@dataclass(frozen=True)
class _Edit:
    """Put ``runs`` in place of the text between ``start`` and ``end``."""

    start: int
    end: int
    runs: Inline


@dataclass(frozen=True)
class _Widths:
    """Give the columns of ``table`` (one chunk) these shares of its width, in percent."""

    table: QTextTable
    shares: tuple[int, ...]


Change = _Edit | _Widths


def patch_section(
    document: QTextDocument,
    heading_at: int,
    old: Section,
    new: Section,
    rooms: tuple[float, float] = (REFERENCE_WIDTH, REFERENCE_WIDTH),
) -> bool:
    """Bring the section whose heading starts at ``heading_at`` from ``old`` to ``new``.

    ``rooms``: the width its tables were written for, and the width now (in
    units of the font size; see export/preview_table.py). True when done;
    False (and the document untouched) when the change is not one of text
    within the same shape, or the document does not hold ``old`` where
    expected.
    """
    if old.heading != new.heading or len(old.blocks) != len(new.blocks):
        return False
    edits: list[Change] = []
    block = document.findBlock(heading_at).next()  # the first block after the h2
    for before, after in zip(old.blocks, new.blocks, strict=True):
        block = _skip_empty(block)
        if not block.isValid():
            return False
        found = _edits_for(document, block, before, after, rooms)
        if found is None:
            return False
        block, block_edits = found
        edits.extend(block_edits)
    # From the end backwards: a replacement moves only the text after it.
    text_edits = [edit for edit in edits if isinstance(edit, _Edit)]
    for edit in sorted(text_edits, key=lambda e: e.start, reverse=True):
        cursor = QTextCursor(document)
        cursor.setPosition(edit.start)
        cursor.setPosition(edit.end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertHtml(PREVIEW_START + inline_html(edit.runs) + PREVIEW_END)
    for widths in (edit for edit in edits if isinstance(edit, _Widths)):
        table_format = widths.table.format()
        percent = QTextLength.Type.PercentageLength
        table_format.setColumnWidthConstraints([QTextLength(percent, s) for s in widths.shares])
        widths.table.setFormat(table_format)
    return True


def _edits_for(
    document: QTextDocument,
    block: QTextBlock,
    before: Block,
    after: Block,
    rooms: tuple[float, float],
) -> tuple[QTextBlock, list[Change]] | None:
    """The block after ``before`` in the document, and the edits that make it ``after``."""
    if type(before) is not type(after):
        return None
    if isinstance(before, Table) and isinstance(after, Table):
        return _table_edits(document, block, (before, after), rooms)
    if isinstance(before, BulletList) and isinstance(after, BulletList):
        if len(before.items) != len(after.items):
            return None
        edits: list[Change] = []
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
        return block.next(), [] if before == after else [_block_edit(block, after.runs)]
    if isinstance(before, Heading) and before == after and block.text() == before.text:
        return block.next(), []
    return None  # a changed subheading keeps its own formats: the whole section goes


def _table_edits(
    document: QTextDocument,
    block: QTextBlock,
    tables: tuple[Table, Table],
    rooms: tuple[float, float],
) -> tuple[QTextBlock, list[Change]] | None:
    """The edits within one table of the section, written as chunks (export/preview_table.py)."""
    before, after = tables
    if before.header != after.header or len(after.rows) != len(before.rows):
        return None
    shares = column_shares(after, rooms[1])
    # When the new text (or a new width of the pane) moves a column, every
    # chunk takes the new widths: Qt lays them all out again, yet that is
    # still far less than putting the whole section in again.
    new_widths = shares != column_shares(before, rooms[0])
    columns = len(before.header)
    edits: list[Change] = []
    for number, (first, end) in enumerate(chunk_bounds(len(before.rows))):
        block = _skip_empty(block)
        table = QTextCursor(block).currentTable() if block.isValid() else None
        heads = 1 if number == 0 else 0  # the header is row 0 of the first chunk
        if not isinstance(table, QTextTable) or table.firstPosition() != block.position():
            return None
        if (table.rows(), table.columns()) != (end - first + heads, columns):
            return None
        rows = zip(before.rows[first:end], after.rows[first:end], strict=True)
        for number_in_chunk, (old_row, new_row) in enumerate(rows, heads):
            found = _row_edits(table, number_in_chunk, columns, old_row, new_row)
            if found is None:
                return None
            edits.extend(found)
        if new_widths:
            edits.append(_Widths(table, shares))
        block = document.findBlock(table.lastPosition() + 1)
    return block, edits


def _row_edits(
    table: QTextTable, number: int, columns: int, old_row: Row, new_row: Row
) -> list[_Edit] | None:
    if old_row == new_row:
        return []
    if len(old_row) != columns or len(new_row) != columns:
        return None
    edits = []
    for column, (old_cell, new_cell) in enumerate(zip(old_row, new_row, strict=True)):
        if old_cell == new_cell:
            continue
        cell = table.cellAt(number, column)
        start, end = cell.firstCursorPosition(), cell.lastCursorPosition()
        # A cell of the preview holds one paragraph (line breaks stay inside it).
        if start.block() != end.block() or start.block().text() != _text(old_cell):
            return None
        edits.append(_Edit(start.position(), end.position(), new_cell))
    return edits


def _skip_empty(block: QTextBlock) -> QTextBlock:
    # Qt keeps an empty block after a table; no block of ours is empty.
    while block.isValid() and not block.text() and QTextCursor(block).currentTable() is None:
        block = block.next()
    return block


def _block_edit(block: QTextBlock, runs: Inline) -> _Edit:
    start = block.position()
    return _Edit(start, start + block.length() - 1, runs)  # the text, not the block's end


def _text(runs: Inline) -> str:
    return "".join(_LINE_SEPARATOR if run.text == "\n" else run.text for run in runs)
