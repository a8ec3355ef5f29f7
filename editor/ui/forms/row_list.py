"""A list of rows (a table or list view over a RowListModel) with its buttons.

Add, remove, move up and move down are actions with shortcuts that work while
the view has focus (Ins, Del, Alt+Up, Alt+Down); each is one undo step through
the store. The current row is announced with ``current_changed`` (-1 for
none) whenever it changes, also when rows move under it (an undo, a remove).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QToolButton,
    QWidget,
)

from editor.ui.forms import spacing
from editor.ui.store import Store
from editor.ui.table_models import RowListModel


class RowList(QObject):
    current_changed = Signal(int)

    def __init__(
        self,
        store: Store,
        model: RowListModel,
        view: QAbstractItemView,
        new_item: Callable[[], Any],
        noun: str,
        parent: QObject | None = None,
    ) -> None:
        """``noun`` names one row in undo texts, e.g. "verwerker"."""
        super().__init__(parent)
        self.store, self.model, self.view = store, model, view
        self._new_item = new_item
        self._noun = noun
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAccessibleName(noun)

        self.add_action = self.action(self.tr("Toevoegen"), "Ins", self.add)
        self.remove_action = self.action(self.tr("Verwijderen"), "Del", self.remove)
        self.up_action = self.action(self.tr("Omhoog"), "Alt+Up", lambda: self.move(-1))
        self.down_action = self.action(self.tr("Omlaag"), "Alt+Down", lambda: self.move(1))

        view.selectionModel().currentRowChanged.connect(self._sync)
        for signal in (model.rowsRemoved, model.rowsMoved):
            signal.connect(self._sync)
        # A row that appears (added, duplicated, or back by undo/redo) is chosen,
        # so the user sees what just changed.
        model.rowsInserted.connect(lambda _parent, first, _last: self.select_row(first))
        model.modelReset.connect(self._on_model_reset)
        self._on_model_reset()

    def action(self, text: str, shortcut: str, slot: Callable[[], None]) -> QAction:
        """An action on the view: its shortcut works while the view has focus."""
        action = QAction(text, self.view)
        action.setIconText(text)  # keep a trailing "…" on the button
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(shortcut).toString()})")
        action.triggered.connect(slot)
        self.view.addAction(action)
        return action

    def button_bar(self, actions: list[QAction] | None = None) -> QWidget:
        """A row of buttons for ``actions`` (default: add, remove, up, down)."""
        bar = QWidget()
        layout = spacing.flush(QHBoxLayout(bar))
        chosen = actions or [self.add_action, self.remove_action, self.up_action, self.down_action]
        for action in chosen:
            button = QToolButton(bar)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.text().replace("&", ""))
            layout.addWidget(button)
        layout.addStretch(1)
        return bar

    # -- rows -----------------------------------------------------------------------
    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._sync()

    def row_name(self, row: int) -> str:
        item = self._rows()[row]
        return str(getattr(item, "name", "") or getattr(item, "title", ""))

    def add(self) -> None:
        self.insert(len(self._rows()), self._new_item(), self.tr("Voeg %s toe") % self._noun)

    def insert(self, row: int, item: Any, text: str) -> None:
        self.store.insert_row(self.model.list_path, row, item, text)
        self.select_row(row)

    def duplicate(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        item = copy.deepcopy(self._rows()[row])
        if hasattr(item, "name"):
            item.name = self.tr("%s (kopie)") % item.name
        self.insert(row + 1, item, self.tr("Dupliceer %s %s") % (self._noun, self.row_name(row)))

    def remove(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        text = self.tr("Verwijder %s %s") % (self._noun, self.row_name(row))
        self.store.remove_row(self.model.list_path, row, text.strip())
        self.select_row(min(row, self.model.rowCount() - 1))

    def move(self, step: int) -> None:
        row = self.current_row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        up_or_down = self.tr("omhoog") if step < 0 else self.tr("omlaag")
        text = self.tr("Verplaats %s %s %s") % (self._noun, self.row_name(row), up_or_down)
        self.store.move_row(self.model.list_path, row, target, " ".join(text.split()))
        self.select_row(target)

    # -- internals -------------------------------------------------------------------------
    def _rows(self) -> list[Any]:
        return self.store.value(self.model.list_path)  # type: ignore[no-any-return]

    def _on_model_reset(self) -> None:
        self.select_row(0 if self.model.rowCount() else -1)

    def _sync(self, *_: QModelIndex | int) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        if row >= len(self._rows()):
            # Called while a row goes: the store's list is shorter already, and the
            # view moves its current row to one that no longer exists. The signal
            # for the row that really stays comes right after.
            row = -1
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)
        # Announced even when the number stays: after a remove or an undo the
        # same number can stand for another row, and the detail form must follow.
        self.current_changed.emit(row)
