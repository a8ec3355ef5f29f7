"""Rules that look across fields: facts that each pass alone but contradict each other.

A lawyer who read the exports found these (legal-checklist.md, "Consistency
rules"): a retention nobody can check, a fiscal retention on the contract
basis, a date older than the framework the statement relies on, card numbers
kept by the shop, marketplace orders without their source, mail to customers
without the conditions of the soft opt-in, joint controllers without an
arrangement.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from editor.core.checks.durations import (
    is_bookkeeping,
    is_vague,
    names_fiscal_retention,
    shorter_than_fiscal,
)
from editor.core.checks.findings import (
    Context,
    Hit,
    Severity,
    capitalised,
    processor_name,
    quoted,
)
from editor.core.display import shown
from editor.core.model import DataCategory, LegalBasis, Relationship, ServiceKind, TransferSafeguard
from editor.core.month_names import date_nl


def retention_vague(ctx: Context) -> Iterator[Hit]:
    message = (
        "De bewaartermijn van {what} (“{retention}”) zegt niet wanneer de gegevens weggaan."
        " Noem een termijn (zoals “2 jaar na de laatste bestelling”) of een moment dat de"
        " lezer kent (zoals “tot {u} {zich} afmeldt” of “tot het account wordt opgeheven”)."
        " “Zolang nodig” of “zolang {u} klant bent” is te vaag."
    )
    words = {"zich": ctx.pick("zich", "je")}
    for index, category in enumerate(ctx.project.data_categories):
        if is_vague(category.retention):
            what = f"de gegevens {quoted(category.name, index)}"
            text = ctx.say(message, what=what, retention=shown(category.retention.strip()), **words)
            yield Hit(("data_categories", index, "retention"), text)
    for index, cookie in enumerate(ctx.project.cookies):
        if is_vague(cookie.retention):
            what = f"de cookie {quoted(cookie.name, index)}"
            text = ctx.say(message, what=what, retention=shown(cookie.retention.strip()), **words)
            yield Hit(("cookies", index, "retention"), text)


def legal_kept_too_short(category: DataCategory) -> bool:
    """Bookkeeping on a legal obligation, kept shorter than the fiscal seven years."""
    text = " ".join([category.name, *category.items, *category.purposes, category.retention])
    return (
        category.legal_basis is LegalBasis.LEGAL_OBLIGATION
        and is_bookkeeping(text)
        and shorter_than_fiscal(category.retention)
    )


def retention_basis(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        name = quoted(category.name, index)
        path = ("data_categories", index, "retention")
        basis = category.legal_basis
        if basis not in (LegalBasis.LEGAL_OBLIGATION, LegalBasis.NONE) and names_fiscal_retention(
            category.retention
        ):
            message = (
                "{U} bewaart de gegevens {name} volgens de fiscale bewaarplicht, maar de"
                " grondslag is geen wettelijke verplichting. Splits ze: de bestelling op de"
                " overeenkomst met een eigen, kortere termijn, en de factuur als aparte gegevens"
                " op de grondslag “wettelijke verplichting” met 7 jaar."
            )
            yield Hit(path, ctx.say(message, name=name))
        elif legal_kept_too_short(category):
            message = (
                "De gegevens {name} vallen onder de fiscale bewaarplicht, maar {u} bewaart ze"
                " korter (“{retention}”). De Belastingdienst vraagt 7 jaar: pas de termijn aan."
            )
            yield Hit(
                path, ctx.say(message, name=name, retention=shown(category.retention.strip()))
            )


# The EU-US Data Privacy Framework was adopted on 10 July 2023.
DPF_ADOPTED = dt.date(2023, 7, 10)
REVIEW_MONTHS = 24


def _months_before(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last_day in (day.day, 30, 29, 28):  # 31 March minus a month: 28 or 29 February
        try:
            return dt.date(year, month, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def stale_date(ctx: Context) -> Iterator[Hit]:
    effective = ctx.project.document.effective_date
    if effective is None:
        return  # effective-date asks for one
    path = ("document", "effective_date")
    dpf = [
        processor_name(processor.name, index)
        for index, processor in enumerate(ctx.project.processors)
        if processor.transfer_safeguard is TransferSafeguard.DPF
    ]
    if effective < DPF_ADOPTED and dpf:
        message = (
            "De verklaring heeft als datum {date}, maar {names} gebruikt het EU-VS Data Privacy"
            " Framework, dat pas sinds 10 juli 2023 bestaat. Controleer de verklaring en zet"
            " er de datum van vandaag als ingangsdatum in."
        )
        yield Hit(path, ctx.say(message, date=date_nl(effective), names=", ".join(dpf)))
    elif effective < _months_before(ctx.today, REVIEW_MONTHS):
        message = (
            "De verklaring is van {date}, meer dan twee jaar geleden. Loop haar na (ontvangers,"
            " cookies, bewaartermijnen) en zet er daarna de nieuwe datum in."
        )
        yield Hit(path, ctx.say(message, date=date_nl(effective)), Severity.TIP)


# Full card numbers and security codes belong with the payment provider, never
# in the shop's own files (PCI DSS; art. 5(1)(c) and 32). The last four digits
# or the card brand are fine; loyalty and gift card numbers are not payment cards.
_CARD_DATA = re.compile(
    r"credit\s*-?card|debit\s*-?card|debet\s*-?kaart|creditkaart|card\s*-?number|\bCVC2?\b"
    r"|\bCVV2?\b|\bCID\b|kaartverificatiecode|beveiligingscode\s+van\s+de\s+(?:kaart|pas)"
    r"|(?<!klanten)(?<!klant)(?<!cadeau)(?<!kado)(?<!spaar)(?<!bonus)(?<!kortings)(?<!gift)"
    r"(?<!loyaliteits)(?<!waarde)(?<!lid)(?<!leden)(?<!bibliotheek)kaartnummer",
    re.IGNORECASE,
)
_CARD_PART = re.compile(
    r"laatste\s+(?:4|vier)\s+cijfers|\b(?:type|soort|merk)\b|\bmerknaam\b|vervaldatum\s+niet",
    re.IGNORECASE,
)


def card_data(ctx: Context) -> Iterator[Hit]:
    for index, category in enumerate(ctx.project.data_categories):
        for item_index, item in enumerate(category.items):
            if not _CARD_DATA.search(item) or _CARD_PART.search(item):
                continue
            message = (
                "Bij de gegevens {name} staat “{item}”. Bewaar volledige kaartnummers en"
                " beveiligingscodes niet zelf: dat doet de betaaldienst. Haal het weg, of"
                " schrijf wat {u} echt bewaart (zoals “laatste 4 cijfers van de kaart”)."
            )
            name = quoted(category.name, index)
            path = ("data_categories", index, "items", item_index)
            yield Hit(path, ctx.say(message, name=name, item=shown(item.strip())))


_MARKETPLACE = re.compile(
    r"\bbol(?:\.com)?\b|marktplaats|amazon|etsy|ebay|zalando|fruugo|cdiscount|allegro"
    r"|kaufland|\botto\b|beslist|wehkamp|fnac|vinted|catawiki|aliexpress|temu",
    re.IGNORECASE,
)
_ANY_MARKETPLACE = re.compile(
    r"verkoopplatform|verkoopkanaal|verkoopkanalen|marketplace|online\s+marktplaats",
    re.IGNORECASE,
)
_DOMAIN_END = re.compile(r"\.(?:nl|com|be|de|eu|fr|co\.uk)\b|\s*\(.*?\)", re.IGNORECASE)


def _source_names(processor_name_text: str, sources: list[str]) -> bool:
    """Some category's source names this marketplace (or marketplaces in general)."""
    core = _DOMAIN_END.sub("", processor_name_text).strip().casefold()
    brand = _MARKETPLACE.search(processor_name_text)
    keys = {core} | ({brand.group(0).casefold()} if brand else set())
    keys.discard("")
    return any(
        _ANY_MARKETPLACE.search(source) or any(key in source.casefold() for key in keys)
        for source in sources
    )


