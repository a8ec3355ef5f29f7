"""The old statement beside the forms: where each imported value came from.

A dock with the old text (``[import].text``). When the cursor enters a form
field, the passage its value came from is highlighted and scrolled into view.
From here the owner confirms the field's value, or takes a selected passage
over as a section of their own (text that fits no field is never put into
the statement by itself).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor.core.import_passages import find_passage
from editor.core.model import CustomSection
from editor.core.paths import Path
from editor.ui.forms import spacing

if TYPE_CHECKING:
    from editor.ui.main_window import MainWindow

HIGHLIGHT = QColor("#fbe08a")
PASSAGE_TITLE = "Uit de oude verklaring"


class OldTextPanel(QDockWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(self.tr("Oude verklaring"), window)
        self.setObjectName("old_text_panel")
        self._window = window
        self._store = window.store
        self.current_path: Path | None = None
        body = QWidget(self)
        # Beside the check panel, with the same small inset as a form's groups.
        layout = spacing.group(spacing.flush(QVBoxLayout(body)))
        self.header = QLabel(body)
        self.header.setObjectName("old_text_header")
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        self.text = QPlainTextEdit(body)
        self.text.setObjectName("old_text")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Tekst van de oude verklaring"))
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Veld &bevestigen"), body)
        self.confirm_button.setObjectName("old_text_confirm")
        self.confirm_button.setToolTip(
            self.tr("De overgenomen waarde van het veld met de cursor klopt (Ctrl+Shift+B)")
        )
        self.confirm_button.clicked.connect(window.importing.confirm_current)
        self.take_over_button = QPushButton(self.tr("Selectie als &eigen paragraaf"), body)
        self.take_over_button.setObjectName("old_text_take_over")
        self.take_over_button.setToolTip(
            self.tr("Neem de geselecteerde tekst over als een eigen paragraaf van de verklaring")
        )
        self.take_over_button.clicked.connect(self.take_over_selection)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.take_over_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.text.selectionChanged.connect(self._update_buttons)
        self._store.project_replaced.connect(self.refresh)
        self._store.marks_changed.connect(self._update_header)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)  # type: ignore[union-attr]
        self.refresh()

    # -- showing ---------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current project's old text; hide the panel when it has none."""
        info = self._store.project.import_
        text = info.text if info is not None else ""
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
        self.toggleViewAction().setEnabled(info is not None)
        if info is None:
            self.hide()
        elif info.unconfirmed:
            self.show()  # values wait for a check: keep their source at hand
        self.current_path = None
        self.text.setExtraSelections([])
        self._update_header()
        self._update_buttons()

    def show_for_import(self) -> None:
        self.refresh()
        self.show()
        self.raise_()

    def _update_header(self) -> None:
        info = self._store.project.import_
        if info is None:
            self.header.setText("")
            return
        count = len(info.unconfirmed)
        source = info.source or self.tr("onbekend")
        if count:
            waiting = self.tr("%n waarde(n) nog te controleren (geel in de formulieren)", "", count)
        else:
            waiting = self.tr("alle overgenomen waarden zijn gecontroleerd")
        text = self.tr("Geïmporteerd uit %1: %2").replace("%1", source).replace("%2", waiting)
        self.header.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        path = self.current_path
        self.confirm_button.setEnabled(path is not None and self._store.is_unconfirmed(path))
        self.take_over_button.setEnabled(self.text.textCursor().hasSelection())

    # -- following the cursor in the forms ----------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self._store.project.import_ is None or self.isAncestorOf(new):
            return
        path = self._path_of(new)
        if path is None:
            return
        self.current_path = path
        self.highlight(path)
        self._update_buttons()

    @staticmethod
    def _path_of(widget: QWidget) -> Path | None:
        """The field path of a form widget: asked of the tab page that holds it
        (any widget with ``binders()``; the panel sits below the tabs and does
        not import them)."""
        parent: QWidget | None = widget
        while parent is not None:
            binders = getattr(parent, "binders", None)
            if callable(binders):
                for binder in binders():
                    path: Path | None = binder.key_for(widget)
                    if path is not None:
                        return path
                return None
            parent = parent.parentWidget()
        return None

    def highlight(self, path: Path) -> bool:
        """Mark the passage ``path``'s value came from and scroll to it; False if none."""
        info = self._store.project.import_
        span = find_passage(info.text, self._store.project, path) if info is not None else None
        if span is None:
            self.text.setExtraSelections([])
            return False
        self._mark(span)
        return True

    def _mark(self, span: tuple[int, int]) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        char_format = QTextCharFormat()
        char_format.setBackground(HIGHLIGHT)
        selection.format = char_format
        self.text.setExtraSelections([selection])
        view = QTextCursor(self.text.document())
        view.setPosition(span[0])
        self.text.setTextCursor(view)
        self.text.centerCursor()

    def reveal_old_claim(self) -> bool:
        """Show the panel with the old text's wrong claim (see the check) marked."""
        from editor.core.checks.imported import denied_sentence_span

        info = self._store.project.import_
        span = denied_sentence_span(info.text) if info is not None else None
        if span is None:
            return False
        self.show()
        self.raise_()
        self._mark(span)
        return True

    def highlighted_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""

    # -- taking a passage over ------------------------------------------------------
    def take_over_selection(self) -> bool:
        """Add the selected old text as a custom section (one undo step)."""
        selected = self.text.textCursor().selectedText().replace("\u2029", "\n").strip()
        if not selected:
            return False
        section = CustomSection(title=self.tr(PASSAGE_TITLE), text=selected)
        index = self._store.append_row(
            ("custom_sections",), section, self.tr("Neem passage over als eigen paragraaf")
        )
        self._window.reveal(("custom_sections", index, "title"))
        return True
