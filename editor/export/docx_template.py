"""The Word template, prepared once per process and kept as bytes.

Opening python-docx's template package, cleaning it (``prepare_template``)
and saving a package again cost about two thirds of a Word export. All of
that is the same for every statement in one proofing language, so it is done
once per language per process: the prepared package is saved with markers
where a statement's own content goes, and kept as the saved parts' bytes,
the unchanging ones already compressed (``docx_zip``).
``docx_from_template`` then writes each statement's file from these bytes.

The cache holds only immutable values (bytes, tuples, a read-only mapping),
so nothing one document does can reach the next; it lives in memory only.
"""

from __future__ import annotations

import functools
import io
import zipfile
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from lxml import etree

from editor.export.docx_zip import DeflatedPart, deflate

if TYPE_CHECKING:
    from collections.abc import Mapping

    from docx.oxml.xmlchemy import BaseOxmlElement

# Where a statement's own content goes in the prepared parts. A comment, so it
# can never be mistaken for content and serialises the same in every part.
_MARK = "policy-editor-statement"
_MARK_BYTES = f"<!--{_MARK}-->".encode()
_RELATIONSHIPS_END = b"</Relationships>"

DOCUMENT = "word/document.xml"
DOCUMENT_RELS = "word/_rels/document.xml.rels"
CORE = "docProps/core.xml"
APP = "docProps/app.xml"
CUSTOM = "docProps/custom.xml"


@dataclass(frozen=True)
class PreparedTemplate:
    """The parts of a prepared package, in the order python-docx wrote them."""

    # Every part's zip name and, for a part the same in every file, its bytes
    # compressed once; None for a part made per statement.
    parts: tuple[tuple[str, DeflatedPart | None], ...]
    # A part that wraps the statement's content: the bytes before and after it.
    # The body, the header, the footer and the document's relationships.
    around: Mapping[str, tuple[bytes, bytes]]
    header: str  # the header's and footer's part names
    footer: str
    core: bytes  # the template's core properties, filled per statement


def prepared_template(language: str) -> PreparedTemplate:
    """The template prepared for ``language`` (a proofing language, e.g. "nl-NL")."""
    return _prepared(language)


def forget_prepared_templates() -> None:
    """Drop the cache (tests: the first export of a process must match any later one)."""
    _prepared.cache_clear()


@functools.cache
def _prepared(language: str) -> PreparedTemplate:
    import docx

    from editor.export.docx_package import attach_app_properties, prepare_template
    from editor.export.docx_properties import attach_custom_properties

    document = docx.Document()
    prepare_template(document, language)
    body = document.element.body
    section_properties = body.sectPr
    _mark_only(body, keep=section_properties)
    section = document.sections[0]
    header, footer = section.header.part, section.footer.part
    _mark_only(header.element)
    _mark_only(footer.element)
    # Attached in the order write_docx's python-docx way attaches them, so the
    # package's relationships get the same ids; their content is per statement.
    attach_app_properties(document, "")
    attach_custom_properties(document, "")

    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as package:
        saved = {name: package.read(name) for name in package.namelist()}
    header_name, footer_name = header.partname.membername, footer.partname.membername
    around = {
        DOCUMENT: _split(saved[DOCUMENT], _MARK_BYTES),
        header_name: _split(saved[header_name], _MARK_BYTES),
        footer_name: _split(saved[footer_name], _MARK_BYTES),
        DOCUMENT_RELS: _split(saved[DOCUMENT_RELS], _RELATIONSHIPS_END, keep_tail=True),
    }
    per_statement = {*around, CORE, APP, CUSTOM}
    parts = tuple(
        (name, None if name in per_statement else deflate(data)) for name, data in saved.items()
    )
    return PreparedTemplate(
        parts=parts,
        around=MappingProxyType(around),
        header=header_name,
        footer=footer_name,
        core=saved[CORE],
    )


def _mark_only(story: BaseOxmlElement, keep: BaseOxmlElement | None = None) -> None:
    """Empty ``story`` but for ``keep``, and put the marker where content goes."""
    for child in list(story):
        if child is not keep:
            story.remove(child)
    mark = etree.Comment(_MARK)
    if keep is None:
        story.append(mark)
    else:
        keep.addprevious(mark)  # the body's content comes before its section properties


def _split(data: bytes, separator: bytes, *, keep_tail: bool = False) -> tuple[bytes, bytes]:
    head, found, tail = data.rpartition(separator)
    if not found or separator in head:
        raise RuntimeError(f"the prepared Word template lost its marker {separator!r}")
    return head, (separator + tail) if keep_tail else tail
