"""The Word writer: a statement as a .docx file.

The file uses Word's own styles (Title, Heading 1/2, List Bullet, a table
style), so the navigation pane and the table of contents work, and it can
carry review comments anchored on the text they concern.

Speed matters here (the export must beat pandoc on a large project, and an
agency exports hundreds of shops in one run), so the body is built as one XML
string (``docx_body``) instead of one python-docx call per block; a file
without comments is written from a template prepared once per process
(``docx_from_template``), where that string is spliced in unparsed. python-docx
itself is imported only when a Word file is written: the command line and the
preview never pay for it.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, BinaryIO, TypeAlias

from editor.export.blocks import Statement, statement_proper
from editor.export.docx_body import build_body

if TYPE_CHECKING:
    from docx.document import Document

    from editor.export.review import ReviewComment

    # Anchored review comments, or section key -> texts on that section's heading.
    Comments: TypeAlias = Mapping[str, Sequence[str]] | Sequence[ReviewComment]


def write_docx(
    statement: Statement,
    target: str | os.PathLike[str] | BinaryIO,
    comments: Comments | None = None,
) -> None:
    """Write ``statement`` as a Word file to ``target`` (a path or a binary file).

    ``comments``: review comments, each anchored on the text it concerns
    (docx_comments); or, simpler, a section key -> comment texts, each on that
    section's heading (on the title when no section has that key).

    Without comments the file is put together from the template prepared once
    per process (``docx_from_template``): the same parts, a fraction of the
    time. Comments need the parsed body, so they take python-docx's way.
    """
    if comments:
        document = build_document(statement, comments)
        document.save(os.fspath(target) if isinstance(target, os.PathLike) else target)
        return
    from editor.export.docx_from_template import docx_bytes

    data = docx_bytes(statement)
    if isinstance(target, str | os.PathLike):
        with open(target, "wb") as file:
            file.write(data)
    else:
        target.write(data)


def build_document(statement: Statement, comments: Comments | None = None) -> Document:
    """``statement`` as a python-docx document, made from a freshly opened template."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.parser import parse_xml

    from editor.export.docx_package import (
        creation_time,
        fill_document,
        prepare_template,
        proofing_language,
    )
    from editor.export.docx_properties import add_source_properties

    document = docx.Document()
    prepare_template(document, proofing_language(statement.meta))
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
    fill_document(document, statement.meta, creation_time())
    # So a lawyer's edits are read back against it (the review's own table aside).
    add_source_properties(document, statement_proper(statement))

    if comments:
        from editor.export.docx_comments import add_comments

        add_comments(document, elements, body, comments)
    return document
