"""A project that says everything the checklist asks: the check finds nothing.

Shared by the check's tests and the command line's (exit code 0). All its
texts avoid both forms of address, so it is complete in either form.
"""

from __future__ import annotations

import datetime as dt

from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    DataCategory,
    Document,
    LegalBasis,
    Options,
    Organisation,
    PrivacyContact,
    Processor,
    Project,
    Relationship,
    Rights,
    ServiceKind,
    TransferSafeguard,
)


def complete_project(address: Address = Address.FORMAL) -> Project:
    """A statement with nothing missing: the check has nothing to say about it.

    All its texts avoid both forms of address, so it is complete in either form.
    """
    # Dated recently, so stale-date (more than two years old) never fires on it.
    recently = dt.date.today() - dt.timedelta(days=60)
    return Project(
        document=Document(address=address, effective_date=recently, version="1.0"),
        organisation=Organisation(
            name="Kaarsenhuis",
            kvk_number="12345678",
            trade_names=["Het Kaarsenhuisje"],
            address="Markt 1",
            postal_code="1234 AB",
            city="Utrecht",
            email="info@kaarsenhuis.nl",
            website="https://www.kaarsenhuis.nl",
        ),
        privacy_contact=PrivacyContact(name="Sam de Vries", email="privacy@kaarsenhuis.nl"),
        data_categories=[
            DataCategory(
                name="Bestelgegevens",
                items=["Naam", "Adres", "E-mailadres"],
                purposes=["Het afhandelen en bezorgen van bestellingen"],
                legal_basis=LegalBasis.CONTRACT,
                retention="2 jaar na de laatste bestelling",
                required=True,
            ),
            DataCategory(
                name="Administratie",
                items=["Facturen"],
                purposes=["De belastingaangifte"],
                legal_basis=LegalBasis.LEGAL_OBLIGATION,
                retention="7 jaar (fiscale bewaarplicht)",
            ),
            DataCategory(
                name="Nieuwsbrief",
                items=["E-mailadres"],
                purposes=["Het sturen van de nieuwsbrief"],
                legal_basis=LegalBasis.CONSENT,
                retention="Tot de afmelding",
            ),
            DataCategory(
                name="Klantenservice",
                items=["Vragen en klachten"],
                purposes=["Het beantwoorden van vragen"],
                legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
                legitimate_interest="Goede service",
                retention="1 jaar",
            ),
        ],
        processors=[
            Processor(
                name="Mollie",
                service=ServiceKind.PAYMENT,
                purpose="Betalingen afhandelen",
                data=["Naam", "Rekeningnummer"],
                country="NL",
                agreement=True,
            ),
            Processor(
                name="Google",
                service=ServiceKind.ANALYTICS,
                purpose="Websitestatistieken",
                data=["Ingekort IP-adres"],
                country="US",
                transfer_safeguard=TransferSafeguard.DPF,
                agreement=True,
            ),
            Processor(
                name="Postmark",
                service=ServiceKind.EMAIL,
                purpose="Het versturen van e-mail",
                data=["E-mailadres"],
                country="GB",
                transfer_safeguard=TransferSafeguard.ADEQUACY,
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
        ],
        cookies=[
            Cookie(
                name="sessie",
                provider="Kaarsenhuis",
                kind=CookieKind.FUNCTIONAL,
                description="Onthoudt de winkelwagen",
                retention="Tot het einde van het bezoek",
            ),
            Cookie(
                name="_ga",
                provider="Google Analytics",
                kind=CookieKind.ANALYTICS,
                description="Meet het gebruik van de website",
                retention="2 jaar",
                consent=True,
            ),
            Cookie(
                name="_gcl_au",
                provider="Google",
                kind=CookieKind.MARKETING,
                description="Meet het effect van advertenties",
                retention="90 dagen",
                consent=True,
            ),
        ],
        rights=Rights(
            response_days=30,
            identification="Een kopie van een identiteitsbewijs met het BSN en de pasfoto afgeschermd",
        ),
        options=Options(newsletter=True, security_measures=["TLS-versleuteling", "Back-ups"]),
    )
