"""Document: form of address, title, date and version; clauses; own sections."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QRadioButton,
    QWidget,
)

from editor.core.model import Address, CustomSection
from editor.core.paths import Path
from editor.export.clause_library import load_library
from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder, to_date
from editor.ui.forms.form import FormBuilder
from editor.ui.forms.growing import GrowingListView
from editor.ui.forms.row_list import RowList
from editor.ui.store import Store
from editor.ui.table_models import CustomSectionModel
from editor.ui.tabs.base import TabPage, fill_with_scrolling_column
from editor.ui.tabs.clause_panel import ClausePanel

CUSTOM = "custom_sections"
# The own sections' list: at least and at most this many lines high.
CUSTOM_LINES = (3, 5)


class AddressChoice(QWidget):
    """Two radio buttons: formal "u" or informal "je"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formal = QRadioButton(self.tr("&u (formeel)"))
        self.informal = QRadioButton(self.tr("&je (informeel)"))
        self.formal.setAccessibleName(self.tr("Aanspreekvorm u (formeel)"))
        self.informal.setAccessibleName(self.tr("Aanspreekvorm je (informeel)"))
        self._group = QButtonGroup(self)
        self._group.addButton(self.formal)
        self._group.addButton(self.informal)
        layout = spacing.tight(QHBoxLayout(self))
        layout.setSpacing(spacing.COLUMN_GAP)
        layout.addWidget(self.formal)
        layout.addWidget(self.informal)
        layout.addStretch(1)
        self.setFocusProxy(self.formal)
        self.informal.toggled.connect(lambda _on: self.changed.emit())

    def value(self) -> Address:
        return Address.INFORMAL if self.informal.isChecked() else Address.FORMAL

    def set_value(self, value: Address) -> None:
        button = self.informal if value == Address.INFORMAL else self.formal
        button.setChecked(True)


class DateField(QWidget):
    """A date with a calendar, and a checkbox for "no date yet"."""

    date_edited = Signal()  # typing or picking a date (merges like typing)
    presence_toggled = Signal()  # the checkbox (a step of its own)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.date.setDisplayFormat("d MMMM yyyy")
        self.none = QCheckBox(self.tr("Geen d&atum"))
        self.none.setAccessibleName(self.tr("Geen ingangsdatum"))
        layout = spacing.tight(QHBoxLayout(self))
        layout.setSpacing(spacing.LABEL_GAP)
        layout.addWidget(self.date, 1)
        layout.addWidget(self.none)
        self.setFocusProxy(self.date)
        self.date.dateChanged.connect(lambda _d: self.date_edited.emit())
        self.none.toggled.connect(self._on_none_toggled)

    def value(self) -> dt.date | None:
        return None if self.none.isChecked() else to_date(self.date.date())

    def set_value(self, value: dt.date | None) -> None:
        self.none.setChecked(value is None)
        self.date.setEnabled(value is not None)
        if value is not None:
            self.date.setDate(QDate(value.year, value.month, value.day))

    def _on_none_toggled(self, checked: bool) -> None:
        self.date.setEnabled(not checked)
        self.presence_toggled.emit()


