"""Who the shop is: name, trade names, address, e-mail, phone, website, KvK number.

A statement names the shop in its title ("Privacyverklaring Bakkerij Jansen"),
in sentences such as "Jansen B.V., gevestigd aan ..." or "... is van
toepassing op Jansen", and in its contact block. The candidate that is named
most, and whose name matches the shop's own e-mail or web domain, wins.
Addresses, numbers and links of others in the text (the Autoriteit
Persoonsgegevens, a payment provider) are not the shop's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from editor.core.importing.blocks import Block, Kind, OldText
from editor.core.importing.found import Found, Section
from editor.core.importing.patterns import (
    AUTHORITIES,
    AUTHORITY_NAMES,
    EMAIL,
    KVK,
    NOT_A_NAME,
    PHONE,
    POSTAL_CODE,
    URL,
    compact,
    domain_of,
    with_legal_dot,
)

_CONTACT_HEADING = re.compile(
    r"contact|adres|wie (?:zijn|is|ben) (?:wij|we|ik)|over ons|verantwoordelijke|gegevens van ons"
    r"|who we are|about us|identiteit|bedrijfsgegevens|colofon",
    re.IGNORECASE,
)
# A word of a name; a dot only inside it ("bol.com"), so "Spaak. Wij" stays two sentences.
_TOKEN = r"(?:[A-Z0-9](?:[\w'’&+-]|\.(?=\w))*|[a-z]+[A-Z](?:[\w'’&+-]|\.(?=\w))*)"
_JOINER = r"(?:van|de|der|den|by|and|en|&|the|of|het|'t|in|op|aan|voor)"
_LEGAL_FORM = r"(?:\s*,?\s*(?:B\.V\.|BV|V\.O\.F\.|VOF|N\.V\.|NV|C\.V\.|CV|Holding))?"
NAME = rf"{_TOKEN}(?:\s+(?:{_JOINER}\s+)?{_TOKEN}){{0,4}}{_LEGAL_FORM}"
_NAME_PATTERNS = (
    re.compile(
        rf"(?:privacy\s?verklaring|privacybeleid|privacy\s?statement|privacy\s?policy|"
        rf"privacyreglement)\s+(?:van\s+|of\s+)?(?P<name>{NAME})",
        re.IGNORECASE,
    ),
    re.compile(rf"\bwij van (?P<name>{NAME})"),
    re.compile(rf"^privacy (?:bij|van|at) (?P<name>{NAME})", re.IGNORECASE),
    re.compile(
        rf"(?P<name>{NAME}),\s+(?:gevestigd\s+(?:aan|op|te)\s+)?"
        r"[A-Z][\w'’.-]+(?:\s[\w'’.-]+){0,3}\s+\d{1,5}\s?[A-Za-z]?,\s+[1-9]\d{3}\s?[A-Z]{2}\b"
    ),
    re.compile(
        rf"van toepassing op (?:(?:de website|alle diensten|de diensten) van )?(?P<name>{NAME})"
    ),
    re.compile(
        rf"(?P<name>{NAME})\s*(?:\([^)]*\)\s*)?,?\s+(?:gevestigd|ingeschreven|is verantwoordelijk|"
        r"hecht|respecteert|geeft (?:veel )?om|verwerkt|is de verantwoordelijke|vindt|"
        r"neemt (?:je|jouw|uw) privacy|is responsible|respects|values|processes|is located|"
        r"located|registered)"
    ),
    re.compile(
        rf"(?:handelsnaam|bedrijfsnaam|company name|firmanaam)\s*:\s*(?P<name>{NAME})", re.I
    ),
    re.compile(
        rf"(?:verwerkings)?verantwoordelijke(?:\s+voor\s+(?:de\s+)?verwerking)?"
        rf"\s*(?:\bis\b|:)\s*(?P<name>{NAME})",
        re.IGNORECASE,
    ),
)
_NAME_LABEL = re.compile(
    rf"(?:naam|bedrijf|bedrijfsnaam|organisatie|name|company)\s*:\s*(?P<name>{NAME})\s*$",
    re.IGNORECASE,
)
_TRADE_NAMES = re.compile(
    r"handelsna(?:am|men)\s*:?\s+(?P<list>[^.;:()]+)|trading (?:as|under)\s+(?P<en>[^.;:()]+)",
    re.IGNORECASE,
)
_ADDRESS_LINE = re.compile(
    r"(?P<street>(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*(?:\s+[a-z][\w'’.-]*){0,2}"
    r"\s+\d{1,5}(?:\s?[-/]?\s?[A-Za-z0-9]{1,4})?|Postbus\s+\d{1,6})\s*[,;]?\s*$"
)
_CITY = re.compile(r"\s*,?\s*(?P<city>[A-Z][\w'’.-]*(?:[ -](?:aan|op|de|den|[A-Z])[\w'’.-]*){0,3})")
_ADDRESS_CUES = re.compile(r"gevestigd|vestigingsadres|bezoekadres|postadres|adres|address", re.I)
_GENERIC_MAILBOX = re.compile(
    r"^(?:info|contact|hallo|hello|hi|mail|service|klantenservice|support|sales|shop|winkel|"
    r"bestellingen|orders|webshop|post|admin|office|kantoor)@",
    re.IGNORECASE,
)
_FOREIGN_DOMAINS = re.compile(
    r"autoriteitpersoonsgegevens|youronlinechoices|allaboutcookies|google|facebook|microsoft|"
    r"apple|mozilla|europa\.eu|kvk\.nl|belastingdienst|thuiswinkel|opera|wikipedia",
    re.IGNORECASE,
)


# A number right after these words is a registration, bank or fax number, not the phone.
_NOT_A_PHONE = re.compile(r"(?:kvk|btw|iban|fax|postbus)[^\n]{0,20}$", re.IGNORECASE)


@dataclass
class OrganisationFacts:
    name: Found[str] | None = None
    trade_names: list[Found[str]] = field(default_factory=list)
    address: Found[str] | None = None
    postal_code: Found[str] | None = None
    city: Found[str] | None = None
    email: Found[str] | None = None
    phone: Found[str] | None = None
    website: Found[str] | None = None
    kvk_number: Found[str] | None = None


def is_contact_section(section: Section) -> bool:
    return bool(_CONTACT_HEADING.search(section.title))


def near_authority(old: OldText, start: int, before: int = 160) -> bool:
    """True when the text just before ``start`` (same paragraph area) names an authority."""
    window = old.text[max(0, start - before) : start]
    window = window.rsplit("\n\n\n", 1)[-1]
    return bool(AUTHORITIES.search(window))


def find_organisation(
    old: OldText, secs: list[Section], others: set[str], personal: frozenset[str] = frozenset()
) -> OrganisationFacts:
    """The shop's facts. ``others`` are names of recipients, lower-cased, never the shop;
    ``personal`` the privacy contact's own addresses, never the shop's e-mail."""
    facts = OrganisationFacts()
    emails = [
        Found(m.group(), m.start(), m.end())
        for m in EMAIL.finditer(old.text)
        if not near_authority(old, m.start())
        and not _FOREIGN_DOMAINS.search(domain_of(m.group()))
        and m.group().casefold() not in personal
    ]
    urls = [
        Found(m.group(), m.start(), m.end())
        for m in URL.finditer(old.text)
        if not _FOREIGN_DOMAINS.search(domain_of(m.group())) and not near_authority(old, m.start())
    ]
    facts.name = _find_name(old, secs, emails, urls, others)
    facts.trade_names = _find_trade_names(old, facts.name)
    facts.email = _pick_email(emails, facts.name, secs)
    facts.website = _pick_website(urls, facts, secs, others, personal)
    facts.phone = _pick_phone(old, secs)
    _find_address(old, secs, facts, others)
    kvk = next((m for m in KVK.finditer(old.text) if not near_authority(old, m.start(), 60)), None)
    if kvk is not None:
        facts.kvk_number = Found(re.sub(r"\D", "", kvk.group(1)), kvk.start(1), kvk.end(1))
    return facts


def _clean_name(name: str) -> str:
    name = name.strip(" ,.;:-")
    # A sentence word caught at the end ("Luxigo Wij ...") is cut off.
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in NOT_A_NAME:
        words.pop()
    return with_legal_dot(" ".join(words))


def plausible_name(name: str, *, labelled: bool = False) -> bool:
    """A shop name, not a sentence's first words. After a label ("Naam: Webshop Zonnig")
    a generic first word is part of the name; only a name of generic words is refused."""
    words = name.split()
    generic = [word.casefold() in NOT_A_NAME for word in words]
    return (
        bool(words)
        and len(name) <= 60
        and not (all(generic) if labelled else generic[0])
        and name.casefold() not in AUTHORITY_NAMES
        and not re.fullmatch(r"[\d\s.,-]+", name)
        and "@" not in name
    )


def _find_name(
    old: OldText,
    secs: list[Section],
    emails: list[Found[str]],
    urls: list[Found[str]],
    others: set[str],
) -> Found[str] | None:
    scores: Counter[str] = Counter()
    first: dict[str, Found[str]] = {}

    def vote(name: str, start: int, weight: float, *, labelled: bool = False) -> None:
        name = _clean_name(name)
        if not plausible_name(name, labelled=labelled) or name.casefold() in others:
            return
        scores[name] += weight  # type: ignore[assignment]
        first.setdefault(name, Found(name, start, start + len(name)))

    for block in old.blocks:
        for pattern in _NAME_PATTERNS:
            for match in pattern.finditer(block.text):
                vote(match.group("name"), block.start + match.start("name"), 2.0)
    for section in secs:
        if is_contact_section(section):
            for block in section.blocks[:3]:
                if block.kind is Kind.PARAGRAPH and re.fullmatch(NAME, block.text.strip()):
                    vote(block.text, block.start, 2.0)
                    break
            for block in section.blocks:
                # "Naam: Webshop Zonnig" or "Bedrijf: ..." in a contact block.
                label = _NAME_LABEL.match(block.text)
                if label is not None:
                    where = block.start + label.start("name")
                    vote(label.group("name"), where, 2.0, labelled=True)
    if not scores:
        return None
    domains = {compact(domain_of(found.value).rsplit(".", 1)[0]) for found in emails + urls}
    ranked: list[tuple[float, str]] = []
    for name, score in scores.items():
        total = float(score)
        total += min(5, old.text.count(name)) * 0.5
        if compact(name) in domains or compact(re.sub(_LEGAL_FORM + "$", "", name)) in domains:
            total += 3
        ranked.append((total, name))
    best = max(ranked)[1]
    return first[best]


def _find_trade_names(old: OldText, name: Found[str] | None) -> list[Found[str]]:
    found: list[Found[str]] = []
    for match in _TRADE_NAMES.finditer(old.text):
        group = "list" if match.group("list") is not None else "en"
        text, offset = match.group(group), match.start(group)
        pos = 0
        for part in re.split(r",\s*|\s+en\s+|\s+and\s+|\s*&\s*", text):
            where = text.find(part, pos)
            pos = where + len(part)
            part = part.strip()
            if not part or not part[0].isupper() or len(part.split()) > 5:
                break
            if name is not None and part.casefold() == name.value.casefold():
                continue
            found.append(Found(part, offset + where, offset + where + len(part)))
    return found


def _pick_email(
    emails: list[Found[str]], name: Found[str] | None, secs: list[Section]
) -> Found[str] | None:
    if not emails:
        return None
    own = compact(name.value) if name else ""

    def rank(found: Found[str]) -> tuple[int, int]:
        score = 0
        if _GENERIC_MAILBOX.match(found.value):
            score += 2
        if own and own.startswith(compact(domain_of(found.value).rsplit(".", 1)[0])[:5]):
            score += 1
        if re.match(r"privacy|avg|gdpr|fg|dpo", found.value, re.IGNORECASE):
            score -= 1
        return score, -found.start

    return max(emails, key=rank)


def _pick_website(
    urls: list[Found[str]],
    facts: OrganisationFacts,
    secs: list[Section],
    others: set[str],
    personal: frozenset[str],
) -> Found[str] | None:
    own_domains = {domain_of(address) for address in personal}
    if facts.email is not None:
        own_domains.add(domain_of(facts.email.value))
    name = compact(facts.name.value) if facts.name else ""
    for found in urls:
        domain = domain_of(found.value)
        label = compact(domain.rsplit(".", 1)[0])
        if domain in own_domains or (name and label and (label in name or name in label)):
            if any(compact(other) and compact(other) in label for other in others):
                continue
            host = re.sub(r"^https?://", "", found.value, flags=re.IGNORECASE).split("/")[0]
            scheme = "http://" if found.value.casefold().startswith("http://") else "https://"
            return Found(scheme + host.rstrip("."), found.start, found.end)
    return None


def _pick_phone(old: OldText, secs: list[Section]) -> Found[str] | None:
    candidates = [
        m
        for m in PHONE.finditer(old.text)
        if not near_authority(old, m.start(), 80)
        and not _NOT_A_PHONE.search(old.text[max(0, m.start() - 24) : m.start()])
    ]
    if not candidates:
        return None
    contact_ranges = [
        (section.blocks[0].start, section.blocks[-1].end)
        for section in secs
        if is_contact_section(section) and section.blocks
    ]

    def rank(match: re.Match[str]) -> tuple[int, int]:
        inside = any(start <= match.start() <= end for start, end in contact_ranges)
        return (1 if inside else 0), -match.start()

    best = max(candidates, key=rank)
    return Found(best.group().strip(), best.start(), best.end())


def _find_address(
    old: OldText, secs: list[Section], facts: OrganisationFacts, others: set[str]
) -> None:
    contact_blocks = {
        id(b) for section in secs if is_contact_section(section) for b in section.blocks
    }
    best: tuple[int, Found[str] | None, Found[str], Found[str] | None] | None = None
    blocks = old.blocks
    for index, block in enumerate(blocks):
        for match in POSTAL_CODE.finditer(block.text):
            start = block.start + match.start()
            if near_authority(old, start, 120):
                continue
            code = Found(f"{match.group(1)} {match.group(2)}", start, block.start + match.end())
            city_match = _CITY.match(block.text, match.end())
            city = None
            if city_match:
                value = city_match.group("city").strip(" ,.")
                city_start = block.start + city_match.start("city")
                city = Found(value, city_start, city_start + len(value))
            street = _street_before(block, match.start())
            only_label = re.fullmatch(r"[^\d:]{0,30}:\s*", block.text[: match.start()])
            if street is None and (match.start() == 0 or only_label) and index > 0:
                street = _street_before(blocks[index - 1], len(blocks[index - 1].text))
            score = _address_score(old, block, start, facts, others)
            if id(block) in contact_blocks:
                score += 3
            if street is not None:
                score += 1
            if best is None or score > best[0]:
                best = (score, street, code, city)
    if best is None or best[0] < 0:
        return
    _, facts.address, facts.postal_code, facts.city = best


def _street_before(block: Block, end: int) -> Found[str] | None:
    head = block.text[:end]
    # The street is the part just before the postal code, after a comma or a label.
    head = re.split(r"[:]\s*|\b(?:adres|address|gevestigd (?:aan|op|te))\s+", head)[-1]
    offset = end - len(head)
    match = _ADDRESS_LINE.search(head)
    if match is None:
        return None
    street = match.group("street").strip()
    street_start = block.start + offset + match.start("street")
    parts = [part.strip() for part in street.split(",")]
    street = parts[-1]
    street_start += match.group("street").rfind(street)
    if street.split()[0].casefold() in NOT_A_NAME - {"postbus"}:
        return None
    return Found(street, street_start, street_start + len(street))


def _address_score(
    old: OldText, block: Block, start: int, facts: OrganisationFacts, others: set[str]
) -> int:
    before = old.text[max(0, start - 200) : start]
    score = 0
    if facts.name is not None and facts.name.value in before:
        score += 2
    if _ADDRESS_CUES.search(before[-80:]):
        score += 1
    if any(other and other in before[-100:].casefold() for other in others):
        score -= 5
    return score
