"""The project: the shop's facts, as plain dataclasses (no Qt, no I/O).

One dataclass per table of the project format (docs/project-format.md), one
enum per closed choice. Every dataclass carries ``extra``: keys this version
does not know, kept as they were read so a save never drops them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

FORMAT_VERSION = 2

# The statement's languages: Dutch, and English from the same facts (format 2).
LANGUAGES = ("nl", "en")


class Address(StrEnum):
    """The form of address: formal "u" or informal "je" (je/jij/jouw)."""

    FORMAL = "u"
    INFORMAL = "je"


class LegalBasis(StrEnum):
    NONE = ""  # not chosen yet: the check reports it
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"


class ServiceKind(StrEnum):
    WEBSHOP = "webshop"
    HOSTING = "hosting"
    EMAIL = "email"
    NEWSLETTER = "newsletter"
    PAYMENT = "payment"
    SHIPPING = "shipping"
    REVIEWS = "reviews"
    ACCOUNTING = "accounting"
    MARKETPLACE = "marketplace"
    ANALYTICS = "analytics"
    ADVERTISING = "advertising"
    SOCIAL = "social"
    CUSTOMER_SERVICE = "customer_service"
    OTHER = "other"


class TransferSafeguard(StrEnum):
    NONE = ""
    ADEQUACY = "adequacy"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"


class Relationship(StrEnum):
    PROCESSOR = "processor"
    CONTROLLER = "controller"
    JOINT_CONTROLLER = "joint_controller"


class CookieKind(StrEnum):
    FUNCTIONAL = "functional"
    ANALYTICS = "analytics"
    MARKETING = "marketing"


def _extra() -> dict[str, Any]:
    return {}


@dataclass
class Document:
    language: str = "nl"
    address: Address = Address.INFORMAL
    title: str = ""
    effective_date: dt.date | None = None
    version: str = ""
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class Organisation:
    name: str = ""
    trade_names: list[str] = field(default_factory=list)
    kvk_number: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "Nederland"
    email: str = ""
    phone: str = ""
    website: str = ""
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class PrivacyContact:
    name: str = ""
    email: str = ""
    phone: str = ""
    is_dpo: bool = False
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class DataCategory:
    name: str = ""
    items: list[str] = field(default_factory=list)
    purposes: list[str] = field(default_factory=list)
    legal_basis: LegalBasis = LegalBasis.NONE
    legitimate_interest: str = ""
    retention: str = ""
    source: str = ""
    special: bool = False
    required: bool = False
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class Processor:
    name: str = ""
    service: ServiceKind = ServiceKind.OTHER
    purpose: str = ""
    data: list[str] = field(default_factory=list)
    country: str = ""  # ISO 3166-1 alpha-2; empty: unknown
    transfer_safeguard: TransferSafeguard = TransferSafeguard.NONE
    agreement: bool = False
    relationship: Relationship = Relationship.PROCESSOR
    privacy_url: str = ""
    notes: str = ""
    # The catalog entry that filled this row and that entry's date (format
    # version 2), so a newer catalog can tell the owner what changed.
    catalog: str = ""
    catalog_as_of: dt.date | None = None
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class Cookie:
    name: str = ""
    provider: str = ""
    kind: CookieKind = CookieKind.FUNCTIONAL
    description: str = ""
    retention: str = ""
    # The format's default depends on kind (see default_consent); a new row is
    # functional, so False is right here and the loader fills in the rest.
    consent: bool = False
    extra: dict[str, Any] = field(default_factory=_extra)


def default_consent(kind: CookieKind) -> bool:
    """Analytics and marketing cookies ask first unless the file says otherwise."""
    return kind is not CookieKind.FUNCTIONAL


@dataclass
class Rights:
    response_days: int = 30
    identification: str = ""
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class Options:
    minimum_age: int = 16
    automated_decisions: bool = False
    newsletter: bool = False
    # Mailing existing customers about the shop's own similar products without
    # their consent (Telecommunicatiewet art. 11.7(3)); format version 2.
    newsletter_existing_customers: bool = False
    security_measures: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class ClauseSettings:
    disabled: list[str] = field(default_factory=list)
    # Clauses that are off by default and switched on (format version 2: "changelog").
    enabled: list[str] = field(default_factory=list)
    order: list[str] = field(default_factory=list)
    overrides: dict[str, str] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class CustomSection:
    title: str = ""
    text: str = ""
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class ImportInfo:
    """Where an imported project came from, and what the owner has not confirmed yet."""

    source: str = ""  # the file name (no folder)
    imported_on: dt.date | None = None
    text: str = ""  # the old statement as plain text
    unconfirmed: list[str] = field(default_factory=list)  # field paths, e.g. "organisation.phone"
    extra: dict[str, Any] = field(default_factory=_extra)


@dataclass
class RecordedVersion:
    """A version the owner recorded: the facts and the statement as they were then."""

    number: str = ""
    recorded_on: dt.date | None = None
    note: str = ""
    published: bool = False
    program: str = ""  # the program version that rendered it
    clauses: str = ""  # the clause library that rendered it
    facts: dict[str, Any] = field(default_factory=dict)  # the project's tables, raw TOML data
    statement: str = ""
    extra: dict[str, Any] = field(default_factory=_extra)


# Fields whose TOML key differs from the Python name ("import" is a keyword).
TOML_KEYS = {"import_": "import"}


@dataclass
class Project:
    format_version: int = FORMAT_VERSION
    document: Document = field(default_factory=Document)
    organisation: Organisation = field(default_factory=Organisation)
    privacy_contact: PrivacyContact = field(default_factory=PrivacyContact)
    data_categories: list[DataCategory] = field(default_factory=list)
    processors: list[Processor] = field(default_factory=list)
    cookies: list[Cookie] = field(default_factory=list)
    rights: Rights = field(default_factory=Rights)
    options: Options = field(default_factory=Options)
    clauses: ClauseSettings = field(default_factory=ClauseSettings)
    custom_sections: list[CustomSection] = field(default_factory=list)
    import_: ImportInfo | None = None  # TOML key "import"; only in imported projects
    versions: list[RecordedVersion] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=_extra)
