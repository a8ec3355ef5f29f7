"""The processor catalog: services Dutch webshops often use, with sensible defaults.

The entries live in ``resources/catalog.toml`` (data a reviewer can correct
without reading Python); this module reads and checks that file and turns an
entry into a new :class:`Processor` row. Nothing here can confirm an entry
against the real world: the program is offline. That is why a row taken from
the catalog starts with ``agreement = False`` and a note saying where it came
from and how old the information is, so the user checks it against the
shop's own contract.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar

from babel.dates import format_date

from editor.core.labels import SERVICE_LABELS
from editor.core.model import Processor, Relationship, ServiceKind, TransferSafeguard
from editor.core.resources import read_text, resource_path

CATALOG_FILE = "catalog.toml"

_REQUIRED_KEYS = (
    "name",
    "service",
    "relationship",
    "country",
    "transfer_safeguard",
    "privacy_url",
    "purpose",
    "data",
    "as_of",
)
_OPTIONAL_KEYS = ("notes",)
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")

_E = TypeVar("_E", bound=StrEnum)


class CatalogError(Exception):
    """The catalog file is malformed. ``str()`` is one Dutch line naming the entry."""


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
    as_of: dt.date  # when the entry was written or last checked
    notes: str = ""

    def to_processor(self) -> Processor:
        """A new processor row with this entry's values.

        ``agreement`` stays False: only the user knows whether a processing
        agreement is signed. The notes say the values came from the catalog
        and how old they are, followed by the entry's own remark.
        """
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
        )

    def provenance_note(self) -> str:
        when = format_date(self.as_of, format="long", locale="nl")
        note = f"Uit de catalogus (stand van {when})."
        return f"{note} {self.notes}" if self.notes else note


@functools.cache
def load_catalog() -> tuple[CatalogEntry, ...]:
    """Every entry of the shipped catalog, in file order (read once per run)."""
    return parse_catalog(read_text(resource_path(CATALOG_FILE)), CATALOG_FILE)


def parse_catalog(text: str, source: str = CATALOG_FILE) -> tuple[CatalogEntry, ...]:
    """Parse catalog TOML; raise :class:`CatalogError` on the first bad entry."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"De catalogus ({source}) is geen geldige TOML: {error}") from error
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list):
        raise CatalogError(f"De catalogus ({source}) heeft geen lijst [[entries]].")
    entries: list[CatalogEntry] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_entries, start=1):
        entry = _parse_entry(raw, _Where(source, number))
        if entry.name.casefold() in seen:
            raise CatalogError(_Where(source, number, entry.name).say("staat dubbel in de lijst"))
        seen.add(entry.name.casefold())
        entries.append(entry)
    return tuple(entries)


def search_catalog(entries: Iterable[CatalogEntry], text: str) -> list[CatalogEntry]:
    """Entries whose name or Dutch service label contains ``text``, or whose
    country code equals it; case does not matter. Empty text gives them all.

    The country must match whole: a one-letter search like "e" would
    otherwise match DE, IE and SE and hide what the user typed it for.
    """
    needle = text.strip().casefold()
    if not needle:
        return list(entries)
    return [
        entry
        for entry in entries
        if needle in entry.name.casefold()
        or needle in SERVICE_LABELS[entry.service].casefold()
        or needle == entry.country.casefold()
    ]


@dataclass(frozen=True)
class _Where:
    """Where in the file an error is, for messages that name the entry."""

    source: str
    number: int
    name: str = ""

    def say(self, problem: str) -> str:
        who = f"item {self.number}" + (f" ({self.name})" if self.name else "")
        return f"Fout in de catalogus ({self.source}), {who}: {problem}."


def _parse_entry(raw: object, where: _Where) -> CatalogEntry:
    if not isinstance(raw, Mapping):
        raise CatalogError(where.say("is geen tabel"))
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        where = _Where(where.source, where.number, name)
    missing = [key for key in _REQUIRED_KEYS if key not in raw]
    if missing:
        raise CatalogError(where.say(f"ontbrekend veld {', '.join(missing)}"))
    unknown = sorted(set(raw) - set(_REQUIRED_KEYS) - set(_OPTIONAL_KEYS))
    if unknown:
        raise CatalogError(where.say(f"onbekend veld {', '.join(unknown)}"))

    country = _text(raw, "country", where)
    if not _COUNTRY_CODE.fullmatch(country):
        raise CatalogError(where.say(f"'country' moet twee hoofdletters zijn, niet {country!r}"))
    privacy_url = _text(raw, "privacy_url", where)
    if not privacy_url.startswith("https://"):
        raise CatalogError(where.say("'privacy_url' moet met https:// beginnen"))
    as_of = raw["as_of"]
    # A TOML date-time is a datetime, which is also a date: only a bare date is meant.
    if isinstance(as_of, dt.datetime) or not isinstance(as_of, dt.date):
        raise CatalogError(where.say("'as_of' moet een datum zijn, zoals 2026-11-22"))
    notes = raw.get("notes", "")
    if not isinstance(notes, str):
        raise CatalogError(where.say("'notes' moet tekst zijn"))

    return CatalogEntry(
        name=_text(raw, "name", where),
        service=_choice(raw, "service", ServiceKind, where),
        relationship=_choice(raw, "relationship", Relationship, where),
        country=country,
        transfer_safeguard=_choice(raw, "transfer_safeguard", TransferSafeguard, where),
        privacy_url=privacy_url,
        purpose=_text(raw, "purpose", where),
        data=_text_list(raw, "data", where),
        as_of=as_of,
        notes=notes.strip(),
    )


def _text(raw: Mapping[str, Any], key: str, where: _Where) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(where.say(f"'{key}' moet een niet-lege tekst zijn"))
    return value.strip()


def _text_list(raw: Mapping[str, Any], key: str, where: _Where) -> tuple[str, ...]:
    value = raw[key]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise CatalogError(where.say(f"'{key}' moet een niet-lege lijst met teksten zijn"))
    return tuple(item.strip() for item in value)


def _choice(raw: Mapping[str, Any], key: str, kind: type[_E], where: _Where) -> _E:
    value = raw[key]
    try:
        return kind(value)
    except ValueError:
        allowed = " | ".join(repr(member.value) for member in kind)
        raise CatalogError(where.say(f"'{key}' is {value!r}; kies uit {allowed}")) from None
