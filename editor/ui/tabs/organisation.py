"""Organisatie: who the shop is and who answers privacy questions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from editor.core.validation import (
    is_dutch_postal_code,
    is_kvk_number,
    is_netherlands,
    looks_like_email,
)
from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.form import FormBuilder
from editor.ui.store import Store
from editor.ui.tabs.base import TabPage, fill_with_scrolling_column


class OrganisationTab(TabPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "intro", parent)
        self.binder = FieldBinder(store, (), self)
        self._hints: list[tuple[QLabel, Callable[[], str]]] = []

        shop = QGroupBox(self.tr("De winkel"))
        form = shop_form = FormBuilder(self.binder, QFormLayout(shop))
        org = ("organisation",)
        self.name = form.line(
            self.tr("&Naam van de winkel"), (*org, "name"), self.tr("Wijzig naam van de winkel")
        )
        self.trade_names = form.string_list(
            self.tr("Hand&elsnamen"), (*org, "trade_names"), self.tr("Wijzig handelsnamen")
        )
        self.kvk_number, kvk_hint = form.line_with_hint(
            self.tr("&KvK-nummer"), (*org, "kvk_number"), self.tr("Wijzig KvK-nummer"), "12345678"
        )
        self.address = form.line(self.tr("&Adres"), (*org, "address"), self.tr("Wijzig adres"))
        self.postal_code, postal_hint = form.line_with_hint(
            self.tr("&Postcode"), (*org, "postal_code"), self.tr("Wijzig postcode"), "1234 AB"
        )
        self.city = form.line(self.tr("Plaat&s"), (*org, "city"), self.tr("Wijzig plaats"))
        self.country = form.line(self.tr("&Land"), (*org, "country"), self.tr("Wijzig land"))
        self.email, email_hint = form.line_with_hint(
            self.tr("E-mailad&res"), (*org, "email"), self.tr("Wijzig e-mailadres van de winkel")
        )
        self.phone = form.line(
            self.tr("Telef&oon"), (*org, "phone"), self.tr("Wijzig telefoonnummer van de winkel")
        )
        self.website = form.line(
            self.tr("Websi&te"),
            (*org, "website"),
            self.tr("Wijzig website"),
            "https://www.voorbeeld.nl",
        )

        contact = QGroupBox(self.tr("Aanspreekpunt voor privacy"))
        form = FormBuilder(self.binder, QFormLayout(contact))
        pc = ("privacy_contact",)
        self.contact_name = form.line(
            self.tr("Naa&m"), (*pc, "name"), self.tr("Wijzig naam van het aanspreekpunt")
        )
        self.contact_email, contact_email_hint = form.line_with_hint(
            self.tr("E-ma&iladres"), (*pc, "email"), self.tr("Wijzig e-mailadres voor privacy")
        )
        self.contact_phone = form.line(
            self.tr("Tele&foon"), (*pc, "phone"), self.tr("Wijzig telefoonnummer voor privacy")
        )
        self.is_dpo = form.check(
            self.tr("Dit is een functionaris &gegevensbescherming (FG)"),
            (*pc, "is_dpo"),
            self.tr("Wijzig of het aanspreekpunt een FG is"),
        )
        self.watch_focus(
            "contact", self.contact_name, self.contact_email, self.contact_phone, self.is_dpo
        )

        spacing.align_labels(shop_form.layout, form.layout)
        fill_with_scrolling_column(self, shop, contact)

        self._hints = [
            (kvk_hint, self._kvk_hint),
            (postal_hint, self._postal_hint),
            (email_hint, lambda: self._email_hint(self.email)),
            (contact_email_hint, lambda: self._email_hint(self.contact_email)),
        ]
        self.binder.updated.connect(self._update_hints)
        self._update_hints()

    def binders(self) -> list[FieldBinder]:
        return [self.binder]

    # -- gentle hints: shown under the field, never in the way of typing -----------
    def _update_hints(self, *_: object) -> None:
        for label, message in self._hints:
            text = message()
            label.setText(text)
            label.setVisible(bool(text))

    def _kvk_hint(self) -> str:
        if is_kvk_number(self.kvk_number.text()):
            return ""
        return self.tr("Een KvK-nummer heeft 8 cijfers.")

    def _postal_hint(self) -> str:
        country = self.store.project.organisation.country
        if not is_netherlands(country) or is_dutch_postal_code(self.postal_code.text()):
            return ""
        return self.tr("Een Nederlandse postcode ziet eruit als 1234 AB.")

    def _email_hint(self, field: QLineEdit) -> str:
        if looks_like_email(field.text()):
            return ""
        return self.tr("Dit lijkt geen geldig e-mailadres (zoals naam@winkel.nl).")
