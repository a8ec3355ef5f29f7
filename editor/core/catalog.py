"""The processor catalog: services Dutch webshops often use, with sensible defaults.

The entries live in ``resources/catalog.toml`` (data a reviewer can correct
without reading Python); ``catalog_parse`` reads and checks that file, and
``catalog_entry`` turns an entry into a processor row and cookie rows. Nothing
here can confirm an entry against the real world: the program is offline.
That is why a row taken from the catalog starts with ``agreement = False``, a
note naming the entry's date and sources, and the window says "catalogus van
<datum>: controleer bij de partij".
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

from editor.core.catalog_entry import Catalog, CatalogCookie, CatalogEntry, long_date
from editor.core.catalog_parse import CATALOG_FILE, CatalogError, parse_catalog
from editor.core.labels import SERVICE_LABELS
from editor.core.resources import read_text, resource_path

__all__ = [
    "CATALOG_FILE",
    "Catalog",
    "CatalogCookie",
    "CatalogEntry",
    "CatalogError",
    "catalog_date",
    "find_entry",
    "load_catalog",
    "long_date",
    "parse_catalog",
    "search_catalog",
    "shipped_catalog",
]


@functools.cache
def shipped_catalog() -> Catalog:
    """The catalog that ships with the program (read once per run)."""
    return parse_catalog(read_text(resource_path(CATALOG_FILE)), CATALOG_FILE)


def load_catalog() -> tuple[CatalogEntry, ...]:
    """Every entry of the shipped catalog, in file order."""
    return shipped_catalog().entries


def catalog_date() -> dt.date:
    """The date of the shipped catalog as a whole (its newest entry's date or later)."""
    return shipped_catalog().as_of


def find_entry(name: str, entries: Iterable[CatalogEntry] | None = None) -> CatalogEntry | None:
    """The entry called ``name`` or known by it as an alias; case does not matter."""
    wanted = name.strip().casefold()
    if not wanted:
        return None
    for entry in load_catalog() if entries is None else entries:
        if wanted == entry.name.casefold() or wanted in (a.casefold() for a in entry.aliases):
            return entry
    return None


def search_catalog(entries: Iterable[CatalogEntry], text: str) -> list[CatalogEntry]:
    """Entries whose name, an alias or the Dutch service label contains ``text``,
    or whose kind (``payment``) or country code equals it; case does not matter.
    Empty text gives them all.

    The country and kind must match whole: a one-letter search like "e" would
    otherwise match DE, IE and SE and hide what the user typed it for.
    """
    needle = text.strip().casefold()
    if not needle:
        return list(entries)
    return [
        entry
        for entry in entries
        if needle in entry.name.casefold()
        or any(needle in alias.casefold() for alias in entry.aliases)
        or needle in SERVICE_LABELS[entry.service].casefold()
        or needle == entry.service.value
        or needle == entry.country.casefold()
    ]
