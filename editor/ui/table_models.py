"""Thin Qt table models over the project's lists, kept in step by the store.

The store changes a list first and signals afterwards, while Qt wants to be
told *before* a row appears or goes. So each model keeps its own list of
references to the row objects (``_rows``): ``data()`` reads from it, and it
follows the store's signals inside the begin/end calls Qt expects. Fields
are changed in place on the same objects, so the references stay valid.

Models never change the project themselves: an edit in place (the cookie
table) goes through ``store.set_field`` like every other widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from editor.core.countries import country_name
from editor.core.model import CookieKind, default_consent
from editor.core.paths import Path
from editor.ui.forms.choices import (
    cookie_kind_choices,
    label_for,
    legal_basis_choices,
    service_kind_choices,
)
from editor.ui.store import Store

Index = QModelIndex | QPersistentModelIndex
_ERROR_BACKGROUND = QColor("#fbe3e1")


@dataclass(frozen=True)
class Column:
    """One column: the field it shows and how."""

    key: str
    header: str
    display: Callable[[Any], str] | None = None  # the field's value -> the text shown
    editable: bool = False
    check: bool = False  # a bool shown (and edited) as a checkbox


class RowListModel(QAbstractTableModel):
    """The rows of the list at ``list_path``, one column per :class:`Column`."""

    def __init__(
        self, store: Store, list_path: Path, columns: list[Column], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._path = list_path
        self._columns = columns
        self._rows: list[Any] = list(store.value(list_path))
        self._error_rows: set[int] = set()
        self._busy = False
        store.rows_inserted.connect(self._on_store_rows_inserted)
        store.rows_removed.connect(self._on_store_rows_removed)
        store.row_moved.connect(self._on_store_row_moved)
        store.field_changed.connect(self._on_store_field_changed)
        store.project_replaced.connect(self._on_store_project_replaced)

    @property
    def list_path(self) -> Path:
        return self._path

    def column_of(self, key: str) -> int:
        """The column showing field ``key``, or -1."""
        keys = [column.key for column in self._columns]
        return keys.index(key) if key in keys else -1

    def set_error_rows(self, rows: set[int]) -> None:
        """Rows with a finding get a light red background."""
        changed = self._error_rows ^ rows
        self._error_rows = set(rows)
        for row in changed:
            if 0 <= row < len(self._rows):
                self.dataChanged.emit(
                    self.index(row, 0),
                    self.index(row, len(self._columns) - 1),
                    [Qt.ItemDataRole.BackgroundRole],
                )

    # -- the Qt model interface ---------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self._columns[index.column()]
        if column.check:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        value = getattr(self._rows[index.row()], column.key)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_ERROR_BACKGROUND) if index.row() in self._error_rows else None
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tr("Ja") if value else self.tr("Nee")
            return None
        if role == Qt.ItemDataRole.EditRole:
            return str(value)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.display(value) if column.display else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            self._busy
            or not index.isValid()
            or not self.flags(index)
            & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
        ):
            return False
        column = self._columns[index.column()]
        if column.check:
            if role != Qt.ItemDataRole.CheckStateRole:
                return False
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        self.commit(index.row(), column, value)
        return True

    def commit(self, row: int, column: Column, value: Any) -> None:
        """Write an edit made in the table; a subclass may add to it."""
        text = self.tr("Wijzig %s") % column.header.lower()
        self._store.set_field((*self._path, row, column.key), value, text, merge=False)

    # -- following the store ----------------------------------------------------------
    def _is_mine(self, path: Path) -> bool:
        return tuple(path) == self._path

    def _on_store_rows_inserted(self, path: Path, index: int) -> None:
        if self._is_mine(path):
            with self._following():
                self.beginInsertRows(QModelIndex(), index, index)
                self._rows.insert(index, self._store.value(path)[index])
                self.endInsertRows()

    def _on_store_rows_removed(self, path: Path, index: int) -> None:
        if self._is_mine(path):
            with self._following():
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()

    def _on_store_row_moved(self, path: Path, source: int, target: int) -> None:
        if not self._is_mine(path):
            return
        # Qt counts the destination before the move: moving down by one is "to 2 rows on".
        destination = target + 1 if target > source else target
        with self._following():
            self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
            self._rows.insert(target, self._rows.pop(source))
            self.endMoveRows()

    def _on_store_field_changed(self, path: Path) -> None:
        depth = len(self._path)
        if tuple(path[:depth]) != self._path:
            return
        if len(path) == depth:  # the whole list was replaced
            self._on_store_project_replaced()
            return
        row = path[depth]
        assert isinstance(row, int)
        if len(path) == depth + 1:  # a whole row was replaced
            self._rows[row] = self._store.value(path)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def _on_store_project_replaced(self) -> None:
        with self._following():
            self.beginResetModel()
            self._rows = list(self._store.value(self._path))
            self._error_rows = set()
            self.endResetModel()

    @contextmanager
    def _following(self) -> Iterator[None]:
        # While rows come and go, a view may close an open cell editor, and
        # the editor then hands in its text. That edit would land in the middle
        # of the store's own change (an undo, say): it is dropped instead.
        self._busy = True
        try:
            yield
        finally:
            self._busy = False


def _yes_no(value: Any) -> str:
    return QCoreApplication.translate("RowListModel", "Ja" if value else "Nee")


class DataCategoryModel(RowListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        bases = legal_basis_choices()
        columns = [
            Column("name", self.tr("Soort gegevens")),
            Column("legal_basis", self.tr("Grondslag"), lambda v: label_for(bases, v)),
        ]
        super().__init__(store, ("data_categories",), columns, parent)


class ProcessorModel(RowListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        kinds = service_kind_choices()
        columns = [
            Column("name", self.tr("Naam")),
            Column("service", self.tr("Dienst"), lambda v: label_for(kinds, v)),
            Column("country", self.tr("Land"), country_name),
            Column("agreement", self.tr("Overeenkomst"), _yes_no),
        ]
        super().__init__(store, ("processors",), columns, parent)


class CookieModel(RowListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        kinds = cookie_kind_choices()
        columns = [
            Column("name", self.tr("Naam"), editable=True),
            Column("provider", self.tr("Aanbieder"), editable=True),
            Column("kind", self.tr("Soort"), lambda v: label_for(kinds, v), editable=True),
            Column("description", self.tr("Beschrijving"), editable=True),
            Column("retention", self.tr("Bewaartermijn"), editable=True),
            Column("consent", self.tr("Toestemming"), check=True),
        ]
        super().__init__(store, ("cookies",), columns, parent)

    def commit(self, row: int, column: Column, value: Any) -> None:
        if column.key != "kind":
            super().commit(row, column, value)
            return
        # A new kind brings its usual consent along, unless the user had
        # already chosen something other than the old kind's default.
        cookie = self._rows[row]
        kind = CookieKind(value)
        if kind == cookie.kind:
            return
        follow_kind = cookie.consent == default_consent(CookieKind(cookie.kind))
        self._store.begin_macro(self.tr("Wijzig soort cookie"))
        self._store.set_field((*self._path, row, "kind"), kind)
        if follow_kind:
            self._store.set_field((*self._path, row, "consent"), default_consent(kind))
        self._store.end_macro()


class CustomSectionModel(RowListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        columns = [Column("title", self.tr("Titel"), lambda v: v or self.tr("(zonder titel)"))]
        super().__init__(store, ("custom_sections",), columns, parent)