class DocumentTab(TabPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, None, parent)
        self.binder = FieldBinder(store, (), self)
        general = QGroupBox(self.tr("Document"))
        form = FormBuilder(self.binder, QFormLayout(general))
        self.address = AddressChoice()
        self._address_caption = form.row(self.tr("Aanspreek&vorm"), self.address)
        self.binder.bind(
            self.address,
            ("document", "address"),
            self.tr("Wijzig aanspreekvorm"),
            self.address.value,
            self.address.set_value,
            self.address.changed,
            merge=False,
        )
        self.title = form.line(
            self.tr("&Titel"),
            ("document", "title"),
            self.tr("Wijzig titel"),
            self.tr("Privacyverklaring"),
        )
        self.effective_date = DateField()
        form.row(self.tr("&Ingangsdatum"), self.effective_date)
        date_text = self.tr("Wijzig ingangsdatum")
        self.binder.bind(
            self.effective_date,
            ("document", "effective_date"),
            date_text,
            self.effective_date.value,
            self.effective_date.set_value,
            self.effective_date.date_edited,
        )
        self.effective_date.presence_toggled.connect(
            lambda: store.set_field(
                ("document", "effective_date"), self.effective_date.value(), date_text, merge=False
            )
        )
        self.version = form.line(
            self.tr("Ve&rsie"), ("document", "version"), self.tr("Wijzig versie"), "1.0"
        )
        # An English statement always says "you": the choice between u and je is Dutch only.
        store.project_replaced.connect(self._on_store_project_replaced)
        self._on_store_project_replaced()

        self.clauses = ClausePanel(store)
        self.clauses.clause_chosen.connect(self.section_requested)

        custom = QGroupBox(self.tr("Eigen onderdelen (na de vaste onderdelen)"))
        self.custom_model = CustomSectionModel(store, self)
        self.custom_list: QListView = GrowingListView(CUSTOM_LINES[0])
        # A few titles; the list scrolls for more, and the text below gets the room.
        lines = self.custom_list.fontMetrics().lineSpacing() * CUSTOM_LINES[1]
        self.custom_list.setMaximumHeight(lines + 2 * self.custom_list.frameWidth())
        self.custom_binder = FieldBinder(store, None, self)
        self.custom_rows = RowList(
            store,
            self.custom_model,
            self.custom_list,
            CustomSection,
            self.tr("eigen onderdeel"),
            self,
        )
        custom_form = FormBuilder(self.custom_binder, QFormLayout(custom))
        custom_form.layout.addRow(self.custom_list)
        custom_form.layout.addRow(self.custom_rows.button_bar())
        self.custom_title = custom_form.line(
            self.tr("Titel van het &onderdeel"),
            ("title",),
            self.tr("Wijzig titel van het onderdeel"),
        )
        self.custom_text = custom_form.text(
            self.tr("Te&kst van het onderdeel"),
            ("text",),
            self.tr("Wijzig tekst van het onderdeel"),
        )

        # The clause texts and the own section's text grow with the window.
        spacing.align_labels(form.layout, custom_form.layout)
        fill_with_scrolling_column(
            self, general, self.clauses, custom, growing=(self.clauses, custom)
        )

        self.custom_rows.current_changed.connect(self._on_custom_current_changed)
        self.custom_rows.add_action.triggered.connect(lambda: self.custom_title.setFocus())
        self._on_custom_current_changed(self.custom_rows.current_row())

    def _on_store_project_replaced(self) -> None:
        language = self.store.project.document.language
        english = language == "en"
        self.address.setHidden(english)
        self._address_caption.setHidden(english)
        # The empty title's hint is the title the statement gets: the library's own.
        self.title.setPlaceholderText(load_library(language).default_title)

    def binders(self) -> list[FieldBinder]:
        return [self.binder, self.custom_binder]

    def reveal(self, path: Path) -> bool:
        if path[:1] == ("clauses",):
            self.show_tab()
            if path[:2] == ("clauses", "overrides") and len(path) > 2:
                self.clauses.select_clause(str(path[2]))
                self.clauses.override.setFocus()
            else:
                if len(path) > 2 and isinstance(path[2], int):
                    order = self.store.value(path[:2])
                    if path[2] < len(order):
                        self.clauses.select_clause(order[path[2]])
                self.clauses.list.setFocus()
            return True
        if path[:1] == (CUSTOM,):
            if len(path) > 1 and isinstance(path[1], int):
                self.custom_rows.select_row(path[1])
            if len(path) <= 2 or not super().reveal(path):
                self.show_tab()
                self.custom_list.setFocus()
            return True
        return super().reveal(path)

    def _on_custom_current_changed(self, row: int) -> None:
        self.custom_binder.set_prefix((CUSTOM, row) if row >= 0 else None)
        self.apply_errors()
        if row >= 0:
            self.section_requested.emit(f"custom-{row + 1}")
