"""Binding form widgets to field paths of the project, through the store.

A :class:`FieldBinder` keeps a set of widgets in step with the store: a widget
the user changes calls ``store.set_field`` (the store is the only writer); a
field the store changes (an undo, another widget, a new project) is shown in
its widget again with the widget's signals blocked, so nothing echoes back.

Detail forms (one row of a list at a time) share one binder whose *prefix*
names the row, e.g. ``("processors", 2)``; a binder with prefix ``None``
shows nothing and its widgets are disabled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from editor.core import import_marks as marks
from editor.core.paths import Path
from editor.ui.forms.list_editor import StringListEditor
from editor.ui.store import Store

UndoText = str | Callable[[], str]

# A dynamic property and the rule that draws it: fields with a finding get a
# red border, whatever kind of widget they are.
ERROR_PROPERTY = "hasError"
ERROR_STYLE = f'*[{ERROR_PROPERTY}="true"] {{ border: 1px solid #c0392b; border-radius: 2px; }}'
# Values taken over from an old statement and not yet checked: a pale amber
# background until the owner confirms or edits them.
IMPORTED_PROPERTY = "isImported"
IMPORTED_STYLE = f'*[{IMPORTED_PROPERTY}="true"] {{ background-color: #fdf0c8; }}'


def to_date(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())


def undo_text(text: UndoText) -> str:
    return text() if callable(text) else text


def set_error(widget: QWidget, error: bool, message: str = "") -> None:
    """Mark or unmark a field with a finding: red border and a tooltip."""
    target = widget.focusProxy() or widget
    if bool(target.property(ERROR_PROPERTY)) == error and target.toolTip() == message:
        return
    target.setProperty(ERROR_PROPERTY, error)
    target.setToolTip(message if error else "")
    # A dynamic property only reaches the style sheet after a re-polish, and
    # a re-polish alone does not repaint: a field filled by an undo kept its
    # red border on screen until it was clicked.
    target.style().unpolish(target)
    target.style().polish(target)
    target.update()


def set_imported(widget: QWidget, imported: bool, message: str) -> None:
    """Tint a field whose value came from the old statement; its tooltip says so.

    Called after ``set_error``: a field with a finding keeps the finding's text
    first in its tooltip.
    """
    target = widget.focusProxy() or widget
    error_tip = target.toolTip() if target.property(ERROR_PROPERTY) else ""
    tip = "\n".join(part for part in (error_tip, message if imported else "") if part)
    if bool(target.property(IMPORTED_PROPERTY)) == imported and target.toolTip() == tip:
        return
    target.setProperty(IMPORTED_PROPERTY, imported)
    target.setToolTip(tip)
    target.style().unpolish(target)
    target.style().polish(target)
    target.update()


@dataclass
class _Binding:
    widget: QWidget
    key: Path
    read: Callable[[], Any]
    show: Callable[[Any], None]
    text: UndoText
    merge: bool


class FieldBinder(QObject):
    """Widgets bound to fields below one prefix path (see the module doc)."""

    # A key (below the prefix) whose widget was just shown or committed: tabs
    # update what depends on it (hints, enabled states).
    updated = Signal(tuple)

    def __init__(self, store: Store, prefix: Path | None = (), parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self._prefix = prefix
        self._bindings: list[_Binding] = []
        self._showing = False
        store.field_changed.connect(self._on_store_field_changed)
        store.rows_inserted.connect(self._on_store_rows_changed)
        store.rows_removed.connect(self._on_store_rows_changed)
        store.row_moved.connect(self._on_store_row_moved)
        store.project_replaced.connect(self.refresh)

    # -- binding --------------------------------------------------------------
    def bind(
        self,
        widget: QWidget,
        key: Path,
        text: UndoText,
        read: Callable[[], Any],
        show: Callable[[Any], None],
        signal: SignalInstance,
        *,
        merge: bool = True,
    ) -> None:
        """Bind any widget: ``read`` gets its value, ``show`` sets it, ``signal`` commits."""
        binding = _Binding(widget, key, read, show, text, merge)
        self._bindings.append(binding)
        signal.connect(lambda *_: self._commit(binding))
        self._show(binding)

    def line_edit(self, widget: QLineEdit, key: Path, text: UndoText) -> None:
        def show(value: Any) -> None:
            if widget.text() != value:
                cursor = widget.cursorPosition()
                widget.setText(value)
                if widget.hasFocus():  # being typed in: the cursor stays put
                    widget.setCursorPosition(min(cursor, len(value)))

        self.bind(widget, key, text, widget.text, show, widget.textChanged)

    def plain_text(self, widget: QPlainTextEdit, key: Path, text: UndoText) -> None:
        def show(value: Any) -> None:
            if widget.toPlainText() != value:
                cursor = widget.textCursor().position()
                widget.setPlainText(value)
                moved = widget.textCursor()
                moved.setPosition(min(cursor, len(value)) if widget.hasFocus() else len(value))
                widget.setTextCursor(moved)

        self.bind(widget, key, text, widget.toPlainText, show, widget.textChanged)

    def check_box(self, widget: QCheckBox, key: Path, text: UndoText) -> None:
        self.bind(
            widget, key, text, widget.isChecked, widget.setChecked, widget.toggled, merge=False
        )

    def spin_box(self, widget: QSpinBox, key: Path, text: UndoText) -> None:
        self.bind(widget, key, text, widget.value, widget.setValue, widget.valueChanged)

    def combo_box(
        self, widget: QComboBox, key: Path, text: UndoText, enum_type: type[StrEnum]
    ) -> None:
        """A closed choice: each item's data is the text of an ``enum_type`` member."""

        def read() -> StrEnum | None:
            data = widget.currentData()
            return None if data is None else enum_type(data)

        def show(value: Any) -> None:
            widget.setCurrentIndex(widget.findData(str(value)))

        self.bind(
            widget,
            key,
            text,
            read,
            show,
            widget.currentIndexChanged,
            merge=False,
        )

    def editable_combo(self, widget: QComboBox, key: Path, text: UndoText) -> None:
        """Free text with suggestions: the text itself is stored."""

        def show(value: Any) -> None:
            if widget.currentText() != value or widget.currentIndex() < 0:
                # The matching suggestion (or none) is current, so picking any
                # other one is a change Qt reports.
                widget.setCurrentIndex(widget.findText(value))
                widget.setEditText(value)
                editor = widget.lineEdit()
                if editor is not None and not widget.hasFocus():
                    # A long answer shows its start, not its last words.
                    editor.setCursorPosition(0)

        line_edit = widget.lineEdit()
        assert line_edit is not None, "the combo box must be editable"
        # Typing merges like any text field; picking a suggestion is a step of its own.
        self.bind(widget, key, text, widget.currentText, show, line_edit.textEdited)
        for picked in (widget.activated, widget.currentIndexChanged):
            self.bind(widget, key, text, widget.currentText, show, picked, merge=False)

    def string_list(self, widget: StringListEditor, key: Path, text: UndoText) -> None:
        self.bind(
            widget, key, text, widget.values, widget.set_values, widget.values_edited, merge=False
        )

    # -- the prefix -------------------------------------------------------------
    @property
    def prefix(self) -> Path | None:
        return self._prefix

    def set_prefix(self, prefix: Path | None) -> None:
        """Show another row (or none); refreshes every widget."""
        self._prefix = prefix
        self.refresh()

    def refresh(self) -> None:
        for binding in self._bindings:
            self._show(binding)

    # -- lookups for reveal() and mark_errors() ---------------------------------
    def bound_keys(self) -> list[Path]:
        return [binding.key for binding in self._bindings]

    def widget_for(self, key: Path) -> QWidget | None:
        """The widget bound to ``key`` (below the prefix) or to a path inside it."""
        for binding in self._bindings:
            if key[: len(binding.key)] == binding.key:
                return binding.widget
        return None

    def key_for(self, widget: QWidget) -> Path | None:
        """The absolute path of the field ``widget`` (or a widget inside it) shows."""
        for binding in self._bindings:
            bound = binding.widget
            if bound is widget or bound.isAncestorOf(widget):
                return self._absolute(binding.key)
        return None

    def mark_imported(self, unconfirmed: list[str], message: str) -> None:
        """Tint the widgets whose field still holds an unconfirmed imported value."""
        for binding in self._bindings:
            path = self._absolute(binding.key)
            imported = path is not None and marks.is_marked(unconfirmed, path)
            set_imported(binding.widget, imported, message)

    def mark_errors(self, messages: dict[Path, str]) -> None:
        """Mark the widgets whose absolute path has a message; unmark the rest."""
        for binding in self._bindings:
            path = self._absolute(binding.key)
            message = None if path is None else _message_for(path, messages)
            set_error(binding.widget, message is not None, message or "")

    # -- internals ------------------------------------------------------------------
    def _absolute(self, key: Path) -> Path | None:
        return None if self._prefix is None else self._prefix + key

    def _show(self, binding: _Binding) -> None:
        path = self._absolute(binding.key)
        try:
            value = None if path is None else self._store.value(path)
        except LookupError:  # the row is gone; the owning tab moves the prefix next
            path = None
        binding.widget.setEnabled(path is not None)
        if path is None:
            return
        self._showing = True
        blocked = binding.widget.blockSignals(True)
        try:
            binding.show(value)
        finally:
            binding.widget.blockSignals(blocked)
            self._showing = False
        self.updated.emit(binding.key)

    def _commit(self, binding: _Binding) -> None:
        path = self._absolute(binding.key)
        if self._showing or path is None:
            return
        value = binding.read()
        if value is None or self._store.value(path) == value:
            return
        text = undo_text(binding.text)
        self._store.set_field(path, value, text, merge=binding.merge)
        self.updated.emit(binding.key)

    def _affected(self, path: Path) -> list[_Binding]:
        """Bindings showing ``path``, a part of it, or a whole that contains it."""
        if self._prefix is None or path[: len(self._prefix)] != self._prefix[: len(path)]:
            return []
        tail = path[len(self._prefix) :]
        return [
            b for b in self._bindings if b.key[: len(tail)] == tail or tail[: len(b.key)] == b.key
        ]

    def _on_store_field_changed(self, path: Path) -> None:
        for binding in self._affected(path):
            self._show(binding)

    def _on_store_rows_changed(self, path: Path, _index: int) -> None:
        # Rows of a list *inside* the shown row (e.g. trade names). Rows of the
        # list the prefix points into are the owning tab's business: it moves
        # the prefix to follow them.
        if self._prefix is not None and path[: len(self._prefix)] == self._prefix:
            self._on_store_field_changed(path)

    def _on_store_row_moved(self, path: Path, _source: int, _target: int) -> None:
        self._on_store_rows_changed(path, 0)


def _message_for(path: Path, messages: dict[Path, str]) -> str | None:
    """The message for ``path`` or for any path inside it (e.g. one list item)."""
    if path in messages:
        return messages[path]
    for other, message in messages.items():
        if other[: len(path)] == path:
            return message
    return None
