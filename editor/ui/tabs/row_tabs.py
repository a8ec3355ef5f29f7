"""Tabs built around a table of rows: kinds of data, processors and cookies.

They share how findings reach them (a row with a finding is marked in the
table) and, for the two with a detail form under the table, how a finding's
path is revealed: select the row, then focus the field in the form.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from editor.core.paths import Path
from editor.ui.forms.row_list import RowList
from editor.ui.table_models import RowListModel
from editor.ui.tabs.base import TabPage, scrolling


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

    def apply_errors(self) -> None:
        super().apply_errors()
        self.model.set_error_rows(self.error_rows())


class RowDetailTab(RowsTab):
    """A rows tab with a form for the selected row under the table."""

    def lay_out(self, intro: str, buttons: QWidget, detail: QWidget) -> None:
        """``intro``, the table and its ``buttons`` on top; the row's form below,
        scrolling, with a handle between them to give either more room."""
        label = QLabel(intro)
        label.setWordWrap(True)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(label)
        top_layout.addWidget(self.table)
        top_layout.addWidget(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scrolling(detail))
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)  # the style's margins, like the other tabs
        layout.addWidget(splitter)

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
