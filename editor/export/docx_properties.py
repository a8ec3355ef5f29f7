"""Custom document properties that say which statement a Word file holds.

When a lawyer sends an exported file back, the program must compare their
text with exactly the text it exported. The file therefore carries the
program's version, the clause library's and a fingerprint of the statement
(a SHA-256 of its JSON form); Word keeps custom properties through editing.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import TYPE_CHECKING

from lxml import etree

from editor.export.blocks import Statement
from editor.export.docx_text import escape
from editor.export.statement_json import dumps_statement

if TYPE_CHECKING:
    from docx.document import Document

PROGRAM_KEY = "PolicyEditorProgram"
CLAUSES_KEY = "PolicyEditorClauses"
STATEMENT_KEY = "PolicyEditorStatement"

_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
# The format id Word and LibreOffice give every user-defined property.
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def fingerprint(statement: Statement) -> str:
    return hashlib.sha256(dumps_statement(statement).encode("utf-8")).hexdigest()


def custom_properties_xml(statement: Statement) -> str:
    """docProps/custom.xml: the program, clause library and statement fingerprint."""
    meta = statement.meta
    values = {
        PROGRAM_KEY: meta.program_version,
        CLAUSES_KEY: f"{meta.language} {meta.clauses_version}",
        STATEMENT_KEY: fingerprint(statement),
    }
    properties = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{name}"><vt:lpwstr>{escape(value)}'
        "</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f'<Properties xmlns="{_CUSTOM}" xmlns:vt="{_VT}">{properties}</Properties>'
    )


def attach_custom_properties(document: Document, xml: str) -> None:
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode(), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def add_source_properties(document: Document, statement: Statement) -> None:
    """Record the program, clause library and statement fingerprint in the file."""
    attach_custom_properties(document, custom_properties_xml(statement))


def read_source_properties(docx: bytes) -> dict[str, str]:
    """The custom properties of a .docx by name ({} when it has none)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        if "docProps/custom.xml" not in package.namelist():
            return {}
        root = etree.fromstring(package.read("docProps/custom.xml"))
    return {
        element.get("name", ""): "".join(element.itertext())
        for element in root.iter(f"{{{_CUSTOM}}}property")
    }
