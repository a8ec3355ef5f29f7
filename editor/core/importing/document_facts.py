"""The statement's date, version, language and form of address."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from editor.core.importing.blocks import OldText
from editor.core.importing.found import Found
from editor.core.model import Address

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("januari", "january", "jan"),
            ("februari", "february", "feb"),
            ("maart", "march", "mrt", "mar"),
            ("april", "apr"),
            ("mei", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("augustus", "august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_DATE = re.compile(
    r"(?P<d>\d{1,2})[-/.](?P<m>\d{1,2})[-/.](?P<y>\d{4})"
    r"|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2})"
    r"|(?P<d3>\d{1,2})(?:e|ste|de)?\s+(?P<mon>[a-zA-Z]{3,9})\.?\s+(?P<y3>\d{4})"
    r"|(?P<mon4>[A-Z][a-z]{2,8})\s+(?P<d4>\d{1,2}),?\s+(?P<y4>\d{4})"
)
# The cues in two ranks: a date the text says the statement takes effect on wins over
# one it was written or changed on ("vastgesteld op 1 maart, in werking per 1 april").
_EFFECT_CUE = re.compile(
    r"ingangsdatum|in werking|inwerkingtreding|van kracht|met ingang van|"
    r"geld(?:ig|t) (?:vanaf|per|sinds|met ingang van)|effective",
    re.IGNORECASE,
)
_DATE_CUE = re.compile(
    r"(?:laatst|voor het laatst)\s+(?:gewijzigd|bijgewerkt|aangepast|herzien)|"
    r"(?:gewijzigd|bijgewerkt|aangepast|vastgesteld|opgesteld|herzien)\s*(?:op|:)|datum|versie|"
    r"last (?:updated|modified|revised)|updated on|dated",
    re.IGNORECASE,
)
_ABOUT_A_LAW = re.compile(r"\bAVG\b|\bGDPR\b|verordening|\bwet\b|regulation", re.IGNORECASE)
_VERSION = re.compile(
    r"\b(?:versie|version|versienummer)\s*:?\s*(?P<v>\d+(?:\.\d+){0,2}[a-z]?)\b", re.I
)
_WORD = re.compile(r"\w+")
_FORMAL = ("u", "uw", "uzelf")
_INFORMAL = ("je", "jij", "jou", "jouw", "jezelf")
_DUTCH = ("de", "het", "een", "wij", "van", "en", "niet", "voor", "gegevens", "uw", "je", "zijn")
_ENGLISH = ("the", "and", "we", "our", "your", "of", "to", "is", "with", "data", "you")


@dataclass
class DocumentFacts:
    effective_date: Found[dt.date] | None = None
    version: Found[str] | None = None
    address: Address | None = None
    formal_count: int = 0
    informal_count: int = 0
    language: str = "nl"


def find_document_facts(old: OldText) -> DocumentFacts:
    facts = DocumentFacts()
    text = old.text
    facts.effective_date = _find_date(text)
    version = _VERSION.search(text)
    if version is not None:
        facts.version = Found(version.group("v"), version.start("v"), version.end("v"))
    # One pass over the words: a few regular expressions over the whole text each
    # cost more than the rest of the import.
    counts = Counter(_WORD.findall(text.casefold()))
    dutch = sum(counts[word] for word in _DUTCH)
    english = sum(counts[word] for word in _ENGLISH)
    facts.language = "en" if english > dutch * 1.5 else "nl"
    if facts.language == "nl":
        # "u" as a letter in a list ("a, b, ... u") or in "E-mail: u@..." is rare enough to count.
        facts.formal_count = sum(counts[word] for word in _FORMAL)
        facts.informal_count = sum(counts[word] for word in _INFORMAL)
        if facts.formal_count or facts.informal_count:
            formal = facts.formal_count > facts.informal_count
            facts.address = Address.FORMAL if formal else Address.INFORMAL
    return facts


def _find_date(text: str) -> Found[dt.date] | None:
    for cues in (_EFFECT_CUE, _DATE_CUE):
        for cue in cues.finditer(text):
            if _ABOUT_A_LAW.search(_sentence_around(text, cue.start(), cue.end())):
                continue  # "de AVG is op 25 mei 2018 in werking getreden"
            window = text[cue.start() : cue.end() + 120]
            for match in _DATE.finditer(window):
                date = _to_date(match)
                if date is not None:
                    start = cue.start() + match.start()
                    return Found(date, start, start + len(match.group()))
    return None


def _sentence_around(text: str, start: int, end: int) -> str:
    begin = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[begin : min(stops) if stops else len(text)]


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    try:
        if groups["y"]:
            return dt.date(int(groups["y"]), int(groups["m"]), int(groups["d"]))
        if groups["y2"]:
            return dt.date(int(groups["y2"]), int(groups["m2"]), int(groups["d2"]))
        if groups["y3"]:
            month = _MONTHS.get(groups["mon"].casefold())
            return dt.date(int(groups["y3"]), month, int(groups["d3"])) if month else None
        if groups["y4"]:
            month = _MONTHS.get(groups["mon4"].casefold())
            return dt.date(int(groups["y4"]), month, int(groups["d4"])) if month else None
    except ValueError:
        return None
    return None
