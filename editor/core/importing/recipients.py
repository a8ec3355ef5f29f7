"""The recipients a statement names: catalog services and other named parties.

A name from the catalog (or one of its aliases) anywhere in the statement is
a recipient, filled in with the catalog's facts, unless the sentence says the
shop does not use it. Other parties count only where the statement presents
them as one: as the heading of a part about a service, in a table of
recipients, or in sentences such as "wij maken gebruik van X", "X verzorgt
onze ..." or "wij delen ... met X". Authorities (the Belastingdienst, the
Autoriteit Persoonsgegevens) and software the site is merely built with are
not recipients.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from editor.core.catalog import CatalogEntry, load_catalog
from editor.core.importing.blocks import Block, Kind, OldText
from editor.core.importing.cookies import cookie_providers, is_cookie_table
from editor.core.importing.found import Found, Section, sentences
from editor.core.importing.patterns import (
    AUTHORITY_NAMES,
    EMAIL,
    NOT_A_NAME,
    domain_of,
    with_legal_dot,
)
from editor.core.model import ServiceKind

_PARTY = (
    r"(?P<name>(?:[A-Z][\w'’&+-]*(?:\.(?:nl|com|eu|be|de|io|org|net))?|[a-z]+[A-Z][\w'’&+-]*"
    r"|[a-z][\w-]*\.(?:nl|com|eu|be|de|io))"
    r"(?:\s+(?:[A-Z0-9][\w'’&+.-]*|&|by|for|van|de)){0,4})"
)
_VERBS_BEFORE = (
    r"(?:maken|maakt|make)\s+(?:wij\s+|we\s+|ook\s+|hierbij\s+|daarbij\s+|daarvoor\s+)*gebruik\s+van"
    r"(?:\s+(?:de\s+)?(?:diensten|dienst|software|het\s+platform|de\s+applicatie|"
    r"services?|platform|systeem|het\s+systeem|webwinkelsoftware|betaaldienst|"
    r"betaalprovider)\s+van)?",
    r"(?:gebruiken|gebruikt)\s+(?:wij|we)\s+(?:ook\s+)?(?:de\s+diensten\s+van\s+)?",
    r"(?:nemen|neemt)\s+[\w\s-]{0,60}?\s+af\s+(?:van|bij)",
    r"(?:gekozen|kiezen|gaan)\s+voor",
    r"(?:delen|deelt|verstrekken|verstrekt|doorgeven|geven)\s+(?:wij|we)?\s*[\w\s,()-]{0,80}?"
    r"\s+(?:met|aan)(?:\s+(?:onze\s+)?(?:partner|verwerker|bezorger|vervoerder))?",
    r"(?:via|door|met|bij)\s+(?:onze\s+)?(?:betaalprovider|betaaldienstverlener|"
    r"partner|verwerker|hostingpartij|hostingprovider|hoster|vervoerder|bezorger|"
    r"pakketdienst|transporteur|boekhouder|accountant|leverancier|mailprovider)",
    r"(?:wordt|worden)\s+(?:\w+\s+){0,3}(?:verzorgd|gehost|afgehandeld|verwerkt|verstuurd|"
    r"verzonden|bezorgd|uitgevoerd|opgeslagen|beheerd|geleverd)\s+(?:door|bij|via)",
    r"(?:samenwerking|samen)\s+met",
    # "Betalingen lopen via X", "Pakketjes gaan met X de deur uit", "die verstuur ik met X".
    r"(?:loopt|lopen|verloopt|verlopen|gaat|gaan)\s+(?:\w+\s+){0,2}?(?:via|met|door)",
    r"(?:verstuur|verstuurt|versturen|verzend|verzendt|verzenden|bezorg|bezorgen|stuur|"
    r"sturen)\s+(?:ik|we|wij)\s+(?:\w+\s+){0,3}?(?:met|via|door)",
    # The same with the subject first: "wij versturen pakketten via X"; and "draait bij X"
    # (at a company; "draait op" names software as often as a host).
    r"(?:[Ii]k|[Ww]e|[Ww]ij)\s+(?:verstuur|verstuurt|versturen|verzend|verzendt|verzenden|bezorg|"
    r"bezorgen|stuur|sturen)\s+(?:\w+\s+){0,3}?(?:met|via|door)",
    r"(?:draait|draaien|staat|staan)\s+bij",
    r"(?:ons|onze|our)\s+(?:boekhoudkantoor|administratiekantoor|accountant|hostingpartij|"
    r"hostingprovider|drukkerij|vervoerder|pakketdienst|verzendpartner|fulfilmentpartner|"
    r"partner|leverancier|webbouwer|webdesigner|ict-partner|it-partner|betaalprovider|"
    r"accounting firm|hosting provider|printer|carrier)",
    r"(?:we|wij)\s+use",
    r"(?:provided|hosted|processed|handled|delivered)\s+by",
    r"(?:platform|diensten|dienst)\s+van",
)
_BEFORE = re.compile(rf"(?:{'|'.join(_VERBS_BEFORE)})\s+{_PARTY}")
_AFTER = re.compile(
    rf"{_PARTY}\s+(?:B\.V\.\s+)?(?:verzorgt|host|verstuurt|bezorgt|levert|verwerkt\s+(?:de\s+)?"
    r"(?:betalingen|bestellingen|gegevens\s+namens|persoonsgegevens\s+namens)|"
    r"handelt\s+\w+\s+af|is\s+onze\s+(?:verwerker|partner|hostingpartij|betaalprovider|"
    r"vervoerder)|treedt\s+op\s+als|fungeert\s+als)"
)
_TOOL = re.compile(
    r"(?:ontwikkeld|gebouwd|gemaakt|gebaseerd|opgezet)\s+(?:met|in|op)\s+(?:een\s+)?"
    r"(?:\w+\s+){0,2}?(?:van\s+)?$|\bcms\s+(?:van\s+)?$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:geen|niet|nooit|not|never|no)\b", re.IGNORECASE)
_GENERIC_HEADINGS = re.compile(
    r"gegevens|privacy|cookie|recht|doel|bewaar|beveilig|contact|wijziging|klacht|website|"
    r"webshop|webwinkel|nieuwsbrief|social|derden|verwerker|ontvanger|partij|dienst|"
    r"betal|verzend|hosting|e-mail|mail|review|beoordeling|boekhoud|factur|marketing|"
    r"analyse|statistiek|inleiding|algemeen|overig|kinderen|minderjarig|vragen|begrippen",
    re.IGNORECASE,
)
SERVICE_HINTS: tuple[tuple[ServiceKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        (ServiceKind.NEWSLETTER, r"nieuwsbrie|mailinglijst|newsletter|mailing"),
        (ServiceKind.EMAIL, r"e-?mail"),
        (ServiceKind.HOSTING, r"host|server"),
        (ServiceKind.PAYMENT, r"betal|payment|incasso|afreken"),
        (ServiceKind.SHIPPING, r"verzend|bezorg|logistiek|verzending|shipping|pakket|vervoer"),
        (ServiceKind.REVIEWS, r"review|beoordeling"),
        (ServiceKind.ACCOUNTING, r"boekhoud|factur|administratie|accounting|accountant"),
        (ServiceKind.MARKETPLACE, r"verkoopkana|marktplaats|marketplace"),
        (ServiceKind.ANALYTICS, r"analyse|statistiek|analytics"),
        (ServiceKind.ADVERTISING, r"advert|marketing|retargeting"),
        (ServiceKind.SOCIAL, r"social|sociale media"),
        (ServiceKind.CUSTOMER_SERVICE, r"klantenservice|chat|support|helpdesk"),
        (ServiceKind.WEBSHOP, r"webwinkel|webshop|\bcms\b|website"),
    )
)
_NAME_COLUMN = re.compile(
    r"^(?:naam|partij|verwerker|ontvanger|bedrijf|organisatie|leverancier|dienstverlener|"
    r"derde|derde partij|processor|party|recipient|company|provider|service|dienst)\b",
    re.IGNORECASE,
)
# Lines that belong to the page around the statement (a footer pasted along with it):
# the payment logos and trust marks named there are no recipients the statement names.
_FURNITURE = re.compile(
    r"©|alle rechten voorbehouden|all rights reserved|betaal veilig|veilig betalen|"
    r"betaalmethoden|betaalmogelijkheden|volg ons|follow us|keurmerken",
    re.IGNORECASE,
)
_FURNITURE_HEADING = re.compile(r"^(?:footer|voettekst|menu|navigatie|cookiebanner)\b", re.I)


@dataclass
class FoundRecipient:
    name: Found[str]
    entry: CatalogEntry | None = None
    service: ServiceKind | None = None
    cells: dict[str, Found[str]] = field(default_factory=dict)  # purpose/data/country/privacy_url
    # Named only as a cookie's provider: may be the shop itself, so it must not keep the
    # shop's name from being found (build.py drops it once the shop is known).
    cookie_only: bool = False


@dataclass(frozen=True)
class _Variant:
    """One way of writing a catalog name; its pattern is compiled on first use only
    (a statement names a handful of the catalog's hundreds of names)."""

    text: str
    entry: CatalogEntry

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        flags = 0 if self.text.isupper() else re.IGNORECASE
        return re.compile(
            rf"(?<![\w@/.-]){re.escape(self.text)}(?:\.(?:nl|com|eu|be|de|io))?(?![\w@-])",
            flags,
        )


def catalog_variants(entry: CatalogEntry) -> list[str]:
    """The ways a statement may write an entry's name: the name, its parts, its aliases.

    "Bol (bol.com)" gives "Bol (bol.com)", "Bol" and "bol.com"; a name ending in a
    domain gives the name without it too ("e-Boekhouden.nl" -> "e-Boekhouden").
    Aliases come from the entry when the catalog has them.
    """
    names = [entry.name, *entry.aliases]
    variants: list[str] = []
    for name in names:
        variants.append(name)
        inner = re.findall(r"\(([^)]+)\)", name)
        outer = re.sub(r"\s*\([^)]*\)", "", name).strip()
        variants.extend([outer, *inner])
        for variant in [outer, *inner]:
            bare = re.sub(r"\.(?:nl|com|eu|be|de|io)$", "", variant)
            if bare != variant:
                variants.append(bare)
    unique: list[str] = []
    for variant in variants:
        variant = variant.strip()
        short = len(variant) < 4 and not variant.isupper()
        if variant and not short and variant.casefold() not in {v.casefold() for v in unique}:
            unique.append(variant)
    return unique


@functools.cache
def _catalog_variants() -> tuple[_Variant, ...]:
    found: list[_Variant] = []
    for entry in load_catalog():
        for variant in catalog_variants(entry):
            found.append(_Variant(variant, entry))
    # Longest first, so "Google Analytics" wins over a shorter name inside it.
    return tuple(sorted(found, key=lambda variant: -len(variant.text)))


def find_recipients(
    old: OldText, secs: list[Section], shop_names: Iterable[str]
) -> list[FoundRecipient]:
    """Every recipient named in the statement, in the order of first mention."""
    shop = {name.casefold() for name in shop_names if name}
    heading_of = _heading_index(secs)
    found: dict[str, FoundRecipient] = {}
    # Software on the shop's own server (WooCommerce) receives nothing itself.
    software = {
        _compact(variant.text) for variant in _catalog_variants() if variant.entry.self_hosted
    }

    def add(recipient: FoundRecipient) -> None:
        if (recipient.entry is not None and recipient.entry.self_hosted) or _compact(
            recipient.name.value
        ) in software:
            return
        key = (
            recipient.entry.name.casefold() if recipient.entry else recipient.name.value.casefold()
        )
        name_key = recipient.name.value.casefold()
        if name_key in shop or _compact(name_key) in {_compact(s) for s in shop}:
            return
        for existing in found.values():
            same_entry = recipient.entry is not None and existing.entry is recipient.entry
            if same_entry or _compact(existing.name.value) == _compact(name_key):
                if recipient.cells and not existing.cells:
                    existing.cells = recipient.cells
                return
        found[key] = recipient

    table_recipients = list(_table_recipients(old))
    for recipient in table_recipients:
        add(recipient)
    for recipient in _cookie_parties(old):
        add(recipient)
    for recipient in _catalog_mentions(old, heading_of):
        add(recipient)
    for recipient in _named_parties(old, secs, heading_of):
        add(recipient)
    for recipient in _listed_parties(secs, heading_of):
        add(recipient)
    return _without_shortened(sorted(found.values(), key=lambda recipient: recipient.name.start))


def _without_shortened(recipients: list[FoundRecipient]) -> list[FoundRecipient]:
    """Drop "Google" when the statement also names "Google Review": the same party, shortened."""
    names = [recipient.name.value.casefold() for recipient in recipients]
    return [
        recipient
        for recipient in recipients
        if recipient.entry is not None
        or not any(
            other != recipient.name.value.casefold()
            and other.startswith(recipient.name.value.casefold() + " ")
            for other in names
        )
    ]


def self_hosted_named(old: OldText) -> list[str]:
    """Catalog software on the shop's own server that the statement names (WooCommerce)."""
    lowered = old.text.casefold()
    names: list[str] = []
    for variant in _catalog_variants():
        entry = variant.entry
        if (
            entry.self_hosted
            and entry.name not in names
            and variant.text.casefold() in lowered
            and variant.pattern.search(old.text)
        ):
            names.append(entry.name)
    return names


# "Hostnet B.V." and "Hostnet" are one party: the legal form is no part of the name.
_LEGAL_FORM = re.compile(
    r"\s*,?\s+(?:b\.?v\.?|n\.?v\.?|v\.o\.f\.?|c\.v\.?|ltd\.?|limited|gmbh|inc\.?|llc|"
    r"s\.a\.?|ag|sarl|bvba|srl)$"
)


def _compact(text: str) -> str:
    text = _LEGAL_FORM.sub("", text.casefold())
    return re.sub(r"[^0-9a-z]", "", re.sub(r"\.(?:nl|com|eu|be|de|io)$", "", text))


def _heading_index(secs: list[Section]) -> dict[int, list[str]]:
    """For each block start: the headings above it, nearest first (for the service kind)."""
    index: dict[int, list[str]] = {}
    recent: list[str] = []
    for section in secs:
        if section.title:
            recent = [section.title, *recent[:2]]
        for block in section.blocks:
            index[block.start] = recent
    return index


def _service_from(texts: Iterable[str]) -> ServiceKind | None:
    for text in texts:
        for kind, pattern in SERVICE_HINTS:
            if pattern.search(text):
                return kind
    return None


def _negated(sentence: str, offset: int) -> bool:
    before = sentence[max(0, offset - 50) : offset]
    after = sentence[offset : offset + 60]
    return bool(_NEGATED.search(before) or re.search(r"\bniet\b|\bnot\b", after[:40]))


def _catalog_mentions(old: OldText, heading_of: dict[int, list[str]]) -> list[FoundRecipient]:
    result: list[FoundRecipient] = []
    text = old.text
    lowered = text.casefold()
    taken: list[tuple[int, int]] = []
    for variant in _catalog_variants():
        if variant.text.casefold() not in lowered:
            continue
        for match in variant.pattern.finditer(text):
            surface = match.group()
            if surface.islower() and not variant.text.islower():
                continue  # "whatsapp" as a verb, "bol" as a word
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            block = _block_at(old, match.start())
            if block is None or _mention_excluded(block, match.start()):
                continue
            headings = heading_of.get(block.start, [])
            if _FURNITURE.search(block.text) or (
                headings and _FURNITURE_HEADING.search(headings[0])
            ):
                continue
            taken.append((match.start(), match.end()))
            result.append(FoundRecipient(Found(surface, match.start(), match.end()), variant.entry))
    return result


def _block_at(old: OldText, pos: int) -> Block | None:
    for block in old.blocks:
        if block.start <= pos < block.end:
            return block
    return None


def _mention_excluded(block: Block, pos: int) -> bool:
    for start, sentence in sentences(block):
        if start <= pos < start + len(sentence):
            offset = pos - start
            return _negated(sentence, offset) or bool(_TOOL.search(sentence[:offset]))
    return False


def _plausible_party(name: str) -> bool:
    words = name.split()
    return (
        bool(words)
        and len(name) <= 40
        and len(words) <= 4
        and words[0].casefold() not in NOT_A_NAME
        and name.casefold() not in AUTHORITY_NAMES
        and not any(word.casefold() in AUTHORITY_NAMES for word in words[:1])
    )


def _trim_party(name: str) -> str:
    words = name.split()
    while words and (words[-1].casefold() in NOT_A_NAME or words[-1] in ("&",)):
        words.pop()
    return with_legal_dot(" ".join(words).strip(" ,.;:"))


def _named_parties(
    old: OldText, secs: list[Section], heading_of: dict[int, list[str]]
) -> list[FoundRecipient]:
    result: list[FoundRecipient] = []
    for section in secs:
        heading = section.heading
        if heading is not None and section.blocks:
            recipient = _party_heading(section, heading_of)
            if recipient is not None:
                result.append(recipient)
        for block in section.blocks:
            if block.kind is Kind.ROW:
                continue
            for start, sentence in sentences(block):
                for pattern in (_BEFORE, _AFTER):
                    for match in pattern.finditer(sentence):
                        name = _trim_party(match.group("name"))
                        if not _plausible_party(name):
                            continue
                        offset = match.start("name")
                        if _negated(sentence, offset) or _TOOL.search(sentence[:offset]):
                            continue
                        where = start + offset
                        hints = [*heading_of.get(block.start, []), sentence]
                        result.append(
                            FoundRecipient(
                                Found(name, where, where + len(name)), None, _service_from(hints)
                            )
                        )
    return result


_PARTY_LIST_INTRO = re.compile(
    r"partijen|verwerkers|dienstverleners|derden|ontvangers|partners|leveranciers|"
    r"(?:wij|we)\s+(?:werken|maken)\s+(?:samen\s+met|gebruik\s+van)|third parties|"
    r"processors|service providers|recipients",
    re.IGNORECASE,
)
_LISTED_PARTY = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w'’&+-]*(?:\.[a-z]{2,3})?|[a-z]+[A-Z][\w'’&+-]*)"
    r"(?:\s+(?:[A-Z0-9][\w'’&+.-]*|&))*)\s*(?:$|[:(–—]|\s-\s|,)"
)


