"""Reading a retention period the way a reader of the statement would.

A retention is clear when it gives a duration ("2 jaar", "24 maanden", "zeven
jaar", "anderhalf jaar", "tot 30 dagen na de levering"), a date, or an end
event the reader can check ("tot u zich afmeldt", "tot intrekking van uw
toestemming", "gedurende de looptijd van het account", "einde van de sessie").
It is vague when it only says "zolang nodig", "zolang u klant bent",
"onbepaald" and the like (AVG art. 13(2)(a) and the AP's guidance).

Dutch writes numbers as digits or as words, and joins tens and units into one
word ("vijfentwintig", "tweeëntwintig"): both are understood here.
"""

from __future__ import annotations

import re

_UNITS = {
    "twee": 2,
    "drie": 3,
    "vier": 4,
    "vijf": 5,
    "zes": 6,
    "zeven": 7,
    "acht": 8,
    "negen": 9,
}
_NUMBER_WORDS = {
    "een": 1,
    "één": 1,
    "eén": 1,
    **_UNITS,
    "tien": 10,
    "elf": 11,
    "twaalf": 12,
    "dertien": 13,
    "veertien": 14,
    "vijftien": 15,
    "zestien": 16,
    "zeventien": 17,
    "achttien": 18,
    "negentien": 19,
    "twintig": 20,
    "dertig": 30,
    "veertig": 40,
    "vijftig": 50,
    "zestig": 60,
    "zeventig": 70,
    "tachtig": 80,
    "negentig": 90,
    "honderd": 100,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "twelve": 12,
}
_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig")
# "vijfentwintig", "tweeëntwintig", "eenendertig": a unit, "en" (or "ën"), a ten.
_COMPOUND = re.compile(rf"(een|één|{'|'.join(_UNITS)})[eë]n({'|'.join(_TENS)})", re.IGNORECASE)
_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_NUMBER = (
    rf"(?P<number>\d+(?:[,.]\d+)?|anderhalve|anderhalf|een half|een halve|half|halve"
    rf"|(?:(?:een|één|{'|'.join(_UNITS)})[eë]n(?:{'|'.join(_TENS)}))|{_WORD})"
)
# The unit in months, so two durations can be compared (a month: 1/12 year).
_UNIT_MONTHS = {
    "seconde": 1 / (30 * 24 * 3600),
    "minuut": 1 / (30 * 24 * 60),
    "uur": 1 / (30 * 24),
    "dag": 1 / 30,
    "week": 7 / 30,
    "maand": 1.0,
    "kwartaal": 3.0,
    "jaar": 12.0,
}
# Dutch spellings first; the English ones serve a statement in English.
_UNIT_NAMES = {
    "seconde": ("seconden", "seconde", "sec", "seconds", "second"),
    "minuut": ("minuten", "minuut", "min", "minutes", "minute"),
    "uur": ("uren", "uur", "hours", "hour"),
    "dag": ("dagen", "dag", "etmalen", "etmaal", "days", "day"),
    "week": ("weken", "week", "wk", "weeks"),
    "maand": ("maanden", "maand", "mnd", "months", "month"),
    "kwartaal": ("kwartalen", "kwartaal", "quarters", "quarter"),
    "jaar": ("jaren", "jaar", "jr", "years", "year"),
}
_UNIT = (
    "(?P<unit>"
    + "|".join(sorted((s for names in _UNIT_NAMES.values() for s in names), key=len, reverse=True))
    + ")"
)
_UNIT_OF = {spelling: unit for unit, spellings in _UNIT_NAMES.items() for spelling in spellings}

_DURATION = re.compile(
    rf"(?<![\w-]){_NUMBER}(?:\s*(?:à|a|-|tot|of)\s*(?P<upper>\d+(?:[,.]\d+)?))?\s*-?\s*{_UNIT}\b",
    re.IGNORECASE,
)
_MONTH_NAMES = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_DATE = re.compile(
    rf"\b\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}\b|\b\d{{4}}-\d{{2}}-\d{{2}}\b"
    rf"|\b\d{{1,2}}\s+(?:{_MONTH_NAMES})\s+\d{{4}}\b|\b(?:{_MONTH_NAMES})\s+\d{{4}}\b",
    re.IGNORECASE,
)

