"""Column widths of a Word table, from the words in it.

A word of 15 letters or fewer must never be split over two lines ("WooComme /
rce"): each column gets at least the width of its longest such word, measured
with the character widths of DejaVu Serif (text) and a bold face (header row),
the wide fonts LibreOffice falls back to when Word's Cambria and Calibri are
missing; Word's own fonts are narrower, so what fits here fits there. What is
left of the line goes to the columns whose text would otherwise wrap the most
(the automatic table layout of CSS). A table whose words do not fit on the
text width may reach into the page margins, up to 1 cm from the paper's edge.

Longer tokens, such as the cookie name "woocommerce_cart_hash" (21 characters),
are kept whole too when the page width allows; where it does not, Word and
LibreOffice break them at the end of the line. No zero-width spaces are added
to make them break at an underscore: the text must stay the text.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from editor.export.blocks import Inline, Run, Table
from editor.export.blocks import plain_text as runs_text

# A4 with 2.5 cm margins: 11906 - 2 x 1417 twips of text width.
TEXT_WIDTH_TWIPS = 9072
PAGE_WIDTH_TWIPS = 11906
# The widest a table may become: the page less 1 cm (567 twips) on either side.
MAX_TABLE_WIDTH_TWIPS = PAGE_WIDTH_TWIPS - 2 * 567
CELL_MARGIN_TWIPS = 72  # left and right, set on the table (narrower than the style's 108)
_TEXT_SIZE_TWIPS = 180  # 9 pt table text (docx_body.TABLE_TEXT_STYLE)
LONGEST_WHOLE_WORD = 15  # letters: never split

# Advance widths in thousandths of an em (DejaVu Serif).
_LOWER_WIDTHS = "596 640 560 640 592 370 640 644 320 310 606 320 948 644 602 640 640 478 513 402 644 565 856 564 565 527"  # noqa: E501
_UPPER_WIDTHS = "722 735 765 802 730 694 799 872 395 401 747 664 1024 875 820 673 820 753 685 667 843 722 1028 712 660 695"  # noqa: E501
_LOWER = dict(zip("abcdefghijklmnopqrstuvwxyz", map(int, _LOWER_WIDTHS.split()), strict=True))
_UPPER = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", map(int, _UPPER_WIDTHS.split()), strict=True))
_OTHER = {"-": 338, "_": 500, ".": 318, ",": 318, "'": 275, "(": 390, ")": 390, "/": 337}
_DIGIT = 636
_UNKNOWN = 700  # any other character: on the wide side
_BOLD = 1.12  # DejaVu's bold faces are about a tenth wider
# Rounding, kerning and the renderer's own slack.
_SAFETY = 1.06
_SLACK_TWIPS = 40


def character_width(char: str) -> int:
    if char in _LOWER:
        return _LOWER[char]
    if char in _UPPER:
        return _UPPER[char]
    if char.isdigit():
        return _DIGIT
    if char in _OTHER:
        return _OTHER[char]
    # Accented letters are as wide as their base letter, near enough.
    return _LOWER.get(char.lower(), _UPPER.get(char.upper(), _UNKNOWN))


def text_width(text: str, *, bold: bool = False) -> int:
    """The width of ``text`` on one line at 9 pt, in twips."""
    ems = sum(character_width(char) for char in text) / 1000
    return round(ems * _TEXT_SIZE_TWIPS * (_BOLD if bold else 1.0) * _SAFETY)


@dataclass
class _Column:
    whole: int = 0  # the longest word of at most 15 letters
    longest: int = 0  # the longest word of any length
    natural: int = 0  # the longest cell's text on one line


def _measure(columns: list[_Column], cells: tuple[Inline, ...], *, bold: bool) -> None:
    for index, cell in enumerate(cells[: len(columns)]):
        column = columns[index]
        text = runs_text(cell)
        column.natural = max(column.natural, _cell_width(text, bold))
        for word in text.split():
            width, keep_whole = _word_width(word, bold)
            column.longest = max(column.longest, width)
            if keep_whole:
                column.whole = max(column.whole, width)


# Remembered per process: the same cell texts and words ("Nederland", "1 jaar",
# a provider's name) come back in row after row and shop after shop, and
# measuring them letter by letter was most of a table's cost. Bounded, so a
# long batch cannot grow the memory without end; pure, so nothing else is kept.
@functools.lru_cache(maxsize=32768)
def _cell_width(text: str, bold: bool) -> int:
    return text_width(text, bold=bold)


@functools.lru_cache(maxsize=32768)
def _word_width(word: str, bold: bool) -> tuple[int, bool]:
    """The word's width, and whether it is short enough that it must never be split."""
    return text_width(word, bold=bold), sum(char.isalpha() for char in word) <= LONGEST_WHOLE_WORD


def _share(minimum: list[int], natural: list[int], width: int) -> list[int]:
    """``width`` over the columns: each its minimum, the rest by how much each would wrap."""
    spare = width - sum(minimum)
    wants = [max(nat - low, 0) for low, nat in zip(minimum, natural, strict=True)]
    total = sum(wants)
    if total == 0:
        wants = [1] * len(minimum)
        total = len(minimum)
    return [low + spare * want // total for low, want in zip(minimum, wants, strict=True)]


def _longest_that_fit(whole: list[int], longest: list[int], width: int) -> list[int]:
    """Each column wide enough for its longest token where the width allows, cheapest first."""
    minimum = list(whole)
    for index in sorted(range(len(whole)), key=lambda i: longest[i] - whole[i]):
        extra = longest[index] - minimum[index]
        if sum(minimum) + extra <= width:
            minimum[index] = longest[index]
    return minimum


def table_layout(table: Table) -> tuple[list[int], int]:
    """Column widths in twips and the table's indent (negative: into the left margin)."""
    count = max(len(table.header), max((len(row) for row in table.rows), default=0), 1)
    columns = [_Column() for _ in range(count)]
    _measure(columns, tuple((Run(text),) for text in table.header), bold=True)
    for row in table.rows:
        _measure(columns, row, bold=False)
    padding = 2 * CELL_MARGIN_TWIPS + _SLACK_TWIPS
    whole = [padding + max(column.whole, 300) for column in columns]
    longest = [padding + max(column.longest, 300) for column in columns]
    natural = [padding + max(column.natural, 300) for column in columns]
    if sum(longest) <= TEXT_WIDTH_TWIPS:
        minimum, width = longest, TEXT_WIDTH_TWIPS
    else:
        # Reaching into the margins anyway: as far as the text wants, up to the limit,
        # so the columns of running text get room too and long tokens stay whole.
        width = min(max(sum(natural), sum(whole)), MAX_TABLE_WIDTH_TWIPS)
        minimum = _longest_that_fit(whole, longest, width)
    if sum(minimum) > width:  # even the page is too narrow: shrink evenly
        widths = [low * width // sum(minimum) for low in minimum]
    else:
        widths = _share(minimum, natural, width)
    widths[-1] += width - sum(widths)
    indent = -((width - TEXT_WIDTH_TWIPS) // 2) if width > TEXT_WIDTH_TWIPS else 0
    return widths, indent


def column_widths(table: Table) -> list[int]:
    """Column widths in twips (see the module doc)."""
    return table_layout(table)[0]
