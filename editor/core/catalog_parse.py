"""Reading ``resources/catalog.toml`` into catalog entries, refusing a malformed one.

Every error names the entry (its number and name) and the key, in one Dutch
line, so whoever edits the file finds the mistake without reading Python.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, TypeVar

from editor.core.catalog_entry import Catalog, CatalogCookie, CatalogEntry, ControllerPart
from editor.core.display import shown
from editor.core.model import CookieKind, Relationship, ServiceKind, TransferSafeguard

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
    "sets_cookies",
    "source",
    "as_of",
)
_OPTIONAL_KEYS = ("notes", "aliases", "cookies", "as_controller")
# Software that runs on the shop's own server receives nothing itself: its entry
# only says so and points at the shop's host, so it has no recipient facts.
_RECIPIENT_KEYS = ("relationship", "country", "transfer_safeguard", "purpose", "data")
_SELF_HOSTED_REQUIRED = (
    *(key for key in _REQUIRED_KEYS if key not in _RECIPIENT_KEYS),
    "self_hosted",
    "notes",
)
_COOKIE_KEYS = ("name", "kind", "retention", "description")
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")

_E = TypeVar("_E", bound=StrEnum)


class CatalogError(Exception):
    """The catalog file is malformed. ``str()`` is one Dutch line naming the entry."""


def parse_catalog(text: str, source: str = CATALOG_FILE) -> Catalog:
    """Parse catalog TOML; raise :class:`CatalogError` on the first bad entry."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CatalogError(f"De catalogus ({source}) is geen geldige TOML: {error}") from error
    as_of = document.get("as_of")
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        raise CatalogError(
            f"De catalogus ({source}) mist de datum van de hele catalogus (as_of = 2026-12-01)."
        )
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list):
        raise CatalogError(f"De catalogus ({source}) heeft geen lijst [[entries]].")
    entries: list[CatalogEntry] = []
    seen: set[str] = set()
    for number, raw in enumerate(raw_entries, start=1):
        entry = _parse_entry(raw, _Where(source, number))
        for name in (entry.name, *entry.aliases):
            if name.casefold() in seen:
                where = _Where(source, number, entry.name)
                raise CatalogError(where.say(f"de naam “{shown(name)}” staat dubbel in de lijst"))
            seen.add(name.casefold())
        if entry.as_of > as_of:
            raise CatalogError(
                _Where(source, number, entry.name).say("“as_of” ligt na de datum van de catalogus")
            )
        entries.append(entry)
    return Catalog(as_of=as_of, entries=tuple(entries))


def _is_date(value: object) -> bool:
    # A TOML date-time is a datetime, which is also a date: only a bare date is meant.
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


class _Where:
    """Where in the file an error is, for messages that name the entry."""

    def __init__(self, source: str, number: int, name: str = "") -> None:
        self.source, self.number, self.name = source, number, name

    def say(self, problem: str) -> str:
        who = f"item {self.number}" + (f" ({self.name})" if self.name else "")
        return f"Fout in de catalogus ({self.source}), {who}: {problem}."


