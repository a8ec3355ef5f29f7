"""Kinds of data named in running text rather than in a list or a table.

Two shapes: a line per purpose ("Voor het afhandelen van je bestelling
gebruiken we: je naam, je adres en je e-mailadres.") and a sentence in which
the shop says what it collects ("Als je bestelt, vragen we je naam, je adres
en je e-mailadres.", "verwerkt de verwerkingsverantwoordelijke uw naam, uw
adres en uw geboortedatum"). A sentence counts only when the list follows the
verb and its subject and starts with "je", "jouw" or "uw": that is how a
statement names the visitor's data, and it keeps "gebruiken we cookies,
pixels en scripts" out. Each such line or sentence is a kind of data with its
own basis and retention where the same passage gives them.
"""

from __future__ import annotations

import re

from editor.core.importing.bases_and_periods import basis_in, retention_in
from editor.core.importing.blocks import Block, Kind
from editor.core.importing.categories import FoundCategory, split_list
from editor.core.importing.found import Found, Section, sentences

_VERB = (
    r"(?:verwerk(?:en|t)|verzamel(?:en|t)|vra(?:gen|agt)|noter(?:en|t)|registre(?:ren|ert)|"
    r"bewar(?:en|t)|gebruik(?:en|t)?|hebben|heb|krijgen|ontvangen|slaan|sla)"
)
_SUBJECT = r"(?:wij|we|ik|zij|de\s+verwerkingsverantwoordelijke)"
# "je" as the owner of what follows ("je naam"), not as the one asked ("vragen wij je om").
_POSSESSIVE = r"(?:je|jouw|uw)\s(?!(?:om|te|dat|of|een|hier\w*|daar\w*|er|af|op|ook|zelf)\b)"
_FILLER = (
    r"(?:(?:ook|daarom|dan|hiervoor|daarvoor|onder\s+andere|bijvoorbeeld|"
    r"de\s+volgende\s+gegevens)\s*:?\s*){0,2}"
)
# The verb and its subject in either order ("Wij verzamelen", "Daarom verzamelen wij"),
# perhaps a clause between commas, then the list.
_PROSE_LIST = re.compile(
    rf"\b(?:{_VERB}\s+{_SUBJECT}|{_SUBJECT}\s+{_VERB})(?:\s*,[^,.;:]{{3,140}},\s*|\s+)"
    rf"{_FILLER}(?P<list>{_POSSESSIVE}[^.;:]*)",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:niet|nooit|geen)\b", re.IGNORECASE)
# Words that lead into an example, and words too general to be a kind of data.
_EXAMPLE_LEAD = re.compile(
    r"^(?:zoals|bijvoorbeeld|waaronder|namelijk|onder\s+andere)\s+(?:(?:je|jouw|uw)\s+)?",
    re.IGNORECASE,
)
_GENERAL = frozenset(["gegevens", "persoonsgegevens", "informatie", "data"])
# Words that make an item a kind of data. In prose a list is taken only when most of its
# items have one: "je bestelling en je betaling zo snel mogelijk" is no list of data.
_DATA_STEM = re.compile(
    r"naam|adres|mail|telefoon|mobiel|nummer|datum|iban|rekening|\bip\b|postcode|woonplaats|"
    r"geslacht|leeftijd|wachtwoord|gegevens|locatie|gedrag|browser|apparaat|toestel|\bbsn\b|"
    r"foto|handtekening|voorkeur|interesse|bericht|geschiedenis|inlog|account|profiel|"
    r"factuur|functie|bedrijf|kvk|btw|maat|lengte|gewicht|allergie",
    re.IGNORECASE,
)
_PURPOSE_LINE = re.compile(
    rf"^(?P<purpose>(?:voor|om)\s+[^:,.;]{{4,90}}?)\s*,?\s+{_VERB}\s+(?:wij|we|ik)"
    rf"(?:\s*:\s*|\s+(?={_POSSESSIVE}))(?P<list>[^.;]+)",
    re.IGNORECASE,
)
# After the list's last "en", the item ends where the sentence goes on: "je voornaam en je
# e-mailadres, alleen met jouw toestemming", "je naam en je adres nodig".
_TAIL = re.compile(
    r",|\s(?:om|zodat|omdat|als|wanneer|indien|nodig|op|met|bij|via|uitsluitend|alleen|"
    r"voor|laatstgenoemde|zolang|totdat)\b",
    re.IGNORECASE,
)
_LAST_AND = re.compile(r"\s(?:en|of(?!\s+(?:het|de|een)\s))\s(?![^()]*\))", re.IGNORECASE)
_NOT_DATA = re.compile(r"cookie|pixel|script", re.IGNORECASE)
_SKIPPED_SECTION = re.compile(r"cookie|bijzondere|gevoelige|bewaar|hoe lang", re.IGNORECASE)