# End events a reader can check. Each is something that happens at a moment the
# person knows or causes: unsubscribing, withdrawing consent, closing the account,
# the end of the visit, the end of a contract, an objection.
_END_EVENT = re.compile(
    r"afmeld|afgemeld|af\s+te\s+melden|meldt?\s+(?:zich|u|je|jij)\s+(?:\w+\s+){0,3}?af\b"
    r"|uitschrijv|uitschrijf|uitgeschreven|uit\s+te\s+schrijven|schrijft?\s+(?:zich|u|je|jij)\s+(?:\w+\s+){0,3}?uit\b"
    r"|intrek|ingetrokken|trekt\s+(?:\w+\s+){0,4}?in\b"
    r"|(?:account|profiel|klantaccount|abonnement|lidmaatschap|overeenkomst|contract)"
    r"\w*\s+(?:\w+\s+){0,3}?(?:opgeheven|ophef|opzeg|opgezegd|verwijder|sluit|gesloten|beëindig"
    r"|afloopt|eindigt|loopt|bestaat|actief)"
    r"|(?:opheffen|opheffing|opzeggen|opzegging|verwijderen|verwijdering|sluiten|beëindiging"
    r"|einde|looptijd|duur)\s+(?:\w+\s+){0,2}?(?:account|profiel|klantaccount|abonnement"
    r"|lidmaatschap|overeenkomst|contract|garantie\w*|sessie|bezoek|browsersessie)"
    r"|sessie|browser\s+(?:\w+\s+){0,2}?(?:sluit|afsluit|gesloten)|einde\s+van\s+(?:het|uw|je|jouw)"
    r"\s+bezoek|na\s+(?:het|uw|je|jouw)\s+bezoek|tot\s+(?:\w+\s+){0,2}?bezoek\s+(?:eindigt|voorbij)"
    r"|bezwaar\s+maakt|bezwaar\s+hebt\s+gemaakt|(?:na|tot)\s+(?:\w+\s+){0,2}?bezwaar"
    r"|(?:na|tot)\s+(?:de\s+)?(?:levering|bezorging|afhandeling|afronding|retour)"
    r"|(?:bestelling|retour|klacht|vraag|verzoek|zaak)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:afgehandeld|afgerond|geleverd|afgeleverd|bezorgd|beantwoord)"
    r"|(?:vraagt|verzoekt|vraag|verzoek)\s+(?:\w+\s+){0,4}?(?:te\s+|tot\s+)?(?:verwijder|wissen)"
    r"|verwijderverzoek|verzoek\s+(?:\w+\s+){0,2}?verwijdering"
    r"|garantie\w*\s+(?:\w+\s+){0,2}?(?:verlopen|verloopt|voorbij|afloopt|eindigt)"
    r"|unsubscrib|withdraw|account\s+(?:\w+\s+){0,2}?(?:closed|deleted)|end\s+of\s+(?:the|your)"
    r"\s+(?:session|visit|contract|subscription)|session|clos\w*\s+(?:\w+\s+){0,2}?browser"
    r"|browser\s+(?:\w+\s+){0,2}?closed|(?:ask|request)\w*\s+(?:\w+\s+){0,4}?(?:to\s+)?"
    r"(?:remove|delete|erase)|(?:removal|deletion|erasure)\s+request|object(?:s|ed)?\b"
    r"|(?:after|until)\s+(?:\w+\s+){0,2}?(?:delivery|return|complaint|order)\s+(?:is\s+)?"
    r"(?:delivered|handled|settled|completed|answered)",
    re.IGNORECASE,
)

# Phrases that look like an answer but give the reader nothing to check.
_VAGUE = re.compile(
    r"zo\s*lang\s+(?:als\s+)?(?:dat\s+|het\s+|dit\s+)?(?:nodig|noodzakelijk|nuttig|relevant|vereist)"
    r"|niet\s+langer\s+dan\s+(?:strikt\s+)?(?:nodig|noodzakelijk)"
    r"|zo\s*lang\s+(?:u|je|jij)\s+(?:\w+\s+){0,3}?klant"
    r"|zo\s*lang\s+(?:de|onze|uw|je|jouw)\s+(?:klant)?relatie"
    r"|onbepaald|onbeperkt|voor\s+altijd|permanent|eeuwig|voorlopig|niet\s+vastgesteld"
    r"|(?:een\s+)?redelijke\s+termijn|zo\s+kort\s+mogelijk"
    r"|geen\s+gebruik\s+meer\s+(?:\w+\s+){0,3}?(?:maken|gebruiken)"
    r"|wettelijke\s+(?:bewaar)?termijn|wettelijk\s+(?:verplicht|vereist)"
    # the same in an English statement
    r"|as\s+long\s+as\s+(?:it\s+is\s+|is\s+|we\s+)?(?:necessary|needed|required|relevant|useful)"
    r"|no\s+longer\s+than\s+(?:strictly\s+)?(?:necessary|needed)"
    r"|as\s+long\s+as\s+you\s+(?:\w+\s+){0,3}?customer|(?:customer\s+)?relationship\s+lasts"
    r"|indefinite|unlimited|forever|for\s+the\s+time\s+being|not\s+(?:yet\s+)?(?:set|determined)"
    r"|reasonable\s+(?:period|time)|as\s+short\s+as\s+possible"
    r"|no\s+longer\s+(?:\w+\s+){0,3}?(?:use|using)\b|statutory\s+(?:retention\s+)?period"
    r"|legal(?:ly)?\s+(?:required|retention\s+period)|required\s+by\s+law",
    re.IGNORECASE,
)
_PARTS = re.compile(r";|\n|\s+·\s+|\.\s+(?=[A-Z])")
# A part that starts like this puts a limit on the part before it: "zolang je
# actief klant bent; na 7 jaar zonder inloggen verwijderd".
_BOUND = re.compile(
    r"\s*(?:en\s+|maar\s+)?(?:na|maximaal|max\.|hooguit|uiterlijk|ten\s+hoogste"
    r"|niet\s+langer\s+dan|tot\s+maximaal|in\s+(?:elk|ieder)\s+geval|daarna|at\s+most"
    r"|(?:and\s+)?(?:deleted|erased|removed)?\s*(?:after|up\s+to|no\s+longer\s+than"
    r"|at\s+the\s+latest|in\s+any\s+case))\b",
    re.IGNORECASE,
)


