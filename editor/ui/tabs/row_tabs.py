"""Tabs built around a table of rows: kinds of data, processors and cookies.

They share how findings reach them (a row with a finding is marked in the
table, a finding about the whole list marks the table itself) and, for the
two with a detail form under the table, how a finding's path is revealed:
select the row, then focus the field in the form. An empty table says what
to do instead of showing nothing, and with no row chosen the detail form
gives way to that hint, never to the greyed fields of a row that is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.paths import Path
from editor.ui.forms import spacing
from editor.ui.forms.bindings import set_error
from editor.ui.forms.row_list import RowList
from editor.ui.table_models import RowListModel
from editor.ui.tabs.base import TabPage, scrolling

# The table above a detail form shows this many rows at most (it scrolls for
# more), so the form below it keeps its room. In a tab lower than ROOMY_HEIGHT
# (a screen of 640 px high, where a 768 px laptop's tab is about 700) the
# table keeps to the fewest, so the form's fields stay in view.
MOST_ROWS_SHOWN = 6
FEWEST_ROWS_SHOWN = 3
ROOMY_HEIGHT = 640

# Muted and roomy: a hint, not a message.
EMPTY_HINT_STYLE = f"color: #4a5560; padding: {spacing.GROUP_GAP}px 0;"


class RowsTab(TabPage):
    """A tab whose project list ``list_key`` is shown as ``table`` over ``model``."""

    list_key: str
    model: RowListModel
    table: QTableView
    rows: RowList

    def request_row_part(self, section: str, row: int) -> None:
        """Ask the preview for ``row``'s own place in ``section`` (by its name)."""
        rows = self.store.value((self.list_key,))
        if not 0 <= row < len(rows):  # none chosen, or called while a row goes
            return
        name = str(getattr(rows[row], "name", "")).strip()
        if name:
            self.part_requested.emit(section, name)
        else:
            self.section_requested.emit(section)

    def error_rows(self) -> set[int]:
        """The rows some finding points into (``processors[2].country`` -> 2)."""
        return {
            path[1]
            for path in self.errors
            if len(path) > 1 and path[0] == self.list_key and isinstance(path[1], int)
        }

    def fit_rows(self) -> None:
        """Rows as high as their wrapped text, in columns sized to their content.

        Called again whenever the rows or the column widths change, so a long
        description wraps inside its cell instead of being cut off.
        """
        table = self.table
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        spacing.compact_table(table)
        refit = self._refit_rows
        for signal in (
            self.model.rowsInserted,
            self.model.modelReset,
            self.model.dataChanged,
        ):
            signal.connect(lambda *_: refit())
        # Stretched columns change width with the table without a signal.
        table.viewport().installEventFilter(self)
        refit()

    def _refit_rows(self) -> None:
        self.arrange_columns()
        self.table.resizeRowsToContents()
        self.fit_table_height()

    def arrange_columns(self) -> None:
        """Tabs whose columns the header's own modes cannot share well set them here."""

    def fit_table_height(self) -> None:
        """Tabs with a form under the table keep the table to its rows (below)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            # After the header has stretched its columns to the new width.
            QTimer.singleShot(0, self._refit_rows)
        return super().eventFilter(watched, event)

    def apply_errors(self) -> None:
        super().apply_errors()
        self.model.set_error_rows(self.error_rows())
        # A finding about the list as a whole (none given, a placeholder left).
        message = self.errors.get((self.list_key,))
        set_error(self.table, message is not None, message or "")

    # -- the hint where there is nothing to show ---------------------------------------
    def make_empty_hint(self, text: str) -> QLabel:
        """A hint saying what to do while the table is empty; shown and hidden here."""
        hint = QLabel(text)
        hint.setObjectName("empty_hint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        hint.setStyleSheet(EMPTY_HINT_STYLE)
        self.empty_hint = hint
        self._empty_text = text
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self.update_empty_hint)
        return hint

    def update_empty_hint(self, *_: object) -> None:
        self.empty_hint.setVisible(self.model.rowCount() == 0)


class RowDetailTab(RowsTab):
    """A rows tab with a form for the selected row under the table."""

    def lay_out(self, intro: str, buttons: QWidget, detail: QWidget, empty: str) -> None:
        """``intro``, the table and its ``buttons`` on top; the row's form below,
        scrolling, with a handle between them to give either more room. With no
        row chosen the form's place holds ``empty`` (what to do)."""
        label = QLabel(intro)
        label.setWordWrap(True)
        self.fit_rows()
        self.model.rowsRemoved.connect(self.fit_table_height)
        top = QWidget()
        top_layout = spacing.flush(QVBoxLayout(top))
        top_layout.addWidget(label)
        top_layout.addWidget(self.table)
        top_layout.addWidget(buttons)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(scrolling(detail))
        self.detail_stack.addWidget(self.make_empty_hint(empty))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail_stack)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = spacing.page(QVBoxLayout(self))
        layout.addWidget(splitter)
        self.rows.current_changed.connect(self.update_empty_hint)
        self.update_empty_hint()

    def fit_table_height(self, *_: object) -> None:
        """The table as high as its rows (within limits); the form gets the rest."""
        table = self.table
        most = MOST_ROWS_SHOWN if self.height() >= ROOMY_HEIGHT else FEWEST_ROWS_SHOWN
        shown = min(max(self.model.rowCount(), FEWEST_ROWS_SHOWN), most)
        rows = sum(
            table.verticalHeader().sectionSize(row)
            for row in range(min(shown, self.model.rowCount()))
        )
        rows += (shown - min(shown, self.model.rowCount())) * (
            table.verticalHeader().defaultSectionSize()
        )
        frame = 2 * table.frameWidth()
        highest = table.horizontalHeader().sizeHint().height() + rows + frame
        if highest > table.maximumHeight():
            table.setMaximumHeight(highest)
            # The splitter keeps the table's old height when it may grow (a
            # taller tab, a row added): give it its rows, from the form's room.
            QTimer.singleShot(0, self, self._give_table_its_rows)
        else:
            table.setMaximumHeight(highest)

    def _give_table_its_rows(self) -> None:
        sizes = self.splitter.sizes()
        missing = self.table.maximumHeight() - self.table.height()
        if len(sizes) != 2 or missing <= 0:
            return
        room = sizes[1] - self.detail_stack.minimumSizeHint().height()
        grow = min(missing, room)
        if grow > 0:
            self.splitter.setSizes([sizes[0] + grow, sizes[1] - grow])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (event.oldSize().height() >= ROOMY_HEIGHT) != (self.height() >= ROOMY_HEIGHT):
            self.fit_table_height()

    def update_empty_hint(self, *_: object) -> None:
        """The form for a chosen row; else what to do (add one, or choose one)."""
        if self.model.rowCount() == 0:
            self.empty_hint.setText(self._empty_text)
        else:
            self.empty_hint.setText(self.tr("Kies hierboven een rij om die hier te bewerken."))
        chosen = self.rows.current_row() >= 0
        self.detail_stack.setCurrentIndex(0 if chosen else 1)
        self.empty_hint.setVisible(not chosen)

    def reveal(self, path: Path) -> bool:
        if not path or path[0] != self.list_key:
            return False
        if len(path) > 1 and isinstance(path[1], int):
            self.rows.select_row(path[1])
        # A path to the row itself, or to a field the form does not show: the table.
        if len(path) <= 2 or not super().reveal(path):
            self.show_tab()
            self.table.setFocus()
        return True
