"""Rules about who receives the data: processors, transfers outside the EEA, cookies.

Each function is one row of the legal checklist and yields one Hit per
violation, pointing at the field that fixes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core import countries
from editor.core.checks.findings import Context, Hit, Severity, capitalised, processor_name, quoted
from editor.core.checks.name_match import PartyNames
from editor.core.display import shown
from editor.core.model import CookieKind, Relationship, TransferSafeguard


def recipients(ctx: Context) -> Iterator[Hit]:
    for index, processor in enumerate(ctx.project.processors):
        name = processor_name(processor.name, index)
        if not processor.name.strip():
            yield Hit(("processors", index, "name"), f"Vul de naam in van verwerker {index + 1}.")
        if not processor.purpose.strip():
            message = "Vul in waarvoor {name} de gegevens krijgt."
            yield Hit(("processors", index, "purpose"), ctx.say(message, name=name))
        if not any(item.strip() for item in processor.data):
            message = "Vul in welke gegevens {name} van {u} krijgt."
            yield Hit(("processors", index, "data"), ctx.say(message, name=name))


def country_unknown(ctx: Context) -> Iterator[Hit]:
    """An empty country, and also a code the country list does not know (a typo, a name)."""
    for index, processor in enumerate(ctx.project.processors):
        name = processor_name(processor.name, index)
        country = processor.country.strip()
        if not country:
            message = (
                "Vul in in welk land {name} de gegevens verwerkt. De verklaring moet"
                " zeggen waar de gegevens terechtkomen."
            )
        elif not countries.is_known(country):
            message = (
                "Kies het land van {name} uit de lijst: “{country}” is geen landcode"
                " die het programma kent."
            )
        else:
            continue
        yield Hit(
            ("processors", index, "country"), ctx.say(message, name=name, country=shown(country))
        )


def _transfer_advice(code: str) -> str:
    if code == "US":
        return (
            "het EU-VS Data Privacy Framework (als de ontvanger daarvoor gecertificeerd is)"
            " of modelcontractbepalingen (SCC)"
        )
    if countries.has_adequacy(code):
        return "het adequaatheidsbesluit van de EU voor dit land"
    return "modelcontractbepalingen (SCC) of bindende bedrijfsvoorschriften (BCR)"


def transfers(ctx: Context) -> Iterator[Hit]:
    """A recipient outside the EEA (an unknown code counts as outside) needs a valid safeguard."""
    for index, processor in enumerate(ctx.project.processors):
        code = processor.country.strip().upper()
        if not code or countries.is_eea(code):
            continue
        name = processor_name(processor.name, index)
        land = (
            countries.country_name(code)
            if countries.is_known(code)
            else f"onbekende code “{shown(code)}”"
        )
        safeguard = processor.transfer_safeguard
        if safeguard is TransferSafeguard.NONE:
            message = (
                "{Name} verwerkt de gegevens buiten de Europese Economische Ruimte"
                " (land: {land}). Kies op welke grond {u} de gegevens daarheen mag sturen,"
                " bijvoorbeeld {advice}."
            )
        elif safeguard is TransferSafeguard.ADEQUACY and not countries.has_adequacy(code):
            message = (
                "Voor het land van {name} ({land}) heeft de EU geen"
                " adequaatheidsbesluit. Kies een andere grond om de gegevens daarheen te sturen,"
                " bijvoorbeeld {advice}."
            )
        elif safeguard is TransferSafeguard.DPF and code != "US":
            message = (
                "Het EU-VS Data Privacy Framework geldt alleen voor de Verenigde Staten, niet"
                " voor het land van {name} ({land}). Kies een andere grond om de"
                " gegevens daarheen te sturen, bijvoorbeeld {advice}."
            )
        else:
            continue
        advice = _transfer_advice(code)
        text = ctx.say(message, name=name, Name=capitalised(name), land=land, advice=advice)
        yield Hit(("processors", index, "transfer_safeguard"), text)


def processor_agreement(ctx: Context) -> Iterator[Hit]:
    for index, processor in enumerate(ctx.project.processors):
        if processor.relationship is Relationship.PROCESSOR and not processor.agreement:
            message = (
                "Sluit een verwerkersovereenkomst met {name} en vink aan dat die er is. Werkt"
                " deze partij niet namens {u}, maar als zelfstandige partij? Kies dat dan bij"
                " de relatie."
            )
            name = processor_name(processor.name, index)
            yield Hit(("processors", index, "agreement"), ctx.say(message, name=name))


def cookies_consent(ctx: Context) -> Iterator[Hit]:
    for index, cookie in enumerate(ctx.project.cookies):
        if cookie.consent:
            continue
        name = quoted(cookie.name, index)
        path = ("cookies", index, "consent")
        if cookie.kind is CookieKind.MARKETING:
            message = (
                "Vraag bezoekers eerst toestemming voor de marketingcookie {name}. Zonder"
                " toestemming mag {u} deze cookie niet plaatsen."
            )
            yield Hit(path, ctx.say(message, name=name))
        elif cookie.kind is CookieKind.ANALYTICS:
            message = ctx.pick(
                "De analytische cookie {name} plaatst u zonder toestemming. Dat mag alleen als u"
                " IP-adressen inkort, geen gegevens deelt en een verwerkersovereenkomst heeft."
                " Anders: vraag eerst toestemming.",
                "De analytische cookie {name} plaats je zonder toestemming. Dat mag alleen als je"
                " IP-adressen inkort, geen gegevens deelt en een verwerkersovereenkomst hebt."
                " Anders: vraag eerst toestemming.",
            )
            yield Hit(path, ctx.say(message, name=name), Severity.TIP)


def _website_host(url: str) -> str:
    host = re.sub(r"^[a-z]+://", "", url.strip().casefold()).split("/")[0]
    return host.removeprefix("www.")


def cookie_recipient(ctx: Context) -> Iterator[Hit]:
    org = ctx.project.organisation
    known = [org.name, *org.trade_names, _website_host(org.website)]
    known += [processor.name for processor in ctx.project.processors]
    parties = PartyNames(known, (cookie.provider for cookie in ctx.project.cookies))
    for index, cookie in enumerate(ctx.project.cookies):
        provider = cookie.provider.strip()
        if not provider or parties.matches(provider):
            continue
        message = (
            "De cookie {name} komt van “{provider}”. Zet “{provider}” bij de ontvangers,"
            " want die krijgt gegevens van bezoekers. Of verbeter de naam van de aanbieder."
        )
        text = ctx.say(message, name=quoted(cookie.name, index), provider=shown(provider))
        yield Hit(("cookies", index, "provider"), text)
