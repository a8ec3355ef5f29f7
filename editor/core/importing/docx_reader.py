"""A Word document (.docx) into blocks: paragraphs, headings, lists and tables in order."""

from __future__ import annotations

import io
from typing import Any

from editor.core.importing.blocks import Kind, RawBlock


def read_docx(data: bytes) -> list[RawBlock]:
    """The blocks of a .docx file, in the order they stand in the document body.

    python-docx is imported here, not at the top: reading a text file should not
    pay for loading it.
    """
    import docx
    from docx.table import Table

    document = docx.Document(io.BytesIO(data))
    blocks: list[RawBlock] = []
    tables = 0
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            tables += 1
            blocks.extend(_table_blocks(part, tables))
        else:
            blocks.extend(_paragraph_blocks(part))
    return blocks


def _paragraph_blocks(paragraph: Any) -> list[RawBlock]:
    text = paragraph.text
    if not text.strip():
        return []
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) > 1 and all(len(line) <= 60 for line in lines):
        # Lines kept apart with Shift+Enter: an address block, one fact per line.
        return [RawBlock(Kind.PARAGRAPH, line) for line in lines]
    block = _paragraph_block(paragraph, text)
    return [block]


def _paragraph_block(paragraph: Any, text: str) -> RawBlock:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = style.casefold()
    if lowered.startswith(("heading", "kop", "title", "titel", "subtitle", "ondertitel")):
        return RawBlock(Kind.HEADING, text)
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if numbered or "list" in lowered or "lijst" in lowered:
        return RawBlock(Kind.ITEM, text)
    runs = [run for run in paragraph.runs if run.text.strip()]
    # Many people make a heading by typing a short line in bold.
    if runs and all(run.bold for run in runs) and len(text) <= 90 and not text.endswith("."):
        return RawBlock(Kind.HEADING, text)
    return RawBlock(Kind.PARAGRAPH, text)


def _table_blocks(table: Any, number: int) -> list[RawBlock]:
    blocks: list[RawBlock] = []
    for row in table.rows:
        cells: list[str] = []
        previous = None
        for cell in row.cells:
            # A merged cell is returned once per grid column it spans.
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(" ".join(cell.text.split()))
        if any(cells):
            blocks.append(RawBlock(Kind.ROW, cells=tuple(cells), table=number))
    return blocks
