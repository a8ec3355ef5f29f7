"""A project that says everything the checklist asks: the check finds no error."""

from __future__ import annotations

import datetime as dt

from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)


def complete_project(address: Address = Address.FORMAL) -> Project:
    project = Project()
    project.document.address = address
    project.document.effective_date = dt.date(2026, 11, 1)
    project.document.version = "2.0"
    org = project.organisation
    org.name = "Zeepkist Webwinkel"
    org.kvk_number = "12345678"
    org.address = "Kerkstraat 1"
    org.postal_code = "1234 AB"
    org.city = "Utrecht"
    org.email = "privacy@zeepkist.nl"
    org.phone = "030 123 4567"
    org.website = "https://www.zeepkist.nl"
    project.privacy_contact.name = "Sanne de Vries"
    project.privacy_contact.email = "sanne@zeepkist.nl"
    project.data_categories = [
        DataCategory(
            name="Bestellingen",
            items=["Naam", "Adres", "E-mailadres"],
            purposes=["Het leveren van bestellingen"],
            legal_basis=LegalBasis.CONTRACT,
            retention="2 jaar na de laatste bestelling",
            required=True,
        ),
        DataCategory(
            name="Administratie",
            items=["Factuurgegevens"],
            purposes=["De belastingaangifte"],
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            retention="7 jaar (fiscale bewaarplicht)",
        ),
        DataCategory(
            name="Nieuwsbrief",
            items=["E-mailadres"],
            purposes=["Het sturen van de nieuwsbrief"],
            legal_basis=LegalBasis.CONSENT,
            retention="Tot afmelding",
        ),
        DataCategory(
            name="Klantenservice",
            items=["Berichten"],
            purposes=["Het beantwoorden van vragen"],
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interest="Goede service aan klanten",
            retention="1 jaar",
        ),
    ]
    project.processors = [
        Processor(
            name="Mollie",
            service=ServiceKind.PAYMENT,
            purpose="Betalingen",
            data=["Naam", "Rekeningnummer"],
            country="NL",
            agreement=True,
        ),
        Processor(
            name="Mailchimp",
            service=ServiceKind.NEWSLETTER,
            purpose="Nieuwsbrief",
            data=["E-mailadres"],
            country="US",
            transfer_safeguard=TransferSafeguard.DPF,
            agreement=True,
        ),
        Processor(
            name="PostNL",
            service=ServiceKind.SHIPPING,
            purpose="Bezorgen",
            data=["Naam", "Adres"],
            country="NL",
            relationship=Relationship.CONTROLLER,
        ),
    ]
    project.cookies = [
        Cookie(
            name="sessie",
            provider="Zeepkist Webwinkel",
            kind=CookieKind.FUNCTIONAL,
            description="Houdt het winkelmandje bij",
            retention="Sessie",
        ),
        Cookie(
            name="_mc",
            provider="Mailchimp",
            kind=CookieKind.MARKETING,
            description="Meet het openen van e-mails",
            retention="1 jaar",
            consent=True,
        ),
    ]
    project.rights.identification = "Een kopie van een identiteitsbewijs met het BSN afgeschermd"
    project.options.newsletter = True
    project.options.security_measures = ["Versleutelde verbinding (TLS)", "Twee-stapsverificatie"]
    return project
