"""Dutch patterns for the facts a statement gives: e-mail, phone, postal code, KvK, web address."""

from __future__ import annotations

import re

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
# A Dutch number (10 digits from 0, or +31/0031 with an optional "(0)"), or another
# country's number after a "+". Spaces, dashes, dots and brackets may sit between digits.
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[\s.-]*(?:\(0\)[\s.-]*)?[1-9](?:[\s.-]?\d){8}"
    r"|0[1-9](?:[\s.-]?\(?\d\)?){8}"
    r"|\+(?!31)\d{2,3}(?:[\s.-]?\(?\d\)?){6,11})(?![\w])"
)
POSTAL_CODE = re.compile(r"\b([1-9]\d{3})\s?(?!SA|SD|SS)([A-Z]{2})\b")
KVK = re.compile(
    r"(?:\bKvK|\bK\.v\.K\.?|Kamer van Koophandel|Chamber of Commerce|\bCoC)"
    r"(?:[\s-]*(?:nummer|nr\.?|number|no\.?|registratie(?:nummer)?))?"
    r"(?:[\s:.,-]*(?:onder|ingeschreven onder|under)?\s*(?:nummer|nr\.?|number|no\.?)?)?"
    r"[\s:.#|-]*(\d{2}[\s.]?\d{2}[\s.]?\d{2}[\s.]?\d{2})\b",
    re.IGNORECASE,
)
URL = re.compile(
    r"(?<![@\w.-])(?:https?://|www\.)[\w-]+(?:\.[\w-]+)+(?:/[^\s<>()\"']*[^\s<>()\"'.,;:!?])?",
    re.IGNORECASE,
)
# A person's name: initials or first names, prefixes such as "van der", a surname.
PERSON = re.compile(
    r"(?:(?:de heer|mevrouw|dhr\.|dhr|mevr\.|mevr|mr\.|drs\.|ir\.|ing\.|dr\.)\s+)?"
    r"(?P<name>(?:[A-Z]\.\s?){1,4}\s?"
    r"(?:(?:van|de|der|den|ter|ten|te|het|in 't|'t|la|le|von|da)\s+){0,3}"
    r"[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
    r"|[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?(?:\s+[A-Z][a-zà-ÿ'’]+)?"
    r"(?:\s+(?:van|de|der|den|ter|ten|te|het|in 't|'t|la|le|von|da|el|dos)){0,3}"
    r"\s+[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?)"
)
# Words that start a capitalised phrase that is no person and no company.
_words = str.split
NOT_A_NAME = frozenset(
    [
        "de",
        "het",
        "een",
        "wij",
        "we",
        "ons",
        "onze",
        "uw",
        "je",
        "jouw",
        "jij",
        "u",
        "dit",
        "deze",
        "die",
        "dat",
        "hier",
        "daar",
        "als",
        "wanneer",
        "indien",
        "voor",
        "van",
        "in",
        "op",
        "met",
        "bij",
        "door",
        "om",
        "tot",
        "naar",
        "over",
        "na",
        "via",
        "zoals",
        "ook",
        "en",
        "of",
        "maar",
        "privacyverklaring",
        "privacybeleid",
        "privacy",
        "cookies",
        "cookie",
        "website",
        "webwinkel",
        "webshop",
        "gegevens",
        "persoonsgegevens",
        "avg",
        "gdpr",
        "autoriteit",
        "contact",
        "contactgegevens",
        "adres",
        "telefoon",
        "e-mail",
        "email",
        "tel",
        "mail",
        "klantenservice",
        "bewaartermijn",
        "doel",
        "doeleinden",
        "grondslag",
        "kvk",
        "the",
        "we",
        "our",
        "your",
        "this",
        "that",
        "these",
        "if",
        "for",
        "of",
        "to",
        "and",
        "or",
        "with",
        "by",
        "on",
        "in",
        "at",
        "as",
        "it",
    ]
)
# Words that look like a name after "delen met" or "gebruik van" but name no party;
# payment methods ("betalen gaat via iDEAL") are no party either.
NOT_A_NAME = NOT_A_NAME | frozenset(
    _words(
        """
        derden derde partijen partij bedrijven bedrijf organisaties instanties overheid
        klanten klant gebruikers bezoekers medewerkers leveranciers verwerkers partners
        dienstverleners opdrachtgever opdrachtgevers ouders kinderen internet europa
        nederland nederlandse europese amerikaanse duitse belgische engelse franse externe
        andere diverse verschillende betrouwbare bekende alle enkele sommige servers server
        software
        ideal bancontact visa mastercard maestro sofort giropay creditcard
        """
    )
)
AUTHORITIES = re.compile(
    r"Autoriteit\s+Persoonsgegevens|\bAP\b|toezichthouder|Belastingdienst|Kamer van Koophandel"
    r"|Europese\s+(?:Unie|Commissie)|Geschillencommissie|politie|justitie|rechtbank"
    r"|supervisory authority|Dutch Data Protection Authority|autoriteitpersoonsgegevens",
    re.IGNORECASE,
)
AUTHORITY_NAMES = frozenset(
    name.casefold()
    for name in (
        "Autoriteit Persoonsgegevens",
        "AP",
        "Belastingdienst",
        "Kamer van Koophandel",
        "KvK",
        "Europese Unie",
        "Europese Commissie",
        "Geschillencommissie",
        "Politie",
        "Justitie",
        "AVG",
        "GDPR",
        "UAVG",
        "EER",
        "EU",
        "Thuiswinkel.org",
    )
)


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def compact(text: str) -> str:
    """Lower-case letters and digits only: "Flowers by Jennifer" -> "flowersbyjennifer"."""
    return re.sub(r"[^0-9a-z]", "", text.casefold())


def domain_of(address: str) -> str:
    """The host of a web or e-mail address without "www.": "info@x.nl" -> "x.nl"."""
    host = address.rsplit("@", 1)[-1]
    host = re.sub(r"^https?://", "", host, flags=re.IGNORECASE).split("/")[0]
    return host.casefold().removeprefix("www.")


def with_legal_dot(name: str) -> str:
    """ "Jansen B.V" -> "Jansen B.V.": the full stop went with the sentence's punctuation."""
    if re.search(r"\b(?:B\.V|N\.V|V\.O\.F|C\.V)$", name):
        return name + "."
    return name
