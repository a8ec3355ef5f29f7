"""Cookies a statement lists by name: in a table, or as list items under a cookie heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.importing.blocks import Block, Kind, OldText
from editor.core.importing.found import Found, Section
from editor.core.model import CookieKind

_NAME_COLUMN = re.compile(r"^(?:naam|cookie|name|cookienaam)", re.I)
_PROVIDER_COLUMN = re.compile(
    r"aanbieder|partij|provider|leverancier|geplaatst door|van wie|bron", re.I
)
_RETENTION_COLUMN = re.compile(
    r"looptijd|bewaar|verloop|expir|duur|geldig|retention|duration", re.I
)
_PURPOSE_COLUMN = re.compile(
    r"doel|functie|omschrijving|beschrijving|purpose|description|waarvoor", re.I
)
_KIND_COLUMN = re.compile(r"soort|type|categorie|category|kind", re.I)
_COOKIE_ID = re.compile(
    r"^(?P<name>_{1,2}[\w.-]+|[A-Za-z][\w-]*_[\w.-]*|[A-Z][A-Z0-9]{1,}(?:SESSID|_[A-Z0-9]+)?)"
    r"\s*(?::|\(|–|—|-\s)\s*(?P<rest>.*)$"
)
_RETENTION = re.compile(
    r"\b\d+\s+(?:minuten|minuut|uur|uren|dag|dagen|week|weken|maand|maanden|jaar|jaren|minutes?|"
    r"hours?|days?|weeks?|months?|years?)\b|\b(?:einde van de |na de )?sessie\b|\bsession\b",
    re.I,
)
_ANALYTICS = re.compile(r"analyti|statisti|analyse|meten|meet|bezoekersaantallen", re.I)
_MARKETING = re.compile(r"marketing|advert|tracking|retargeting|remarketing|pixel|profiel", re.I)


@dataclass
class FoundCookie:
    name: Found[str]
    provider: Found[str] | None = None
    retention: Found[str] | None = None
    description: Found[str] | None = None
    kind: CookieKind | None = None


def kind_of(text: str) -> CookieKind | None:
    if _MARKETING.search(text):
        return CookieKind.MARKETING
    if _ANALYTICS.search(text):
        return CookieKind.ANALYTICS
    if re.search(r"functione|noodzakelijk|essential|necessary|strictly", text, re.I):
        return CookieKind.FUNCTIONAL
    return None


def find_cookies(old: OldText, secs: list[Section]) -> list[FoundCookie]:
    return _from_tables(old) + _from_items(secs)


def _cell(row: Block, index: int | None) -> Found[str] | None:
    if index is None or index >= len(row.cells) or not row.cells[index].strip():
        return None
    text = row.cells[index]
    return Found(text, row.cell_start(index), row.cell_start(index) + len(text))


def _from_tables(old: OldText) -> list[FoundCookie]:
    tables: dict[int, list[Block]] = {}
    for block in old.blocks:
        if block.kind is Kind.ROW:
            tables.setdefault(block.table, []).append(block)
    found: list[FoundCookie] = []
    for rows in tables.values():
        header = [cell.strip() for cell in rows[0].cells]
        retention_column = _first(header, _RETENTION_COLUMN)
        name_column = _first(header, _NAME_COLUMN)
        if name_column is None or not is_cookie_table(rows):
            continue
        provider_column = _first(header, _PROVIDER_COLUMN)
        purpose_column = _first(header, _PURPOSE_COLUMN)
        kind_column = _first(header, _KIND_COLUMN)
        for row in rows[1:]:
            name = _cell(row, name_column)
            if name is None:
                continue
            description = _cell(row, purpose_column)
            kind_text = " ".join(c.value for c in (_cell(row, kind_column), description) if c)
            found.append(
                FoundCookie(
                    name,
                    _cell(row, provider_column),
                    _cell(row, retention_column),
                    description,
                    kind_of(kind_text) if kind_text else None,
                )
            )
    return found


def is_cookie_table(rows: list[Block]) -> bool:
    """A table of cookies: its header says so, or it has names and lifetimes like cookies."""
    header = [cell.strip() for cell in rows[0].cells]
    if any(re.search(r"cookie", cell, re.I) for cell in header):
        return True
    name_column = _first(header, _NAME_COLUMN)
    if name_column is None or _first(header, _RETENTION_COLUMN) is None:
        return False
    names = [row.cells[name_column] for row in rows[1:] if name_column < len(row.cells)]
    return any(_COOKIE_ID.match(name + ":") for name in names)


def _first(header: list[str], pattern: re.Pattern[str]) -> int | None:
    return next((index for index, cell in enumerate(header) if pattern.search(cell)), None)


def _from_items(secs: list[Section]) -> list[FoundCookie]:
    found: list[FoundCookie] = []
    for section in secs:
        if not re.search(r"cookie", section.title, re.I):
            continue
        for block in section.blocks:
            if block.kind is not Kind.ITEM:
                continue
            match = _COOKIE_ID.match(block.text)
            if match is None:
                continue
            name = match.group("name")
            cookie = FoundCookie(Found(name, block.start, block.start + len(name)))
            rest = match.group("rest")
            rest_start = block.start + match.start("rest")
            retention = _RETENTION.search(rest)
            if retention is not None:
                cookie.retention = Found(
                    retention.group(), rest_start + retention.start(), rest_start + retention.end()
                )
            cookie.kind = kind_of(rest + " " + section.title)
            found.append(cookie)
    return found


# A cookie placed by the shop itself, in the words statements use for that.
_FIRST_PARTY = re.compile(
    r"^(?:wij|we|ons|onze|eigen|zelf|first|eerste|webshop|webwinkel|website|"
    r"deze (?:website|site|webshop))\b",
    re.IGNORECASE,
)


def cookie_providers(old: OldText) -> list[Found[str]]:
    """The providers a cookie table names, other than the shop itself: each receives
    what its cookie records. (The shop by name is dropped later, once it is known.)"""
    tables: dict[int, list[Block]] = {}
    for block in old.blocks:
        if block.kind is Kind.ROW:
            tables.setdefault(block.table, []).append(block)
    found: list[Found[str]] = []
    for rows in tables.values():
        header = [cell.strip() for cell in rows[0].cells]
        column = _first(header, _PROVIDER_COLUMN)
        if column is None or not is_cookie_table(rows):
            continue
        for row in rows[1:]:
            cell = _cell(row, column)
            if cell is not None and not _FIRST_PARTY.match(cell.value.strip()):
                found.append(cell)
    return found
