"""A country field: Dutch names on screen, the ISO code in the project.

The user picks from the list or types a name ("Verenigde Staten", "belgie",
"Germany") or a code ("US"); the field stores the code. Text that is no known
country is left alone on screen and not stored, and ``unknown_text`` says so,
so the form can show a hint instead of silently guessing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from editor.core.countries import country_choices, country_name, normalise_country


class CountryCombo(QComboBox):
    # The code the user chose ("" for "unknown"): connect the binder to this.
    code_chosen = Signal(str)
    # Typed text that is not a country (or "" when it is fine again).
    unknown_text = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem(self.tr("(onbekend)"), "")
        for code, name in country_choices():
            self.addItem(name, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.activated.connect(self._on_activated)
        self.currentIndexChanged.connect(self._on_activated)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self._on_editing_finished)

    def code(self) -> str:
        """The code shown now, or "" when the text is not a known country."""
        text = self.currentText().strip()
        if not text or text == self.itemText(0):
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return normalise_country(text)

    def set_code(self, code: str) -> None:
        """Show ``code`` (a code the list does not know is shown as it is)."""
        index = self.findData(code.strip().upper()) if code else 0
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))
        else:
            self.setCurrentIndex(-1)
            self.setEditText(country_name(code))
        self.unknown_text.emit("")

    def _on_activated(self, index: int) -> None:
        if index >= 0:
            self.unknown_text.emit("")
            self.code_chosen.emit(str(self.itemData(index)))

    def _on_editing_finished(self) -> None:
        text = self.currentText().strip()
        code = self.code()
        if text and text != self.itemText(0) and not code:
            self.unknown_text.emit(text)
            return
        self.unknown_text.emit("")
        blocked = self.blockSignals(True)
        self.set_code(code)  # "belgie" becomes "België"
        self.blockSignals(blocked)
        self.code_chosen.emit(code)
