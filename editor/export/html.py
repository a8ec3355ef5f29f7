"""HTML writer: a complete page, a fragment for a shop's CMS, and the preview.

All three walk the same Statement. Text is escaped here, at the last moment;
links come only from Runs whose href the parser already vetted (http(s) or
mailto), and are vetted again so no writer ever trusts its input.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from html import escape

import jinja2
from markupsafe import Markup

from editor.core.resources import read_text, resource_path
from editor.export.blocks import (
    Block,
    BulletList,
    Heading,
    Inline,
    Meta,
    Paragraph,
    Section,
    Statement,
    Table,
)
from editor.export.preview_table import (
    CHUNK_OVERLAP_PX,
    PRINT_ROOM,
    REFERENCE_WIDTH,
    chunk_bounds,
    column_shares,
)
from editor.export.template_env import safe_url


def render_page(statement: Statement) -> str:
    """A standalone HTML5 page with a table of contents, for phones and print."""
    body = _article(statement, with_toc=True)
    return _page_template().render(meta=statement.meta, css=Markup(_css()), body=Markup(body))


def render_fragment(statement: Statement) -> str:
    """Only the statement's markup, to paste into a shop's CMS."""
    return _article(statement, with_toc=False) + "\n"


def render_preview(statement: Statement, room: float = REFERENCE_WIDTH) -> str:
    """HTML for the editor's QTextBrowser (Qt's rich-text subset of HTML 4).

    ``room``: the width of the text in units of its font size; the columns
    of the tables are chosen for it (export/preview_table.py).
    """
    return preview_parts(statement, room=room).page()


# Qt's rich text takes CSS from a <style> element only; the live preview also
# wraps every section it replaces on its own in PREVIEW_START ... PREVIEW_END,
# so a section rendered alone is styled exactly like the whole page.
PREVIEW_FONT_PT = 10.5
PREVIEW_CSS = (
    f"body {{ font-family: sans-serif; font-size: {PREVIEW_FONT_PT}pt; }}"
    "h1 { font-size: 18pt; } h2 { font-size: 14pt; margin-top: 16px; }"
    "h3 { font-size: 11.5pt; } p.meta { color: #55606b; }"
    "th { background-color: #eef2f5; text-align: left; }"
    "em.blank { background-color: #fff3bf; }"
)
PREVIEW_START = f'<html><head><meta charset="utf-8"><style>{PREVIEW_CSS}</style></head><body>'
PREVIEW_END = "</body></html>"


def render_printable(statement: Statement) -> str:
    """The preview's HTML for paper (printing, PDF): each table whole, so a page
    that starts inside it repeats its header, with its columns fitted to A4."""
    sections = "".join(
        preview_anchor(section.key) + preview_section_body(section, PRINT_ROOM, whole=True)
        for section in statement.sections
    )
    return PREVIEW_START + preview_title(statement.meta) + sections + PREVIEW_END


def preview_title(meta: Meta) -> str:
    """The title and the facts under it: the preview's part above the first section."""
    return _title_block(meta)


def preview_anchor(key: str) -> str:
    """The anchor in front of a section's heading: show_section scrolls to it."""
    return f'<a name="{escape(key)}"></a>'


def preview_section_body(
    section: Section, room: float = REFERENCE_WIDTH, *, whole: bool = False
) -> str:
    """A section's heading and blocks, without the anchor in front of it.

    ``whole``: each table as one table (paper), not in the preview's chunks.
    """
    parts = [_heading(section.heading)]
    parts.extend(
        _preview_table(block, room, whole=whole) if isinstance(block, Table) else _block(block)
        for block in section.blocks
    )
    return "".join(parts)


@dataclass(frozen=True)
class PreviewParts:
    """The preview page cut into the parts an edit can replace one by one.

    ``title`` is the block above the first section; ``bodies[i]`` is section
    ``keys[i]`` without its anchor. ``sections`` are the blocks they came
    from, so the next render can skip the sections that did not change;
    ``room`` the width the tables were written for.
    """

    title: str
    keys: tuple[str, ...]
    bodies: tuple[str, ...]
    sections: tuple[Section, ...]
    room: float = REFERENCE_WIDTH

    def page(self) -> str:
        """The whole page, as the preview shows it."""
        sections = "".join(
            preview_anchor(key) + body for key, body in zip(self.keys, self.bodies, strict=True)
        )
        return PREVIEW_START + self.title + sections + PREVIEW_END


def preview_parts(
    statement: Statement, previous: PreviewParts | None = None, room: float = REFERENCE_WIDTH
) -> PreviewParts:
    """The parts of ``statement``; sections equal to ``previous`` ones keep their HTML.

    In another ``room`` only the sections without a table do.
    """
    earlier: dict[str, tuple[Section, str]] = {}
    if previous is not None:
        earlier = {
            key: (section, body)
            for key, section, body in zip(
                previous.keys, previous.sections, previous.bodies, strict=True
            )
        }
    bodies = []
    for section in statement.sections:
        known = earlier.get(section.key)
        same_room = previous is not None and (previous.room == room or not _has_table(section))
        if known is not None and same_room and _same_section(known[0], section):
            bodies.append(known[1])
        else:
            bodies.append(preview_section_body(section, room))
    return PreviewParts(
        title=preview_title(statement.meta),
        keys=tuple(section.key for section in statement.sections),
        bodies=tuple(bodies),
        sections=statement.sections,
        room=room,
    )


