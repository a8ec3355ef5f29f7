"""Text and inline runs as WordprocessingML strings, for the Word writer.

The body of a large statement is built as one XML string and parsed once:
python-docx's ``add_paragraph`` per block costs about half a second for 1,100
paragraphs, a string costs a few milliseconds. Everything that reaches the
string goes through ``clean_text`` and ``escape`` here, so user text can never
become markup and never holds a character XML cannot store.

No python-docx import here: this module is plain string work.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from editor.export.blocks import Inline, Run
from editor.export.text_clean import UNHOLDABLE_CHARACTERS, clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_BREAKS = re.compile("([\t\n])")
# Anything ``escape`` has to change; most texts hold none, and one search is cheap.
# (Carriage returns are cleaned too: an XML parser would turn them into newlines.)
_NEEDS_ESCAPE = re.compile(f'[&<>"{UNHOLDABLE_CHARACTERS}]')

LinkId = Callable[[str], str]
"""Returns the relationship id of an external link target (adding it if new)."""


def escape(text: str) -> str:
    """Cleaned ``text``, escaped for an XML element or a double-quoted attribute."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = clean_text(text)
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def text_content(text: str) -> str:
    """The inside of one ``w:r``: ``w:t`` pieces, a ``w:tab`` per tab, a ``w:br`` per newline."""
    if "\t" not in text and "\n" not in text:
        return _text_element(text)
    parts = []
    for piece in _BREAKS.split(text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece == "\n":
            parts.append("<w:br/>")
        elif piece:
            parts.append(_text_element(piece))
    return "".join(parts)


def _text_element(text: str) -> str:
    # Word drops spaces at either end of a w:t unless told to keep them; saying
    # so only where needed keeps a large body about a sixth smaller to parse.
    if text[:1].isspace() or text[-1:].isspace():
        return f'<w:t xml:space="preserve">{escape(text)}</w:t>'
    return f"<w:t>{escape(text)}</w:t>"


def run_xml(text: str, *, bold: bool = False, italic: bool = False, style: str = "") -> str:
    """One ``w:r`` holding ``text`` with the given formatting."""
    props = ""
    if style:
        props += f'<w:rStyle w:val="{style}"/>'
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if props:
        props = f"<w:rPr>{props}</w:rPr>"
    return f"<w:r>{props}{text_content(text)}</w:r>"


def bookmark_name(anchor: str) -> str:
    """A Word bookmark name for a heading anchor: a letter first, word characters, at most 40."""
    name = re.sub(r"\W", "_", anchor, flags=re.ASCII)
    if not name[:1].isalpha():
        name = "s_" + name
    return name[:40]


def inline_xml(runs: Inline, link_id: LinkId, *, bold: bool = False) -> str:
    """Runs as ``w:r`` elements; a run with ``href`` becomes a real ``w:hyperlink``.

    ``bold`` forces bold on every run (a table's header row).
    """
    parts = []
    for run in runs:
        parts.append(_one_run(run, link_id, bold))
    return "".join(parts)


def _one_run(run: Run, link_id: LinkId, bold: bool) -> str:
    if not run.href:
        return run_xml(run.text, bold=bold or run.bold, italic=run.italic)
    inner = run_xml(run.text, bold=bold or run.bold, italic=run.italic, style="Hyperlink")
    if run.href.startswith("#"):
        # A link inside the statement points at the heading's bookmark.
        target = f'w:anchor="{escape(bookmark_name(run.href[1:]))}"'
    else:
        target = f'r:id="{escape(link_id(clean_text(run.href)))}"'
    return f'<w:hyperlink {target} w:history="1">{inner}</w:hyperlink>'


def field_xml(instruction: str, placeholder: str, *, dirty: bool = False) -> str:
    """A complex field (``w:fldChar`` begin/separate/end) with its current result text."""
    begin, end = field_parts(instruction, dirty=dirty)
    return f"{begin}{run_xml(placeholder)}{end}"


def field_parts(instruction: str, *, dirty: bool = False) -> tuple[str, str]:
    """The runs before and after a complex field's result, which may span paragraphs."""
    # dirty: Word recomputes the field when the file opens.
    flag = ' w:dirty="true"' if dirty else ""
    begin = (
        f'<w:r><w:fldChar w:fldCharType="begin"{flag}/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
    )
    return begin, '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
