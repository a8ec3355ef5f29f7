"""Review comments in the Word file, each on the text it concerns.

An :class:`~editor.export.review.Anchor` names a section, a block of it, a
row or cell of a table or an item of a list; ``docx_body`` recorded where
each block's elements sit in the body. Here the anchor becomes a comment
range around exactly those paragraphs: the label and list of a kind of data,
a party's row or the cell of its country, a cookie's cell.

The range markers are placed at paragraph level (before the first content,
after the last), so a paragraph whose text is all a link, or an empty table
cell, can carry a comment too. Only called from ``write_docx``, which has
already imported python-docx.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement

from editor.export.docx_body import Body
from editor.export.docx_comment_part import CommentWriter
from editor.export.review import Anchor, ReviewComment

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement

    from editor.export.docx import Comments

COMMENT_AUTHOR = "Policy Editor"
COMMENT_INITIALS = "PE"


def as_review_comments(comments: Comments) -> list[ReviewComment]:
    """Comments by section key ("data": [...]) as comments on those headings."""
    if isinstance(comments, Mapping):
        return [
            ReviewComment(Anchor(key), text)
            for key, texts in comments.items()
            for text in ([texts] if isinstance(texts, str) else texts)  # one text passed bare
        ]
    return list(comments)


def add_comments(
    document: Document, elements: list[BaseOxmlElement], body: Body, comments: Comments
) -> None:
    # Ids counted by the writer: python-docx's add_comment searched them each time.
    writer = CommentWriter(document, COMMENT_AUTHOR, COMMENT_INITIALS)
    for comment in as_review_comments(comments):
        first, last = _paragraphs(elements, body, comment.anchor)
        _mark(first, last, writer.add(comment.text))


def _paragraphs(
    elements: list[BaseOxmlElement], body: Body, anchor: Anchor
) -> tuple[BaseOxmlElement, BaseOxmlElement]:
    """The first and last paragraph (w:p) of the text ``anchor`` names."""
    heading = elements[body.heading_index.get(anchor.section, body.title_index)]
    if anchor.block is None:
        return heading, heading
    positions = body.block_index.get((anchor.section, anchor.block))
    if not positions:
        return heading, heading
    last_positions = positions
    if anchor.last_block is not None:
        last_positions = body.block_index.get((anchor.section, anchor.last_block), positions)
    element = elements[positions[0]]
    if element.tag == qn("w:tbl"):
        return _in_table(element, anchor)
    if anchor.row is not None and anchor.row < len(positions):  # one item of a list
        item = elements[positions[anchor.row]]
        return item, item
    return element, elements[last_positions[-1]]


def _in_table(table: BaseOxmlElement, anchor: Anchor) -> tuple[BaseOxmlElement, BaseOxmlElement]:
    rows = table.findall(qn("w:tr"))
    if anchor.row is None or anchor.row + 1 >= len(rows):
        chosen = rows  # the whole table
    else:
        chosen = [rows[anchor.row + 1]]  # the body row (the header row comes first)
        if anchor.cell is not None:
            cells = chosen[0].findall(qn("w:tc"))
            if anchor.cell < len(cells):
                paragraphs = cells[anchor.cell].findall(qn("w:p"))
                return paragraphs[0], paragraphs[-1]
    first = chosen[0].find(qn("w:tc")).find(qn("w:p"))
    last = chosen[-1].findall(qn("w:tc"))[-1].findall(qn("w:p"))[-1]
    return first, last


def _mark(first: BaseOxmlElement, last: BaseOxmlElement, comment_id: int) -> None:
    """The comment's range from the start of ``first`` to the end of ``last``."""
    start = OxmlElement("w:commentRangeStart", attrs={qn("w:id"): str(comment_id)})
    properties = first.find(qn("w:pPr"))
    if properties is not None:
        properties.addnext(start)
    else:
        first.insert(0, start)
    last.append(OxmlElement("w:commentRangeEnd", attrs={qn("w:id"): str(comment_id)}))
    reference = OxmlElement("w:r")
    style = OxmlElement("w:rStyle", attrs={qn("w:val"): "CommentReference"})
    run_properties = OxmlElement("w:rPr")
    run_properties.append(style)
    reference.append(run_properties)
    reference.append(OxmlElement("w:commentReference", attrs={qn("w:id"): str(comment_id)}))
    last.append(reference)
