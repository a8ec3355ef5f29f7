"""From what the extractors found to a project, with every imported value marked.

Each value set here is listed in ``[import].unconfirmed`` by its field path,
and its place in the old text is kept in ``spans`` so the window can show
where it came from. Nothing is filled in that the text does not say: a field
the text leaves open stays empty, and the check asks for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from editor.core.countries import normalise_country
from editor.core.importing.blocks import OldText
from editor.core.importing.contact import find_contact
from editor.core.importing.cookies import find_cookies
from editor.core.importing.data_kinds import find_categories
from editor.core.importing.document_facts import find_document_facts
from editor.core.importing.found import Found, sections
from editor.core.importing.organisation import find_organisation
from editor.core.importing.recipients import FoundRecipient, find_recipients, self_hosted_named
from editor.core.model import (
    Cookie,
    DataCategory,
    ImportInfo,
    LegalBasis,
    Processor,
    Project,
    default_consent,
)

Span = tuple[int, int]


@dataclass
class ImportResult:
    """The new project, where each imported value came from, and what to tell the owner."""

    project: Project
    spans: dict[str, Span] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def found_anything(self) -> bool:
        return any(not path.startswith("document.") for path in self.spans)

    def summary(self) -> str:
        """One line: what was found, the form of address, how many values to check."""
        project = self.project
        org = [label for label, key in _ORGANISATION_LABELS if f"organisation.{key}" in self.spans]
        parts = [f"organisatie: {', '.join(org)}" if org else "geen organisatiegegevens"]
        if project.privacy_contact.name:
            parts.append(f"privacycontact {project.privacy_contact.name}")
        parts.append(_count(len(project.processors), "ontvanger", "ontvangers"))
        parts.append(_count(len(project.data_categories), "soort gegevens", "soorten gegevens"))
        parts.append(_count(len(project.cookies), "cookie", "cookies"))
        line = "; ".join(parts)
        extra = " ".join(self.notes)
        unconfirmed = len(project.import_.unconfirmed) if project.import_ else 0
        return f"Gevonden: {line}. {extra} {unconfirmed} waarden te controleren.".replace("  ", " ")


_ORGANISATION_LABELS = (
    ("naam", "name"),
    ("handelsnamen", "trade_names"),
    ("adres", "address"),
    ("postcode", "postal_code"),
    ("plaats", "city"),
    ("e-mail", "email"),
    ("telefoon", "phone"),
    ("website", "website"),
    ("KvK-nummer", "kvk_number"),
)


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


class _Recorder:
    def __init__(self) -> None:
        self.spans: dict[str, Span] = {}
        self.paths: list[str] = []

    def mark(self, path: str, found: Found[Any] | list[Found[Any]] | None) -> None:
        if isinstance(found, list):
            if not found:
                return
            span = (min(f.start for f in found), max(f.end for f in found))
        elif found is None:
            return
        else:
            span = (found.start, found.end)
        if path not in self.spans:
            self.paths.append(path)
        self.spans[path] = span


def build_project(old: OldText, source: str, today: dt.date) -> ImportResult:
    secs = sections(old)
    project = Project()
    record = _Recorder()
    notes: list[str] = []

    doc = find_document_facts(old)
    project.document.language = doc.language
    if doc.address is not None:
        project.document.address = doc.address
        record.spans["document.address"] = (0, 0)
        record.paths.append("document.address")
        word = "u" if doc.address.value == "u" else "je"
        if doc.formal_count and doc.informal_count:
            notes.append(
                f"Aanspreekvorm: de oude tekst mengt u ({doc.formal_count}×) en je/jij/jouw "
                f"({doc.informal_count}×); gekozen is “{word}”, de vorm die het meest voorkomt."
            )
        else:
            notes.append(f"Aanspreekvorm: “{word}”.")
    if doc.effective_date is not None:
        project.document.effective_date = doc.effective_date.value
        record.mark("document.effective_date", doc.effective_date)
    if doc.version is not None:
        project.document.version = doc.version.value
        record.mark("document.version", doc.version)

    contact = find_contact(old)
    # The recipients are looked for first without the shop's name, then the shop is
    # found with the recipients' names excluded, then the list drops the shop.
    recipients = find_recipients(old, secs, [])
    others = {r.name.value.casefold() for r in recipients if not r.cookie_only}
    personal = frozenset(found.value.casefold() for found in (contact.email,) if found is not None)
    organisation = find_organisation(old, secs, others, personal)
    shop_names = [f.value for f in [organisation.name, *organisation.trade_names] if f]
    recipients = [
        r for r in recipients if r.name.value.casefold() not in {n.casefold() for n in shop_names}
    ]

    org = project.organisation
    for key in (
        "name",
        "address",
        "postal_code",
        "city",
        "email",
        "phone",
        "website",
        "kvk_number",
    ):
        found = getattr(organisation, key)
        if found is not None:
            setattr(org, key, found.value)
            record.mark(f"organisation.{key}", found)
    if organisation.trade_names:
        org.trade_names = [f.value for f in organisation.trade_names]
        record.mark("organisation.trade_names", organisation.trade_names)

    person = project.privacy_contact
    if contact.name is not None:
        person.name = contact.name.value
        record.mark("privacy_contact.name", contact.name)
        if contact.email is not None:
            person.email = contact.email.value
            record.mark("privacy_contact.email", contact.email)
        if contact.phone is not None and contact.phone.value != org.phone:
            person.phone = contact.phone.value
            record.mark("privacy_contact.phone", contact.phone)
        if contact.is_dpo is not None:
            person.is_dpo = True
            record.mark("privacy_contact.is_dpo", contact.is_dpo)

    for name in self_hosted_named(old):
        notes.append(
            f"{name} draait op de eigen server en ontvangt zelf niets: de ontvanger is de "
            "partij die die server host; vul die in als ontvanger."
        )
    for index, recipient in enumerate(recipients):
        project.processors.append(_processor(recipient, f"processors[{index}]", record))

    for index, category in enumerate(find_categories(old, secs)):
        path = f"data_categories[{index}]"
        row = DataCategory(name=category.name.value)
        record.mark(f"{path}.name", category.name)
        if category.items:
            row.items = [f.value for f in category.items]
            record.mark(f"{path}.items", category.items)
        if category.purposes:
            row.purposes = [f.value for f in category.purposes]
            record.mark(f"{path}.purposes", category.purposes)
        if category.legal_basis is not None:
            row.legal_basis = category.legal_basis.value
            record.mark(f"{path}.legal_basis", category.legal_basis)
        if category.retention is not None:
            row.retention = category.retention.value
            record.mark(f"{path}.retention", category.retention)
        project.data_categories.append(row)

    for index, cookie in enumerate(find_cookies(old, secs)):
        path = f"cookies[{index}]"
        cookie_row = Cookie(name=cookie.name.value)
        record.mark(f"{path}.name", cookie.name)
        for key in ("provider", "retention", "description"):
            found = getattr(cookie, key)
            if found is not None:
                setattr(cookie_row, key, found.value)
                record.mark(f"{path}.{key}", found)
        if cookie.kind is not None:
            cookie_row.kind = cookie.kind
            cookie_row.consent = default_consent(cookie.kind)
            record.mark(f"{path}.kind", cookie.name)
        project.cookies.append(cookie_row)

    project.import_ = ImportInfo(
        source=source, imported_on=today, text=old.text, unconfirmed=list(record.paths)
    )
    return ImportResult(project, record.spans, notes)


def _processor(recipient: FoundRecipient, path: str, record: _Recorder) -> Processor:
    name = recipient.name
    if recipient.entry is not None:
        row = recipient.entry.to_processor()
        row.name = name.value
        row.catalog = recipient.entry.name
        row.catalog_as_of = recipient.entry.as_of
        record.mark(f"{path}.name", name)
        for key in ("service", "purpose", "data", "country", "relationship", "privacy_url"):
            record.mark(f"{path}.{key}", name)
        if row.transfer_safeguard:
            record.mark(f"{path}.transfer_safeguard", name)
    else:
        row = Processor(name=name.value)
        record.mark(f"{path}.name", name)
        if recipient.service is not None:
            row.service = recipient.service
            record.mark(f"{path}.service", name)
    # A table of recipients says more than the catalog: its own words win.
    cells = recipient.cells
    if "purpose" in cells:
        row.purpose = cells["purpose"].value
        record.mark(f"{path}.purpose", cells["purpose"])
    if "data" in cells:
        from editor.core.importing.categories import split_list

        row.data = [f.value for f in split_list(cells["data"].value, cells["data"].start)]
        record.mark(f"{path}.data", cells["data"])
    if "country" in cells:
        code = normalise_country(cells["country"].value)
        if code:
            row.country = code
            record.mark(f"{path}.country", cells["country"])
    if "privacy_url" in cells and cells["privacy_url"].value.startswith(("http", "www")):
        url = cells["privacy_url"].value
        row.privacy_url = url if url.startswith("http") else "https://" + url
        record.mark(f"{path}.privacy_url", cells["privacy_url"])
    return row


__all__ = ["ImportResult", "LegalBasis", "build_project"]
