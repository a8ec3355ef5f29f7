"""Building a form row by row: label with mnemonic and buddy, accessible name,
the widget bound to its field. Widgets are made in the order they appear, so
the tab order follows the form from top to bottom.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.core.paths import Path
from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder, UndoText
from editor.ui.forms.choices import fill_combo
from editor.ui.forms.growing import GrowingText
from editor.ui.forms.list_editor import StringListEditor

# Hints are advice, not errors: a muted orange that reads as "have a look".
HINT_STYLE = "color: #a05a00; font-size: 90%;"


def plain(label: str) -> str:
    """A label without its mnemonic marker: "&Naam" -> "Naam"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&")


class FormBuilder:
    """Adds bound rows to a QFormLayout (see the module doc)."""

    def __init__(self, binder: FieldBinder, layout: QFormLayout) -> None:
        self.binder = binder
        self.layout = layout
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        spacing.form(layout)
        if isinstance(layout.parentWidget(), QGroupBox):
            spacing.group(layout)
        else:  # a row's form under its table: level with the table's edges
            layout.setContentsMargins(0, spacing.ROW_GAP, 0, 0)

    def row(self, label: str, widget: QWidget, field: QWidget | None = None) -> QLabel:
        """Add ``widget`` under ``label``; ``field`` (default: widget) gets name and buddy."""
        field = field or widget
        caption = QLabel(label)
        caption.setBuddy(field.focusProxy() or field)
        field.setAccessibleName(plain(label))
        (field.focusProxy() or field).setAccessibleName(plain(label))
        self.layout.addRow(caption, widget)
        return caption

    def line(self, label: str, key: Path, text: UndoText, placeholder: str = "") -> QLineEdit:
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        self.row(label, widget)
        self.binder.line_edit(widget, key, text)
        return widget

    def line_with_hint(
        self, label: str, key: Path, text: UndoText, placeholder: str = ""
    ) -> tuple[QLineEdit, QLabel]:
        """A line edit with a small hint label under it, hidden until it has text."""
        box = QWidget()
        column = spacing.tight(QVBoxLayout(box))
        widget = QLineEdit()
        widget.setPlaceholderText(placeholder)
        hint = QLabel()
        hint.setStyleSheet(HINT_STYLE)
        hint.setWordWrap(True)
        hint.hide()
        column.addWidget(widget)
        column.addWidget(hint)
        self.row(label, box, widget)
        self.binder.line_edit(widget, key, text)
        return widget, hint

    def text(self, label: str, key: Path, text: UndoText, placeholder: str = "") -> QPlainTextEdit:
        widget = GrowingText()
        widget.setPlaceholderText(placeholder)
        widget.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.row(label, widget)
        self.binder.plain_text(widget, key, text)
        return widget

    def check(self, label: str, key: Path, text: UndoText) -> QCheckBox:
        widget = QCheckBox(label)
        widget.setAccessibleName(plain(label))
        self.layout.addRow(widget)
        self.binder.check_box(widget, key, text)
        return widget

    def spin(
        self, label: str, key: Path, text: UndoText, low: int, high: int, suffix: str = ""
    ) -> QSpinBox:
        widget = QSpinBox()
        widget.setRange(low, high)
        widget.setSuffix(suffix)
        self.row(label, widget)
        self.binder.spin_box(widget, key, text)
        return widget

    def choice(
        self,
        label: str,
        key: Path,
        text: UndoText,
        choices: list[tuple[Any, str]],
        enum_type: type[StrEnum],
    ) -> QComboBox:
        widget = QComboBox()
        fill_combo(widget, choices)
        self.row(label, widget)
        self.binder.combo_box(widget, key, text, enum_type)
        return widget

    def suggestions(
        self, label: str, key: Path, text: UndoText, suggestions: list[str]
    ) -> QComboBox:
        """Free text with a drop-down of common answers."""
        widget = QComboBox()
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        widget.addItems(suggestions)
        self.row(label, widget)
        self.binder.editable_combo(widget, key, text)
        return widget

    def string_list(self, label: str, key: Path, text: UndoText) -> StringListEditor:
        widget = StringListEditor(plain(label))
        self.row(label, widget)
        self.binder.string_list(widget, key, text)
        return widget
