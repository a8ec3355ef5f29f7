"""The clauses of the statement: on/off, order, and the user's own text.

The list comes from the clause library's manifest (editor.export), in the
project's order. Optional clauses have a checkbox; the required ones show
checked and cannot be switched off. Moving a clause writes the full order to
``clauses.order``; typing an own text writes ``clauses.overrides``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from editor.core.clause_ids import is_switched_on, switch
from editor.core.model import Project
from editor.core.paths import Path
from editor.export.assemble import clause_title, ordered_clauses
from editor.export.clause_library import ClauseLibrary, load_library
from editor.ui.store import Store

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ClauseRow:
    id: str
    title: str
    optional: bool


def _library(project: Project) -> ClauseLibrary:
    try:
        return load_library(project.document.language)
    except (OSError, KeyError):  # a language without clauses yet: show the Dutch list
        return load_library("nl")


def clause_rows(project: Project) -> list[ClauseRow]:
    """The clauses in the project's order, with titles in its form of address."""
    library = _library(project)
    address = project.document.address
    return [
        ClauseRow(spec.id, clause_title(library.language, spec, address), spec.optional)
        for spec in ordered_clauses(project, library)
    ]


class ClauseListModel(QAbstractListModel):
    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows = clause_rows(store.project)
        store.field_changed.connect(self._on_store_field_changed)
        store.project_replaced.connect(self._refresh)

    def clause_id(self, row: int) -> str:
        return self._rows[row].id

    def row_of(self, clause_id: str) -> int:
        ids = [row.id for row in self._rows]
        return ids.index(clause_id) if clause_id in ids else -1

    def title(self, clause_id: str) -> str:
        row = self.row_of(clause_id)
        return self._rows[row].title if row >= 0 else clause_id

    # -- the Qt model interface -------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Mandatory clauses are checkable too, so the style draws them like the
        # others instead of greyed out; setData refuses to switch them off.
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        settings = self._store.project.clauses
        if role == Qt.ItemDataRole.DisplayRole:
            own = settings.overrides.get(row.id, "").strip()
            title = row.title if row.optional else self.tr("%s (verplicht)") % row.title
            return self.tr("%s (eigen tekst)") % title if own else title
        if role == Qt.ItemDataRole.CheckStateRole:
            on = is_switched_on(row.id, settings.disabled, settings.enabled)
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if row.optional:
                return self.tr("Zet het vinkje uit om dit onderdeel weg te laten.")
            return self.tr("Dit onderdeel hoort altijd in de verklaring en kan niet uit.")
        if role == ID_ROLE:
            return row.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        row = self._rows[index.row()]
        if not row.optional:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked
        settings = self._store.project.clauses
        key, value = switch(row.id, on, settings.disabled, settings.enabled)
        text = (self.tr("Zet %s aan") if on else self.tr("Zet %s uit")) % f"“{row.title}”"
        self._store.set_field(("clauses", key), value, text, merge=False)
        return True

    # -- changes ----------------------------------------------------------------------
    def move(self, row: int, step: int) -> bool:
        """Move clause ``row`` up (-1) or down (1); writes the full order."""
        target = row + step
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        ids = [clause.id for clause in self._rows]
        ids.insert(target, ids.pop(row))
        where = self.tr("omhoog") if step < 0 else self.tr("omlaag")
        text = self.tr("Verplaats %s %s") % (f"“{self._rows[row].title}”", where)
        self._store.set_field(("clauses", "order"), ids, text, merge=False)
        return True

    def reset_order(self) -> None:
        text = self.tr("Zet de onderdelen in de standaardvolgorde")
        self._store.set_field(("clauses", "order"), [], text, merge=False)

    def _on_store_field_changed(self, path: Path) -> None:
        if (
            path[:1] == ("clauses",)
            or path[:2]
            in (
                ("document", "address"),
                ("document", "language"),
            )
            or path in ((), ("document",))
        ):
            self._refresh()

    def _refresh(self) -> None:
        rows = clause_rows(self._store.project)
        old_ids = [row.id for row in self._rows]
        new_ids = [row.id for row in rows]
        if old_ids == new_ids:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
        elif sorted(old_ids) == sorted(new_ids):
            # Same clauses, new order: a layout change keeps the selection on
            # the clause that was chosen, wherever it moved.
            self.layoutAboutToBeChanged.emit()
            old_indexes = self.persistentIndexList()
            self._rows = rows
            self.changePersistentIndexList(
                old_indexes, [self.index(new_ids.index(old_ids[i.row()])) for i in old_indexes]
            )
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
