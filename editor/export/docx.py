"""The Word writer: a statement as a .docx file.

The file uses Word's own styles (Title, Heading 1/2, List Bullet, a table
style), so the navigation pane and the table of contents work, and it can
carry review comments anchored at section headings.

Speed matters here (the export must beat pandoc on a large project), so the
body is built as one XML string and parsed once (``docx_body``) instead of
one python-docx call per block, and python-docx itself is imported only when
a Word file is written: the command line and the preview never pay for it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, BinaryIO, cast

from editor.export.blocks import Statement
from editor.export.docx_body import build_body
from editor.export.docx_text import clean_text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.xmlchemy import BaseOxmlElement

COMMENT_AUTHOR = "Policy Editor"
COMMENT_INITIALS = "PE"


def write_docx(
    statement: Statement,
    target: str | os.PathLike[str] | BinaryIO,
    comments: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write ``statement`` as a Word file to ``target`` (a path or a binary file).

    ``comments`` maps a section key to comment texts; each becomes a Word
    comment on that section's heading, or on the title when no section has
    that key.
    """
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    from editor.export.docx_package import prepare_package
    from editor.export.docx_properties import add_source_properties

    document = docx.Document()
    part = document.part
    link_ids: dict[str, str] = {}

    def link_id(url: str) -> str:
        # part.relate_to() scans every relationship for a match and then for a
        # free rId, quadratic in the links of a large project: we remember our
        # own and number them in a range of ids python-docx never hands out.
        if url not in link_ids:
            rid = f"rIdLink{len(link_ids) + 1}"
            part.rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            link_ids[url] = rid
        return link_ids[url]

    body = build_body(statement, link_id)
    new_body = parse_xml(body.xml)
    elements = list(new_body)
    # One swap of the whole body: moving 2,000 elements one by one into the
    # template's body costs lxml about 40 ms, this about 6.
    old_body = document.element.body
    new_body.append(old_body.sectPr)
    document.element.replace(old_body, new_body)
    prepare_package(document, statement.meta)
    add_source_properties(document, statement)  # so a lawyer's edits are read back against it

    if comments:
        _add_comments(document, elements, body.heading_index, body.title_index, comments)

    document.save(os.fspath(target) if isinstance(target, os.PathLike) else target)


def _add_comments(
    document: Document,
    elements: list[BaseOxmlElement],
    heading_index: Mapping[str, int],
    title_index: int,
    comments: Mapping[str, Sequence[str]],
) -> None:
    from docx.text.paragraph import Paragraph

    for key, texts in comments.items():
        # Every index points at a heading or title paragraph (a w:p) in the body.
        element = cast("CT_P", elements[heading_index.get(key, title_index)])
        paragraph = Paragraph(element, document)
        runs = paragraph.runs
        for text in [texts] if isinstance(texts, str) else texts:  # one text passed bare
            document.add_comment(
                runs,
                text=clean_text(text),
                author=COMMENT_AUTHOR,
                initials=COMMENT_INITIALS,
            )
