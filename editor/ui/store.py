"""The store: the only writer of the Project in the GUI.

Forms never change the Project themselves. They call ``set_field``,
``insert_row``, ``remove_row``, ``move_row`` or ``replace_project``; each pushes
a QUndoCommand onto the one QUndoStack, so every change can be undone and the
stack's clean state is the window's "modified" marker.
"""

from __future__ import annotations

import copy
from pathlib import Path as FsPath
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.core import import_marks as marks
from editor.core.model import Project
from editor.core.paths import Path, format_path, get_value, set_value

# Qt merges consecutive commands that share an id(); every field path gets its
# own id so typing in one field merges, but typing in the next field does not.
_MERGE_ID_BASE = 1000
_merge_ids: dict[Path, int] = {}


def _merge_id(path: Path) -> int:
    return _merge_ids.setdefault(path, _MERGE_ID_BASE + len(_merge_ids))


# Where the imported-value marks live; set through the store like any field.
IMPORT_MARKS: Path = ("import_", "unconfirmed")

# The old value of a dict entry that did not exist yet (a new clause
# override): undoing the command removes the key again.
MISSING = object()


class _SetField(QUndoCommand):
    def __init__(
        self, store: Store, path: Path, old: Any, new: Any, text: str, merge: bool
    ) -> None:
        super().__init__(text)
        self._store, self._path, self._old, self._new = store, path, old, new
        self._merge = merge
        # The imported-value marks before this step: an edit confirms the value.
        self._marks = store.imported_marks()

    def redo(self) -> None:
        if self._path != IMPORT_MARKS:
            self._store._set_marks(marks.after_edit(self._marks, self._path))
        self._store._apply_set(self._path, self._new)

    def undo(self) -> None:
        self._store._set_marks(self._marks)
        self._store._apply_set(self._path, self._old)

    def id(self) -> int:
        # -1 never merges: a click or a choice is its own undo step.
        return _merge_id(self._path) if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _SetField) or other._path != self._path:
            return False
        self._new = other._new
        return True


class _InsertRow(QUndoCommand):
    def __init__(self, store: Store, path: Path, index: int, item: Any, text: str) -> None:
        super().__init__(text)
        self._store, self._path, self._index, self._item = store, path, index, item
        self._marks = store.imported_marks()

    def redo(self) -> None:
        self._store._set_marks(marks.after_insert(self._marks, self._path, self._index))
        self._store._apply_insert(self._path, self._index, copy.deepcopy(self._item))

    def undo(self) -> None:
        self._store._set_marks(self._marks)
        self._store._apply_remove(self._path, self._index)


class _RemoveRow(QUndoCommand):
    def __init__(self, store: Store, path: Path, index: int, text: str) -> None:
        super().__init__(text)
        self._store, self._path, self._index = store, path, index
        self._item = copy.deepcopy(get_value(store.project, path)[index])
        self._marks = store.imported_marks()

    def redo(self) -> None:
        self._store._set_marks(marks.after_remove(self._marks, self._path, self._index))
        self._store._apply_remove(self._path, self._index)

    def undo(self) -> None:
        self._store._set_marks(self._marks)
        self._store._apply_insert(self._path, self._index, copy.deepcopy(self._item))


class _MoveRow(QUndoCommand):
    def __init__(self, store: Store, path: Path, source: int, target: int, text: str) -> None:
        super().__init__(text)
        self._store, self._path, self._source, self._target = store, path, source, target
        self._marks = store.imported_marks()

    def redo(self) -> None:
        moved = marks.after_move(self._marks, self._path, self._source, self._target)
        self._store._set_marks(moved)
        self._store._apply_move(self._path, self._source, self._target)

    def undo(self) -> None:
        self._store._set_marks(self._marks)
        self._store._apply_move(self._path, self._target, self._source)


class _ReplaceProject(QUndoCommand):
    def __init__(self, store: Store, new: Project, text: str) -> None:
        super().__init__(text)
        self._store = store
        self._old = copy.deepcopy(store.project)
        self._new = copy.deepcopy(new)

    def redo(self) -> None:
        self._store._apply_project(copy.deepcopy(self._new))

    def undo(self) -> None:
        self._store._apply_project(copy.deepcopy(self._old))


