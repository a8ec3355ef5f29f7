"""Reading a Word body with its tracked changes accepted or rejected.

Used to check a redline (accepting every change must give the current
statement, rejecting every change the old one) and to read a lawyer's edited
file as if every change were accepted. Only the body counts: headings,
paragraphs, list items, table cells and the table of contents, in reading
order. Content wrapped in content controls (``w:sdt``) is read like any
other; moved text counts where it was moved to; formatting-only changes
change no text and are counted so the caller can say they were ignored.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from typing import Literal

from lxml import etree

from editor.export.docx_text import W_NS

Mode = Literal["accept", "reject"]

_W = f"{{{W_NS}}}"
# Elements whose content is gone when changes are accepted, or rejected.
_GONE = {"accept": ("del", "moveFrom"), "reject": ("ins", "moveTo")}
_FORMAT_CHANGES = (
    "rPrChange",
    "pPrChange",
    "tblPrChange",
    "trPrChange",
    "tcPrChange",
    "sectPrChange",
)


@dataclass
class BodyParagraph:
    style: str
    text: str
    bookmarks: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)  # ids of comments anchored here


@dataclass
class BodyTable:
    rows: list[list[str]]
    comments: list[str] = field(default_factory=list)


BodyItem = BodyParagraph | BodyTable


@dataclass
class Body:
    items: list[BodyItem]
    format_changes: int  # tracked changes of formatting only (they change no text)
    authors: set[str]  # who made the tracked changes


def read_body(docx: bytes, mode: Mode = "accept") -> Body:
    """The body's paragraphs and tables, each tracked change accepted or rejected."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    body = root.find(f"{_W}body")
    if body is None:
        return Body([], 0, set())
    gone = _GONE[mode]
    items: list[BodyItem] = []
    carried = BodyParagraph("", "")
    for element in _blocks(body):
        if element.tag == f"{_W}tbl":
            rows = [
                ["\n".join(_cell_paragraphs(cell, gone)) for cell in row.iter(f"{_W}tc")]
                for row in element.iter(f"{_W}tr")
                if not any(row.find(f"{_W}trPr/{_W}{tag}") is not None for tag in gone)
            ]
            if rows:
                items.append(BodyTable(rows, _comment_ids(element)))
            continue
        paragraph = _paragraph(element, gone)
        if any(element.find(f"{_W}pPr/{_W}rPr/{_W}{tag}") is not None for tag in gone):
            # The paragraph mark goes: what is left joins the next paragraph.
            carried.text += paragraph.text
            carried.bookmarks += paragraph.bookmarks
            carried.comments += paragraph.comments
            continue
        if carried.text or carried.bookmarks or carried.comments:
            paragraph.text = carried.text + paragraph.text
            paragraph.bookmarks = carried.bookmarks + paragraph.bookmarks
            paragraph.comments = carried.comments + paragraph.comments
            carried = BodyParagraph("", "")
        items.append(paragraph)
    authors = {
        change.get(f"{_W}author", "")
        for tag in ("ins", "del", "moveFrom", "moveTo", *_FORMAT_CHANGES)
        for change in body.iter(f"{_W}{tag}")
    }
    format_changes = sum(1 for tag in _FORMAT_CHANGES for _ in body.iter(f"{_W}{tag}"))
    return Body(items, format_changes, authors - {""})


def body_paragraphs(docx: bytes, mode: Mode) -> list[str]:
    """Every paragraph's text in reading order, table cells included, one string each."""
    texts: list[str] = []
    for item in read_body(docx, mode).items:
        if isinstance(item, BodyParagraph):
            texts.append(item.text)
        else:
            for row in item.rows:
                texts.extend(cell for cell in row)
    return texts


def _blocks(body: etree._Element) -> list[etree._Element]:
    """Top-level paragraphs and tables, looking through content controls."""
    out: list[etree._Element] = []
    for child in body:
        if child.tag in (f"{_W}p", f"{_W}tbl"):
            out.append(child)
        elif child.tag == f"{_W}sdt":
            content = child.find(f"{_W}sdtContent")
            if content is not None:
                out.extend(_blocks(content))
    return out


def _cell_paragraphs(cell: etree._Element, gone: tuple[str, ...]) -> list[str]:
    return [_paragraph(p, gone).text for p in cell.iter(f"{_W}p")]


def _paragraph(element: etree._Element, gone: tuple[str, ...]) -> BodyParagraph:
    style_element = element.find(f"{_W}pPr/{_W}pStyle")
    style = style_element.get(f"{_W}val", "") if style_element is not None else ""
    pieces = []
    for node in element.iter(f"{_W}t", f"{_W}delText", f"{_W}tab", f"{_W}br"):
        if _inside(node, element, gone):
            continue
        if node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag == f"{_W}br":
            pieces.append("\n")
        else:
            pieces.append(node.text or "")
    bookmarks = [b.get(f"{_W}name", "") for b in element.iter(f"{_W}bookmarkStart")]
    return BodyParagraph(style, "".join(pieces), bookmarks, _comment_ids(element))


def _comment_ids(element: etree._Element) -> list[str]:
    ids = [mark.get(f"{_W}id", "") for mark in element.iter(f"{_W}commentRangeStart")]
    ids += [mark.get(f"{_W}id", "") for mark in element.iter(f"{_W}commentReference")]
    return list(dict.fromkeys(ids))


def _inside(node: etree._Element, paragraph: etree._Element, tags: tuple[str, ...]) -> bool:
    wanted = {f"{_W}{tag}" for tag in tags}
    parent = node.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag in wanted:
            return True
        parent = parent.getparent()
    return False


@dataclass
class Comment:
    id: str
    author: str
    text: str


def read_comments(docx: bytes) -> dict[str, Comment]:
    """The file's comments by id (none when it has no comments part)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        if "word/comments.xml" not in package.namelist():
            return {}
        root = etree.fromstring(package.read("word/comments.xml"))
    comments = {}
    for element in root.iter(f"{_W}comment"):
        text = "\n".join(
            "".join(node.text or "" for node in p.iter(f"{_W}t")) for p in element.iter(f"{_W}p")
        ).strip()
        comment = Comment(element.get(f"{_W}id", ""), element.get(f"{_W}author", ""), text)
        comments[comment.id] = comment
    return comments
