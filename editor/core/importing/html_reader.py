"""An HTML page saved from the browser into blocks, without what surrounds the statement.

A saved page carries the shop's menu, header, footer, cookie banner, scripts
and forms. Those are left out: their company names (a payment logo in the
footer, an analytics service in the banner) are not recipients the statement
names. When the page marks its content with <main> or <article>, only that is
read.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from editor.core.importing.blocks import Kind, RawBlock

# Elements whose content is never statement text.
_SKIP_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object",
        "form", "button", "select", "textarea", "nav", "aside", "head", "title", "dialog",
    }
)  # fmt: skip
_PAGE_PARTS = frozenset({"header", "footer"})  # skipped unless inside the main content
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "blockquote", "address", "pre", "ul", "ol",
        "dl", "dt", "dd", "table", "figure", "figcaption", "body", "html", "center", "details",
        "summary",
    }
)  # fmt: skip
_BOILERPLATE = re.compile(
    r"cookie[-_ ]?(?:banner|bar|consent|notice|popup|pop-up|modal|melding|notification|law|"
    r"wall|message|overlay)|\bconsent\b|\bcc-(?:window|banner)|onetrust|cookiebot|cookieyes|"
    r"\bgdpr\b|borlabs|cookieconsent|cmplz|\bnavbar\b|\bmenu\b|\bbreadcrumbs?\b|"
    r"\bsidebar\b|\bskip-link\b|site-header|"
    r"site-footer|\bnewsletter-signup\b|\bsocial-share\b",
    re.IGNORECASE,
)
_MAIN = frozenset({"main", "article"})


def read_html(text: str) -> list[RawBlock]:
    """The statement's blocks from an HTML page."""
    parser = _StatementParser()
    parser.feed(text)
    parser.close()
    parser.flush()
    in_main = [block for block, main in parser.blocks if main]
    if sum(len(block.text) + sum(map(len, block.cells)) for block in in_main) >= 200:
        return in_main
    return [block for block, _ in parser.blocks]


class _StatementParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[RawBlock, bool]] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, skipped because of this element)
        self._skip = 0
        self._main = 0
        self._text: list[str] = []
        self._kind = Kind.PARAGRAPH
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._table = 0
        self._tables: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag == "br" and not self._skip:
                self._append("\n")
            return
        skip = self._skip > 0 or self._is_boilerplate(tag, attrs)
        self._stack.append((tag, skip))
        if skip:
            self._skip += 1
            return
        if tag in _MAIN:
            self._main += 1
        self._open_block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not any(open_tag == tag for open_tag, _ in self._stack):
            return
        while self._stack:
            open_tag, skipped = self._stack.pop()
            if skipped:
                self._skip -= 1
            else:
                if open_tag in _MAIN:
                    self._main -= 1
                self._close_block(open_tag)
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._append(data)

    def _append(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        else:
            self._text.append(data)

    def _is_boilerplate(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag == "form" and (not self._stack or self._stack[-1][0] in ("body", "html")):
            return False  # a form around the whole page (ASP.NET pages have one)
        if tag in _SKIP_TAGS:
            return True
        if tag in _PAGE_PARTS and not self._main:
            return True
        values = dict(attrs)
        if values.get("hidden") is not None or values.get("aria-hidden") == "true":
            return True
        if values.get("role") in ("navigation", "dialog", "alertdialog", "banner", "contentinfo"):
            return True
        marks = " ".join(values.get(name) or "" for name in ("id", "class", "aria-label"))
        return bool(marks and _BOILERPLATE.search(marks))

    def _open_block(self, tag: str) -> None:
        if tag == "table":
            self.flush()
            self._table += 1
            self._tables.append(self._table)
        elif tag == "tr":
            self.flush()
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
        elif tag in _HEADINGS:
            self.flush()
            self._kind = Kind.HEADING
        elif tag == "li":
            self.flush()
            self._kind = Kind.ITEM
        elif tag in _BLOCK_TAGS:
            self.flush()

    def _close_block(self, tag: str) -> None:
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if any(self._row):
                table = self._tables[-1] if self._tables else 0
                self._emit(RawBlock(Kind.ROW, cells=tuple(self._row), table=table))
            self._row = None
        elif tag == "table":
            if self._tables:
                self._tables.pop()
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCK_TAGS:
            self.flush(closing=tag in _HEADINGS or tag == "li")

    def flush(self, *, closing: bool = False) -> None:
        text = "".join(self._text)
        self._text = []
        kind, self._kind = self._kind, Kind.PARAGRAPH
        if not text.strip() and not closing:
            # <li><p>...</p></li>: the paragraph inside is still the list item.
            self._kind = kind
            return
        # A <br> inside a paragraph separates lines of an address: keep them apart.
        lines = [line for line in (" ".join(part.split()) for part in text.split("\n")) if line]
        if kind is Kind.PARAGRAPH and len(lines) > 1 and all(len(line) <= 60 for line in lines):
            for line in lines:
                self._emit(RawBlock(Kind.PARAGRAPH, line))
        elif lines:
            self._emit(RawBlock(kind, " ".join(lines)))

    def _emit(self, block: RawBlock) -> None:
        self.blocks.append((block, self._main > 0))
