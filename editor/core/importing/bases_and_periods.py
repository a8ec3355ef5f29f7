"""A legal basis and a retention period, where a passage of the old text states them.

A legal basis is taken only when the text names it as the basis (after
"grondslag", "op basis van" ..., or in a phrase that names one by itself),
and only when the passage names one; a retention only from a sentence about
keeping or deleting data that gives a period or an end.
"""

from __future__ import annotations

import re

from editor.core.importing.blocks import Block
from editor.core.importing.found import Found, sentences
from editor.core.model import LegalBasis

_BASES: tuple[tuple[LegalBasis, re.Pattern[str]], ...] = tuple(
    (basis, re.compile(pattern, re.IGNORECASE))
    for basis, pattern in (
        (LegalBasis.CONSENT, r"\btoestemming\b|\bconsent\b"),
        (
            LegalBasis.CONTRACT,
            r"(?:uitvoering|uitvoeren|nakomen)\s+van\s+(?:de|een|onze|uw|je|jouw)\s+"
            r"(?:koop)?overeenkomst|\bovereenkomst\b|performance of (?:a|the) contract"
            r"|\bcontract\b",
        ),
        (LegalBasis.LEGAL_OBLIGATION, r"wettelijke?\s+(?:verplichting|plicht)|legal obligation"),
        (LegalBasis.LEGITIMATE_INTERESTS, r"gerechtvaardigd\w*\s+belang|legitimate interest"),
        (LegalBasis.VITAL_INTERESTS, r"vita(?:al|le)\s+belang|vital interest"),
        (LegalBasis.PUBLIC_TASK, r"algemeen\s+belang|publiekrechtelijk|public (?:task|interest)"),
    )
)
# Phrases that name a basis by themselves, without "grondslag" or "op basis van" before
# them: "met jouw toestemming", "om de overeenkomst met je uit te voeren", "wettelijk
# verplicht", "ons gerechtvaardigd belang". A legal duty to keep data ("moeten wij ... 7
# jaar bewaren") is about the retention, not the basis of the processing: see _about_keeping.
_NAMED_BASES: tuple[tuple[LegalBasis, re.Pattern[str]], ...] = tuple(
    (basis, re.compile(pattern, re.IGNORECASE))
    for basis, pattern in (
        (
            LegalBasis.CONSENT,
            r"\b(?:met|na)\s+(?:je|jouw|uw|uitdrukkelijke|expliciete|voorafgaande)\s+"
            r"(?:\w+\s+)?toestemming\b|\b(?:je|jij|u)\s+(?:\w+\s+){0,2}?toestemming\s+"
            r"(?:hebt|heeft|geeft|geven|verleent|verleend|gegeven)\b",
        ),
        (
            LegalBasis.CONTRACT,
            r"\bovereenkomst\s+(?:met\s+(?:je|jou|u)\s+)?(?:uit\s+te\s+voeren|na\s+te\s+komen)"
            r"|\b(?:uitvoering|uitvoeren|nakomen)\s+van\s+(?:de|een|onze|uw|je|jouw)\s+"
            r"(?:met\s+(?:je|jou|u)\s+gesloten\s+)?\w*overeenkomst",
        ),
        (
            LegalBasis.LEGAL_OBLIGATION,
            r"\bwettelijk\s+verplicht|\bwettelijke\s+(?:verplichting|plicht)\b"
            r"|\bop\s+grond\s+van\s+de\s+wet\b|\bvan\s+de\s+wet\s+(?:moet|moeten)\b",
        ),
        (LegalBasis.LEGITIMATE_INTERESTS, r"\bgerechtvaardigd\w*\s+belang"),
    )
)
_CLAUSE_END = re.compile(r"[,.;:]|\s(?:en|maar|want)\s")
_BASIS_CUE = re.compile(
    r"grondslag|rechtsgrond|op basis van|op grond van|gebaseerd op|legal basis|lawful basis|"
    r"on the basis of|based on",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"\b(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|achttien|"
    r"vierentwintig|one|two|three|five|six|seven|ten|twelve)\s+"
    r"(?:dag|dagen|week|weken|maand|maanden|jaar|jaren|kalenderjaren|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_END_EVENT = re.compile(
    r"\bzolang\b|\btotdat\b|\btot (?:je|jij|u) |\bafmeld|\buitschrijv|intrekt|opzegt|"
    r"\bsessie\b|\bsession\b|as long as|until",
    re.IGNORECASE,
)
_KEEP = re.compile(
    r"bewaar|bewaren|bewaard|bewaartermijn|verwijder|vernietig|opgeslagen|retention|"
    r"\bwissen\b|\bgewist\b|anonimiseer|geanonimiseerd|\bblij(?:ft|ven)\b|"
    r"\bkept\b|\bkeep\b|\bstore[ds]?\b|\bdelete",
    re.IGNORECASE,
)


def basis_in(text: str, start: int, *, cue_needed: bool = True) -> Found[LegalBasis] | None:
    """The one legal basis a text names as such; None when it names none or several."""
    hits: dict[LegalBasis, tuple[int, int]] = {}
    for basis, pattern in _BASES:
        for match in pattern.finditer(text):
            if cue_needed and not _BASIS_CUE.search(text[max(0, match.start() - 80) : match.end()]):
                continue
            if basis is LegalBasis.LEGAL_OBLIGATION and _about_keeping(text, match):
                continue
            hits.setdefault(basis, (start + match.start(), start + match.end()))
    if cue_needed:
        for basis, pattern in _NAMED_BASES:
            for match in pattern.finditer(text):
                if basis is LegalBasis.LEGAL_OBLIGATION and _about_keeping(text, match):
                    continue
                hits.setdefault(basis, (start + match.start(), start + match.end()))
    if len(hits) != 1:
        return None
    (basis, (first, last)), *_ = hits.items()
    return Found(basis, first, last)


def _about_keeping(text: str, match: re.Match[str]) -> bool:
    """Whether a legal duty is one to keep the data: its clause speaks of keeping."""
    end = _CLAUSE_END.search(text, match.end())
    clause = text[match.start() : end.start() if end else len(text)]
    return _KEEP.search(clause) is not None


def has_period(text: str) -> bool:
    """Whether a text gives a period or an end ("7 jaar", "zolang je klant bent")."""
    return bool(_DURATION.search(text) or _END_EVENT.search(text))


def retention_in(blocks: tuple[Block, ...] | list[Block]) -> Found[str] | None:
    """The sentences about keeping data that give a period or an end, joined."""
    parts: list[tuple[int, str]] = []
    for block in blocks:
        for start, sentence in sentences(block):
            if _KEEP.search(sentence) and (
                _DURATION.search(sentence) or _END_EVENT.search(sentence)
            ):
                parts.append((start, sentence.strip()))
    if not parts:
        return None
    text = " ".join(sentence for _, sentence in parts[:3])
    return Found(text, parts[0][0], parts[min(2, len(parts) - 1)][0] + len(parts[-1][1]))
