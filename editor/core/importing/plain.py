"""Plain text and Markdown into blocks.

Plain text has no markup, so the layout tells what is what: a blank line ends
a paragraph, a short line on its own without a full stop is a heading (a
question such as "Welke gegevens verzamelen wij?" too), lines that start with
a bullet or a number are list items, and lines with "|" or tabs between their
parts are table rows. Text copied from a PDF has no blank lines: there a line
that ends a sentence ends the paragraph.
"""

from __future__ import annotations

import re

from editor.core.importing.blocks import Kind, RawBlock

_BULLET = re.compile(
    r"^\s*(?:[-*+•·●▪◦‣○■□➢➤►✓✔]|[–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?P<text>\S.*)$"
)
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|artikel\s+\d+[.:]?)\s+", re.I)
_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LABEL_VALUE = re.compile(r"^[^\W\d][\w .()/-]{0,30}:\s+\S")
_SENTENCE_END = re.compile(r"[.!;:,]\s*[\"'”’)]*$")

_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # images
    (re.compile(r"<(https?://[^>\s]+|[^>\s@]+@[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"<[^>]+>"), ""),  # inline HTML
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s*_])[*_](?![\w*])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),
)
_MD_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def markdown_inline(line: str) -> str:
    """A Markdown line without its markup; a link keeps its address after the text."""

    def link(match: re.Match[str]) -> str:
        label, target = match.group(1), match.group(2)
        address = target.removeprefix("mailto:")
        return label if address in label else f"{label} ({address})"

    line = _MD_LINK.sub(link, line)
    for pattern, replacement in _MD_INLINE:
        line = pattern.sub(replacement, line)
    return line


def looks_like_markdown(text: str) -> bool:
    """Pasted text with Markdown headings or links is read as Markdown."""
    headings = sum(1 for line in text.splitlines() if _MD_HEADING.match(line))
    return headings >= 2 or len(_MD_LINK.findall(text)) >= 2


def is_heading_like(line: str) -> bool:
    """A short line that does not end a sentence: a heading in plain text."""
    line = line.strip()
    if not line or len(line) > 120 or "@" in line:
        return False
    if line.endswith("?"):
        return True
    if _LABEL_VALUE.match(line):
        return False  # "Naam: Zonnig" is a fact, not a heading
    words = line.split()
    return (
        len(line) <= 90
        and len(words) <= 12
        and not _SENTENCE_END.search(line)
        and (line[0].isupper() or line[0].isdigit())
    )


