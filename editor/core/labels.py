"""Plain Dutch labels for the model's closed choices (no Qt).

One place for the words the user sees for each enum value, so a form, the
catalog search and the findings all call a service kind or a legal basis the
same thing. The enum values themselves stay English: they are the file format.
"""

from __future__ import annotations

from typing import Final

from editor.core.model import (
    CookieKind,
    LegalBasis,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)

SERVICE_LABELS: Final[dict[ServiceKind, str]] = {
    ServiceKind.WEBSHOP: "Webwinkelplatform",
    ServiceKind.HOSTING: "Hosting",
    ServiceKind.EMAIL: "E-mail",
    ServiceKind.NEWSLETTER: "Nieuwsbrief",
    ServiceKind.PAYMENT: "Betalingen",
    ServiceKind.SHIPPING: "Verzending",
    ServiceKind.REVIEWS: "Reviews",
    ServiceKind.ACCOUNTING: "Boekhouding",
    ServiceKind.MARKETPLACE: "Verkoopplatform",
    ServiceKind.ANALYTICS: "Statistieken",
    ServiceKind.ADVERTISING: "Advertenties",
    ServiceKind.SOCIAL: "Sociale media",
    ServiceKind.CUSTOMER_SERVICE: "Klantenservice",
    ServiceKind.OTHER: "Overig",
}

RELATIONSHIP_LABELS: Final[dict[Relationship, str]] = {
    Relationship.PROCESSOR: "Verwerker",
    Relationship.CONTROLLER: "Zelfstandig verwerkingsverantwoordelijke",
    Relationship.JOINT_CONTROLLER: "Gezamenlijk verwerkingsverantwoordelijke",
}

LEGAL_BASIS_LABELS: Final[dict[LegalBasis, str]] = {
    LegalBasis.NONE: "(nog niet gekozen)",
    LegalBasis.CONSENT: "Toestemming",
    LegalBasis.CONTRACT: "Uitvoering van een overeenkomst",
    LegalBasis.LEGAL_OBLIGATION: "Wettelijke verplichting",
    LegalBasis.VITAL_INTERESTS: "Vitaal belang",
    LegalBasis.PUBLIC_TASK: "Taak van algemeen belang",
    LegalBasis.LEGITIMATE_INTERESTS: "Gerechtvaardigd belang",
}

SAFEGUARD_LABELS: Final[dict[TransferSafeguard, str]] = {
    TransferSafeguard.NONE: "Geen (binnen de EER)",
    TransferSafeguard.ADEQUACY: "Adequaatheidsbesluit",
    TransferSafeguard.DPF: "EU-VS Data Privacy Framework",
    TransferSafeguard.SCC: "Standaardcontractbepalingen",
    TransferSafeguard.BCR: "Bindende bedrijfsvoorschriften",
}

COOKIE_KIND_LABELS: Final[dict[CookieKind, str]] = {
    CookieKind.FUNCTIONAL: "Functioneel",
    CookieKind.ANALYTICS: "Analytisch",
    CookieKind.MARKETING: "Marketing",
}