def _listed_parties(secs: list[Section], heading_of: dict[int, list[str]]) -> list[FoundRecipient]:
    """List items under an intro about recipients: "- Drukkerij Vonk (drukwerk)"."""
    result: list[FoundRecipient] = []
    for section in secs:
        intro = section.title
        for block in section.blocks:
            if block.kind is not Kind.ITEM:
                intro = block.text
                continue
            if not _PARTY_LIST_INTRO.search(intro[-200:]):
                continue
            match = _LISTED_PARTY.match(block.text)
            if match is None:
                continue
            name = _trim_party(match.group("name"))
            if not _plausible_party(name) or _GENERIC_HEADINGS.fullmatch(name):
                continue
            rest = block.text[match.end("name") :]
            hints = [rest, *heading_of.get(block.start, [])]
            where = block.start + match.start("name")
            result.append(
                FoundRecipient(Found(name, where, where + len(name)), None, _service_from(hints))
            )
    return result


def _party_heading(section: Section, heading_of: dict[int, list[str]]) -> FoundRecipient | None:
    """A heading that is a party's name: the text under it names it again, mid-sentence."""
    heading = section.heading
    assert heading is not None
    name = heading.text.strip(" :")
    if not _plausible_party(name) or _GENERIC_HEADINGS.search(name) or name.endswith("?"):
        return None
    if not (name[0].isupper() or re.search(r"[a-z][A-Z]|\.\w", name)):
        return None
    mid_sentence = re.compile(rf"(?<=[a-z,] ){re.escape(name)}(?![\w-])")
    used_as_tool = True
    mentioned = False
    for block in section.blocks:
        for _start, sentence in sentences(block):
            for match in mid_sentence.finditer(sentence):
                mentioned = True
                if not _TOOL.search(sentence[: match.start()]):
                    used_as_tool = False
    if not mentioned or used_as_tool:
        return None
    first = section.blocks[0]
    hints = heading_of.get(first.start, [])[1:]
    return FoundRecipient(
        Found(name, heading.start, heading.start + len(name)), None, _service_from(hints)
    )