def _has_table(section: Section) -> bool:
    return any(isinstance(block, Table) for block in section.blocks)


def _same_section(old: Section, new: Section) -> bool:
    # assemble hands back the very same blocks for a clause whose markup did not
    # change, so the usual answer costs one identity test, not a walk of a table.
    return old.heading == new.heading and (old.blocks is new.blocks or old.blocks == new.blocks)


# -- shared pieces ----------------------------------------------------------


def _article(statement: Statement, *, with_toc: bool) -> str:
    meta = statement.meta
    parts = [f'<article class="privacy-statement" lang="{escape(meta.language)}">']
    parts.append(_title_block(meta))
    if with_toc and statement.sections:
        parts.append(_toc(statement))
    for section in statement.sections:
        parts.append(f'<section id="{escape(section.key)}">')
        parts.append(_heading(section.heading))
        parts.extend(_block(block) for block in section.blocks)
        parts.append("</section>")
    parts.append("</article>")
    return "\n".join(parts)


def _title_block(meta: Meta) -> str:
    lines = [f"<h1>{escape(meta.title)}</h1>"]
    facts = []
    if meta.organisation:
        facts.append(escape(meta.organisation))
    if meta.version:
        facts.append(f"{escape(meta.label('version'))} {escape(meta.version)}")
    if meta.effective_date:
        label = escape(meta.label("effective_date"))
        facts.append(f"{label}: {escape(meta.effective_date)}")
    if facts:
        lines.append(f'<p class="meta">{" · ".join(facts)}</p>')
    return "\n".join(lines)


def _toc(statement: Statement) -> str:
    label = escape(statement.meta.label("contents"))
    items = "".join(
        f'<li><a href="#{escape(s.key)}">{escape(s.heading.text)}</a></li>'
        for s in statement.sections
    )
    return (
        '<nav class="toc" aria-labelledby="toc-title">'
        f'<h2 id="toc-title">{label}</h2><ol>{items}</ol></nav>'
    )


def _heading(heading: Heading) -> str:
    level = min(max(heading.level, 1), 6)
    if level == 2:  # the section element carries the id
        return f"<h2>{escape(heading.text)}</h2>"
    return f'<h{level} id="{escape(heading.anchor)}">{escape(heading.text)}</h{level}>'


def _block(block: Block) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{inline_html(block.runs)}</p>"
    if isinstance(block, BulletList):
        items = "".join(f"<li>{inline_html(item)}</li>" for item in block.items)
        return f"<ul>{items}</ul>"
    if isinstance(block, Table):
        return _table(block)
    return _heading(block)


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col">{escape(cell)}</th>' for cell in table.header)
    rows = "".join(_row(row) for row in table.rows)
    return (
        f'<div class="table-wrap"><table><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


# Qt's rich text knows table attributes, not CSS borders.
_PREVIEW_TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%"'


def _preview_table(table: Table, room: float, *, whole: bool = False) -> str:
    """The table in chunks with shared column widths (see export/preview_table.py);
    ``whole``: as one table."""
    widths = [f' width="{share}%"' for share in column_shares(table, room)]
    head = "".join(
        f'<th scope="col"{width}>{escape(cell)}</th>'
        for width, cell in zip(widths, table.header, strict=True)
    )
    parts = []
    bounds = [(0, len(table.rows))] if whole else chunk_bounds(len(table.rows))
    for number, (first, end) in enumerate(bounds):
        if number == 0:
            parts.append(f"{_PREVIEW_TABLE}><thead><tr>{head}</tr></thead><tbody>")
            parts.extend(_row(row) for row in table.rows[first:end])
        else:
            # Qt takes a column's width from the first row that gives one.
            style = f"margin-top: -{CHUNK_OVERLAP_PX}px"
            lead = "".join(
                f"<td{width}>{inline_html(cell)}</td>"
                for width, cell in zip(widths, table.rows[first], strict=False)
            )
            parts.append(f'{_PREVIEW_TABLE} style="{style}"><tbody><tr>{lead}</tr>')
            parts.extend(_row(row) for row in table.rows[first + 1 : end])
        parts.append("</tbody></table>")
    return "".join(parts)


@lru_cache(maxsize=4096)
def _row(row: tuple[Inline, ...]) -> str:
    # Kept by content: after an edit the preview writes one section again, and
    # in a table of 200 processors only the edited row is new.
    return "<tr>" + "".join(f"<td>{inline_html(cell)}</td>" for cell in row) + "</tr>"


def inline_html(runs: Inline) -> str:
    out = []
    for run in runs:
        if run.text == "\n":
            out.append("<br>")
            continue
        text = escape(run.text)
        if run.bold:
            text = f"<strong>{text}</strong>"
        if run.italic:
            text = f"<em>{text}</em>"
        href = safe_url(run.href or "")
        if href:
            text = f'<a href="{escape(href)}">{text}</a>'
        out.append(text)
    return "".join(out)


@cache
def _css() -> str:
    return read_text(resource_path("page", "statement.css"))


@cache
def _page_template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    return env.from_string(read_text(resource_path("page", "page.html.j2")))
