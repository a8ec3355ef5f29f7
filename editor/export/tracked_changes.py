"""Reading the text of a Word body with its tracked changes accepted or rejected.

Used to check a redline (accepting every change must give the current
statement, rejecting every change the old one) and to read a lawyer's edited
file as if the changes were accepted. Only the body counts: headings,
paragraphs, list items, table cells and the table of contents, one string per
paragraph in reading order. Comments, headers and footers are not body text.
"""

from __future__ import annotations

import io
import zipfile
from typing import Literal

from lxml import etree

from editor.export.docx_text import W_NS

Mode = Literal["accept", "reject"]

_W = f"{{{W_NS}}}"


def body_paragraphs(docx: bytes, mode: Mode) -> list[str]:
    """The body's paragraph texts, each tracked change accepted or rejected as ``mode`` says."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(f"{_W}body")
    if body is None:
        return []
    gone = "del" if mode == "accept" else "ins"
    texts: list[str] = []
    for paragraph in _paragraphs(body, gone):
        texts.append(_text(paragraph, gone))
    return texts


def _paragraphs(body: etree._Element, gone: str) -> list[etree._Element]:
    out = []
    for paragraph in body.iter(f"{_W}p"):
        row = _ancestor(paragraph, "tr")
        if row is not None and row.find(f"{_W}trPr/{_W}{gone}") is not None:
            continue  # a whole row inserted (rejected) or deleted (accepted)
        if paragraph.find(f"{_W}pPr/{_W}rPr/{_W}{gone}") is not None:
            # The paragraph mark goes: what is left of it joins the next paragraph.
            # The redline tracks a mark only with all of the paragraph's text.
            continue
        out.append(paragraph)
    return out


def _ancestor(element: etree._Element, tag: str) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None:
        if parent.tag == f"{_W}{tag}":
            return parent
        parent = parent.getparent()
    return None


def _text(paragraph: etree._Element, gone: str) -> str:
    pieces = []
    for element in paragraph.iter(f"{_W}t", f"{_W}delText", f"{_W}tab", f"{_W}br"):
        if _inside(element, paragraph, gone):
            continue
        if element.tag == f"{_W}tab":
            pieces.append("\t")
        elif element.tag == f"{_W}br":
            pieces.append("\n")
        else:
            pieces.append(element.text or "")
    return "".join(pieces)


def _inside(element: etree._Element, paragraph: etree._Element, tag: str) -> bool:
    parent = element.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag == f"{_W}{tag}":
            return True
        parent = parent.getparent()
    return False
