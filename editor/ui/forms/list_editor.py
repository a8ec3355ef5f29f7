"""An editable list of short texts: data items, purposes, trade names, measures.

The list shows the texts, wrapped to its width (never a sideways scroll bar);
the buttons to change it stand beside it, so a detail form with two lists
still fits a 1366x768 screen; a line below it takes a new one (Enter adds it).
Double-click or F2 edits a text in place; emptying it removes it. Every change
emits ``values_edited`` with the whole new list, which the binder turns into
one undo step. The widget itself never talks to the store.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.ui.forms import spacing
from editor.ui.forms.growing import GrowingList


class StringListEditor(QWidget):
    values_edited = Signal(list)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list: QListWidget = GrowingList(parent=self)
        self.list.setAccessibleName(accessible_name)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap on resize
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(self.tr("Nieuw: typ en druk op Enter"))
        self.new_item.setAccessibleName(self.tr("Nieuw voor %s") % accessible_name)
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.up_button = QPushButton(self.tr("Omhoog"), self)
        self.down_button = QPushButton(self.tr("Omlaag"), self)
        for button, name in (
            (self.add_button, self.tr("Toevoegen aan %s")),
            (self.remove_button, self.tr("Verwijderen uit %s")),
            (self.up_button, self.tr("Omhoog in %s")),
            (self.down_button, self.tr("Omlaag in %s")),
        ):
            button.setAccessibleName(name % accessible_name)
            button.setAutoDefault(False)

        # The list with its buttons beside it; the new text and "Toevoegen" below.
        layout = spacing.tight(QGridLayout(self))
        buttons = spacing.tight(QVBoxLayout())
        for button in (self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.list, 0, 0)
        layout.addLayout(buttons, 0, 1)
        layout.addWidget(self.new_item, 1, 0)
        layout.addWidget(self.add_button, 1, 1)
        layout.setColumnStretch(0, 1)
        # The list takes the room a form has to spare (its text fields do too);
        # the new-text line stays right under it.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.setRowStretch(0, 1)
        self.setFocusProxy(self.list)

        self.new_item.returnPressed.connect(self.add_new_item)
        self.add_button.clicked.connect(self.add_new_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.installEventFilter(self)
        self._update_buttons()

    # -- value ----------------------------------------------------------------
    def values(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_values(self, values: list[str]) -> None:
        """Show ``values`` without emitting; keeps the current row where it can."""
        if values == self.values():
            return
        row = self.list.currentRow()
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for text in values:
            self.list.addItem(self._make_item(text))
        self.list.setCurrentRow(min(row, len(values) - 1))
        self.list.blockSignals(blocked)
        self._update_buttons()

    def focus_item(self, row: int) -> None:
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- actions ----------------------------------------------------------------
    def add_new_item(self) -> None:
        text = self.new_item.text().strip()
        if not text:
            return
        self.new_item.clear()
        self._emit([*self.values(), text], len(self.values()))

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        values = self.values()
        del values[row]
        self._emit(values, min(row, len(values) - 1))

    def move_current(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        values = self.values()
        if row < 0 or not 0 <= target < len(values):
            return
        values.insert(target, values.pop(row))
        self._emit(values, target)

    # -- internals --------------------------------------------------------------------
    def _make_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    def _emit(self, values: list[str], current: int) -> None:
        self.set_values(values)
        self.list.setCurrentRow(current)
        self.values_edited.emit(values)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        if item.text().strip():
            self.values_edited.emit(self.values())
            return
        # Emptied in place means "remove". The editor is still closing, so the
        # list is rebuilt once control is back in the event loop.
        row = self.list.row(item)
        QTimer.singleShot(0, self, lambda: self._remove_row(row))

    def _remove_row(self, row: int) -> None:
        values = self.values()
        if 0 <= row < len(values) and not values[row].strip():
            del values[row]
            self._emit(values, min(row, len(values) - 1))

    def _update_buttons(self) -> None:
        row = self.list.currentRow()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Del removes, Alt+Up/Down moves, like the tables elsewhere in the program.
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Delete and self.list.state() != (
                QAbstractItemView.State.EditingState
            ):
                self.remove_current()
                return True
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)