def list_text(raw: str) -> str:
    """The list part of a sentence: up to the end of the item after the last "en"."""
    ands = list(_LAST_AND.finditer(raw))
    if not ands:
        tail = _TAIL.search(raw)
        return raw[: tail.start()] if tail else raw
    last = ands[-1]
    tail = _TAIL.search(raw, last.end())
    return raw[: tail.start()] if tail else raw


def from_purpose_lines(section: Section) -> list[FoundCategory]:
    """ "Voor <doel> gebruiken we: <gegevens>." as a kind of data per purpose."""
    found: list[FoundCategory] = []
    for block in section.blocks:
        if block.kind not in (Kind.ITEM, Kind.PARAGRAPH):
            continue
        match = _PURPOSE_LINE.match(block.text)
        if match is None:
            continue
        items = _items(match.group("list"), block.start + match.start("list"))
        if not any(_DATA_STEM.search(item.value) for item in items):
            continue
        purpose = match.group("purpose").strip()
        if purpose.casefold().startswith("voor "):
            purpose = purpose[5:]
        purpose_start = block.start + match.end("purpose") - len(purpose)
        named = Found(purpose[0].upper() + purpose[1:], purpose_start, purpose_start + len(purpose))
        category = FoundCategory(named, items=items, purposes=[named])
        category.legal_basis = basis_in(block.text, block.start)
        category.retention = retention_in([block])
        found.append(category)
    return found


def from_prose(section: Section, used: set[int]) -> list[FoundCategory]:
    """Sentences that say what the shop collects, outside lists and tables; ``used`` holds
    where the sentences start that a line per purpose has taken already."""
    if _SKIPPED_SECTION.search(section.title):
        return []
    found: list[FoundCategory] = []
    for block in section.blocks:
        if block.kind is not Kind.PARAGRAPH:
            continue
        for start, sentence in sentences(block):
            if start in used:
                continue
            items = _prose_items(sentence, start)
            if not items:
                continue
            category = FoundCategory(Found(_joined(items), items[0].start, items[-1].end))
            category.items = items
            # The sentence's own basis first ("op grond van haar gerechtvaardigd belang"),
            # else the one its paragraph names ("De rechtsgrond ... is de overeenkomst").
            category.legal_basis = basis_in(sentence, start) or basis_in(block.text, block.start)
            category.retention = retention_in([block])
            found.append(category)
    return found


def items_in_prose(block: Block) -> list[Found[str]]:
    """The first list of data a block's sentences give, as ``from_prose`` reads them."""
    for start, sentence in sentences(block):
        items = _prose_items(sentence, start)
        if items:
            return items
    return []


def _prose_items(sentence: str, start: int) -> list[Found[str]]:
    match = _PROSE_LIST.search(sentence)
    if match is None:
        return []
    # "wij vragen je naam en je adres niet", up to just past the list (a "niet"
    # later in the sentence is about something else).
    list_end = match.start("list") + len(list_text(match.group("list")))
    if _NEGATION.search(sentence[match.start() : list_end + 12]):
        return []
    items = _items(match.group("list"), start + match.start("list"))
    if len(items) < 2 or any(len(item.value.split()) > 8 for item in items):
        return []
    if sum(1 for item in items if not _DATA_STEM.search(item.value)) > len(items) // 3:
        return []
    return items


def _items(raw: str, start: int) -> list[Found[str]]:
    text = list_text(raw).rstrip(" ,")
    if not text or _NOT_DATA.search(text):
        return []
    items: list[Found[str]] = []
    for item in split_list(text, start):
        lead = _EXAMPLE_LEAD.match(item.value)
        if lead is not None:
            rest = item.value[lead.end() :]
            if not rest:
                continue
            item = Found(rest[0].upper() + rest[1:], item.start + lead.end(), item.end)
        if item.value.casefold() in ("je", "jouw", "uw", "jij", "u"):
            return []  # "vragen wij je ...": the visitor, not a list of data
        if item.value.casefold() not in _GENERAL:
            items.append(item)
    return items


def _joined(items: list[Found[str]]) -> str:
    """A name for a kind known only by its items: "Naam, adres en e-mailadres"."""
    words = (
        [items[0].value]
        + [
            item.value[0].lower() + item.value[1:]
            if not any(char.isupper() for char in item.value[1:])  # "IP-adres" keeps its case
            else item.value
            for item in items[1:]
        ]
    )
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} en {words[-1]}"
