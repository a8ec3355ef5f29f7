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
    DataCategory,
    LegalBasis,
    Processor,
    Project,
    Relationship,
    TransferSafeguard,
)
from editor.core.tracking import has_consent_tracking_cookies, is_tracking_category
from editor.export.casing import COMMON_NAMES, name_words
from editor.export.changelog import changelog_entries, has_published
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
    # Consent is a legal basis somewhere: a kind of data on consent, a cookie
    # set after consent, or marketing e-mail (which needs consent, Tw 11.7).
    # Only then does the children clause apply (AVG art. 8, UAVG art. 5).
    asks_consent: bool
    has_published_versions: bool

    def holds(self, name: str) -> bool:
        if not name:
            return True
        return bool(getattr(self, name))


def conditions(project: Project) -> Conditions:
    return Conditions(
        has_transfers=any(is_transfer(p) for p in project.processors),
        has_cookies=bool(project.cookies),
        newsletter=project.options.newsletter,
        asks_consent=asks_consent(project),
        has_published_versions=has_published(project),
    )


def asks_consent(project: Project) -> bool:
    return (
        any(c.legal_basis == LegalBasis.CONSENT for c in project.data_categories)
        or any(cookie.consent for cookie in project.cookies)
        or project.options.newsletter
    )


# Every answer to "Verplicht?" category_facts gives; each clause library has a
# sentence for each ("optional" is its {% else %}).
OBLIGATIONS = ("contract", "law", "law_and_contract", "part_of_contract", "consent", "optional")


@dataclass(frozen=True)
class CategoryFacts:
    """What the statement says about one kind of data beyond its fields.

    ``obligation`` picks the answer to "Verplicht?" (AVG art. 13(2)(e)):

    - "contract": the person must give it to conclude or perform the contract;
    - "law": the law obliges the shop to process or keep it (the duty binds
      the shop); giving it is not a condition of the contract;
    - "law_and_contract": both: needed for the contract, then kept by law;
    - "consent": the person decides; nothing happens without consent;
    - "part_of_contract": on the contract but not needed to conclude it (an
      account, a phone number): without it only that part of the service is missing;
    - "optional": not required.

    ``withdraw_cookie_consent``: the data rests on legitimate interests but is
    gathered through cookies that need consent (legal-checklist "cookie-basis"),
    so the reader withdraws consent rather than objects.
    """

    obligation: str
    withdraw_cookie_consent: bool


def category_facts(category: DataCategory, consent_cookies: bool) -> CategoryFacts:
    basis = category.legal_basis
    if basis == LegalBasis.LEGAL_OBLIGATION:
        obligation = "law_and_contract" if category.required else "law"
    elif category.required:
        obligation = "contract"
    elif basis == LegalBasis.CONSENT:
        obligation = "consent"
    elif basis == LegalBasis.CONTRACT:
        obligation = "part_of_contract"
    else:
        obligation = "optional"
    return CategoryFacts(
        obligation=obligation,
        withdraw_cookie_consent=(
            basis == LegalBasis.LEGITIMATE_INTERESTS
            and consent_cookies
            and is_tracking_category(category)
        ),
    )


def known_names(project: Project) -> frozenset[str]:
    """Words that are names in this project: they keep their capital inside a sentence."""
    org = project.organisation
    names = [org.name, *org.trade_names]
    names += [p.name for p in project.processors]
    names += [c.provider for c in project.cookies]
    return name_words(names) | COMMON_NAMES


# What each template variable is made from: the project's top-level fields it
# reads. A clause is rendered again only when one of them changed (the live
# preview, ClauseRenders in assemble.py); a variable missing here counts as
# made from everything, so a new one is never shown stale.
EVERYTHING = frozenset({"*"})
CONTEXT_SOURCES: dict[str, frozenset[str]] = {
    "changelog": frozenset({"clauses", "versions"}),
    "project": EVERYTHING,
    "a": frozenset({"document"}),
    "org": frozenset({"organisation"}),
    "contact": frozenset({"privacy_contact"}),
    "document": frozenset({"document"}),
    "categories": frozenset({"data_categories"}),
    "category_facts": frozenset({"data_categories", "cookies"}),
    "names": frozenset({"organisation", "processors", "cookies"}),
    "processors": frozenset({"processors"}),
    "controllers": frozenset({"processors"}),
    "recipients": frozenset({"processors"}),
    "transfers": frozenset({"processors"}),
    "needs_copy": frozenset({"processors"}),
    "cookies": frozenset({"cookies"}),
    "consent_cookies": frozenset({"cookies"}),
    "has_tracking_cookies": frozenset({"cookies"}),
    "rights": frozenset({"rights"}),
    "options": frozenset({"options"}),
    "uses_consent": frozenset({"data_categories"}),
    "asks_consent": frozenset({"data_categories", "cookies", "options"}),
    "soft_opt_in": frozenset({"options"}),
    "uses_legitimate_interests": frozenset({"data_categories"}),
    "contact_email": frozenset({"privacy_contact", "organisation"}),
    "authority": frozenset(),
}


def template_context(project: Project) -> dict[str, Any]:
    """The variables every clause template receives (see clauses/nl/README.md)."""
    org = project.organisation
    contact = project.privacy_contact
    transfers = [p for p in project.processors if is_transfer(p)]
    return {
        "changelog": changelog_entries(project) if "changelog" in project.clauses.enabled else [],
        "project": project,
        "a": AddressForm(project.document.address),
        "org": org,
        "contact": contact,
        "document": project.document,
        "categories": project.data_categories,
        "category_facts": [
            category_facts(c, has_consent_tracking_cookies(project))
            for c in project.data_categories
        ],
        "names": known_names(project),
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
        # Consent anywhere (a kind of data, a cookie, the newsletter): only then
        # does the statement speak of withdrawing it (AVG art. 7(3), 13(2)(c)).
        "asks_consent": asks_consent(project),
        "soft_opt_in": project.options.newsletter and project.options.newsletter_existing_customers,
        "uses_legitimate_interests": any(
            c.legal_basis == LegalBasis.LEGITIMATE_INTERESTS for c in project.data_categories
        ),
        "contact_email": contact.email or org.email,
        "authority": AUTHORITY,
    }
