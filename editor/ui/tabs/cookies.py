"""Cookies: a table edited in place, one cookie per row."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Cookie
from editor.core.paths import Path
from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.choices import cookie_kind_choices, fill_combo
from editor.ui.forms.row_list import RowList
from editor.ui.store import Store
from editor.ui.table_models import CookieModel
from editor.ui.tabs.row_tabs import RowsTab

LIST = "cookies"

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a combo box of fixed choices; the model gets the value."""

    def __init__(self, choices: list[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        fill_combo(combo, self._choices)
        combo.setAccessibleName(self.tr("Soort cookie"))
        # Choosing is the whole edit: commit at once, as a user expects.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData())


# The columns whose text wraps and which share the room the others leave.
FREE_TEXT_COLUMNS = ("name", "description", "retention")


class CookiesTab(RowsTab):
    list_key = LIST

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "cookies", parent)
        self.model = CookieModel(store, self)
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.rows = RowList(store, self.model, self.table, Cookie, self.tr("cookie"), self)
        self.kind_delegate = ChoiceDelegate(cookie_kind_choices(), self.table)
        self.table.setItemDelegateForColumn(self.model.column_of("kind"), self.kind_delegate)
        # Columns laid out by arrange_columns: short ones as wide as their content,
        # the free texts share the rest and wrap, never narrower than their header.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._free_texts = [self.model.column_of(key) for key in FREE_TEXT_COLUMNS]
        self.fit_rows()
        # Only when even that does not fit (a narrow window): scroll, never cut.
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

        intro = QLabel(
            self.tr(
                "Welke cookies plaatst de website? Dubbelklik op een cel of begin te typen "
                "om hem te wijzigen. Analytische en marketingcookies vragen meestal eerst "
                "toestemming."
            )
        )
        intro.setWordWrap(True)
        layout = spacing.page(QVBoxLayout(self))
        layout.addWidget(intro)
        layout.addWidget(self.table)
        empty = self.tr(
            "Nog geen cookies. Klik op Toevoegen voor elke cookie die de website plaatst, "
            "ook die van andere bedrijven (zoals statistieken of een betaalknop)."
        )
        layout.addWidget(self.make_empty_hint(empty))
        layout.addWidget(self.rows.button_bar())
        self.update_empty_hint()
        self.rows.current_changed.connect(self._on_rows_current_changed)
        # After "add" (connected first, so the row exists) the name cell opens for typing.
        self.rows.add_action.triggered.connect(self._edit_new_row)

    def binders(self) -> list[FieldBinder]:
        return []

    def arrange_columns(self) -> None:
        header = self.table.horizontalHeader()
        columns = range(header.count())
        wanted = {
            c: max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in columns
        }
        short = [c for c in columns if c not in self._free_texts]
        for column in short:
            header.resizeSection(column, wanted[column])
        # A free text is at least as wide as its header and its longest word (a
        # word cannot wrap); the room left goes to the texts that want more, in
        # proportion, and the last takes the odd pixels, so the columns fill the
        # table exactly (a pixel too many brought a sideways scroll bar).
        narrowest = {
            c: max(header.sectionSizeHint(c), self._longest_word(c)) for c in self._free_texts
        }
        spare = self.table.viewport().width() - sum(wanted[c] for c in short)
        spare = max(0, spare - sum(narrowest.values()))
        more = {c: max(0, wanted[c] - narrowest[c]) for c in self._free_texts}
        total = sum(more.values())
        if total <= spare:  # everything fits on one line: share what is left evenly
            even = (spare - total) // max(1, len(more))
            extra = {c: more[c] + even for c in more}
        else:
            extra = {c: spare * more[c] // total for c in more}
        extra[self._free_texts[-1]] += spare - sum(extra.values())
        for column in self._free_texts:
            header.resizeSection(column, narrowest[column] + extra[column])

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in ``column``, with the cell's margins."""
        metrics = self.table.fontMetrics()
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        words = (
            word
            for row in range(self.model.rowCount())
            for word in str(self.model.index(row, column).data() or "").split()
        )
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + 2 * (
            margin + 1
        )

    def reveal(self, path: Path) -> bool:
        if not path or path[0] != LIST:
            return False
        self.show_tab()
        row = path[1] if len(path) > 1 and isinstance(path[1], int) else self.rows.current_row()
        column = self.model.column_of(str(path[2])) if len(path) > 2 else 0
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, max(column, 0)))
        self.table.setFocus()
        return True

    def _edit_new_row(self) -> None:
        row = self.model.rowCount() - 1
        if row >= 0:
            self.table.setFocus()
            self.table.edit(self.model.index(row, self.model.column_of("name")))

    def _on_rows_current_changed(self, row: int) -> None:
        self.request_row_part("cookies", row)
