"""The privacy contact or data protection officer (FG).

Only a person the text calls a functionaris gegevensbescherming, FG or data
protection officer is a DPO (``is_dpo``). A "privacy officer" or "contactpersoon
voor privacyzaken" is a contact, not a DPO: a DPO is a registered role with
duties of its own, and the check would otherwise ask for things the shop
never promised. A sentence that says there is no FG makes no one a DPO.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from editor.core.importing.blocks import Block, OldText
from editor.core.importing.found import Found
from editor.core.importing.patterns import EMAIL, PERSON, PHONE

_DPO = (
    r"functionaris\s+(?:voor\s+(?:de\s+)?)?gegevensbescherming|\bFG\b"
    r"|data\s+protection\s+officer|\bDPO\b"
)
_CONTACT = (
    r"contactpersoon\s+(?:voor\s+)?privacy\s?-?zaken|privacy\s?-?contactpersoon|contactpersoon"
    r"\s+privacy|privacy\s?-?officer|privacy\s?-?functionaris|privacy\s?-?manager|"
    r"privacy\s?-?co[öo]rdinator|privacyverantwoordelijke|verantwoordelijke\s+voor\s+privacy|"
    r"privacy\s+contact(?:\s+person)?|"
    r"(?:vragen\s+over\s+(?:\w+\s+)?privacy|privacyvragen|privacy\s+questions)[^.]{0,60}?"
    r"(?:contact\s+(?:opnemen\s+)?met|contact|terecht\s+bij|mailen\s+naar|stellen\s+aan|"
    r"wenden\s+tot|richten\s+aan)"
)
_LABEL = re.compile(rf"(?P<dpo>{_DPO})|(?P<contact>{_CONTACT})", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:geen|niet|hoeven|no|not|without)\b[^.]{0,60}$|^[^.]{0,40}\b(?:niet|not)\s+(?:aangesteld|"
    r"verplicht|benoemd|appointed|required)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(
    r"^[\s:,()-]*(?:(?:is|zijn|naam|name|de heer|mevrouw|mr\.?|dhr\.?|mevr\.?)\b[\s:,-]*){0,2}"
)
_NOT_PERSON_WORDS = re.compile(
    r"gegevens|privacy|verklaring|autoriteit|persoons|functionaris|officer|contact|website|"
    r"cookie|klanten|service",
    re.IGNORECASE,
)


@dataclass
class ContactFacts:
    name: Found[str] | None = None
    email: Found[str] | None = None
    phone: Found[str] | None = None
    is_dpo: Found[bool] | None = None


def find_contact(old: OldText) -> ContactFacts:
    facts = ContactFacts()
    blocks = old.blocks
    for index, block in enumerate(blocks):
        for label in _LABEL.finditer(block.text):
            before = block.text[max(0, label.start() - 80) : label.start()]
            after = block.text[label.end() : label.end() + 60]
            dpo = label.group("dpo") is not None
            if dpo and (_NEGATION.search(before) or _NEGATION.match(after)):
                continue
            person = _person_after(block, label.end())
            if person is None and label.end() >= len(block.text.rstrip(" :")) - 1:
                # The label is a heading or a line of its own; the name is on the next line.
                nxt = blocks[index + 1] if index + 1 < len(blocks) else None
                if nxt is not None:
                    person = _person_after(nxt, 0, whole=True)
            if person is None:
                person = _person_before(block, label.start())
            if person is None:
                continue
            facts.name = person
            if dpo:
                facts.is_dpo = Found(True, block.start + label.start(), block.start + label.end())
            _contact_details(old, facts, person)
            return facts
    return facts


def _person_after(block: Block, pos: int, *, whole: bool = False) -> Found[str] | None:
    rest = block.text[pos:]
    lead = _BETWEEN.match(rest)
    offset = lead.end() if lead else 0
    match = PERSON.match(rest, offset)
    if match is None:
        return None
    name = match.group("name")
    if whole and len(rest.strip()) > len(match.group()) + 40:
        return None
    if _NOT_PERSON_WORDS.search(name):
        return None
    start = block.start + pos + match.start("name")
    return Found(name, start, start + len(name))


def _person_before(block: Block, pos: int) -> Found[str] | None:
    """ "Jan de Vries, onze functionaris gegevensbescherming" or "Jan de Vries (FG)"."""
    head = block.text[max(0, pos - 60) : pos]
    match = re.search(
        rf"(?P<p>{PERSON.pattern})\s*(?:[,(]\s*(?:onze|de|our|the)?|\s+(?:is|als)\s+"
        r"(?:de|onze|het|our|the)?)\s*$",
        head,
    )
    if match is None:
        return None
    name = match.group("name")
    if _NOT_PERSON_WORDS.search(name):
        return None
    start = block.start + max(0, pos - 60) + match.start("name")
    return Found(name, start, start + len(name))


def _contact_details(old: OldText, facts: ContactFacts, person: Found[str]) -> None:
    """The e-mail and phone right after the person's name, before the next paragraph of prose."""
    window = old.text[person.end : person.end + 240]
    stop = re.search(r"\n\n(?=[^\n]{80,})", window)
    if stop:
        window = window[: stop.start()]
    email = EMAIL.search(window)
    if email:
        facts.email = Found(email.group(), person.end + email.start(), person.end + email.end())
    phone = PHONE.search(window)
    if phone:
        facts.phone = Found(
            phone.group().strip(), person.end + phone.start(), person.end + phone.end()
        )
