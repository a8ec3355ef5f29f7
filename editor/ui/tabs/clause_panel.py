"""The clause list with its buttons and the own-text editor for the chosen clause.

The list and the editor stand side by side (the editor shows what the chosen
clause says instead), so the whole Document tab fits a 1366x768 screen.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.paths import Path
from editor.ui.clause_list_model import ClauseListModel
from editor.ui.forms import spacing
from editor.ui.forms.growing import GrowingListView, GrowingText
from editor.ui.store import Store

OVERRIDES: Path = ("clauses", "overrides")
# The clause list shows at least this many lines; it scrolls for the rest.
LIST_LINES = 9


class _FixedClauseDelegate(QStyledItemDelegate):
    """Draws a required clause (not user-checkable) greyed out: it cannot be switched off."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if not index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            option.state &= ~QStyle.StateFlag.State_Enabled


class ClausePanel(QGroupBox):
    # A clause was chosen: its id is the preview's section key.
    clause_chosen = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Onderdelen van de verklaring"), parent)
        self.store = store
        self.model = ClauseListModel(store, self)
        self.list: QListView = GrowingListView(LIST_LINES)
        self.list.setModel(self.model)
        self.list.setItemDelegate(_FixedClauseDelegate(self.list))
        self.list.setAccessibleName(self.tr("Onderdelen"))
        # Half the tab's width: a long title wraps onto a second line, never cut.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.up_action = self._action(self.tr("Omhoog"), "Alt+Up", lambda: self.move_clause(-1))
        self.down_action = self._action(self.tr("Omlaag"), "Alt+Down", lambda: self.move_clause(1))
        self.default_order_action = self._action(
            self.tr("Standaardvolgorde"), "", self.model.reset_order
        )
        buttons = spacing.flush(QHBoxLayout())
        for action in (self.up_action, self.down_action, self.default_order_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setAccessibleName(action.text())
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.override_label = QLabel()
        self.override_label.setWordWrap(True)
        self.override = GrowingText()
        self.override.setTabChangesFocus(True)
        self.override.setAccessibleName(self.tr("Eigen tekst voor het gekozen onderdeel"))
        self.override.setPlaceholderText(
            self.tr(
                "Leeg: de verklaring gebruikt de gegenereerde tekst. Typ hier om die te "
                "vervangen door een eigen tekst (een lege regel tussen alinea's)."
            )
        )
        self.override_label.setBuddy(self.override)
        self.revert_button = QPushButton(self.tr("Terug naar de &gegenereerde tekst"))
        self.revert_button.setAutoDefault(False)

        intro = QLabel(
            self.tr("Vink een onderdeel uit om het weg te laten; verplichte blijven aan.")
        )
        intro.setWordWrap(True)
        chosen = spacing.tight(QVBoxLayout())
        chosen.addWidget(self.list, 1)
        chosen.addLayout(buttons)
        own = spacing.tight(QVBoxLayout())
        own.addWidget(self.override_label)
        own.addWidget(self.override, 1)
        own.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignRight)
        columns = QHBoxLayout()
        columns.setSpacing(spacing.COLUMN_GAP)
        columns.addLayout(chosen, 1)
        columns.addLayout(own, 1)
        layout = spacing.group(spacing.flush(QVBoxLayout(self)))
        layout.addWidget(intro)
        layout.addLayout(columns, 1)

        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.model.layoutChanged.connect(self._on_current_changed)
        self.model.modelReset.connect(lambda: self.select_clause(self.model.clause_id(0)))
        self.override.textChanged.connect(self._on_override_text_changed)
        self.revert_button.clicked.connect(self.revert)
        store.field_changed.connect(self._on_store_field_changed)
        store.project_replaced.connect(self._show_override)
        self.select_clause(self.model.clause_id(0))

    # -- clauses ------------------------------------------------------------------
    def current_clause(self) -> str:
        index = self.list.currentIndex()
        return self.model.clause_id(index.row()) if index.isValid() else ""

    def select_clause(self, clause_id: str) -> bool:
        row = self.model.row_of(clause_id)
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        return row >= 0

    def move_clause(self, step: int) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.model.move(index.row(), step)

    # -- own text ------------------------------------------------------------------------
    def revert(self) -> None:
        """Drop the own text of the chosen clause: the generated text comes back."""
        clause = self.current_clause()
        overrides = dict(self.store.project.clauses.overrides)
        if clause and overrides.pop(clause, None) is not None:
            text = self.tr("Zet %s terug naar de gegenereerde tekst") % self._quoted(clause)
            self.store.set_field(OVERRIDES, overrides, text, merge=False)

    def _on_override_text_changed(self) -> None:
        clause = self.current_clause()
        if not clause:
            return
        overrides = dict(self.store.project.clauses.overrides)
        text = self.override.toPlainText()
        if text.strip():
            overrides[clause] = text
        else:  # emptied: the generated text again
            overrides.pop(clause, None)
        # One path for every clause, so typing merges into one undo step.
        label = self.tr("Wijzig eigen tekst van %s") % self._quoted(clause)
        self.store.set_field(OVERRIDES, overrides, label)

    def _show_override(self) -> None:
        clause = self.current_clause()
        text = self.store.project.clauses.overrides.get(clause, "")
        self.override.setEnabled(bool(clause))
        self.revert_button.setEnabled(bool(text))
        title = self._quoted(clause) if clause else ""
        self.override_label.setText(self.tr("&Eigen tekst voor %s") % title)
        if self.override.toPlainText() == text:
            return
        cursor = self.override.textCursor().position()
        blocked = self.override.blockSignals(True)
        self.override.setPlainText(text)
        moved = self.override.textCursor()
        moved.setPosition(min(cursor, len(text)) if self.override.hasFocus() else len(text))
        self.override.setTextCursor(moved)
        self.override.blockSignals(blocked)

    def _on_current_changed(self, *_: object) -> None:
        self._show_override()
        index = self.list.currentIndex()
        self.up_action.setEnabled(index.isValid() and index.row() > 0)
        self.down_action.setEnabled(index.isValid() and index.row() < self.model.rowCount() - 1)
        if index.isValid():
            self.clause_chosen.emit(self.current_clause())

    def _on_store_field_changed(self, path: Path) -> None:
        if path[: len(OVERRIDES)] == OVERRIDES or path in ((), ("clauses",)):
            self._show_override()

    def _quoted(self, clause: str) -> str:
        return f"“{self.model.title(clause)}”"

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self.list)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.list.addAction(action)
        return action
