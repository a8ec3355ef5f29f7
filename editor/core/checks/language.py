"""The language-mix rule: the owner's texts are in the statement's language.

An English statement with "Bestelgegevens" in it, or a Dutch one with "Your
order history", reads as unfinished. The rule looks at every text the owner
typed that the statement prints (not names, addresses or processor notes) and
asks which language its words belong to, from two small word lists kept here:
the common words of each language and the vocabulary of shop privacy texts.
Words both languages share (account, marketing, cookies, website, e-mail) and
texts with no telling word stay quiet, so a brand or a short item never fires.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.address import user_texts
from editor.core.checks.findings import Context, Hit

# Words that only Dutch uses (function words and the vocabulary of webshop
# privacy texts). Lower case; a word in both lists counts for neither.
_DUTCH = """
    de het een en van voor met zonder bij naar onder uit aan op te tot om
    als dan dat die dit deze wij ons onze uw jij jouw zij hun wordt worden werd
    zijn waren heeft hebben kan kunnen mag mogen moet moeten wil willen zal zullen
    niet geen wel ook nog alleen altijd nooit jaar jaren maand maanden week weken dag
    dagen uur lang zolang totdat nadat voordat waarin waarmee waarvoor welke wanneer
    naam namen voornaam achternaam adres adressen woonplaats plaats postcode telefoon
    telefoonnummer geboortedatum geslacht bestelling bestellingen bestelgegevens betaling
    betalingen betaalgegevens factuur facturen klant klanten gegevens persoonsgegevens
    bewaren bewaard bewaartermijn verwijderen verwijderd afhandelen afhandeling bezorgen
    bezorging verzenden verzending levering leveren retour retouren klantenservice vragen
    vraag nieuwsbrief aanbiedingen aanbod versturen sturen toesturen inloggen
    wachtwoord bezoek bezoekers gebruik gebruiken verbeteren statistieken winkelwagen
    zoekgedrag surfgedrag voorkeuren wettelijke fiscale belastingdienst administratie
    boekhouding overeenkomst uitvoeren toestemming intrekken afmelden
    rekeningnummer bankrekeningnummer cadeau verjaardag beoordeling beoordelingen
    beveiliging beveiligd beveiligde versleuteling versleuteld versleutelde sterk sterke
    regelmatig regelmatige toegang wachtwoorden medewerkers geheimhouding
"""

# Endings of Dutch compounds ("bestelgegevens", "e-mailadres", "klantnummer").
DUTCH_ENDINGS = (
    "gegevens",
    "adres",
    "nummer",
    "termijn",
    "datum",
    "geschiedenis",
    "heid",
    "beleid",
)

# Words that only English uses. Left out on purpose: words Dutch shop texts use
# as well (data, details, service, review, login, bank, order, contact, account,
# marketing, cookies, website) and short words both languages spell alike
# (in, is, was, of, over, door, had).
_ENGLISH = """
    the and for with without by at to from into about under on as than
    that this these those our ours you your yours they their its are were
    been has have can could may might must should will would not also only
    always never year years month months week weeks day days hour after until
    while before which when where who what how name names first last address addresses
    town city phone telephone number birth date gender ordering payment
    payments invoice invoices customer customers keep kept retention delete
    deleted handle handling deliver delivery delivering ship shipping shipment returns
    questions question newsletter offers send sending password visit
    visitors use using improve statistics basket cart browsing behaviour behavior
    preferences legal tax records bookkeeping perform consent withdraw
    unsubscribe birthday history
"""
ENGLISH_ENDINGS = ("tion", "tions", "ment", "ments", "ness", "ity")

# Words both languages use in shop texts: never telling, whatever their ending.
_SHARED = """
    account accounts marketing cookie cookies website websites e-mail online webshop app apps
    social media chat service data details review reviews login order orders bank contact
    tracking analytics
"""
SHARED_WORDS = frozenset(_SHARED.split())
DUTCH_WORDS = frozenset(_DUTCH.split()) - SHARED_WORDS
ENGLISH_WORDS = frozenset(_ENGLISH.split()) - SHARED_WORDS

_WORD = re.compile(r"[a-zà-öø-ÿ]+(?:-[a-zà-öø-ÿ]+)*")
SHORTEST = 3  # letters: "IP", "ID" or "KvK" alone tell nothing


def language_of(text: str) -> str:
    """ "nl", "en" or "" (cannot tell): the language most of the telling words belong to."""
    words = [word for word in _WORD.findall(text.lower()) if len(word) >= SHORTEST]
    dutch = sum(1 for word in words if _is_dutch(word))
    english = sum(1 for word in words if _is_english(word))
    if dutch > english:
        return "nl"
    if english > dutch:
        return "en"
    return ""


def _is_dutch(word: str) -> bool:
    # A compound with a hyphen ("ssl-versleuteling") belongs where its last part does.
    last = word.rsplit("-", 1)[-1]
    return _is_dutch_word(word) or (last != word and _is_dutch_word(last))


def _is_dutch_word(word: str) -> bool:
    if word in ENGLISH_WORDS or word in SHARED_WORDS:
        return False
    return word in DUTCH_WORDS or (len(word) > 6 and word.endswith(DUTCH_ENDINGS))


def _is_english(word: str) -> bool:
    if word in DUTCH_WORDS or word in SHARED_WORDS:
        return False
    return word in ENGLISH_WORDS or (len(word) > 5 and word.endswith(ENGLISH_ENDINGS))


_MESSAGES = {
    "en": (
        "{label} lijkt Nederlands, terwijl de verklaring in het Engels is. Schrijf deze "
        "tekst in het Engels, zodat de lezer één taal leest."
    ),
    "nl": (
        "{label} lijkt Engels, terwijl de verklaring in het Nederlands is. Schrijf deze "
        "tekst in het Nederlands, zodat de lezer één taal leest."
    ),
}


def language_mix(ctx: Context) -> Iterator[Hit]:
    statement = ctx.project.document.language
    other = "nl" if statement == "en" else "en"
    message = _MESSAGES.get(statement, _MESSAGES["nl"])
    for path, label, text in user_texts(ctx):
        if text.strip() and language_of(text) == other:
            yield Hit(path, ctx.say(message, label=label))
