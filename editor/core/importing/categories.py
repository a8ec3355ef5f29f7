"""The kinds of personal data: items, purposes, legal basis and retention, where stated.

Statements list their data in a few shapes: a table with a row per kind of
data; a part per kind with labels ("Doel:", "Grondslag:", "Bewaartermijn:");
a bullet per kind that starts with a short title; or one list of items and
one list of purposes for all data together (the shapes in prose are in
data_prose.py, and data_kinds.py puts them together). A basis and a period
are read by bases_and_periods.py. A legal basis is taken only when
the text names it as the basis; a retention only from a sentence about
keeping or deleting data that gives a period or an end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.core.importing.bases_and_periods import basis_in, retention_in
from editor.core.importing.blocks import Block, Kind, OldText
from editor.core.importing.found import Found, Section
from editor.core.model import LegalBasis

_DATA_INTRO = re.compile(
    r"(?:persoons)?gegevens|personal data|information we collect",
    re.IGNORECASE,
)
_DATA_VERB = re.compile(
    r"verwerk|verzamel|vragen|ontvang|bewaren|volgende|overzicht|hieronder|onder andere|"
    r"collect|process|the following",
    re.IGNORECASE,
)
_PURPOSE_INTRO = re.compile(r"\bdoel|waarvoor|purposes?\b|\bom\b.*\bte\b:", re.IGNORECASE)
_DATA_WORD = re.compile(r"gegevens|\bdata\b|informatie|adres|nummer", re.IGNORECASE)
_SPECIAL = re.compile(r"bijzondere|gevoelige|special categor", re.IGNORECASE)
_LABELS = {
    "items": re.compile(
        r"^(?:welke\s+|soort(?:en)?\s+|type\s+|categorie(?:ën)?\s+)?(?:persoons)?gegevens"
        r"|^data\b|^categorie|^kind of data|^personal data",
        re.I,
    ),
    "purposes": re.compile(r"^(?:het\s+)?doel(?:en|einden)?|^waarvoor|^purpose", re.I),
    "legal_basis": re.compile(
        r"^(?:wettelijke\s+)?grondslag|^rechtsgrond|^(?:legal\s+)?basis", re.I
    ),
    "retention": re.compile(r"^bewaar(?:termijn|tijd)?|^hoe\s+lang|^retention|^opslagduur", re.I),
}
_LABEL_LINE = re.compile(r"^(?P<label>[A-Za-z][\w\s-]{1,30}?)\s*:\s*(?P<value>.+)$")
_ITEMS_IN_PROSE = re.compile(
    r"(?:verzamelen|verwerken|bewaren|gebruiken|vragen|registreren|slaan)\s+(?:wij|we)\s+"
    r"(?:(?:de\s+volgende\s+gegevens|onder\s+andere|bijvoorbeeld|ook)\s*:?\s*)?"
    r"(?:(?:je|jouw|uw|de)\s+)?(?P<list>[^.:;]*,[^.:;]*\ben\b[^.;:]*)",
    re.IGNORECASE,
)


@dataclass
class FoundCategory:
    name: Found[str]
    items: list[Found[str]] = field(default_factory=list)
    purposes: list[Found[str]] = field(default_factory=list)
    legal_basis: Found[LegalBasis] | None = None
    retention: Found[str] | None = None


def split_list(text: str, start: int) -> list[Found[str]]:
    """ "naam, adres en e-mailadres" -> three items, each with its place.

    Commas inside brackets do not split: "(bezorg- en woonadres)" stays one item.
    A leading "je", "jouw", "uw" or article is left off ("je naam" -> "Naam").
    """
    items: list[Found[str]] = []
    for piece_start, piece in _top_level_parts(text):
        # "of" before an article goes on with the same item: "van de computer of het
        # mobiele toestel waarmee je ons bezoekt" is one kind of data, not two.
        for part in re.split(r"\s+(?:en|and|of(?!\s+(?:het|de|een)\s)|or)\s+(?![^()]*\))", piece):
            where = start + piece_start + piece.find(part)
            item = part.strip(" .:;")
            where += part.find(item) if item else 0
            pattern = (
                r"^(?:.*\s)?(?:je|jouw|uw|your)\s+"
                if not items
                else r"^(?:je|jouw|uw|your|de|het|een|the)\s+"
            )
            lead = re.match(pattern, item)
            if lead is not None and len(item.split()) - len(lead.group().split()) >= 1:
                where += lead.end()
                item = item[lead.end() :]
            if not item or len(item) > 80:
                continue
            items.append(Found(item[0].upper() + item[1:], where, where + len(item)))
    return items


def _top_level_parts(text: str) -> list[tuple[int, str]]:
    parts: list[tuple[int, str]] = []
    depth = 0
    begin = 0
    for index, char in enumerate(text):
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif char in ",;" and depth == 0:
            parts.append((begin, text[begin:index]))
            begin = index + 1
    parts.append((begin, text[begin:]))
    return [(offset, part) for offset, part in parts if part.strip()]


def from_tables(old: OldText) -> list[FoundCategory]:
    tables: dict[int, list[Block]] = {}
    for block in old.blocks:
        if block.kind is Kind.ROW:
            tables.setdefault(block.table, []).append(block)
    found: list[FoundCategory] = []
    for rows in tables.values():
        header = [cell.strip() for cell in rows[0].cells]
        if any(re.search(r"cookie", cell, re.I) for cell in header):
            continue
        columns: dict[str, int] = {}
        for index, cell in enumerate(header):
            for key, pattern in _LABELS.items():
                if key not in columns and pattern.search(cell):
                    columns[key] = index
                    break
        if "items" not in columns or len(columns) < 2:
            continue
        name_column = (
            0 if columns["items"] != 0 and not any(v == 0 for v in columns.values()) else None
        )
        for row in rows[1:]:
            category = _row_category(row, columns, name_column)
            if category is not None:
                found.append(category)
    return found


def _row_category(
    row: Block, columns: dict[str, int], name_column: int | None
) -> FoundCategory | None:
    def cell(key: str | int) -> Found[str] | None:
        index = columns.get(key) if isinstance(key, str) else key
        if index is None or index >= len(row.cells) or not row.cells[index].strip():
            return None
        text = row.cells[index]
        return Found(text, row.cell_start(index), row.cell_start(index) + len(text))

    items = cell("items")
    name = cell(name_column) if name_column is not None else None
    name = name or items
    if name is None:
        return None
    category = FoundCategory(name)
    if items is not None:
        category.items = split_list(items.value, items.start)
    purposes = cell("purposes")
    if purposes is not None:
        category.purposes = [purposes]
    basis = cell("legal_basis")
    if basis is not None:
        category.legal_basis = basis_in(basis.value, basis.start, cue_needed=False)
    category.retention = cell("retention")
    return category


def from_labels(section: Section) -> FoundCategory | None:
    """A part with "Gegevens: ...", "Doel: ...", "Grondslag: ...", "Bewaartermijn: ..."."""
    if section.heading is None:
        return None
    values: dict[str, Found[str]] = {}
    for block in section.blocks:
        for start, piece in _label_pieces(block):
            match = _LABEL_LINE.match(piece)
            if match is None:
                continue
            for key, pattern in _LABELS.items():
                if key not in values and pattern.search(match.group("label").strip()):
                    value = match.group("value").strip()
                    where = start + match.start("value")
                    values[key] = Found(value, where, where + len(value))
                    break
    if len(values) < 2 or not ({"items", "purposes"} & set(values)):
        return None
    heading = section.heading
    category = FoundCategory(Found(heading.text.strip(" :?"), heading.start, heading.end))
    if "items" in values:
        category.items = split_list(values["items"].value, values["items"].start)
    if "purposes" in values:
        category.purposes = [values["purposes"]]
    if "legal_basis" in values:
        basis = values["legal_basis"]
        category.legal_basis = basis_in(basis.value, basis.start, cue_needed=False)
    category.retention = values.get("retention")
    return category


def _label_pieces(block: Block) -> list[tuple[int, str]]:
    """A block, or its parts when several labels share one line ("Doel: x. Grondslag: y.")."""
    pieces: list[tuple[int, str]] = []
    starts = [0] + [
        m.start() + 1 for m in re.finditer(r"[.;]\s+(?=[A-Z][\w\s-]{1,30}:)", block.text)
    ]
    for index, begin in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(block.text)
        piece = block.text[begin:end].strip()
        pieces.append((block.start + block.text.find(piece, begin), piece.rstrip(".;")))
    return pieces


def from_titled_items(section: Section) -> list[FoundCategory]:
    """Bullets such as "Gegevens voor je bestelling. Als je ..." under a heading about data."""
    if not _DATA_INTRO.search(section.title):
        return []
    found: list[FoundCategory] = []
    for block in section.blocks:
        if block.kind is not Kind.ITEM:
            continue
        title = re.match(r"^(?P<title>[^.:!?]{3,70})[.:]\s+(?P<rest>\S.{40,})$", block.text)
        if title is None or len(title.group("title").split()) > 9:
            continue
        name = title.group("title").strip()
        category = FoundCategory(Found(name, block.start, block.start + len(name)))
        rest_start = block.start + title.start("rest")
        items = _ITEMS_IN_PROSE.search(title.group("rest"))
        if items is not None:
            category.items = split_list(items.group("list"), rest_start + items.start("list"))
        category.legal_basis = basis_in(title.group("rest"), rest_start)
        category.retention = retention_in([block])
        bare = not (category.items or category.legal_basis or category.retention)
        if bare and not _DATA_WORD.search(name):
            # A bullet such as "Social media. Als je ... deelt, krijgen wij geen toegang"
            # names neither data nor a basis or period: no evidence of a kind of data.
            continue
        found.append(category)
    return found if len(found) >= 2 else []


def from_lists(secs: list[Section]) -> list[FoundCategory]:
    """One list of data items (and one of purposes) for all data together."""
    items: list[Found[str]] = []
    purposes: list[Found[str]] = []
    name: Found[str] | None = None
    retention: Found[str] | None = None
    for section in secs:
        if _SPECIAL.search(section.title):
            continue
        if (
            re.search(r"bewa+r|retention|how long|opslag", section.title, re.I)
            and retention is None
        ):
            retention = retention_in(list(section.blocks))
        intro = section.title
        run: list[Block] = []
        for block in [*section.blocks, None]:
            if block is not None and block.kind is Kind.ITEM:
                run.append(block)
                continue
            if run:
                kind = _list_kind(intro, run)
                if kind == "items" and not items:
                    items = [_item(b) for b in run]
                    if section.heading is not None:
                        heading = section.heading
                        name = Found(heading.text.strip(" :?"), heading.start, heading.end)
                elif kind == "purposes" and not purposes:
                    purposes = [_item(b) for b in run]
                run = []
            if block is not None:
                intro = block.text if block.kind is not Kind.HEADING else intro
    if not items:
        return []
    category = FoundCategory(name or Found("Persoonsgegevens", items[0].start, items[0].end))
    category.items = items
    category.purposes = purposes
    category.retention = retention
    return [category]


def _item(block: Block) -> Found[str]:
    """A list item as a value: "je naam;" -> "Naam" (the form of address is the statement's)."""
    text = block.text.rstrip(";.,")
    lead = re.match(r"(?:je|jouw|uw|your)\s+(?=\S)", text, re.IGNORECASE)
    skip = lead.end() if lead else 0
    text = text[skip:]
    return Found(text[0].upper() + text[1:], block.start + skip, block.start + skip + len(text))


def _list_kind(intro: str, run: list[Block]) -> str:
    average = sum(len(block.text.split()) for block in run) / len(run)
    if _PURPOSE_INTRO.search(intro[-160:]):
        return "purposes"
    if _DATA_INTRO.search(intro[-200:]) and _DATA_VERB.search(intro[-200:]) and average <= 12:
        return "items"
    return ""
