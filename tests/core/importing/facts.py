"""The wider measure: the facts a statement states against what the import finds.

Each measured statement has a small table of the facts it states itself
(``*.facts.toml``): the kinds of data, the retention periods, the legal bases,
the recipients, the cookies with their providers, and the date. The table is
written by hand from the statement's text, so it holds only what the text
says (an example project may know more). The import is scored on recall
(facts found / facts stated) and on what it invents: a recipient, a kind of
data, a legal basis, a cookie or a date the statement does not state. An
invented fact is worse than a missed one: the owner would have to notice it.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from editor.core.model import Project

KINDS = ("data", "retention", "bases", "recipients", "cookies", "cookie_providers", "date")

_NUMBERS = {
    "een": "1",
    "één": "1",
    "twee": "2",
    "drie": "3",
    "vier": "4",
    "vijf": "5",
    "zes": "6",
    "zeven": "7",
    "acht": "8",
    "negen": "9",
    "tien": "10",
    "twaalf": "12",
    "achttien": "18",
    "vierentwintig": "24",
}
_LEAD = re.compile(r"^(?:je|jouw|uw|your|de|het|een|the)\s+", re.IGNORECASE)


_LEGAL_FORM = re.compile(r"\s+(?:b\.?v\.?|n\.?v\.?|ltd\.?|gmbh|inc\.?)$", re.IGNORECASE)


def name_key(text: str) -> str:
    """A name or kind of data compared without case, spacing, punctuation, "je"/"uw" or a
    legal form ("Hostnet B.V." is "Hostnet")."""
    text = _LEGAL_FORM.sub("", _LEAD.sub("", text.strip()))
    return re.sub(r"[^0-9a-zà-ÿ]", "", text.casefold())


def period_key(text: str) -> str:
    """A retention phrase with numbers as digits: "zeven jaar" and "7 jaar" agree."""
    words = re.findall(r"[0-9a-zà-ÿ]+", text.casefold())
    return " ".join(_NUMBERS.get(word, word) for word in words)


@dataclass(frozen=True)
class Expected:
    """What one statement states, from its ``.facts.toml``."""

    data: tuple[str, ...] = ()
    retention: tuple[str, ...] = ()
    bases: tuple[str, ...] = ()
    recipients: tuple[str, ...] = ()
    cookies: tuple[str, ...] = ()
    cookie_providers: tuple[str, ...] = ()
    date: dt.date | None = None


def load_expected(path: Path) -> Expected:
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(raw) - set(KINDS)
    if unknown:
        raise ValueError(f"{path.name}: unknown keys {sorted(unknown)}")
    return Expected(
        **{key: tuple(raw.get(key, ())) for key in KINDS if key != "date"},
        date=raw.get("date"),
    )


@dataclass
class KindScore:
    stated: int = 0
    found: int = 0
    missing: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)


@dataclass
class FactScore:
    kinds: dict[str, KindScore] = field(default_factory=dict)

    @property
    def stated(self) -> int:
        return sum(score.stated for score in self.kinds.values())

    @property
    def found(self) -> int:
        return sum(score.found for score in self.kinds.values())

    @property
    def invented(self) -> list[str]:
        return [f"{kind}: {value}" for kind, s in self.kinds.items() for value in s.invented]

    def __str__(self) -> str:
        lines = [f"{self.found}/{self.stated} found, {len(self.invented)} invented"]
        for kind, score in self.kinds.items():
            lines.append(
                f"  {kind}: {score.found}/{score.stated} missing {score.missing} "
                f"invented {score.invented}"
            )
        return "\n".join(lines)


def imported_kinds(project: Project) -> list[str]:
    """The kinds of data the import reports: each category's items, or its name when it
    has none (then the name is the kind, "Gegevens voor marketing")."""
    kinds: list[str] = []
    for category in project.data_categories:
        kinds.extend(category.items if category.items else [category.name])
    return kinds


def _by_name(stated: tuple[str, ...], got: list[str], *, once: bool = False) -> KindScore:
    """``once``: the same party twice ("Hostnet" and "Hostnet B.V.") is one too many."""
    score = KindScore(stated=len(stated))
    have = {name_key(value) for value in got}
    want = {name_key(value) for value in stated}
    for value in stated:
        if name_key(value) in have:
            score.found += 1
        else:
            score.missing.append(value)
    score.invented = [value for value in dict.fromkeys(got) if name_key(value) not in want]
    if once:
        keys = [name_key(value) for value in got]
        score.invented += [f"{value} (twice)" for i, value in enumerate(got) if keys[i] in keys[:i]]
    return score


def score_facts(project: Project, expected: Expected) -> FactScore:
    result = FactScore()
    kinds = result.kinds
    kinds["data"] = _by_name(expected.data, imported_kinds(project))

    retentions = [period_key(c.retention) for c in project.data_categories if c.retention]
    retention = KindScore(stated=len(expected.retention))
    for phrase in expected.retention:
        if any(period_key(phrase) in text for text in retentions):
            retention.found += 1
        else:
            retention.missing.append(phrase)
    kinds["retention"] = retention

    bases = [c.legal_basis.value for c in project.data_categories if c.legal_basis.value]
    kinds["bases"] = _by_name(expected.bases, bases)
    recipients = [row.name for row in project.processors]
    kinds["recipients"] = _by_name(expected.recipients, recipients, once=True)
    kinds["cookies"] = _by_name(expected.cookies, [c.name for c in project.cookies], once=True)
    providers = [c.provider for c in project.cookies if c.provider]
    kinds["cookie_providers"] = _by_name(expected.cookie_providers, providers)

    date = KindScore(stated=int(expected.date is not None))
    got = project.document.effective_date
    if expected.date is not None and got == expected.date:
        date.found = 1
    elif expected.date is not None:
        date.missing.append(expected.date.isoformat())
    if got is not None and got != expected.date:
        date.invented.append(got.isoformat())
    kinds["date"] = date
    return result