def _cookie_parties(old: OldText) -> Iterable[FoundRecipient]:
    """A cookie table's providers. One whose name is the domain of an e-mail address in
    the text, or is in the statement's title, is the shop itself ("Fietsonderdelen
    Online", info@fietsonderdelen-online.nl)."""
    own = {_compact(domain_of(match.group()).split(".")[0]) for match in EMAIL.finditer(old.text)}
    title = _compact(old.blocks[0].text) if old.blocks else ""
    for cell in cookie_providers(old):
        name = _trim_party(cell.value)
        key = _compact(name)
        if not _plausible_party(name) or key in own or (key and key in title):
            continue
        yield FoundRecipient(
            Found(name, cell.start, cell.start + len(name)),
            _entry_named(name),
            ServiceKind.ANALYTICS if "analytics" in name.casefold() else None,
            cookie_only=True,
        )


def _table_recipients(old: OldText) -> Iterable[FoundRecipient]:
    """Rows of a table whose header names parties (and not cookies)."""
    rows_by_table: dict[int, list[Block]] = {}
    for block in old.blocks:
        if block.kind is Kind.ROW:
            rows_by_table.setdefault(block.table, []).append(block)
    for rows in rows_by_table.values():
        header = rows[0]
        if is_cookie_table(rows):
            continue
        name_column = next(
            (i for i, cell in enumerate(header.cells) if _NAME_COLUMN.match(cell.strip())), None
        )
        if name_column is None:
            continue
        columns = _columns(header.cells)
        for row in rows[1:]:
            if name_column >= len(row.cells) or not row.cells[name_column].strip():
                continue
            name = row.cells[name_column].strip()
            start = row.cell_start(name_column)
            cells = {
                key: Found(row.cells[i], row.cell_start(i), row.cell_start(i) + len(row.cells[i]))
                for key, i in columns.items()
                if i < len(row.cells) and row.cells[i].strip() and i != name_column
            }
            entry = _entry_named(name)
            service = _service_from([cells["service"].value]) if "service" in cells else None
            yield FoundRecipient(Found(name, start, start + len(name)), entry, service, cells)


_COLUMN_KEYS = (
    ("purpose", re.compile(r"doel|waarvoor|purpose|reden|functie", re.I)),
    ("data", re.compile(r"gegevens|data", re.I)),
    ("country", re.compile(r"land|locatie|vestiging|country|location|waar", re.I)),
    ("privacy_url", re.compile(r"privacy|link|url|website", re.I)),
    ("service", re.compile(r"soort|categorie|type|dienst|service|rol", re.I)),
)


def _columns(header: tuple[str, ...]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        if _NAME_COLUMN.match(cell.strip()) and not columns.get("_name"):
            columns["_name"] = index
            continue
        for key, pattern in _COLUMN_KEYS:
            if key not in columns and pattern.search(cell):
                columns[key] = index
                break
    columns.pop("_name", None)
    return columns


def _entry_named(name: str) -> CatalogEntry | None:
    wanted = re.sub(r"\.(?:nl|com|eu|be|de|io)$", "", name.strip()).casefold()
    for variant in _catalog_variants():
        if variant.text.casefold() == wanted or variant.text.casefold() == name.strip().casefold():
            return variant.entry
    return None
