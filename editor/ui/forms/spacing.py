"""One set of margins and spacings for every tab and form of the window.

Each tab used to take the style's defaults in one place and its own numbers
(2, 4, 6, 12 px) in another, so rows, groups and hints sat at slightly
different distances from tab to tab: the uneven look of a form nobody
designed. Every layout of the forms and tabs takes its distances from here.

The numbers are small on purpose: the detail forms must show every field
without scrolling on a 1366x768 laptop, next to the preview.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QLayout, QTableView

Layout = TypeVar("Layout", bound=QLayout)

# Around a tab's content, and inside a group box around its rows.
PAGE_MARGIN = 8
GROUP_MARGIN = 8
# Between two groups on a page, and between two columns side by side.
GROUP_GAP = 10
COLUMN_GAP = 12
# Between the rows of a form, and between a label and its field.
ROW_GAP = 6
LABEL_GAP = 10
# Inside one field made of parts: a field and its hint, a list and its buttons.
TIGHT_GAP = 3
# Space around the text of a table's header section: as much as its cells have.
HEADER_PADDING = "2px 3px"
# Space above and below a table row's text: compact, so more rows and the
# whole form fit.
ROW_PADDING = 10
# A multi-line text field, and a list of short texts, start this many lines
# high and grow with the room.
TEXT_LINES = 3
LIST_LINES = 4


def page(layout: Layout) -> Layout:
    """``layout`` as a tab's outer column: the page margin, groups apart."""
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(GROUP_GAP)
    return layout


def form(layout: QFormLayout) -> QFormLayout:
    """``layout`` as a form's rows: the row gap between them, the label gap beside."""
    layout.setVerticalSpacing(ROW_GAP)
    layout.setHorizontalSpacing(LABEL_GAP)
    return layout


def group(layout: Layout) -> Layout:
    """``layout`` inside a group box: the group margin all round."""
    layout.setContentsMargins(GROUP_MARGIN, GROUP_MARGIN, GROUP_MARGIN, GROUP_MARGIN)
    return layout


def tight(layout: Layout) -> Layout:
    """``layout`` holding the parts of one field: no margin, the tight gap."""
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(TIGHT_GAP)
    return layout


def flush(layout: Layout) -> Layout:
    """``layout`` holding whole rows inside a page or group: no margin, the row gap."""
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(ROW_GAP)
    return layout


def align_labels(*layouts: QFormLayout) -> None:
    """One label column for several forms on a page, so their fields line up.

    Each group's form sized its labels to its own longest one, and the fields
    of two groups on one page started at different places.
    """
    labels = [
        label
        for layout in layouts
        for row in range(layout.rowCount())
        if (item := layout.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and (label := item.widget()) is not None
    ]
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest)


def compact_table(table: QTableView) -> None:
    """Rows as high as a line of text and a little; headers padded like the cells.

    The headers are never bold: a selected row made every header bold, wider,
    and the last column no longer fitted a small screen.
    """
    row = table.fontMetrics().height() + ROW_PADDING
    table.verticalHeader().setDefaultSectionSize(row)
    table.verticalHeader().setMinimumSectionSize(row)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setStyleSheet(f"QHeaderView::section {{ padding: {HEADER_PADDING}; }}")
