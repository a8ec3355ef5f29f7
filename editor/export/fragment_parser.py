"""Turning a clause's restricted HTML into blocks.

Clause templates may only use h3, p, ul/ol/li, table/thead/tbody/tr/th/td,
strong/b, em/i, a and br. Anything else is a bug in a template and raises,
so a lawyer's edit cannot smuggle markup into the Word file unnoticed. User
text arrives here already escaped by jinja2, so it is only ever text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from editor.export.blocks import Block, BulletList, Heading, Inline, Paragraph, Run, Table
from editor.export.template_env import safe_url

_SPACE = re.compile(r"[ \t\r\n\f]+")
_INLINE = {"strong", "b", "em", "i", "a", "br"}
_BLOCK = {"h3", "p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td"}

# A tag (start, end or self-closing) or a comment. jinja2 escapes every "<",
# ">" and quote in user text, so these can only match the template's own markup;
# a "<" that matches neither is a template bug and raises below.
_TOKEN = re.compile(
    r"<!--.*?-->"
    r"|<(?P<end>/)?(?P<tag>[A-Za-z][A-Za-z0-9]*)(?P<attrs>(?:\s[^<>]*?)?)\s*(?P<self>/)?>",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(
    r"""(?P<name>[A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s"'=<>`]+)))?"""
)


class TemplateMarkupError(ValueError):
    """A clause template produced markup outside the allowed set."""


# Elements whose parse depends on their own markup only (outside any inline
# formatting): a paragraph, a list, a table row.
_REUSABLE = frozenset({"p", "ul", "ol", "tr"})
Made = tuple[Block, ...] | tuple[tuple[Inline, ...], ...]


@dataclass
class Memo:
    """Whole elements of the last parse of a clause, by their exact markup.

    An edit in a large clause changes one row or one paragraph of hundreds;
    with the memo of the last parse the others are not parsed again. ``new``
    holds what this parse met, so the memo never outgrows one clause.
    """

    old: dict[str, Made] = field(default_factory=dict)
    new: dict[str, Made] = field(default_factory=dict)


@dataclass(frozen=True)
class _Pending:
    chunk: str
    end: int
    made_from: int  # 1 + the number of blocks (or rows) before the element; 0: not yet


class _FragmentParser:
    # A small tokenizer instead of html.parser: the markup comes from our own
    # templates, and html.parser's generality cost a quarter of a large Word
    # export. The handle_* methods keep html.parser's shape.
    def __init__(self, anchor_prefix: str) -> None:
        self.blocks: list[Block] = []
        self._anchor_prefix = anchor_prefix
        self._subheadings = 0
        self._runs: list[Run] = []
        self._bold = 0
        self._italic = 0
        self._href: str | None = None
        self._list: list[Inline] | None = None
        self._table_header: list[str] = []
        self._table_rows: list[tuple[Inline, ...]] = []
        self._row: list[Inline] = []
        self._in_table = False
        self._cell_is_header = False

    # -- tags ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INLINE and tag not in _BLOCK:
            raise TemplateMarkupError(f"tag <{tag}> is not allowed in a clause")
        if tag in ("strong", "b"):
            self._bold += 1
        elif tag in ("em", "i"):
            self._italic += 1
        elif tag == "a":
            self._href = safe_url(dict(attrs).get("href") or "") or None
        elif tag == "br":
            self._runs.append(Run("\n", bool(self._bold), bool(self._italic), self._href))
        elif tag in ("ul", "ol"):
            self._flush_paragraph()
            self._list = []
        elif tag == "table":
            self._flush_paragraph()
            self._in_table = True
            self._table_header, self._table_rows = [], []
        elif tag == "tr":
            self._row = []
        elif tag in ("th", "td"):
            self._cell_is_header = tag == "th"
            self._runs = []
        else:  # p, h3, li start a fresh run of inline text
            self._flush_paragraph()

    def handle_endtag(self, tag: str) -> None:
        if tag in ("strong", "b"):
            self._bold -= 1
        elif tag in ("em", "i"):
            self._italic -= 1
        elif tag == "a":
            self._href = None
        elif tag == "p":
            self._flush_paragraph()
        elif tag == "h3":
            text = "".join(run.text for run in _tidy(self._runs))
            self._runs = []
            if text:
                self._subheadings += 1
                anchor = f"{self._anchor_prefix}-{self._subheadings}"
                self.blocks.append(Heading(3, text, anchor))
        elif tag == "li" and self._list is not None:
            item = _tidy(self._runs)
            self._runs = []
            if item:
                self._list.append(item)
        elif tag in ("ul", "ol") and self._list is not None:
            if self._list:
                self.blocks.append(BulletList(tuple(self._list)))
            self._list = None
        elif tag in ("th", "td"):
            cell = _tidy(self._runs)
            self._runs = []
            if self._cell_is_header:
                self._table_header.append("".join(run.text for run in cell))
            else:
                self._row.append(cell)
        elif tag == "tr" and self._row:
            self._table_rows.append(tuple(self._row))
            self._row = []
        elif tag == "table":
            self.blocks.append(Table(tuple(self._table_header), tuple(self._table_rows)))
            self._in_table = False

    def handle_data(self, data: str) -> None:
        if not data:
            return
        self._runs.append(Run(data, bool(self._bold), bool(self._italic), self._href))

    def feed(self, markup: str, memo: Memo | None = None) -> None:
        """Parse ``markup``; with ``memo``, reuse and record the parse of whole elements."""
        position = 0
        pending: _Pending | None = None
        while (match := _TOKEN.search(markup, position)) is not None:
            self._text(markup[position : match.start()])
            position = match.end()
            tag = match.group("tag")
            if tag is None:
                continue  # a comment
            tag = tag.lower()
            if match.group("end"):
                self.handle_endtag(tag)
                if pending is not None and position == pending.end:
                    assert memo is not None
                    memo.new[pending.chunk] = self._made_since(pending)
                    pending = None
                continue
            if memo is not None and pending is None and (chunk := self._chunk(markup, match)):
                made = memo.old.get(chunk)
                if made is not None:
                    self._reuse(tag, made)
                    memo.new[chunk] = made
                    position = match.start() + len(chunk)
                    continue
                pending = _Pending(chunk, match.start() + len(chunk), 0)
            attributes = match.group("attrs")
            self.handle_starttag(tag, _attributes(attributes) if attributes else [])
            if pending is not None and pending.made_from == 0:
                made_from = len(self._table_rows) if tag == "tr" else len(self.blocks)
                pending = _Pending(pending.chunk, pending.end, made_from + 1)
        self._text(markup[position:])

    # -- whole elements, parsed once (see Memo) ------------------------------
    def _chunk(self, markup: str, match: re.Match[str]) -> str:
        """The whole element ``match`` opens when its parse stands on its own, else ""."""
        tag = match.group("tag").lower()
        if tag not in _REUSABLE or self._bold or self._italic or self._href is not None:
            return ""
        if (tag == "tr") != self._in_table or self._list is not None:
            return ""
        close = f"</{tag}>"
        end = markup.find(close, match.end())
        chunk = markup[match.start() : end + len(close)] if end >= 0 else ""
        # Nothing nested of its own kind, and a row of data cells only (a header
        # row feeds the table's header, not its rows).
        if not chunk or f"<{tag}" in chunk[1:] or (tag == "tr" and "<th" in chunk):
            return ""
        return chunk

    def _made_since(self, pending: _Pending) -> Made:
        if pending.chunk.startswith("<tr"):
            return tuple(self._table_rows[pending.made_from - 1 :])
        return tuple(self.blocks[pending.made_from - 1 :])

    def _reuse(self, tag: str, made: Made) -> None:
        if tag == "tr":
            self._table_rows.extend(made)  # type: ignore[arg-type]
        else:
            self._flush_paragraph()  # as the start tag would
            self.blocks.extend(made)  # type: ignore[arg-type]

    def _text(self, text: str) -> None:
        if "<" in text:
            raise TemplateMarkupError(f"a stray '<' in a clause: {text[:40]!r}")
        if text:
            self.handle_data(html.unescape(text) if "&" in text else text)

    def close(self) -> None:
        self._flush_paragraph()

    def _flush_paragraph(self) -> None:
        runs = _tidy(self._runs)
        self._runs = []
        if runs and not self._in_table and self._list is None:
            self.blocks.append(Paragraph(runs))


def _attributes(source: str) -> list[tuple[str, str | None]]:
    attributes: list[tuple[str, str | None]] = []
    for match in _ATTRIBUTE.finditer(source):
        raw = next((v for v in match.group("dq", "sq", "bare") if v is not None), None)
        value = None if raw is None else html.unescape(raw)
        attributes.append((match.group("name").lower(), value))
    return attributes


def _tidy(runs: list[Run]) -> Inline:
    """Collapse markup whitespace, merge equal neighbours, trim the ends."""
    merged: list[Run] = []
    for run in runs:
        text = run.text if run.text == "\n" else _SPACE.sub(" ", run.text)
        if merged and _same_style(merged[-1], run) and "\n" not in (text, merged[-1].text):
            merged[-1] = Run(merged[-1].text + text, run.bold, run.italic, run.href)
        else:
            merged.append(Run(text, run.bold, run.italic, run.href))
    while merged and not merged[0].text.strip():
        merged.pop(0)
    while merged and not merged[-1].text.strip():
        merged.pop()
    if merged:
        merged[0] = Run(merged[0].text.lstrip(), merged[0].bold, merged[0].italic, merged[0].href)
        last = merged[-1]
        merged[-1] = Run(last.text.rstrip(), last.bold, last.italic, last.href)
    return tuple(merged)


def _same_style(a: Run, b: Run) -> bool:
    return (a.bold, a.italic, a.href) == (b.bold, b.italic, b.href)


def parse_fragment(markup: str, anchor_prefix: str, memo: Memo | None = None) -> tuple[Block, ...]:
    """Blocks of one clause; subheadings get anchors ``<prefix>-1``, ``-2``, ...

    ``memo``: the elements of the last parse of the same clause, reused where
    their markup is the same (the result is the same as without it).
    """
    parser = _FragmentParser(anchor_prefix)
    parser.feed(markup, memo)
    parser.close()
    return tuple(parser.blocks)


def inline_text(markup: str) -> str:
    """The plain text of a one-line fragment (a rendered clause title)."""
    blocks = parse_fragment(f"<p>{markup}</p>", "title")
    if not blocks or not isinstance(blocks[0], Paragraph):
        return ""
    return "".join(run.text for run in blocks[0].runs)
