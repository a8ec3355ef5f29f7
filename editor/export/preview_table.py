"""Tables in the live preview: cut into chunks, with column widths of their own.

Two things the preview's Qt rich text does badly with a plain HTML table:

- An edit in one cell makes Qt lay out the whole table again (every cell,
  twice: once to measure, once to place). For the 150 cookies of a large
  shop that was most of a keystroke's 16 ms. So a long table is written as
  several tables of ``CHUNK_ROWS`` rows, one under the other: an edit lays
  out one chunk. Each chunk after the first is pulled up by the width of
  the two borders Qt draws where tables meet, so the seam looks like any
  other row line.
- Qt's own column widths ignore how long the words are (the preview wraps
  a word anywhere when it must, and Qt then measures a cell as if any
  letter were a place to wrap): at the width of a small window it gave four
  columns nearly the same width and broke "bestelgegeve ns" in two. The
  widths here are chosen from the words, for the width the pane has (its
  ``room``), as a browser would: every column gets room for its longest
  word first, the rest is shared out up to each column's longest line;
  when not every word fits, the columns with the longest words give way
  together, or one of them alone, whichever splits fewer words. Chunks
  share these widths, so their columns line up.

Only the preview is written this way: printing and the PDF get each table
whole, fitted to A4 (html.render_printable); the other exports keep one
plain table.
Widths are estimated from the characters (no Qt here): advances of DejaVu
Sans, the widest of the common sans-serif fonts, in units of the font size.
"""

from __future__ import annotations

import math
from functools import lru_cache

from editor.export.blocks import Inline, Table

CHUNK_ROWS = 20

# Where two tables meet Qt draws the lower border of the one and the upper
# border of the next (1 px each): a chunk drawn 2 px higher covers them with
# its own, exactly like the line between two rows.
CHUNK_OVERLAP_PX = 2

# The room (the table's width in units of the font size, 10.5 pt) when none
# is given: the table in a 1024 x 640 window, the smallest the editor is
# made for (406 px). The preview gives its own.
REFERENCE_WIDTH = 29.0
# On A4 (printing, PDF): 210 mm less the page's 5 mm and Qt's 2 cm on either
# side leave 160 mm, and 10.5 pt is 3.7 mm.
PRINT_ROOM = 43.0
# Padding (4 px on either side) and the cell's borders, in the same units.
CELL_EXTRA = 0.75
# A word is given this much more room than estimated: the estimate is off by
# a few percent in other fonts, and a share is rounded to a whole percent.
WORD_SLACK = 0.4
# A word asks for no more room than this (a very long compound word); a
# web or e-mail address (a token with one of ADDRESS_MARKS) for no more than
# ADDRESS_TOKEN: it may break anywhere, and should not take a column's room
# from the words next to it.
LONG_WORD = 16.0
ADDRESS_TOKEN = 6.0
ADDRESS_MARKS = frozenset("/@_:=?&#")
# Bold header text is about this much wider.
BOLD = 1.1
# No column narrower than this share (in percent), however short its text.
MINIMUM_SHARE = 5
# A column that gives way alone for the others keeps at least this much
# room: a narrower one would split its every word.
NARROWEST = 5.0

_NARROW = frozenset("iljIJ.,:;'!|ïìí")
_SMALL = frozenset('frt()/-[]"')
_WIDE = frozenset("mwMW@%&")


def _char_width(char: str) -> float:
    if char in _NARROW:
        return 0.29
    if char in _SMALL:
        return 0.39
    if char in _WIDE:
        return 0.92
    if char == " ":
        return 0.32
    if char.isupper():
        return 0.72
    return 0.62


@lru_cache(maxsize=16384)
def text_width(text: str) -> float:
    """The estimated width of ``text`` on one line, in units of the font size."""
    return sum(_char_width(char) for char in text)


Need = tuple[float, float, tuple[float, ...]]


def _word_room(token: str) -> float:
    limit = ADDRESS_TOKEN if ADDRESS_MARKS.intersection(token) else LONG_WORD
    return min(text_width(token), limit)


def _measure(text: str, scale: float = 1.0) -> Need:
    """(longest word, longest line, every word) of ``text``; lines end at a line break."""
    words = tuple(_word_room(word) * scale for word in text.split())
    lines = [text_width(line.strip()) * scale for line in text.split("\n")]
    return (max(words, default=0.0), max(lines, default=0.0), words)


@lru_cache(maxsize=4096)
def _row_needs(row: tuple[Inline, ...]) -> tuple[Need, ...]:
    # Kept by content, like the row's HTML: an edit measures one row again.
    return tuple(_measure("".join(run.text for run in cell)) for cell in row)


# The shares last worked out, by the identity of the table (kept alive here,
# so the id is not reused): after an edit the preview asks for the old
# table's shares again, and the patch for the new one's.
_RECENT_LIMIT = 32
_recent: dict[tuple[int, float], tuple[Table, tuple[int, ...]]] = {}


