"""Verwerkers: the outside parties that receive personal data.

A table of the parties and, under it, a form for the chosen one. Parties can
come from the catalog of known services; the user can still edit them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.core.countries import is_eea
from editor.core.model import Processor, Relationship, ServiceKind, TransferSafeguard
from editor.core.paths import Path
from editor.ui.catalog_adding import add_entry, ask_extras
from editor.ui.catalog_update import CatalogUpdateBar
from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.choices import relationship_choices, safeguard_choices, service_kind_choices
from editor.ui.forms.country_combo import CountryCombo
from editor.ui.forms.form import HINT_STYLE, FormBuilder
from editor.ui.forms.row_list import RowList
from editor.ui.store import Store
from editor.ui.table_models import ProcessorModel
from editor.ui.tabs.row_tabs import RowDetailTab

if TYPE_CHECKING:
    from editor.core.catalog import CatalogEntry

LIST = "processors"


class ProcessorsTab(RowDetailTab):
    list_key = LIST

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "recipients", parent)
        self.model = ProcessorModel(store, self)
        self.table = QTableView()
        self.table.verticalHeader().hide()
        self.binder = FieldBinder(store, None, self)
        self.rows = RowList(store, self.model, self.table, Processor, self.tr("verwerker"), self)
        header = self.table.horizontalHeader()  # after setModel: the columns exist now
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.catalog_action = self.rows.action(
            self.tr("Uit catalogus…"), "Ctrl+Shift+K", self.open_catalog
        )
        self.duplicate_action = self.rows.action(
            self.tr("Dupliceren"), "Ctrl+D", self.rows.duplicate
        )
        rows = self.rows
        bar = rows.button_bar(
            [
                rows.add_action,
                self.catalog_action,
                self.duplicate_action,
                rows.remove_action,
                rows.up_action,
                rows.down_action,
            ]
        )
        detail = QWidget()
        form = FormBuilder(self.binder, QFormLayout(detail))
        self.name = form.line(self.tr("&Naam"), ("name",), self.tr("Wijzig naam van de verwerker"))
        self.service = form.choice(
            self.tr("&Soort dienst"),
            ("service",),
            self.tr("Wijzig soort dienst"),
            service_kind_choices(),
            ServiceKind,
        )
        self.relationship = form.choice(
            self.tr("&Rol"),
            ("relationship",),
            self.tr("Wijzig rol van de verwerker"),
            relationship_choices(),
            Relationship,
        )
        self.purpose = form.line(
            self.tr("D&oel"), ("purpose",), self.tr("Wijzig doel van de verwerker")
        )
        self.data = form.string_list(
            self.tr("&Gegevens"), ("data",), self.tr("Wijzig gegevens voor de verwerker")
        )
        self.country = CountryCombo()
        self.country_hint = QLabel()
        self.country_hint.setStyleSheet(HINT_STYLE)
        self.country_hint.hide()
        country_box = QWidget()
        country_column = spacing.tight(QVBoxLayout(country_box))
        country_column.addWidget(self.country)
        country_column.addWidget(self.country_hint)
        form.row(self.tr("&Land van verwerking"), country_box, self.country)
        self.binder.bind(
            self.country,
            ("country",),
            self.tr("Wijzig land van de verwerker"),
            self.country.code,
            self.country.set_code,
            self.country.code_chosen,
            merge=False,
        )
        self.transfer_safeguard = form.choice(
            self.tr("Wa&arborg bij doorgifte"),
            ("transfer_safeguard",),
            self.tr("Wijzig waarborg bij doorgifte"),
            safeguard_choices(),
            TransferSafeguard,
        )
        form.layout.labelForField(self.transfer_safeguard).setToolTip(
            self.tr("Alleen nodig als de gegevens buiten de EER worden verwerkt.")
        )
        self.agreement = form.check(
            self.tr("Er is een &verwerkersovereenkomst"),
            ("agreement",),
            self.tr("Wijzig verwerkersovereenkomst"),
        )
        self.privacy_url = form.line(
            self.tr("&Privacyverklaring (link)"),
            ("privacy_url",),
            self.tr("Wijzig link naar de privacyverklaring"),
            "https://",
        )
        self.notes = form.text(
            self.tr("No&tities"),
            ("notes",),
            self.tr("Wijzig notities"),
            self.tr("Alleen voor de winkel zelf; komt niet in de verklaring"),
        )

        # The offer to take newer catalog facts sits on top of the row's form.
        self.catalog_update = CatalogUpdateBar(store)
        form.layout.insertRow(0, self.catalog_update)
        # Which extras to add with a catalog entry; tests hand in their own answer.
        self.ask_catalog_extras = ask_extras

        intro = self.tr("Welke bedrijven krijgen persoonsgegevens van de winkel, en waarom?")
        empty = self.tr(
            "Nog geen bedrijven die gegevens van de winkel krijgen. Kies Uit catalogus… "
            "voor een bekend bedrijf, zoals een betaaldienst, vervoerder of webhost, of "
            "Toevoegen voor een ander."
        )
        self.lay_out(intro, bar, detail, empty)

        self.country.unknown_text.connect(self._on_country_unknown_text)
        self.binder.updated.connect(self._on_binder_updated)
        self.rows.current_changed.connect(self._on_rows_current_changed)
        self.table.doubleClicked.connect(lambda _index: self.name.setFocus())
        # A new row is filled in next: its name field gets the cursor.
        self.rows.add_action.triggered.connect(lambda: self.name.setFocus())
        self._on_rows_current_changed(self.rows.current_row())

    def binders(self) -> list[FieldBinder]:
        return [self.binder]

    # -- adding from the catalog ------------------------------------------------------
    def open_catalog(self) -> None:
        from editor.ui.catalog_dialog import CatalogDialog

        dialog = CatalogDialog(self, empty_rows=self.empty_rows())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            entry = dialog.selected_entry()
            if entry is not None:
                self.add_from_catalog(entry, dialog.row_to_fill())

    def empty_rows(self) -> dict[ServiceKind, int]:
        """For each kind of service, its first row that has no name yet (the starter's)."""
        found: dict[ServiceKind, int] = {}
        for row, processor in enumerate(self.store.project.processors):
            if not processor.name.strip():
                found.setdefault(processor.service, row)
        return found

    def add_from_catalog(self, entry: CatalogEntry, fill: int | None = None) -> None:
        """A row filled from ``entry``, chosen for editing: a new row, or the empty
        row ``fill`` filled in; with the extras the owner chose (its controller
        part, its usual cookies), all as one undo step."""
        extras = self.ask_catalog_extras(self, entry, self.store.project)
        if extras is None:
            return
        if fill is None:
            row = self.model.rowCount()
            text = self.tr("Voeg %s toe uit de catalogus") % entry.name
        else:
            row = fill
            text = self.tr("Vul %s in uit de catalogus") % entry.name
        add_entry(self.store, entry, row, extras, text, fill=fill is not None)
        self.rows.select_row(row)
        self.name.setFocus()
        self.section_requested.emit("recipients")

    # -- keeping the form in step -----------------------------------------------------
    def _on_rows_current_changed(self, row: int) -> None:
        self.binder.set_prefix((LIST, row) if row >= 0 else None)
        self.country_hint.hide()
        self._update_safeguard()
        self.apply_errors()
        self.duplicate_action.setEnabled(row >= 0)
        self.catalog_update.set_row(row)
        self._update_agreement_label()
        self.request_row_part("recipients", row)

    def _on_binder_updated(self, key: Path) -> None:
        if key in (("country",), ("transfer_safeguard",)):
            self._update_safeguard()
        if key == ("relationship",):
            self._update_agreement_label()

    def _update_agreement_label(self) -> None:
        # For a joint controller the box means the arrangement of AVG art. 26,
        # and the statement claims one only when it is ticked: say so.
        prefix = self.binder.prefix
        role = None if prefix is None else self.store.value((*prefix, "relationship"))
        if role == Relationship.JOINT_CONTROLLER:
            label = self.tr(
                "Er is een regeling voor gezamenlijke &verantwoordelijkheid (AVG art. 26)"
            )
        else:
            label = self.tr("Er is een &verwerkersovereenkomst")
        self.agreement.setText(label)
        self.agreement.setAccessibleName(label.replace("&", ""))

    def _update_safeguard(self) -> None:
        # A safeguard is only needed (and only meaningful) outside the EEA.
        prefix = self.binder.prefix
        code = "" if prefix is None else str(self.store.value((*prefix, "country")))
        outside = bool(code) and not is_eea(code)
        self.transfer_safeguard.setEnabled(outside)

    def _on_country_unknown_text(self, text: str) -> None:
        self.country_hint.setText(
            self.tr("“%s” kennen we niet als land; kies een land uit de lijst.") % text
            if text
            else ""
        )
        self.country_hint.setVisible(bool(text))
