"""The comments part of a Word file, one comment in constant time.

python-docx's ``add_comment`` looks for the next free comment id by reading
every comment already there, so a review export grew with the square of its
findings (8,000 took 52 s). Here the ids are counted, and each comment is one
small piece of XML appended to the comments part. Where a comment is anchored
in the body is ``docx_comments``' business.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, cast

from editor.export.docx_text import W_NS, escape, text_content
from editor.export.text_clean import clean_text

if TYPE_CHECKING:
    from docx.document import Document
    from docx.opc.part import XmlPart


class CommentWriter:
    """Adds comments to one document; ids continue after any already there."""

    def __init__(self, document: Document, author: str, initials: str) -> None:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        document.comments  # noqa: B018 -- makes the comments part when there is none
        self._element = cast("XmlPart", document.part.part_related_by(RT.COMMENTS)).element
        used = [int(value) for value in self._element.xpath("./w:comment/@w:id")]
        self._next_id = max(used, default=-1) + 1
        self._attributes = (
            f'w:author="{escape(author)}" w:initials="{escape(initials)}" '
            f'w:date="{dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}"'
        )

    def add(self, text: str) -> int:
        """A comment with ``text`` (a paragraph per line); its id, for the range markers."""
        from docx.oxml.parser import parse_xml

        comment_id = self._next_id
        self._next_id += 1
        paragraphs = []
        for index, line in enumerate(clean_text(text).split("\n")):
            # Word starts a comment's first paragraph with the annotation mark.
            mark = (
                '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
                if index == 0
                else ""
            )
            content = f"<w:r>{text_content(line)}</w:r>" if line else ""
            paragraphs.append(
                f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>{mark}{content}</w:p>'
            )
        self._element.append(
            parse_xml(
                f'<w:comment xmlns:w="{W_NS}" w:id="{comment_id}" {self._attributes}>'
                f"{''.join(paragraphs)}</w:comment>"
            )
        )
        return comment_id
