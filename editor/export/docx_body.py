"""The statement's body as one WordprocessingML string.

``build_body`` walks the block tree and returns the body's XML (title, table
of contents, sections) plus, for every section, the position of its heading
among the body's top-level elements, so comments can be anchored there after
parsing. Styles are the template's own (Title, Heading 1/2, List Bullet, a
table style), so Word's navigation pane and table of contents work.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.export.blocks import (
    BulletList,
    Heading,
    Inline,
    Paragraph,
    Run,
    Statement,
    Table,
    plain_text,
)
from editor.export.docx_text import (
    R_NS,
    W_NS,
    LinkId,
    bookmark_name,
    escape,
    field_parts,
    field_xml,
    inline_xml,
    run_xml,
)
from editor.export.docx_widths import CELL_MARGIN_TWIPS, TEXT_WIDTH_TWIPS, table_layout

__all__ = ["TABLE_TEXT_STYLE", "TEXT_WIDTH_TWIPS", "Body", "build_body", "contents_xml"]

TABLE_STYLE = "LightGrid-Accent1"
# The paragraph style of table cells (made in docx_package): a size smaller than
# the body (9 pt) and no space after, so a table of six columns (the cookies)
# keeps its words whole on A4.
TABLE_TEXT_STYLE = "TableText"
# A short list or table stays on one page with what introduces it; a longer one
# may break, but never right after its label.
_KEEP_TOGETHER = 8
_KEEP_TOGETHER_CHARACTERS = 500  # a list of long items (the rights) may break between them
TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'

# Heading.level -> paragraph style id: the block tree's level 2 is Word's Heading 1.
_HEADING_STYLES = {1: "Title", 2: "Heading1", 3: "Heading2"}


@dataclass
class Body:
    content: str  # the body's block-level elements (no w:sectPr), without the w:body
    title_index: int  # position of the title paragraph among the body's children
    heading_index: dict[str, int] = field(default_factory=dict)  # Section.key -> position
    # (Section.key, block number) -> positions of the block's elements: one for
    # a paragraph, heading or table, one per item for a bullet list. Review
    # comments are anchored through it.
    block_index: dict[tuple[str, int], tuple[int, ...]] = field(default_factory=dict)

    @property
    def xml(self) -> str:
        """A w:body element holding the content, to parse on its own."""
        return f'<w:body xmlns:w="{W_NS}" xmlns:r="{R_NS}">{self.content}</w:body>'


class _Builder:
    def __init__(self, link_id: LinkId) -> None:
        self.link_id = link_id
        self.parts: list[str] = []
        self.bookmark_id = 0

    def add(self, xml: str) -> int:
        """Append one top-level element; return its position."""
        self.parts.append(xml)
        return len(self.parts) - 1

    def heading(self, heading: Heading) -> int:
        style = _HEADING_STYLES.get(heading.level, "Heading3")
        # Always one run, even for an empty heading: comments are anchored on it.
        content = run_xml(heading.text)
        if heading.anchor:
            # A bookmark, so links inside the statement ("#rights") land here.
            self.bookmark_id += 1
            name = escape(bookmark_name(heading.anchor))
            content = (
                f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{name}"/>'
                f'{content}<w:bookmarkEnd w:id="{self.bookmark_id}"/>'
            )
        return self.add(f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{content}</w:p>')

    def paragraph(self, paragraph: Paragraph, *, keep_next: bool = False) -> int:
        # keep_next: a label ("Welke gegevens:") or the sentence before a table
        # never stays behind alone at the foot of a page.
        props = "<w:pPr><w:keepNext/></w:pPr>" if keep_next else ""
        return self.add(f"<w:p>{props}{inline_xml(paragraph.runs, self.link_id)}</w:p>")

    def bullets(self, bullets: BulletList) -> tuple[int, ...]:
        # A short list stays together (each item keeps with the next).
        together = (
            len(bullets.items) <= _KEEP_TOGETHER
            and sum(len(plain_text(item)) for item in bullets.items) <= _KEEP_TOGETHER_CHARACTERS
        )
        last = len(bullets.items) - 1
        return tuple(
            self.add(
                '<w:p><w:pPr><w:pStyle w:val="ListBullet"/>'
                f"{'<w:keepNext/>' if together and index < last else ''}</w:pPr>"
                f"{inline_xml(item, self.link_id)}</w:p>"
            )
            for index, item in enumerate(bullets.items)
        )

    def table(self, table: Table) -> int:
        widths, indent = table_layout(table)
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        header_cells = tuple((Run(text),) for text in table.header)
        # A short table stays on one page: every row but the last keeps with the next.
        together = len(table.rows) <= _KEEP_TOGETHER
        rows = [self._row(header_cells, widths, header=True, keep_next=True)]
        rows.extend(
            self._row(row, widths, header=False, keep_next=together and n < len(table.rows) - 1)
            for n, row in enumerate(table.rows)
        )
        # A table too wide for the text may reach into the margins, centred on the page.
        shift = f'<w:tblInd w:w="{indent}" w:type="dxa"/>' if indent else ""
        position = self.add(
            "<w:tbl><w:tblPr>"
            f'<w:tblStyle w:val="{TABLE_STYLE}"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{shift}'
            '<w:tblLayout w:type="fixed"/>'
            f'<w:tblCellMar><w:left w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/>'
            f'<w:right w:w="{CELL_MARGIN_TWIPS}" w:type="dxa"/></w:tblCellMar>'
            # Only the first row is emphasised: 0x0020 first row + 0x0400 no column bands.
            '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0"'
            ' w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
        )
        # Word glues two adjacent tables together, and a table looks cramped
        # against the next paragraph: an empty paragraph keeps them apart.
        self.add("<w:p/>")
        return position

    def _row(
        self, cells: tuple[Inline, ...], widths: list[int], *, header: bool, keep_next: bool
    ) -> str:
        # The header row repeats on every page; no row splits across pages.
        props = "<w:cantSplit/><w:tblHeader/>" if header else "<w:cantSplit/>"
        keep = "<w:keepNext/>" if keep_next else ""
        out = [f"<w:tr><w:trPr>{props}</w:trPr>"]
        for index, width in enumerate(widths):
            runs = cells[index] if index < len(cells) else ()
            content = inline_xml(runs, self.link_id, bold=header)
            out.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                f'<w:p><w:pPr><w:pStyle w:val="{TABLE_TEXT_STYLE}"/>{keep}</w:pPr>'
                f"{content}</w:p></w:tc>"
            )
        out.append("</w:tr>")
        return "".join(out)


def contents_xml(statement: Statement) -> list[str]:
    """The table of contents: a TOC field whose shown result already lists the sections.

    Word fills in the page numbers when it opens the file (``w:updateFields``
    and a dirty field); readers that never update fields (LibreOffice, a PDF
    converter, Word when the user declines) still show every section, each a
    link to its heading. Only with no sections at all does the hint show.
    """
    entries = [
        f'<w:hyperlink w:anchor="{escape(bookmark_name(section.heading.anchor))}" w:history="1">'
        f"{run_xml(section.heading.text)}</w:hyperlink>"
        for section in statement.sections
        if section.heading.anchor and section.heading.text.strip()
    ]
    if not entries:
        hint = statement.meta.label("toc_hint")
        return [f"<w:p>{field_xml(TOC_INSTRUCTION, hint, dirty=True)}</w:p>"]
    begin, end = field_parts(TOC_INSTRUCTION, dirty=True)
    entries[0] = begin + entries[0]
    entries[-1] = entries[-1] + end
    return [f"<w:p>{_CONTENTS_ENTRY_PROPERTIES}{entry}</w:p>" for entry in entries]


# The built-in "TOC 1" style is only latent in the template; Word makes it when it
# updates the field. Until then the entries are body text with a little less space.
_CONTENTS_ENTRY_PROPERTIES = '<w:pPr><w:spacing w:after="40"/></w:pPr>'


def _introduces(paragraph: Paragraph, following: object) -> bool:
    """A label or sentence that introduces the list or table after it."""
    if isinstance(following, BulletList | Table):
        return True
    return plain_text(paragraph.runs).rstrip().endswith(":")


def build_body(statement: Statement, link_id: LinkId) -> Body:
    """The body XML for ``statement``; ``link_id`` adds an external link relationship."""
    builder = _Builder(link_id)
    title_index = builder.add(
        f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{run_xml(statement.meta.title)}</w:p>'
    )
    builder.add(
        '<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>'
        f"{run_xml(statement.meta.label('contents'))}</w:p>"
    )
    for paragraph in contents_xml(statement):
        builder.add(paragraph)
    body = Body(content="", title_index=title_index)
    for section in statement.sections:
        body.heading_index[section.key] = builder.heading(section.heading)
        for number, block in enumerate(section.blocks):
            positions: tuple[int, ...] = ()
            if isinstance(block, Heading):
                positions = (builder.heading(block),)
            elif isinstance(block, Paragraph):
                following = section.blocks[number + 1] if number + 1 < len(section.blocks) else None
                positions = (builder.paragraph(block, keep_next=_introduces(block, following)),)
            elif isinstance(block, BulletList):
                positions = builder.bullets(block)
            elif isinstance(block, Table):
                positions = (builder.table(block),)
            if positions:
                body.block_index[(section.key, number)] = positions
    body.content = "".join(builder.parts)
    return body