def _number_value(word: str) -> float:
    word = word.casefold().replace(",", ".")
    if word in ("anderhalf", "anderhalve"):
        return 1.5
    if word in ("half", "halve", "een half", "een halve"):
        return 0.5
    compound = _COMPOUND.fullmatch(word)
    if compound:
        return _NUMBER_WORDS[compound.group(1)] + _NUMBER_WORDS[compound.group(2)]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    try:
        return float(word)
    except ValueError:
        return 0.0


def durations_in_months(text: str) -> list[float]:
    """Every duration the text names, in months ("2 jaar" -> 24.0, "30 dagen" -> 1.0)."""
    found = []
    for match in _DURATION.finditer(text):
        unit = _UNIT_OF[match.group("unit").casefold()]
        number = match.group("upper") or match.group("number")  # "2 à 3 jaar": at most 3
        found.append(_number_value(number) * _UNIT_MONTHS[unit])
    return found


def _is_checkable(text: str) -> bool:
    return bool(durations_in_months(text) or _DATE.search(text) or _END_EVENT.search(text))


def is_vague(retention: str) -> bool:
    """True when a reader cannot check when the data goes.

    Empty text is not vague (the retention rule asks for it). A part that is
    vague ("zolang nodig") counts even next to a clear one ("facturen 7 jaar"),
    unless it carries its own limit ("zolang nodig, hooguit 2 jaar").
    """
    text = " ".join(retention.split("\u00ad"))  # a soft hyphen is no separator
    if not text.strip():
        return False
    if not _is_checkable(text):
        return True
    parts = _PARTS.split(text)
    bounded = any(_BOUND.match(part) and _is_checkable(part) for part in parts)
    return not bounded and any(_VAGUE.search(part) and not _is_checkable(part) for part in parts)


# The fiscal duty to keep the books (AWR art. 52(4)): seven years.
FISCAL_MONTHS = 7 * 12
SEVEN_YEARS = re.compile(r"\b(?:7|zeven|seven)\s*(?:jaar|jaren|jr|years?)\b", re.IGNORECASE)
_FISCAL = re.compile(
    r"fiscal|fiscaal|belasting|bewaarplicht|\bAWR\b|wettelijke\s+(?:bewaar)?termijn"
    r"|administratieplicht|wettelijk\s+verplicht"
    r"|\btax|statutory\s+(?:retention|period|duty)|legal\s+duty\s+to\s+keep|required\s+by\s+law"
    r"|legally\s+required",
    re.IGNORECASE,
)
_BOOKS = re.compile(
    r"factu|administratie|boekhoud|belasting|fiscal|fiscaal|btw|jaarrekening"
    r"|invoic|bookkeeping|accounting|business\s+records|\btax|\bVAT\b|annual\s+accounts",
    re.IGNORECASE,
)


# Seven years counted from the last login or activity is a choice, not the tax duty.
_SINCE_ACTIVITY = re.compile(
    r"zonder|inactiv|inlog|activiteit|laatste\s+(?:bezoek|contact)"
    r"|without|log(?:ged|ging|s)?\s*in|activity|last\s+(?:visit|contact)",
    re.I,
)


def names_fiscal_retention(retention: str) -> bool:
    """The retention is the fiscal one: the tax duty named, or a bare seven years."""
    if _FISCAL.search(retention):
        return True
    return bool(SEVEN_YEARS.search(retention)) and not _SINCE_ACTIVITY.search(retention)


def is_bookkeeping(text: str) -> bool:
    """Text about invoices, the books or taxes: what the fiscal duty covers."""
    return _BOOKS.search(text) is not None


def shorter_than_fiscal(retention: str) -> bool:
    """Every period the retention names is shorter than seven years (and it names one)."""
    months = durations_in_months(retention)
    return bool(months) and max(months) < FISCAL_MONTHS
