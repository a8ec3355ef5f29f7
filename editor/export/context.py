"""What a clause template can see: the project plus facts derived from it.

Derived facts are computed here, once, in Python (not in every template), so
the clause text stays readable for a lawyer and the rules that decide what a
statement says live in one tested place.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from editor.core.countries import is_eea
from editor.core.model import (
    CookieKind,
    LegalBasis,
    Processor,
    Project,
    Relationship,
    TransferSafeguard,
)
from editor.export.template_env import AddressForm

# The Dutch supervisory authority (legal-checklist.md).
AUTHORITY = {
    "name": "Autoriteit Persoonsgegevens",
    "postbox": "Postbus 93374",
    "postal_code": "2509 AJ",
    "city": "Den Haag",
    "website": "https://www.autoriteitpersoonsgegevens.nl",
    "website_label": "autoriteitpersoonsgegevens.nl",
}


def is_transfer(processor: Processor) -> bool:
    """A recipient that processes data outside the EEA (a known country code)."""
    code = processor.country.strip().upper()
    return bool(code) and not is_eea(code)


@dataclass(frozen=True)
class Conditions:
    """The named conditions a manifest's ``when`` may use (no eval of strings)."""

    has_transfers: bool
    has_cookies: bool
    newsletter: bool

    def holds(self, name: str) -> bool:
        if not name:
            return True
        return bool(getattr(self, name))


def conditions(project: Project) -> Conditions:
    return Conditions(
        has_transfers=any(is_transfer(p) for p in project.processors),
        has_cookies=bool(project.cookies),
        newsletter=project.options.newsletter,
    )


def template_context(project: Project) -> dict[str, Any]:
    """The variables every clause template receives (see clauses/nl/README.md)."""
    org = project.organisation
    contact = project.privacy_contact
    transfers = [p for p in project.processors if is_transfer(p)]
    return {
        "project": project,
        "a": AddressForm(project.document.address),
        "org": org,
        "contact": contact,
        "document": project.document,
        "categories": project.data_categories,
        "processors": [p for p in project.processors if p.relationship == Relationship.PROCESSOR],
        "controllers": [p for p in project.processors if p.relationship != Relationship.PROCESSOR],
        "recipients": project.processors,
        "transfers": transfers,
        "needs_copy": any(
            p.transfer_safeguard in (TransferSafeguard.SCC, TransferSafeguard.BCR)
            for p in transfers
        ),
        "cookies": project.cookies,
        "consent_cookies": [c for c in project.cookies if c.consent],
        "has_tracking_cookies": any(c.kind != CookieKind.FUNCTIONAL for c in project.cookies),
        "rights": project.rights,
        "options": project.options,
        "uses_consent": any(c.legal_basis == LegalBasis.CONSENT for c in project.data_categories),
        "uses_legitimate_interests": any(
            c.legal_basis == LegalBasis.LEGITIMATE_INTERESTS for c in project.data_categories
        ),
        "contact_email": contact.email or org.email,
        "authority": AUTHORITY,
    }
