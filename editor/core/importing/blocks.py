"""The old statement as blocks: headings, paragraphs, list items and table rows.

Every reader (plain text, Markdown, HTML, Word, PDF) turns its input into a
list of :class:`RawBlock`; :func:`compose` lays them out as one plain text,
the text kept in the project under ``[import]``, and remembers where each
block sits in it. The extractors read the blocks and report where in that
text they found each value, so the window can show the passage a field came
from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # one entry of a bulleted or numbered list
    ROW = "row"  # one row of a table; the cells are in ``cells``


@dataclass(frozen=True)
class RawBlock:
    """A block as a reader found it, before it has a place in the text."""

    kind: Kind
    text: str = ""
    cells: tuple[str, ...] = ()
    table: int = -1  # rows of one table share a number


@dataclass(frozen=True)
class Block:
    """A block with its place in the composed text: ``text == whole[start:end]``."""

    kind: Kind
    text: str
    start: int
    cells: tuple[str, ...] = ()
    table: int = -1

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    def cell_start(self, index: int) -> int:
        """Where cell ``index`` of a row begins in the whole text."""
        return self.start + sum(len(cell) + len(CELL_SEPARATOR) for cell in self.cells[:index])


@dataclass(frozen=True)
class OldText:
    """The old statement: its plain text and its blocks, in reading order."""

    text: str
    blocks: tuple[Block, ...]


CELL_SEPARATOR = " | "
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean_inline(text: str) -> str:
    """One line of text: control characters and runs of spaces become one space."""
    text = _CONTROL.sub(" ", text.replace("\u00ad", ""))
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def compose(raw_blocks: list[RawBlock]) -> OldText:
    """Lay the blocks out as plain text.

    Headings and paragraphs stand alone between blank lines; list items start
    with "- " and table rows join their cells with " | ", one per line, with a
    blank line after the list or table.
    """
    parts: list[str] = []
    blocks: list[Block] = []
    length = 0
    previous: RawBlock | None = None

    def add(piece: str) -> None:
        nonlocal length
        parts.append(piece)
        length += len(piece)

    for raw in raw_blocks:
        cells = tuple(clean_inline(cell).replace("|", "/") for cell in raw.cells)
        text = CELL_SEPARATOR.join(cells) if raw.kind is Kind.ROW else clean_inline(raw.text)
        if not text.strip(CELL_SEPARATOR):
            continue
        if previous is not None:
            same_run = previous.kind is raw.kind and raw.kind in (Kind.ITEM, Kind.ROW)
            if same_run and raw.kind is Kind.ROW and previous.table != raw.table:
                same_run = False
            add("\n" if same_run else "\n\n")
        if raw.kind is Kind.ITEM:
            add("- ")
        blocks.append(Block(raw.kind, text, length, cells, raw.table))
        add(text)
        previous = raw
    if parts:
        add("\n")
    return OldText("".join(parts), tuple(blocks))