def column_shares(table: Table, room: float = REFERENCE_WIDTH) -> tuple[int, ...]:
    """Each column's width in percent of the table (whole numbers, adding up to 100).

    ``room`` is the table's width in units of the font size.

    Whole percents on purpose: an edit that makes a cell a little longer
    seldom moves a column, and an unchanged width lets the preview patch
    that one cell instead of writing the table again.
    """
    known = _recent.get((id(table), room))
    if known is not None and known[0] is table:
        return known[1]
    shares = _shares(table, room)
    if len(_recent) >= _RECENT_LIMIT:
        del _recent[next(iter(_recent))]  # the oldest
    _recent[(id(table), room)] = (table, shares)
    return shares


def _shares(table: Table, room: float) -> tuple[int, ...]:
    columns = len(table.header)
    if columns == 0:
        return ()
    header = [_measure(cell, BOLD) for cell in table.header]
    cells = [header, *(_row_needs(row)[:columns] for row in table.rows)]
    least = [CELL_EXTRA + WORD_SLACK] * columns
    most = [CELL_EXTRA] * columns
    for row in cells:
        for column, (word, line, _words) in enumerate(row):
            least[column] = max(least[column], word + CELL_EXTRA + WORD_SLACK)
            most[column] = max(most[column], line + CELL_EXTRA)
    most = [max(longest, shortest) for longest, shortest in zip(most, least, strict=True)]
    if sum(least) <= room:
        return _percents(_widths(least, most, room), MINIMUM_SHARE)
    words: list[list[float]] = [[] for _ in range(columns)]
    for row in cells:
        for column, (_word, _line, in_cell) in enumerate(row):
            words[column].extend(in_cell)
    return _percents(_give_way(least, words, room), MINIMUM_SHARE)


def _widths(least: list[float], most: list[float], room: float) -> list[float]:
    """How wide each column is in ``room``, when every word fits: as a browser would."""
    if sum(most) <= room:
        return most
    # Each column its longest word; what is left is shared out evenly, a
    # column taking no more than its longest line needs: a short text (a
    # name, a country) gets its one line, the long texts share the rest.
    widths = list(least)
    spare = room - sum(least)
    wanting = [column for column, width in enumerate(most) if width > least[column]]
    while wanting and spare > 1e-6:
        each = spare / len(wanting)
        for column in list(wanting):
            given = min(each, most[column] - widths[column])
            widths[column] += given
            spare -= given
            if widths[column] >= most[column] - 1e-6:
                wanting.remove(column)
    return widths


def _give_way(least: list[float], words: list[list[float]], room: float) -> list[float]:
    """Not every word fits ``room``: the widths that split the fewest words.

    Either the columns with the longest words give way together, so a column
    of short words ("Nederland") keeps them whole, or one column takes all
    of the shortfall, if that splits fewer words (one long word in a column
    of short ones). A tie goes to the first.
    """
    options = [_level(least, room)]
    shortfall = sum(least) - room
    for column, width in enumerate(least):
        if width - shortfall >= NARROWEST:
            options.append([w - shortfall if c == column else w for c, w in enumerate(least)])

    def split(widths: list[float]) -> int:
        # The pieces words are cut into: a word cut in three counts twice.
        return sum(
            math.ceil(word / (width - CELL_EXTRA)) - 1
            for width, in_column in zip(widths, words, strict=True)
            for word in in_column
            if word + CELL_EXTRA + WORD_SLACK > width
        )

    return min(options, key=split)


def _level(least: list[float], room: float) -> list[float]:
    """The widest columns cut down to one width, the others keep theirs."""
    ordered = sorted(least)
    cap = room / len(ordered)
    for taken, width in enumerate(ordered):
        cap = (room - sum(ordered[:taken])) / (len(ordered) - taken)
        if width >= cap:
            break
    return [min(width, cap) for width in least]


def _percents(widths: list[float], minimum: int) -> tuple[int, ...]:
    total = sum(widths) or 1.0
    raw = [max(minimum, 100 * width / total) for width in widths]
    scale = sum(raw) / 100
    raw = [share / scale for share in raw]
    shares = [int(share) for share in raw]
    # The remaining percents to the columns that lost the most by rounding down.
    by_loss = sorted(range(len(raw)), key=lambda i: shares[i] - raw[i])
    for index in by_loss[: 100 - sum(shares)]:
        shares[index] += 1
    return tuple(shares)


def chunk_bounds(rows: int) -> list[tuple[int, int]]:
    """(first, end) of each chunk's rows; a table without rows is one chunk."""
    if rows == 0:
        return [(0, 0)]
    return [(first, min(first + CHUNK_ROWS, rows)) for first in range(0, rows, CHUNK_ROWS)]
