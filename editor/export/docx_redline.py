"""A Word redline: the current statement with its differences from an older one as tracked changes.

Both statements are written by the ordinary Word writer; this module then
compares the two bodies element by element and builds one body in which every
difference is a real tracked change (``w:ins`` / ``w:del``) by "Policy
Editor". Working on the writer's own output, rather than on the block tree,
means the redline always looks exactly like a plain export, and accepting
every change gives the current export's text, rejecting every change the old
one's.

- Paragraphs (headings, list items, the title and the table of contents) are
  matched in order; a matched pair that differs is compared word by word.
- A table with the same columns is compared row by row, cell by cell; a row
  inserted or deleted is tracked as a whole row. A table whose columns changed
  is deleted and inserted whole.
- A link is compared with its target, so a link whose target alone changed
  shows as its text deleted and inserted.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import itertools
import os
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Any, BinaryIO

from editor.export.blocks import Statement
from editor.export.docx_text import W_NS

if TYPE_CHECKING:
    from lxml.etree import _Element

AUTHOR = "Policy Editor"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


# A pair of paragraphs that share less than this share of their words is shown
# as one paragraph deleted and another inserted, not as a word-by-word jumble.
_PAIR_SIMILARITY = 0.4


def write_redline_docx(
    old: Statement,
    new: Statement,
    target: str | os.PathLike[str] | BinaryIO,
    *,
    when: dt.datetime | None = None,
) -> None:
    """Write ``new`` as a .docx whose tracked changes turn ``old``'s text into it."""
    import docx

    from editor.export.docx import write_docx
    from editor.export.docx_body import build_body

    buffer = io.BytesIO()
    write_docx(new, buffer)
    buffer.seek(0)
    document = docx.Document(buffer)
    part = document.part
    new_links = {rel.rId: rel.target_ref for rel in part.rels.values() if rel.is_external}

    old_links: dict[str, str] = {}
    known = {url: rid for rid, url in new_links.items()}

    def old_link_id(url: str) -> str:
        # The old body's links must point into this package too.
        if url not in known:
            from docx.opc.constants import RELATIONSHIP_TYPE as RT

            rid = f"rIdOld{len(old_links) + 1}"
            part.rels.add_relationship(RT.HYPERLINK, url, rid, is_external=True)
            known[url] = rid
        rid_of_url: str = known[url]
        old_links[rid_of_url] = url
        return rid_of_url

    from docx.oxml.parser import parse_xml

    old_body = parse_xml(build_body(old, old_link_id).xml)
    new_body = document.element.body
    new_children = [child for child in new_body if child.tag != w("sectPr")]
    stamp = (when or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
    merger = _Merger(stamp, {**new_links, **old_links})
    merged = merger.merge(list(old_body), new_children)
    for child in new_children:
        new_body.remove(child)
    section = new_body.find(w("sectPr"))
    for element in merged:
        if section is not None:
            section.addprevious(element)
        else:
            new_body.append(element)
    document.save(os.fspath(target) if isinstance(target, os.PathLike) else target)


# -- tokens: the comparable pieces of a paragraph ------------------------------


@dataclass(frozen=True)
class _Token:
    key: tuple[str, ...]  # what makes two tokens the same
    kind: str  # "text", "tab", "br" or "raw" (a field character or instruction)
    text: str
    rpr: str  # the run properties in canonical form ("" for none)
    link: tuple[tuple[str, str], ...]  # the hyperlink's attributes, () outside a link
    raw: _Element | None = None  # a field character or instruction, as it was
    rpr_element: _Element | None = None


def _tokens(paragraph: _Element, links: dict[str, str]) -> list[_Token]:
    out: list[_Token] = []
    for run in paragraph.iter(w("r")):
        link = _link_of(run, paragraph)
        link_key = _link_key(link, links)
        rpr_element = run.find(w("rPr"))
        rpr = _canonical(rpr_element) if rpr_element is not None else ""
        for child in run:
            if child.tag == w("rPr"):
                continue
            if child.tag in (w("t"), w("delText")):
                for piece in _split_words(child.text or ""):
                    key: tuple[str, ...] = ("t", piece, rpr, link_key)
                    out.append(_Token(key, "text", piece, rpr, link, None, rpr_element))
            elif child.tag in (w("tab"), w("br")):
                kind = "tab" if child.tag == w("tab") else "br"
                text = "\t" if kind == "tab" else "\n"
                out.append(_Token((kind, rpr, link_key), kind, text, rpr, link, None, rpr_element))
            else:
                key = ("raw", _canonical(child), link_key)
                out.append(_Token(key, "raw", "", rpr, link, child, rpr_element))
    return out


_PIECES = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _split_words(text: str) -> list[str]:
    """Words, runs of space and single punctuation marks: the units of a word-by-word change."""
    return _PIECES.findall(text)


def _link_of(run: _Element, paragraph: _Element) -> tuple[tuple[str, str], ...]:
    parent = run.getparent()
    while parent is not None and parent is not paragraph:
        if parent.tag == w("hyperlink"):
            return tuple(sorted(parent.attrib.items()))
        parent = parent.getparent()
    return ()


def _link_key(link: tuple[tuple[str, str], ...], links: dict[str, str]) -> str:
    # Two links are the same when they go to the same place, whatever their rId.
    attributes = dict(link)
    if R_ID in attributes:
        return "url:" + links.get(attributes[R_ID], attributes[R_ID])
    if w("anchor") in attributes:
        return "anchor:" + attributes[w("anchor")]
    return ""


def _canonical(element: _Element) -> str:
    """The element as comparable text: tags, attributes and text, no namespace declarations.

    The old body is parsed on its own and the new one inside the package, so
    the same element serialises with different declarations in each.
    """
    children = "".join(_canonical(child) for child in element)
    attributes = " ".join(f"{name}={value}" for name, value in sorted(element.attrib.items()))
    return f"<{element.tag} {attributes}>{element.text or ''}{children}</>"


def _paragraph_key(paragraph: _Element, links: dict[str, str]) -> tuple[Any, ...]:
    ppr = paragraph.find(w("pPr"))
    style = ""
    if ppr is not None:
        style_element = ppr.find(w("pStyle"))
        style = style_element.get(w("val"), "") if style_element is not None else ""
    return ("p", style, tuple(token.key for token in _tokens(paragraph, links)))


def _table_shape(table: _Element) -> int:
    grid = table.find(w("tblGrid"))
    return len(grid.findall(w("gridCol"))) if grid is not None else 0


def _row_key(row: _Element, links: dict[str, str]) -> tuple[Any, ...]:
    return tuple(
        tuple(_paragraph_key(p, links) for p in cell.iter(w("p"))) for cell in row.iter(w("tc"))
    )


def _unit_key(element: _Element, links: dict[str, str]) -> tuple[Any, ...]:
    if element.tag == w("tbl"):
        return ("tbl", _table_shape(element), tuple(_row_key(r, links) for r in _rows(element)))
    if element.tag == w("p"):
        return _paragraph_key(element, links)
    return ("other", _canonical(element))


def _rows(table: _Element) -> list[_Element]:
    return list(table.findall(w("tr")))


# -- building the merged body ---------------------------------------------------


class _Merger:
    def __init__(self, stamp: str, links: dict[str, str]) -> None:
        self.stamp = stamp
        self.links = links
        self.ids = itertools.count(1)

    def _change(self, tag: str) -> _Element:
        from lxml import etree

        element = etree.Element(w(tag))
        element.set(w("id"), str(next(self.ids)))
        element.set(w("author"), AUTHOR)
        element.set(w("date"), self.stamp)
        return element

    def merge(self, old: list[_Element], new: list[_Element]) -> list[_Element]:
        old_keys = [_unit_key(element, self.links) for element in old]
        new_keys = [_unit_key(element, self.links) for element in new]
        matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
        out: list[_Element] = []
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                out.extend(new[j1:j2])
            else:
                out.extend(self._replace(old[i1:i2], new[j1:j2]))
        return out

    def _replace(self, old: list[_Element], new: list[_Element]) -> list[_Element]:
        """A run of differing units: pair similar ones, the rest are deleted or inserted."""
        out: list[_Element] = []
        start = 0
        for element in new:
            match = None
            for index in range(start, len(old)):
                if self._pairs(old[index], element):
                    match = index
                    break
            if match is None:
                out.append(self._inserted(element))
                continue
            out.extend(self._deleted(item) for item in old[start:match])
            out.append(self._paired(old[match], element))
            start = match + 1
        out.extend(self._deleted(item) for item in old[start:])
        return out

    def _pairs(self, old: _Element, new: _Element) -> bool:
        if old.tag != new.tag:
            return False
        if old.tag == w("tbl"):
            return _table_shape(old) == _table_shape(new)
        if old.tag != w("p"):
            return False
        old_key, new_key = _paragraph_key(old, self.links), _paragraph_key(new, self.links)
        if old_key[1] != new_key[1]:
            return False  # a heading never turns into body text word by word
        ratio = SequenceMatcher(None, old_key[2], new_key[2], autojunk=False).ratio()
        return ratio >= _PAIR_SIMILARITY

    def _paired(self, old: _Element, new: _Element) -> _Element:
        if new.tag == w("tbl"):
            return self._paired_table(old, new)
        return self._paired_paragraph(old, new)

    # paragraphs

    def _paired_paragraph(self, old: _Element, new: _Element) -> _Element:
        old_tokens = _tokens(old, self.links)
        new_tokens = _tokens(new, self.links)
        matcher = SequenceMatcher(
            None, [t.key for t in old_tokens], [t.key for t in new_tokens], autojunk=False
        )
        pieces: list[tuple[str, _Token]] = []
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                pieces.extend(("same", token) for token in new_tokens[j1:j2])
                continue
            pieces.extend(("del", token) for token in old_tokens[i1:i2])
            pieces.extend(("ins", token) for token in new_tokens[j1:j2])
        return self._paragraph_from(new, pieces)

    def _inserted(self, element: _Element) -> _Element:
        if element.tag == w("tbl"):
            return self._whole_table(element, "ins")
        if element.tag != w("p"):
            return element
        pieces = [("ins", token) for token in _tokens(element, self.links)]
        paragraph = self._paragraph_from(element, pieces)
        self._mark_paragraph(paragraph, "ins")
        return paragraph

    def _deleted(self, element: _Element) -> _Element:
        if element.tag == w("tbl"):
            return self._whole_table(element, "del")
        if element.tag != w("p"):
            return element
        pieces = [("del", token) for token in _tokens(element, self.links)]
        paragraph = self._paragraph_from(element, pieces, keep_bookmarks=False)
        self._mark_paragraph(paragraph, "del")
        return paragraph

    def _mark_paragraph(self, paragraph: _Element, change: str) -> None:
        """Track the paragraph mark itself, so the whole paragraph comes or goes."""
        from lxml import etree

        ppr = paragraph.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            paragraph.insert(0, ppr)
        rpr = ppr.find(w("rPr"))
        if rpr is None:
            rpr = etree.SubElement(ppr, w("rPr"))
        rpr.append(self._change(change))

    def _paragraph_from(
        self,
        template: _Element,
        pieces: list[tuple[str, _Token]],
        *,
        keep_bookmarks: bool = True,
    ) -> _Element:
        """A paragraph with ``template``'s properties and the pieces as (tracked) runs."""
        from lxml import etree

        paragraph = etree.Element(w("p"))
        ppr = template.find(w("pPr"))
        if ppr is not None:
            paragraph.append(copy.deepcopy(ppr))
        starts = [copy.deepcopy(b) for b in template.iter(w("bookmarkStart"))]
        ends = [copy.deepcopy(b) for b in template.iter(w("bookmarkEnd"))]
        if keep_bookmarks:
            paragraph.extend(starts)
        for (status, link), group in itertools.groupby(pieces, key=lambda p: (p[0], p[1].link)):
            container: _Element = paragraph
            if link:
                container = etree.SubElement(paragraph, w("hyperlink"))
                for name, value in link:
                    container.set(name, value)
            if status != "same":
                change = self._change(status)
                container.append(change)
                container = change
            for _, same_format in itertools.groupby((p[1] for p in group), key=lambda t: t.rpr):
                container.append(_run(list(same_format), deleted=status == "del"))
        if keep_bookmarks:
            paragraph.extend(ends)
        return paragraph

    # tables

    def _paired_table(self, old: _Element, new: _Element) -> _Element:
        table = copy.deepcopy(new)
        for row in _rows(table):
            table.remove(row)
        old_rows, new_rows = _rows(old), _rows(new)
        matcher = SequenceMatcher(
            None,
            [_row_key(r, self.links) for r in old_rows],
            [_row_key(r, self.links) for r in new_rows],
            autojunk=False,
        )
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                table.extend(copy.deepcopy(r) for r in new_rows[j1:j2])
                continue
            gone, come = old_rows[i1:i2], new_rows[j1:j2]
            paired = min(len(gone), len(come))
            for old_row, new_row in zip(gone[:paired], come[:paired], strict=True):
                table.append(self._paired_row(old_row, new_row))
            table.extend(self._tracked_row(r, "del") for r in gone[paired:])
            table.extend(self._tracked_row(r, "ins") for r in come[paired:])
        return table

    def _paired_row(self, old: _Element, new: _Element) -> _Element:
        row = copy.deepcopy(new)
        for old_cell, cell in zip(old.findall(w("tc")), row.findall(w("tc")), strict=False):
            old_paragraphs = old_cell.findall(w("p"))
            for index, paragraph in enumerate(cell.findall(w("p"))):
                if index < len(old_paragraphs):
                    merged = self._paired_paragraph(old_paragraphs[index], paragraph)
                else:
                    merged = self._inserted(paragraph)
                paragraph.addprevious(merged)
                cell.remove(paragraph)
        return row

    def _tracked_row(self, source: _Element, change: str) -> _Element:
        from lxml import etree

        row = copy.deepcopy(source)
        trpr = row.find(w("trPr"))
        if trpr is None:
            trpr = etree.Element(w("trPr"))
            row.insert(0, trpr)
        trpr.append(self._change(change))
        for cell in row.findall(w("tc")):
            for paragraph in cell.findall(w("p")):
                pieces = [(change, token) for token in _tokens(paragraph, self.links)]
                paragraph.addprevious(self._paragraph_from(paragraph, pieces))
                cell.remove(paragraph)
        return row

    def _whole_table(self, source: _Element, change: str) -> _Element:
        table = copy.deepcopy(source)
        for row in _rows(table):
            row.addprevious(self._tracked_row(row, change))
            table.remove(row)
        return table


def _run(tokens: list[_Token], *, deleted: bool) -> _Element:
    """One run of tokens that share their formatting."""
    from lxml import etree

    run = etree.Element(w("r"))
    if tokens and tokens[0].rpr_element is not None:
        run.append(copy.deepcopy(tokens[0].rpr_element))
    text = ""

    def flush() -> None:
        nonlocal text
        if text:
            element = etree.SubElement(run, w("delText" if deleted else "t"))
            element.text = text
            element.set(_SPACE, "preserve")
            text = ""

    for token in tokens:
        if token.kind == "text":
            text += token.text
            continue
        flush()
        if token.kind == "tab":
            etree.SubElement(run, w("tab"))
        elif token.kind == "br":
            etree.SubElement(run, w("br"))
        elif token.raw is not None:
            raw = copy.deepcopy(token.raw)
            if raw.tag in (w("instrText"), w("delInstrText")):
                raw.tag = w("delInstrText" if deleted else "instrText")
            run.append(raw)
    flush()
    return run
