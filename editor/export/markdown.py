"""Markdown writer: CommonMark with GitHub-style tables, user text escaped."""

from __future__ import annotations

import re

from editor.export.blocks import BulletList, Heading, Inline, Paragraph, Statement, Table
from editor.export.template_env import safe_url

# Characters that make inline markup anywhere (emphasis, code, links, raw
# HTML, entities, table cells, GFM strikethrough): always escaped.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~])")
# Characters that make a block only at the start of a line: a heading, a list
# item, a setext underline or an ordered list ("1." / "1)").
_BLOCK_START = re.compile(r"(?m)^([ \t]*)([#+=>-])")
_ORDERED_START = re.compile(r"(?m)^([ \t]*\d+)([.)])")


def escape_md(text: str) -> str:
    """User text as CommonMark that shows exactly that text, and nothing more."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    text = _BLOCK_START.sub(r"\1\\\2", text)
    return _ORDERED_START.sub(r"\1\\\2", text)


def render_markdown(statement: Statement) -> str:
    meta = statement.meta
    out = [f"# {escape_md(meta.title)}", ""]
    facts = [escape_md(meta.organisation)] if meta.organisation else []
    if meta.version:
        facts.append(escape_md(f"{meta.label('version')} {meta.version}"))
    if meta.effective_date:
        label = meta.label("effective_date")
        facts.append(escape_md(f"{label}: {meta.effective_date}"))
    if facts:
        out += [" · ".join(facts), ""]
    for block in statement.blocks():
        if isinstance(block, Heading):
            out += [f"{'#' * block.level} {escape_md(block.text)}", ""]
        elif isinstance(block, Paragraph):
            out += [_inline(block.runs), ""]
        elif isinstance(block, BulletList):
            out += [f"- {_inline(item)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            out += [*_table(block), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _inline(runs: Inline, *, in_table: bool = False) -> str:
    parts = []
    for run in runs:
        if run.text == "\n":
            parts.append("<br>" if in_table else "\\\n")
            continue
        text = escape_md(run.text)
        if in_table:
            text = text.replace("\n", " ")
        elif "\n" in text:
            text = text.replace("\n", "\\\n")
        core = text.strip()
        if core and (run.bold or run.italic):
            mark = ("**" if run.bold else "") + ("*" if run.italic else "")
            # Emphasis must hug the text; keep surrounding spaces outside it.
            lead = text[: len(text) - len(text.lstrip())]
            trail = text[len(text.rstrip()) :]
            text = f"{lead}{mark}{core}{mark[::-1]}{trail}"
        href = safe_url(run.href or "")
        if href:
            text = f"[{text}](<{href.replace('>', '%3E').replace('<', '%3C')}>)"
        parts.append(text)
    return "".join(parts)


def _table(table: Table) -> list[str]:
    header = "| " + " | ".join(escape_md(cell) for cell in table.header) + " |"
    rule = "|" + "|".join(" --- " for _ in table.header) + "|"
    rows = [
        "| " + " | ".join(_inline(cell, in_table=True) for cell in row) + " |" for row in table.rows
    ]
    return [header, rule, *rows]