def read_plain(text: str, *, markdown: bool = False) -> list[RawBlock]:
    """The blocks of a plain text (or Markdown) statement."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").split("\n")
    headings: set[int] = set()
    if markdown:
        lines, headings = _strip_markdown(lines)
    elif _lacks_blank_lines(lines):
        lines, headings = _reflow(lines)
    blocks: list[RawBlock] = []
    tables = _TableCounter()
    group: list[tuple[int, str]] = []
    for number, line in enumerate([*lines, ""]):
        if line.strip() and number not in headings:
            group.append((number, line))
            continue
        blocks.extend(_group_blocks(group, tables))
        group = []
        if number in headings and line.strip():
            blocks.append(RawBlock(Kind.HEADING, line.strip()))
            tables.break_table()
    return blocks


class _TableCounter:
    """Numbers the tables: rows in a run share a number, a new run gets the next."""

    def __init__(self) -> None:
        self.number = 0
        self.open = False

    def row_table(self) -> int:
        if not self.open:
            self.number += 1
            self.open = True
        return self.number

    def break_table(self) -> None:
        self.open = False


def _strip_markdown(lines: list[str]) -> tuple[list[str], set[int]]:
    out: list[str] = []
    headings: set[int] = set()
    fenced = False
    for line in lines:
        if line.strip().startswith("```"):
            fenced = not fenced
            out.append("")
            continue
        if fenced:
            out.append(line)
            continue
        if _MD_RULE.match(line) and "|" not in line:
            out.append("")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            headings.add(len(out))
            out.append(markdown_inline(heading.group("text")))
            continue
        if line.lstrip().startswith(">"):
            line = line.lstrip()[1:]
        out.append(markdown_inline(line))
    # A line underlined with === or --- is a heading too (setext style).
    for index in range(1, len(out)):
        if re.fullmatch(r"\s*(=+|-+)\s*", lines[index]) and out[index - 1].strip():
            headings.add(index - 1)
    return out, headings


def _lacks_blank_lines(lines: list[str]) -> bool:
    filled = sum(1 for line in lines if line.strip())
    return filled > 15 and (len(lines) - filled) * 10 < filled


def _reflow(lines: list[str]) -> tuple[list[str], set[int]]:
    """Blank lines where a text without them (a PDF's) ends a paragraph."""
    out: list[str] = []
    headings: set[int] = set()
    previous_ended = True
    for line in lines:
        stripped = line.strip()
        if not stripped:
            continue
        if previous_ended and is_heading_like(stripped) and not _BULLET.match(stripped):
            out.append("")
            headings.add(len(out))
            out.append(stripped)
            out.append("")
            previous_ended = True
            continue
        out.append(stripped)
        previous_ended = bool(re.search(r"[.!?:]\s*$", stripped))
        if previous_ended and not _BULLET.match(stripped):
            out.append("")
    return out, headings


def _cells(line: str) -> list[str] | None:
    if "|" in line:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
    elif "\t" in line.strip():
        cells = [cell.strip() for cell in line.strip().split("\t") if cell.strip()]
    else:
        return None
    return cells if sum(1 for cell in cells if cell) >= 2 else None


def _group_blocks(group: list[tuple[int, str]], tables: _TableCounter) -> list[RawBlock]:
    """The blocks of lines between two blank lines."""
    if not group:
        return []
    lines = [line for _, line in group]
    if len(lines) == 1:
        line = lines[0].strip()
        if _NUMBERED_HEADING.match(line) and is_heading_like(_NUMBERED_HEADING.sub("", line)):
            return [RawBlock(Kind.HEADING, line)]
    blocks: list[RawBlock] = []
    prose: list[str] = []

    def flush_prose() -> None:
        if prose:
            blocks.extend(_prose_blocks(prose))
            prose.clear()

    item: list[str] | None = None
    for line in lines:
        if _TABLE_RULE.match(line) and "-" in line:
            continue
        cells = _cells(line)
        bullet = _BULLET.match(line)
        if cells is not None:
            flush_prose()
            if item is not None:
                blocks.append(RawBlock(Kind.ITEM, " ".join(item)))
                item = None
            blocks.append(RawBlock(Kind.ROW, cells=tuple(cells), table=tables.row_table()))
            continue
        tables.break_table()
        if bullet:
            flush_prose()
            if item is not None:
                blocks.append(RawBlock(Kind.ITEM, " ".join(item)))
            item = [bullet.group("text").strip()]
        elif item is not None and (line[:1].isspace() or not is_heading_like(line)):
            item.append(line.strip())
        else:
            if item is not None:
                blocks.append(RawBlock(Kind.ITEM, " ".join(item)))
                item = None
            prose.append(line.strip())
    if item is not None:
        blocks.append(RawBlock(Kind.ITEM, " ".join(item)))
    flush_prose()
    return blocks


_LABELLED = re.compile(r"^[^\W\d][\w .()/-]{0,30}:\s+\S")


def _prose_blocks(lines: list[str]) -> list[RawBlock]:
    if len(lines) > 1 and sum(1 for line in lines if _LABELLED.match(line)) * 2 >= len(lines):
        # "Adres: ...", "E-mail: ...": one fact per line, each its own paragraph.
        return [RawBlock(Kind.PARAGRAPH, line) for line in lines]
    if len(lines) == 1:
        kind = Kind.HEADING if is_heading_like(lines[0]) else Kind.PARAGRAPH
        return [RawBlock(kind, lines[0])]
    rest = " ".join(lines[1:])
    if is_heading_like(lines[0]) and (len(rest) > 100 or _SENTENCE_END.search(rest)):
        return [RawBlock(Kind.HEADING, lines[0]), RawBlock(Kind.PARAGRAPH, rest)]
    if lines[0].endswith("?") and len(lines) > 2:
        # A question as heading, then an address block or other short lines.
        return [RawBlock(Kind.HEADING, lines[0]), *_prose_blocks(lines[1:])]
    if all(len(line) <= 60 and not re.search(r"[.!?]$", line) for line in lines):
        # An address block: each line is its own fact (name, street, city, phone).
        return [RawBlock(Kind.PARAGRAPH, line) for line in lines]
    return [RawBlock(Kind.PARAGRAPH, " ".join(lines))]
