"""One catalog entry, its usual cookies, and the catalog as a whole (data only).

An entry is general knowledge written on a date from named sources; nothing
here can confirm it, because the program is offline. A row made from an entry
remembers the entry's name and date (``Processor.catalog`` and
``catalog_as_of``), so a later catalog can say what changed since.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editor.core.model import (
    Cookie,
    CookieKind,
    Processor,
    Relationship,
    ServiceKind,
    TransferSafeguard,
    default_consent,
)


def long_date(day: dt.date) -> str:
    """A Dutch date as people write it: "1 december 2026"."""
    # Imported here: babel and its locale data cost about 40 ms, which a command
    # that only matches names against the catalog (import, check) need not pay.
    from babel.dates import format_date

    return format_date(day, format="long", locale="nl")


@dataclass(frozen=True)
class CatalogCookie:
    """A cookie the service usually places on the shop's website."""

    name: str
    kind: CookieKind
    retention: str
    description: str  # written for the statement's cookie table, in the catalog's own words

    def to_cookie(self, provider: str) -> Cookie:
        return Cookie(
            name=self.name,
            provider=provider,
            kind=self.kind,
            description=self.description,
            retention=self.retention,
            consent=default_consent(self.kind),
        )


@dataclass(frozen=True)
class ControllerPart:
    """What a party that works for the shop also does on its own account.

    A review platform sends invitations for the shop (a processor), but
    publishes reviews and mediates disputes as a controller. Adding the entry
    offers this part as a second row, so the statement does not claim that the
    party never uses the data for its own purposes.
    """

    purpose: str
    data: tuple[str, ...]


@dataclass(frozen=True)
class CatalogEntry:
    """One known service with the defaults a new processor row starts from."""

    name: str
    service: ServiceKind
    relationship: Relationship
    country: str  # ISO 3166-1 alpha-2 of where the data is processed
    transfer_safeguard: TransferSafeguard
    privacy_url: str
    purpose: str
    data: tuple[str, ...]
    sets_cookies: bool  # the service places cookies on the shop's website
    source: str  # what the facts rest on, named: "privacyverklaring van Mollie; ..."
    as_of: dt.date  # when the entry was written or last changed
    notes: str = ""
    aliases: tuple[str, ...] = ()  # other names people search for ("AfterPay")
    cookies: tuple[CatalogCookie, ...] = ()
    as_controller: ControllerPart | None = None
    # Software on the shop's own server (WooCommerce): it receives nothing
    # itself, so it never becomes a row; its notes point at the shop's host.
    self_hosted: bool = False

    def to_processor(self) -> Processor:
        """A new processor row with this entry's values.

        ``agreement`` stays False: only the user knows whether a processing
        agreement (or, for joint controllers, an art. 26 arrangement) exists.
        The row remembers the entry and its date, so a newer catalog can say
        what changed; the notes say where the facts come from.
        """
        if self.self_hosted:
            raise ValueError(f"{self.name} draait op de eigen server en is geen ontvanger")
        return Processor(
            name=self.name,
            service=self.service,
            purpose=self.purpose,
            data=list(self.data),
            country=self.country,
            transfer_safeguard=self.transfer_safeguard,
            agreement=False,
            relationship=self.relationship,
            privacy_url=self.privacy_url,
            notes=self.provenance_note(),
            catalog=self.name,
            catalog_as_of=self.as_of,
        )

    def controller_row(self) -> Processor | None:
        """The second row for what the party does on its own account, if it does."""
        if self.as_controller is None:
            return None
        row = self.to_processor()
        row.relationship = Relationship.CONTROLLER
        row.purpose = self.as_controller.purpose
        row.data = list(self.as_controller.data)
        return row

    def facts_for(self, relationship: Relationship) -> Processor:
        """The row this entry gives for a row in that role (the controller part
        for a review platform's controller row, the entry itself otherwise)."""
        if relationship is Relationship.CONTROLLER and self.as_controller is not None:
            row = self.controller_row()
            assert row is not None
            return row
        return self.to_processor()

    def to_cookies(self) -> list[Cookie]:
        """The entry's usual cookies as rows of the cookie table, provider filled in."""
        return [cookie.to_cookie(self.name) for cookie in self.cookies]

    def provenance_note(self) -> str:
        note = (
            f"Uit de catalogus van {long_date(self.as_of)}: controleer bij de partij. "
            f"Bron: {self.source}."
        )
        return f"{note} {self.notes}" if self.notes else note


@dataclass(frozen=True)
class Catalog:
    """The shipped catalog: its date (of the newest release) and its entries."""

    as_of: dt.date
    entries: tuple[CatalogEntry, ...]
