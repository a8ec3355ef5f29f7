"""A statement's Word file written from the prepared template's bytes.

The same package ``docx.build_document`` makes with python-docx (the same
parts, relationships and properties; tests compare the two for every example)
without opening, parsing or saving a package per statement: the parts that
are the same in every file come from ``docx_template`` as bytes, and only the
statement's own are made here: the body, header, footer, the hyperlinks'
relationships and the three property parts. The body is spliced in as the
string ``docx_body`` builds; it is never parsed. Only these parts are
compressed per file (``docx_zip``).
"""

from __future__ import annotations

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.coreprops import CoreProperties
from docx.opc.oxml import serialize_part_xml
from docx.oxml.parser import parse_xml

from editor.export import docx_package
from editor.export.blocks import Statement, statement_proper
from editor.export.docx_body import build_body
from editor.export.docx_package import app_xml, footer_xml, header_xml, proofing_language
from editor.export.docx_properties import custom_properties_xml
from editor.export.docx_template import (
    APP,
    CORE,
    CUSTOM,
    DOCUMENT,
    DOCUMENT_RELS,
    prepared_template,
)
from editor.export.docx_zip import deflate, zip_package


def docx_bytes(statement: Statement) -> bytes:
    """The Word file of ``statement`` (no review comments)."""
    meta = statement.meta
    template = prepared_template(proofing_language(meta))
    links: dict[str, str] = {}

    def link_id(url: str) -> str:
        # The ids build_document gives: numbered in a range python-docx never uses.
        return links.setdefault(url, f"rIdLink{len(links) + 1}")

    body = build_body(statement, link_id)
    fresh = {
        DOCUMENT: _wrapped(template.around[DOCUMENT], body.content),
        template.header: _wrapped(template.around[template.header], header_xml(meta)),
        template.footer: _wrapped(template.around[template.footer], footer_xml(meta)),
        DOCUMENT_RELS: _wrapped(template.around[DOCUMENT_RELS], _link_relationships(links)),
        CORE: _core_properties(template.core, statement),
        APP: app_xml(meta).encode(),
        # So a lawyer's edits are read back against it (a review's own table aside).
        CUSTOM: custom_properties_xml(statement_proper(statement)).encode(),
    }
    # The parts in python-docx's order; only the statement's own are compressed here.
    return zip_package(
        (name, deflate(fresh[name]) if stored is None else stored)
        for name, stored in template.parts
    )


def _wrapped(around: tuple[bytes, bytes], content: str) -> bytes:
    head, tail = around
    return head + content.encode("utf-8") + tail


def _core_properties(template_core: bytes, statement: Statement) -> bytes:
    # Parsed anew from bytes for every file: nothing of one file's properties
    # can stay behind for the next. python-docx's own setters, as build_document.
    element = parse_xml(template_core)
    core = CoreProperties(element)
    docx_package.set_core_properties(core, statement.meta, docx_package.creation_time())
    return serialize_part_xml(element)


def _link_relationships(links: dict[str, str]) -> str:
    return "".join(
        f'<Relationship Id="{rid}" Type="{RT.HYPERLINK}" Target="{_attribute(url)}"'
        ' TargetMode="External"/>'
        for url, rid in links.items()
    )


def _attribute(value: str) -> str:
    """``value`` escaped for a double-quoted XML attribute, as lxml writes it."""
    return (
        value.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("\t", "&#9;")
        .replace("\n", "&#10;")
        .replace("\r", "&#13;")
    )
