"""Rechten en opties: how requests are handled, and the shop's other choices."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from editor.ui.forms import spacing
from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.form import FormBuilder
from editor.ui.store import Store
from editor.ui.tabs.base import TabPage, fill_with_scrolling_column


class RightsOptionsTab(TabPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "rights", parent)
        self.binder = FieldBinder(store, (), self)

        rights = QGroupBox(self.tr("Verzoeken van klanten"))
        form = rights_form = FormBuilder(self.binder, QFormLayout(rights))
        self.response_days = form.spin(
            self.tr("&Reactietijd"),
            ("rights", "response_days"),
            self.tr("Wijzig reactietijd"),
            1,
            90,
            self.tr(" dagen"),
        )
        self.response_days.setToolTip(
            self.tr("De wet geeft een maand; langer mag alleen bij ingewikkelde verzoeken.")
        )
        self.identification = form.text(
            self.tr("&Identiteit controleren"),
            ("rights", "identification"),
            self.tr("Wijzig hoe de identiteit wordt gecontroleerd"),
            self.tr("Bijvoorbeeld: een kopie van een identiteitsbewijs met het BSN afgeschermd"),
        )

        options = QGroupBox(self.tr("Opties"))
        form = FormBuilder(self.binder, QFormLayout(options))
        self.minimum_age = form.spin(
            self.tr("&Minimumleeftijd"),
            ("options", "minimum_age"),
            self.tr("Wijzig minimumleeftijd"),
            0,
            99,
            self.tr(" jaar"),
        )
        self.minimum_age.setToolTip(
            self.tr("Jonger dan deze leeftijd is toestemming van een ouder nodig (AVG: 16).")
        )
        self.automated_decisions = form.check(
            self.tr("De winkel neemt &automatische besluiten of maakt profielen"),
            ("options", "automated_decisions"),
            self.tr("Wijzig automatische besluiten"),
        )
        self.newsletter = form.check(
            self.tr("De winkel stuurt een &nieuwsbrief of reclame per e-mail"),
            ("options", "newsletter"),
            self.tr("Wijzig nieuwsbrief"),
        )
        self.newsletter_existing_customers = form.check(
            self.tr("Ook &klanten mailen zonder toestemming, over eigen vergelijkbare producten"),
            ("options", "newsletter_existing_customers"),
            self.tr("Wijzig mailen aan klanten zonder toestemming"),
        )
        self.newsletter_existing_customers.setToolTip(
            self.tr(
                "Mag alleen als het e-mailadres bij een aankoop is verkregen, de e-mail over "
                "eigen vergelijkbare producten gaat, de klant dit toen gratis en eenvoudig kon "
                "weigeren en elke e-mail een afmeldlink heeft (Telecommunicatiewet art. 11.7 "
                "lid 3). De verklaring noemt dan die voorwaarden."
            )
        )
        self.security_measures = form.string_list(
            self.tr("Be&veiliging"),
            ("options", "security_measures"),
            self.tr("Wijzig beveiligingsmaatregelen"),
        )
        self.watch_focus("rights", self.response_days, self.identification)
        self.watch_focus("children", self.minimum_age)
        self.watch_focus("automated-decisions", self.automated_decisions)
        self.watch_focus("newsletter", self.newsletter, self.newsletter_existing_customers)
        # Mailing customers is part of the newsletter: without one it means nothing.
        self.binder.updated.connect(self._on_binder_updated)
        self._update_enabled()
        self.watch_focus("security", self.security_measures)

        spacing.align_labels(rights_form.layout, form.layout)
        fill_with_scrolling_column(self, rights, options)

    def _on_binder_updated(self, key: tuple[object, ...]) -> None:
        # Both: showing a field enables its widget, after which this decides again.
        if key in (("options", "newsletter"), ("options", "newsletter_existing_customers")):
            self._update_enabled()

    def _update_enabled(self) -> None:
        self.newsletter_existing_customers.setEnabled(self.store.project.options.newsletter)

    def binders(self) -> list[FieldBinder]:
        return [self.binder]
