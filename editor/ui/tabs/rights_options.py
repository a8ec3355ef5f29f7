"""Rechten en opties: how requests are handled, and the shop's other choices."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QWidget

from editor.ui.forms.bindings import FieldBinder
from editor.ui.forms.form import FormBuilder
from editor.ui.store import Store
from editor.ui.tabs.base import TabPage, fill_with_scrolling_column


class RightsOptionsTab(TabPage):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, "rights", parent)
        self.binder = FieldBinder(store, (), self)

        rights = QGroupBox(self.tr("Verzoeken van klanten"))
        form = FormBuilder(self.binder, QFormLayout(rights))
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
        self.security_measures = form.string_list(
            self.tr("Be&veiliging"),
            ("options", "security_measures"),
            self.tr("Wijzig beveiligingsmaatregelen"),
        )
        self.watch_focus("rights", self.response_days, self.identification)
        self.watch_focus("children", self.minimum_age)
        self.watch_focus("automated-decisions", self.automated_decisions)
        self.watch_focus("newsletter", self.newsletter)
        self.watch_focus("security", self.security_measures)

        fill_with_scrolling_column(self, rights, options)

    def binders(self) -> list[FieldBinder]:
        return [self.binder]