class Store(QObject):
    """Owns the Project, its file path and the undo stack.

    Signals tell views what changed so they refresh only what they show:
    ``field_changed(path)`` after a field is set, ``rows_inserted(path, index)``,
    ``rows_removed(path, index)``, ``row_moved(path, source, target)``,
    ``project_replaced()`` after a whole new project, and ``changed()`` after
    every change of any kind (the preview and the check listen to that).
    ``marks_changed()`` says the imported-value marks changed (before the
    change's own signals, so a form that repaints sees the new marks).
    """

    changed = Signal()
    field_changed = Signal(tuple)
    rows_inserted = Signal(tuple, int)
    rows_removed = Signal(tuple, int)
    row_moved = Signal(tuple, int, int)
    project_replaced = Signal()
    path_changed = Signal()
    marks_changed = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project if project is not None else Project()
        self._path: FsPath | None = None
        self.undo_stack = QUndoStack(self)

    # -- reading -------------------------------------------------------------
    @property
    def project(self) -> Project:
        """The current project. Read it freely; never change it directly."""
        return self._project

    @property
    def path(self) -> FsPath | None:
        return self._path

    def value(self, path: Path) -> Any:
        return get_value(self._project, path)

    def imported_marks(self) -> list[str]:
        """The paths of imported values not yet confirmed ([import].unconfirmed), a copy."""
        info = self._project.import_
        return list(info.unconfirmed) if info is not None else []

    def is_unconfirmed(self, path: Path) -> bool:
        return marks.is_marked(self.imported_marks(), path)

    def confirm_imported(self, paths: list[Path], text: str = "") -> None:
        """Confirm imported values as they are: one undo step, however many."""
        current = self.imported_marks()
        remaining = current
        for path in paths:
            remaining = marks.after_edit(remaining, path)
        if remaining != current:
            label = text or self.tr("Bevestig overgenomen waarde")
            self.set_field(IMPORT_MARKS, remaining, label, merge=False)

    # -- writing (every method pushes one undo step) ------------------------
    def set_field(self, path: Path, value: Any, text: str = "", *, merge: bool = True) -> None:
        """Set one field. ``merge``: typing in the same field again joins this step;
        ``merge=False`` (a click, a choice, a table cell) is a step of its own.

        A path ending in a new dict key (``("clauses", "overrides", "rights")``)
        adds the key; undo removes it again.
        """
        try:
            old = self.value(path)
        except KeyError:
            old = MISSING
        if old is not MISSING and old == value:
            return
        label = text or self.tr("Wijzig %s") % format_path(path)
        saved = old if old is MISSING else copy.deepcopy(old)
        self.undo_stack.push(_SetField(self, path, saved, value, label, merge))

    def insert_row(self, path: Path, index: int, item: Any, text: str = "") -> None:
        label = text or self.tr("Voeg rij toe")
        self.undo_stack.push(_InsertRow(self, path, index, item, label))

    def append_row(self, path: Path, item: Any, text: str = "") -> int:
        index = len(self.value(path))
        self.insert_row(path, index, item, text)
        return index

    def remove_row(self, path: Path, index: int, text: str = "") -> None:
        label = text or self.tr("Verwijder rij")
        self.undo_stack.push(_RemoveRow(self, path, index, label))

    def move_row(self, path: Path, source: int, target: int, text: str = "") -> None:
        rows = self.value(path)
        if source == target or not (0 <= source < len(rows) and 0 <= target < len(rows)):
            return
        label = text or self.tr("Verplaats rij")
        self.undo_stack.push(_MoveRow(self, path, source, target, label))

    def replace_project(self, project: Project, text: str = "") -> None:
        """Swap in a whole project as one undoable step (e.g. a migration)."""
        self.undo_stack.push(_ReplaceProject(self, project, text or self.tr("Vervang project")))

    def begin_macro(self, text: str) -> None:
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    # -- files (not undoable: a new document starts a new history) ----------
    def load(self, project: Project, path: FsPath | None) -> None:
        self._project = project
        self._path = path
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.marks_changed.emit()
        self.project_replaced.emit()
        self.path_changed.emit()
        self.changed.emit()

    def mark_saved(self, path: FsPath) -> None:
        self._path = path
        self.undo_stack.setClean()
        self.path_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # -- applied by the commands only ----------------------------------------
    def _set_marks(self, new: list[str]) -> None:
        info = self._project.import_
        if info is None or info.unconfirmed == new:
            return
        info.unconfirmed = list(new)
        self.marks_changed.emit()

    def _apply_set(self, path: Path, value: Any) -> None:
        if value is MISSING:
            del self.value(path[:-1])[path[-1]]
        else:
            set_value(self._project, path, copy.deepcopy(value))
        if path == IMPORT_MARKS:
            self.marks_changed.emit()
        self.field_changed.emit(path)
        self.changed.emit()

    def _apply_insert(self, path: Path, index: int, item: Any) -> None:
        self.value(path).insert(index, item)
        self.rows_inserted.emit(path, index)
        self.changed.emit()

    def _apply_remove(self, path: Path, index: int) -> None:
        del self.value(path)[index]
        self.rows_removed.emit(path, index)
        self.changed.emit()

    def _apply_move(self, path: Path, source: int, target: int) -> None:
        rows = self.value(path)
        rows.insert(target, rows.pop(source))
        self.row_moved.emit(path, source, target)
        self.changed.emit()

    def _apply_project(self, project: Project) -> None:
        self._project = project
        self.marks_changed.emit()
        self.project_replaced.emit()
        self.changed.emit()
