"""A rendered statement as JSON text, and back: how a recorded version keeps its statement.

A recorded version must come out exactly as it was, even after the clause
library has changed, so it keeps the block tree itself rather than the facts
alone. JSON of the blocks keeps headings, paragraphs, lists, tables and every
run's formatting and link; any writer (Word, HTML, Markdown, the redline) can
take the tree read back from it. The form, one object per block with a
``type`` key, is documented in docs/project-format.md.
"""

from __future__ import annotations

import json
from typing import Any

from editor.export.blocks import (
    Block,
    BulletList,
    Heading,
    Inline,
    Meta,
    Paragraph,
    Run,
    Section,
    Statement,
    Table,
)

SCHEMA = 1  # the form of this JSON; raised if the block tree ever changes shape


def dumps_statement(statement: Statement) -> str:
    """Compact JSON of ``statement`` (sorted keys: same statement, same text)."""
    data = {
        "schema": SCHEMA,
        "meta": _meta(statement.meta),
        "sections": [
            {
                "key": section.key,
                "heading": _heading(section.heading),
                "blocks": [_block(block) for block in section.blocks],
            }
            for section in statement.sections
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def loads_statement(text: str) -> Statement:
    """The statement ``dumps_statement`` wrote; ValueError when the text is not one."""
    try:
        data = json.loads(text)
        if data.get("schema") != SCHEMA:
            raise ValueError(f"onbekende vorm {data.get('schema')!r}")
        return Statement(
            meta=Meta(**{**data["meta"], "labels": dict(data["meta"].get("labels", {}))}),
            sections=tuple(
                Section(
                    key=str(section["key"]),
                    heading=_read_heading(section["heading"]),
                    blocks=tuple(_read_block(block) for block in section["blocks"]),
                )
                for section in data["sections"]
            ),
        )
    except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as error:
        raise ValueError(f"geen opgeslagen verklaring ({error})") from None


def _meta(meta: Meta) -> dict[str, Any]:
    return {
        "title": meta.title,
        "organisation": meta.organisation,
        "version": meta.version,
        "effective_date": meta.effective_date,
        "language": meta.language,
        "program_version": meta.program_version,
        "clauses_version": meta.clauses_version,
        "labels": dict(meta.labels),
    }


def _heading(heading: Heading) -> dict[str, Any]:
    return {
        "type": "heading",
        "level": heading.level,
        "text": heading.text,
        "anchor": heading.anchor,
    }


def _runs(runs: Inline) -> list[dict[str, Any]]:
    out = []
    for run in runs:
        item: dict[str, Any] = {"text": run.text}
        if run.bold:
            item["bold"] = True
        if run.italic:
            item["italic"] = True
        if run.href is not None:
            item["href"] = run.href
        out.append(item)
    return out


def _block(block: Block) -> dict[str, Any]:
    if isinstance(block, Heading):
        return _heading(block)
    if isinstance(block, Paragraph):
        return {"type": "paragraph", "runs": _runs(block.runs)}
    if isinstance(block, BulletList):
        return {"type": "bullets", "items": [_runs(item) for item in block.items]}
    return {
        "type": "table",
        "kind": block.kind,
        "header": list(block.header),
        "rows": [[_runs(cell) for cell in row] for row in block.rows],
    }


def _read_runs(items: list[dict[str, Any]]) -> Inline:
    return tuple(
        Run(
            text=str(item["text"]),
            bold=bool(item.get("bold", False)),
            italic=bool(item.get("italic", False)),
            href=item.get("href"),
        )
        for item in items
    )


def _read_heading(data: dict[str, Any]) -> Heading:
    return Heading(level=int(data["level"]), text=str(data["text"]), anchor=str(data["anchor"]))


def _read_block(data: dict[str, Any]) -> Block:
    kind = data["type"]
    if kind == "heading":
        return _read_heading(data)
    if kind == "paragraph":
        return Paragraph(_read_runs(data["runs"]))
    if kind == "bullets":
        return BulletList(tuple(_read_runs(item) for item in data["items"]))
    if kind == "table":
        return Table(
            header=tuple(str(text) for text in data["header"]),
            rows=tuple(tuple(_read_runs(cell) for cell in row) for row in data["rows"]),
            kind=str(data.get("kind", "")),
        )
    raise KeyError(f"blok {kind!r}")
