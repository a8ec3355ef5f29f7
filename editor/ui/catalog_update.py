"""The offer under a processor row when the catalog has newer facts for it.

"Nieuwe gegevens overnemen" sets every changed field and the row's catalog
date in one undo step; "Eigen gegevens houden" only moves the row's date on to
the entry's, so the tip catalog-changed goes until the entry changes again.
Both go through the store, so undo brings the row back as it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.core.catalog_changes import CatalogChange, row_changes
from editor.ui.store import Store

LIST = "processors"


class CatalogUpdateBar(QFrame):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._row = -1
        self._change: CatalogChange | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("CatalogUpdateBar { background: #fff7e0; }")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Nieuwe gegevens overne&men"))
        self.keep_button = QPushButton(self.tr("E&igen gegevens houden"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.take_button.clicked.connect(self.take_new_facts)
        self.keep_button.clicked.connect(self.keep_mine)
        store.changed.connect(self.refresh)
        self.hide()

    def set_row(self, row: int) -> None:
        self._row = row
        self.refresh()

    def refresh(self) -> None:
        rows = self.store.project.processors
        row = rows[self._row] if 0 <= self._row < len(rows) else None
        self._change = None if row is None else row_changes(row)
        if self._change is None:
            self.hide()
            return
        self.message.setText(
            self.tr("De catalogus van %s heeft nieuwere gegevens: %s.")
            % (self._change.date, self._change.describe())
        )
        self.show()

    def take_new_facts(self) -> None:
        change, row = self._change, self._row
        if change is None:
            return
        self.store.begin_macro(
            self.tr("Neem nieuwe catalogusgegevens over voor %s") % change.entry.name
        )
        try:
            for field in change.changes:
                self.store.set_field((LIST, row, field.field), field.new, merge=False)
            self.store.set_field((LIST, row, "catalog_as_of"), change.entry.as_of, merge=False)
        finally:
            self.store.end_macro()

    def keep_mine(self) -> None:
        change = self._change
        if change is None:
            return
        self.store.set_field(
            (LIST, self._row, "catalog_as_of"),
            change.entry.as_of,
            self.tr("Houd eigen gegevens voor %s") % change.entry.name,
            merge=False,
        )