def marketplace_source(ctx: Context) -> Iterator[Hit]:
    sources = [c.source for c in ctx.project.data_categories if c.source.strip()]
    for index, processor in enumerate(ctx.project.processors):
        is_marketplace = processor.service is ServiceKind.MARKETPLACE or (
            processor.service is ServiceKind.OTHER and _MARKETPLACE.search(processor.name)
        )
        if not is_marketplace or _source_names(processor.name, sources):
            continue
        message = (
            "{Name} is een verkoopplatform: bestellingen die daar binnenkomen, {krijgt} niet"
            " van de klant zelf. Vul bij de gegevens van die bestellingen de herkomst in (zoals"
            " “{example}”), zodat de verklaring zegt waar de gegevens vandaan komen."
        )
        name = processor_name(processor.name, index)
        example = shown(processor.name.strip()) or "het verkoopplatform"
        krijgt = ctx.pick("krijgt u", "krijg je")
        text = ctx.say(message, Name=capitalised(name), example=example, krijgt=krijgt)
        yield Hit(("processors", index, "name"), text)


# Mail to existing customers without their consent (Telecommunicatiewet art. 11.7(3)).
_CUSTOMER_MAIL = re.compile(
    r"(?:als|wanneer|omdat|zodra)\s+(?:u|je|jij)\s+(?:al\s+|eerder\s+)*klant"
    r"|(?:bestaande|eerdere|vaste)\s+klanten|(?:eerdere|vorige)\s+(?:aankoop|aankopen|bestelling)"
    r"|(?:vergelijkbare|soortgelijke|gelijksoortige|gelijkaardige)\s+producten"
    r"|producten\s+die\s+lijken\s+op|soft\s+opt-?in",
    re.IGNORECASE,
)
_MARKETING = re.compile(r"mail|nieuwsbrief|aanbieding|marketing|reclame", re.IGNORECASE)