def _parse_entry(raw: object, where: _Where) -> CatalogEntry:
    if not isinstance(raw, Mapping):
        raise CatalogError(where.say("is geen tabel"))
    name = raw.get("name")
    if isinstance(name, str) and name.strip():
        where = _Where(where.source, where.number, name)
    self_hosted = raw.get("self_hosted", False)
    if not isinstance(self_hosted, bool):
        raise CatalogError(where.say("“self_hosted” moet true of false zijn"))
    required = _SELF_HOSTED_REQUIRED if self_hosted else _REQUIRED_KEYS
    allowed = {*required, *_OPTIONAL_KEYS, "self_hosted"} - (
        {*_RECIPIENT_KEYS, "as_controller"} if self_hosted else set()
    )
    missing = [key for key in required if key not in raw]
    if missing:
        raise CatalogError(where.say(f"ontbrekend veld {', '.join(missing)}"))
    unknown = sorted(set(raw) - allowed)
    if unknown:
        raise CatalogError(where.say(f"onbekend veld {', '.join(unknown)}"))

    privacy_url = _text(raw, "privacy_url", where)
    if not privacy_url.startswith("https://"):
        raise CatalogError(where.say("“privacy_url” moet met https:// beginnen"))
    if not _is_date(raw["as_of"]):
        raise CatalogError(where.say("“as_of” moet een datum zijn, zoals 2026-11-22"))
    notes = raw.get("notes", "")
    if not isinstance(notes, str) or (self_hosted and not notes.strip()):
        raise CatalogError(where.say("“notes” moet tekst zijn"))
    sets_cookies = raw["sets_cookies"]
    if not isinstance(sets_cookies, bool):
        raise CatalogError(where.say("“sets_cookies” moet true of false zijn"))
    aliases = _text_list(raw, "aliases", where) if "aliases" in raw else ()
    cookies = _cookies(raw.get("cookies", []), where)
    if cookies and not sets_cookies:
        raise CatalogError(where.say("heeft cookies maar “sets_cookies” is false"))
    common = {
        "name": _text(raw, "name", where),
        "service": _choice(raw, "service", ServiceKind, where),
        "privacy_url": privacy_url,
        "sets_cookies": sets_cookies,
        "source": _text(raw, "source", where),
        "as_of": raw["as_of"],
        "notes": notes.strip(),
        "aliases": aliases,
        "cookies": cookies,
    }
    if self_hosted:
        return CatalogEntry(
            relationship=Relationship.PROCESSOR,
            country="",
            transfer_safeguard=TransferSafeguard.NONE,
            purpose="",
            data=(),
            self_hosted=True,
            **common,
        )

    country = _text(raw, "country", where)
    if not _COUNTRY_CODE.fullmatch(country):
        raise CatalogError(
            where.say(f"“country” moet twee hoofdletters zijn, niet “{shown(country)}”")
        )
    relationship = _choice(raw, "relationship", Relationship, where)
    return CatalogEntry(
        relationship=relationship,
        country=country,
        transfer_safeguard=_choice(raw, "transfer_safeguard", TransferSafeguard, where),
        purpose=_text(raw, "purpose", where),
        data=_text_list(raw, "data", where),
        as_controller=_as_controller(raw.get("as_controller"), relationship, where),
        **common,
    )


def _as_controller(raw: object, relationship: Relationship, where: _Where) -> ControllerPart | None:
    """The part a processor does on its own account (published reviews, buyer protection)."""
    if raw is None:
        return None
    if relationship is not Relationship.PROCESSOR:
        raise CatalogError(where.say("“as_controller” past alleen bij een verwerker"))
    if not isinstance(raw, Mapping) or set(raw) != {"purpose", "data"}:
        raise CatalogError(where.say("“as_controller” moet precies purpose en data hebben"))
    return ControllerPart(purpose=_text(raw, "purpose", where), data=_text_list(raw, "data", where))


def _cookies(raw: object, where: _Where) -> tuple[CatalogCookie, ...]:
    if not isinstance(raw, list):
        raise CatalogError(where.say("“cookies” moet een lijst van tabellen zijn"))
    cookies: list[CatalogCookie] = []
    for number, item in enumerate(raw, start=1):
        if not isinstance(item, Mapping) or set(item) != set(_COOKIE_KEYS):
            keys = ", ".join(_COOKIE_KEYS)
            raise CatalogError(where.say(f"cookie {number} moet precies {keys} hebben"))
        cookies.append(
            CatalogCookie(
                name=_text(item, "name", where),
                kind=_choice(item, "kind", CookieKind, where),
                retention=_text(item, "retention", where),
                description=_text(item, "description", where),
            )
        )
    return tuple(cookies)


def _text(raw: Mapping[str, Any], key: str, where: _Where) -> str:
    value = raw[key]
    if not isinstance(value, str) or not value.strip():
        raise CatalogError(where.say(f"“{key}” moet een niet-lege tekst zijn"))
    return value.strip()


def _text_list(raw: Mapping[str, Any], key: str, where: _Where) -> tuple[str, ...]:
    value = raw[key]
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(item, str) and item.strip() for item in value)
    ):
        raise CatalogError(where.say(f"“{key}” moet een niet-lege lijst met teksten zijn"))
    return tuple(item.strip() for item in value)


def _choice(raw: Mapping[str, Any], key: str, kind: type[_E], where: _Where) -> _E:
    value = raw[key]
    try:
        return kind(value)
    except ValueError:
        allowed = " | ".join(f"“{member.value}”" for member in kind)
        raise CatalogError(where.say(f"“{key}” is “{shown(value)}”; kies uit {allowed}")) from None
