"""Rules about the shop itself, its kinds of data, the rights and the options.

Each function is one row of the legal checklist and yields one Hit per
violation, pointing at the field that fixes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.consistency import legal_kept_too_short
from editor.core.checks.durations import SEVEN_YEARS
from editor.core.checks.findings import Context, Hit, quoted
from editor.core.model import LegalBasis

# Deliberately simple: something@domain.tld, no spaces, no second @. Enough to
# catch a phone number or a typo in the field, without rejecting real addresses.
_EMAIL = re.compile(r"[^@\s<>(),;:\"]+@(?:[^@\s<>(),;:\".]+\.)+[^\W\d_]{2,}")


def is_email(text: str) -> bool:
    return _EMAIL.fullmatch(text.strip()) is not None


def controller_identity(ctx: Context) -> Iterator[Hit]:
    org = ctx.project.organisation
    fields = (
        ("name", org.name, "Vul de naam van {uw} webwinkel in."),
        ("address", org.address, "Vul het adres (straat en huisnummer) van {uw} webwinkel in."),
        ("postal_code", org.postal_code, "Vul de postcode van {uw} webwinkel in."),
        ("city", org.city, "Vul de plaats van {uw} webwinkel in."),
    )
    why = " De verklaring moet zeggen wie verantwoordelijk is voor de gegevens, en waar."
    for field, value, message in fields:
        if not value.strip():
            yield Hit(("organisation", field), ctx.say(message + why))


def controller_contact(ctx: Context) -> Iterator[Hit]:
    org, contact = ctx.project.organisation, ctx.project.privacy_contact
    emails = [(("organisation", "email"), org.email)]
    if not contact.is_dpo:  # a DPO's address is the dpo-contact rule's job
        emails.append((("privacy_contact", "email"), contact.email))
    for path, value in emails:
        if value.strip() and not is_email(value):
            message = (
                "“{value}” is geen geldig e-mailadres. Verbeter het, zodat klanten {u} kunnen"
                " bereiken."
            )
            yield Hit(path, ctx.say(message, value=value.strip()))
    if not org.email.strip() and not contact.email.strip():
        message = (
            "Vul het e-mailadres van {uw} webwinkel in, zodat klanten {u} kunnen bereiken"
            " met vragen over hun gegevens."
        )
        yield Hit(("organisation", "email"), ctx.say(message))


def dpo_contact(ctx: Context) -> Iterator[Hit]:
    contact = ctx.project.privacy_contact
    if not contact.is_dpo or is_email(contact.email):
        return
    if contact.email.strip():
        message = (
            "“{value}” is geen geldig e-mailadres. Verbeter het e-mailadres van {uw}"
            " functionaris gegevensbescherming (FG)."
        )
    else:
        message = (
            "Vul het e-mailadres van {uw} functionaris gegevensbescherming (FG) in."
            " De verklaring moet zeggen hoe klanten de FG bereiken."
        )
    yield Hit(("privacy_contact", "email"), ctx.say(message, value=contact.email.strip()))


def purposes(ctx: Context) -> Iterator[Hit]:
    categories = ctx.project.data_categories
    if not categories:
        message = "Voeg toe welke gegevens {u} van klanten verwerkt, en waarvoor."
        yield Hit(("data_categories",), ctx.say(message))
    for index, category in enumerate(categories):
        if not any(purpose.strip() for purpose in category.purposes):
            message = "Vul in waarvoor {u} de gegevens {name} gebruikt."
            name = quoted(category.name, index)
            yield Hit(("data_categories", index, "purposes"), ctx.say(message, name=name))


def legal_basis(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        if category.legal_basis is LegalBasis.NONE:
            message = (
                "Kies de grondslag voor de gegevens {name}: op grond waarvan {u} ze mag"
                " verwerken, bijvoorbeeld een overeenkomst of toestemming."
            )
            name = quoted(category.name, index)
            yield Hit(("data_categories", index, "legal_basis"), ctx.say(message, name=name))


def legitimate_interest(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        if (
            category.legal_basis is LegalBasis.LEGITIMATE_INTERESTS
            and not category.legitimate_interest.strip()
        ):
            message = ctx.pick(
                "Beschrijf welk belang u heeft bij het verwerken van de gegevens {name}.",
                "Beschrijf welk belang je hebt bij het verwerken van de gegevens {name}.",
            )
            message += " Bij de grondslag “gerechtvaardigd belang” moet de verklaring dat noemen."
            name = quoted(category.name, index)
            path = ("data_categories", index, "legitimate_interest")
            yield Hit(path, ctx.say(message, name=name))


def special_category(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        if category.special:
            message = (
                "De gegevens {name} zijn bijzondere persoonsgegevens, zoals gezondheid of geloof."
                " Die mag {u} alleen verwerken met een uitzondering uit AVG art. 9 lid 2."
                " Laat dit nakijken door een jurist."
            )
            name = quoted(category.name, index)
            yield Hit(("data_categories", index, "special"), ctx.say(message, name=name))


def retention(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        if not category.retention.strip():
            message = "Vul in hoe lang {u} de gegevens {name} bewaart."
            name = quoted(category.name, index)
            yield Hit(("data_categories", index, "retention"), ctx.say(message, name=name))


def fiscal_retention(ctx: Context) -> Iterator[Hit]:
    """Tip unless a category resting on a legal obligation is kept seven years."""
    legal = [
        (index, category)
        for index, category in enumerate(ctx.project.data_categories)
        if category.legal_basis is LegalBasis.LEGAL_OBLIGATION
    ]
    if any(SEVEN_YEARS.search(category.retention) for _, category in legal):
        return
    # A statement of the duty, not a question: the owner must know it is the law.
    question = (
        "De Belastingdienst verplicht {u} om facturen en bestelgegevens 7 jaar te bewaren."
        " Zet dat in de verklaring."
    )
    if legal:
        index, category = legal[0]
        if legal_kept_too_short(category):
            return  # retention-basis warns about exactly this, and more strongly
        advice = " Vul bij de gegevens {name} de bewaartermijn “7 jaar” in."
        text = ctx.say(question + advice, name=quoted(category.name, index))
        yield Hit(("data_categories", index, "retention"), text)
    else:
        advice = (
            " Voeg daarvoor gegevens toe (bijvoorbeeld “Facturen”) met de grondslag"
            " “wettelijke verplichting” en de bewaartermijn “7 jaar”."
        )
        yield Hit(("data_categories",), ctx.say(question + advice))


def children(ctx: Context) -> Iterator[Hit]:
    options = ctx.project.options
    consent = any(c.legal_basis is LegalBasis.CONSENT for c in ctx.project.data_categories)
    if consent and options.minimum_age < 16:
        message = (
            "Zet de leeftijd waaronder kinderen toestemming van een ouder of voogd nodig hebben"
            " op 16: dat is de grens in Nederland. Nu staat die op {age}."
        )
        yield Hit(("options", "minimum_age"), ctx.say(message, age=str(options.minimum_age)))


def response_time(ctx: Context) -> Iterator[Hit]:
    days = ctx.project.rights.response_days
    if days > 31:
        message = (
            "{U} beantwoordt verzoeken binnen {days} dagen. De wet geeft hooguit een maand:"
            " kies een termijn van 30 dagen of korter."
        )
        yield Hit(("rights", "response_days"), ctx.say(message, days=str(days)))


# Dutch words first, then the same in an English statement.
_ID_COPY = re.compile(
    r"kopie|legitimatie|identiteitsbewijs|id-bewijs|id-kaart|paspoort|rijbewijs"
    r"|\bcopy|identity\s+(?:document|card)|passport|driving\s+licen[cs]e|driver's\s+license",
    re.IGNORECASE,
)
_ID_WORD = re.compile(r"\bID\b")  # capitals only: "id" is too common otherwise
_BSN = re.compile(
    r"\bBSN\b|burgerservicenummer|citizen\s+service\s+number|national\s+(?:identification|ID)"
    r"\s+number",
    re.IGNORECASE,
)
_HIDDEN = re.compile(
    r"afgeschermd|afscherm|onleesbaar|zwart|doorgestre|doorhal|verborgen|verberg|afgedekt"
    r"|afdek|onzichtbaar|weggelakt|niet\s+(?:meer\s+)?(?:zichtbaar|leesbaar|te\s+zien)"
    r"|black(?:ed)?\s+out|blacken|cover|mask|\bhid(?:e|den)\b|unreadable|illegible|redact"
    r"|not\s+(?:be\s+)?(?:visible|readable|legible)",
    re.IGNORECASE,
)
_ID_THING = (
    r"(?:kopie|legitimatie|identiteitsbewijs|id-bewijs|id-kaart|paspoort|rijbewijs|ID"
    r"|cop(?:y|ies)|identity\s+(?:document|card)|passport|driving\s+licen[cs]e)\w*"
)
# The text says a copy is NOT asked: "geen kopie", "een kopie ... is niet nodig",
# "wij vragen niet om een kopie", "hoeft u geen identiteitsbewijs te sturen";
# "no copy", "a copy ... is not needed", "we never ask for a copy".
_NOT_ASKED = re.compile(
    rf"\b(?:geen|nooit|no|never)\s+(?:\w+\s+){{0,3}}?{_ID_THING}"
    rf"|{_ID_THING}\b.{{0,80}}?\b(?:niet|nooit|not|never)\s+(?:\w+\s+){{0,2}}?"
    r"(?:nodig|noodzakelijk|vereist|verplicht|gevraagd|vragen|opgevraagd|nodig\.|needed"
    r"|necessary|required|asked)"
    rf"|\b(?:niet|nooit|not|never)\s+(?:\w+\s+){{0,3}}?(?:om|naar|for)\s+(?:een\s+|a\s+|an\s+)?"
    rf"(?:\w+\s+)?{_ID_THING}",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def asks_id_copy_unmasked(text: str) -> bool:
    """True when a sentence asks for a copy of an ID without letting the BSN be hidden.

    A sentence that says no copy is needed asks for nothing: the check must not
    flag what the text does not say.
    """
    for sentence in _SENTENCE.split(text):
        asks = _ID_COPY.search(sentence) or _ID_WORD.search(sentence)
        if not asks or _NOT_ASKED.search(sentence):
            continue
        if not (_BSN.search(text) and _HIDDEN.search(text)):
            return True
    return False


def identity_check(ctx: Context) -> Iterator[Hit]:
    if asks_id_copy_unmasked(ctx.project.rights.identification):
        message = (
            "{U} vraagt om een kopie van een identiteitsbewijs. Zeg erbij dat klanten hun BSN"
            " en pasfoto mogen afschermen: meer dan nodig mag {u} niet vragen."
        )
        yield Hit(("rights", "identification"), ctx.say(message))


def effective_date(ctx: Context) -> Iterator[Hit]:
    if ctx.project.document.effective_date is None:
        message = "Vul de ingangsdatum van de verklaring in. Dan zien lezers welke versie geldt."
        yield Hit(("document", "effective_date"), message)
