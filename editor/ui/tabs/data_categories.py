"""Gegevens: the kinds of personal data, as a list with a detail form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QTableView,
    QWidget,
)

from editor.core.model import DataCategory, LegalBasis
from editor.core.paths import Path
from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.choices import legal_basis_choices, retention_suggestions
from editor.ui.forms.form import FormBuilder
from editor.ui.forms.row_list import RowList
from editor.ui.store import Store
from editor.ui.table_models import DataCategoryModel
from editor.ui.tabs.row_tabs import RowDetailTab

LIST = "data_categories"


class DataCategoriesTab(RowDetailTab):
    list_key = LIST

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "data", parent)
        self.model = DataCategoryModel(store, self)
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.binder = FieldBinder(store, None, self)
        self.rows = RowList(
            store, self.model, self.table, DataCategory, self.tr("soort gegevens"), self
        )
        # After setModel, when the columns exist: the basis as wide as its
        # longest label, the name takes the rest and wraps, as in Verwerkers.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        detail = QWidget()
        self.form_layout = QFormLayout(detail)
        form = FormBuilder(self.binder, self.form_layout)
        self.name = form.line(self.tr("&Naam"), ("name",), self.tr("Wijzig naam van de gegevens"))
        self.items = form.string_list(
            self.tr("We&lke gegevens"), ("items",), self.tr("Wijzig lijst van gegevens")
        )
        self.purposes = form.string_list(
            self.tr("D&oelen"), ("purposes",), self.tr("Wijzig doelen")
        )
        self.legal_basis = form.choice(
            self.tr("&Grondslag"),
            ("legal_basis",),
            self.tr("Wijzig grondslag"),
            legal_basis_choices(),
            LegalBasis,
        )
        self.legitimate_interest = form.text(
            self.tr("Gerechtvaardigd b&elang"),
            ("legitimate_interest",),
            self.tr("Wijzig gerechtvaardigd belang"),
            self.tr("Welk belang heeft de winkel hierbij?"),
        )
        self.retention = form.suggestions(
            self.tr("Bewaar&termijn"),
            ("retention",),
            self.tr("Wijzig bewaartermijn"),
            retention_suggestions(),
        )
        self.source = form.line(
            self.tr("Her&komst"),
            ("source",),
            self.tr("Wijzig herkomst van de gegevens"),
            self.tr("Leeg als de gegevens van de persoon zelf komen"),
        )
        self.special = form.check(
            self.tr("B&ijzondere persoonsgegevens (zoals gezondheid of religie)"),
            ("special",),
            self.tr("Wijzig of het bijzondere gegevens zijn"),
        )
        self.required = form.check(
            self.tr("&Verplicht om de bestelling te kunnen sluiten"),
            ("required",),
            self.tr("Wijzig of de gegevens verplicht zijn"),
        )

        intro = self.tr("Welke persoonsgegevens verwerkt de winkel, waarvoor en hoe lang?")
        empty = self.tr(
            "Nog geen soorten gegevens. Klik op Toevoegen en vul in welke gegevens de "
            "winkel gebruikt, waarvoor, op welke grond en hoe lang."
        )
        self.lay_out(intro, self.rows.button_bar(), detail, empty)

        self.binder.updated.connect(self._on_binder_updated)
        self.rows.current_changed.connect(self._on_rows_current_changed)
        # A new row is filled in next: its name field gets the cursor.
        self.rows.add_action.triggered.connect(lambda: self.name.setFocus())
        self._on_rows_current_changed(self.rows.current_row())

    def binders(self) -> list[FieldBinder]:
        return [self.binder]

    def _on_rows_current_changed(self, row: int) -> None:
        self.binder.set_prefix((LIST, row) if row >= 0 else None)
        self.apply_errors()
        self.request_row_part("data", row)

    def _on_binder_updated(self, key: Path) -> None:
        if key == ("legal_basis",):
            self._update_interest()

    def _update_interest(self) -> None:
        # The interest only means something for that basis; hide it otherwise.
        wanted = self.legal_basis.currentData() == LegalBasis.LEGITIMATE_INTERESTS.value
        self.form_layout.setRowVisible(self.legitimate_interest, wanted)