def _customer_mail_categories(ctx: Context) -> Iterator[tuple[int, DataCategory]]:
    for index, category in enumerate(ctx.project.data_categories):
        text = " ".join([category.name, *category.purposes])
        if _CUSTOMER_MAIL.search(text) and _MARKETING.search(text):
            yield index, category


def soft_opt_in(ctx: Context) -> Iterator[Hit]:
    options = ctx.project.options
    override = ctx.override("newsletter")
    shown = options.newsletter and not ctx.disabled("newsletter")
    if not options.newsletter_existing_customers:
        if shown and override and _CUSTOMER_MAIL.search(override):
            message = (
                "{Uw} eigen tekst over de nieuwsbrief belooft mail aan klanten zonder hun"
                " toestemming, maar dat staat niet aan. Dat mag alleen onder de voorwaarden"
                " van de Telecommunicatiewet: zet bij Rechten en opties het mailen naar bestaande"
                " klanten aan (dan noemt de verklaring die voorwaarden), of haal de belofte weg."
            )
            yield Hit(("clauses", "overrides", "newsletter"), ctx.say(message))
        for index, category in _customer_mail_categories(ctx):
            if category.legal_basis is LegalBasis.LEGITIMATE_INTERESTS:
                message = (
                    "De gegevens {name} gaan over mail aan klanten zonder toestemming, maar dat"
                    " staat bij Rechten en opties niet aan. Zet het aan, dan noemt de verklaring"
                    " de voorwaarden, of vraag toestemming."
                )
                name = quoted(category.name, index)
                path = ("options", "newsletter_existing_customers")
                yield Hit(path, ctx.say(message, name=name))
                break
        return
    if not options.newsletter:
        message = (
            "{U} mailt bestaande klanten over eigen producten, maar de nieuwsbrief staat uit, dus"
            " de verklaring zegt er niets over. Zet bij Rechten en opties de nieuwsbrief aan."
        )
        yield Hit(("options", "newsletter"), ctx.say(message))
    for index, category in _customer_mail_categories(ctx):
        if category.legal_basis is LegalBasis.CONSENT:
            message = (
                "Mail aan bestaande klanten over eigen, vergelijkbare producten rust niet op"
                " toestemming maar op een gerechtvaardigd belang. Kies dat als grondslag voor"
                " de gegevens {name}."
            )
            name = quoted(category.name, index)
            yield Hit(("data_categories", index, "legal_basis"), ctx.say(message, name=name))


def joint_arrangement(ctx: Context) -> Iterator[Hit]:
    for index, processor in enumerate(ctx.project.processors):
        if processor.relationship is Relationship.JOINT_CONTROLLER and not processor.agreement:
            message = (
                "{Name} is samen met {jou} verantwoordelijk. Dan moet er een regeling zijn wie wat"
                " doet (AVG art. 26), en klanten mogen de kern daarvan weten. Maak die afspraak en"
                " vink aan dat die er is, of kies een andere relatie als {name} niet samen met"
                " {jou} beslist."
            )
            name = processor_name(processor.name, index)
            text = ctx.say(message, name=name, Name=capitalised(name), jou=ctx.pick("u", "jou"))
            yield Hit(("processors", index, "agreement"), text)
