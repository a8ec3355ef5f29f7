"""The measure of issue 12: how many facts a seed states does the import find, and how
many recipients does it invent.

A fact counts only when the seed itself states it: the example project may know
more (a website the seed never gives, a recipient named by its role such as
"Bezorgdienst"). Values are compared normalised: case, spacing, "+31 (0)6" and "06".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from editor.core.model import Project

ORGANISATION_FIELDS = (
    "name",
    "address",
    "postal_code",
    "city",
    "email",
    "phone",
    "website",
    "kvk_number",
)


def _plain(text: str) -> str:
    return re.sub(r"\s+", "", text.casefold())


def _phone(text: str) -> str:
    digits = re.sub(r"\D", "", re.sub(r"\(0\)", "", text))
    if digits.startswith("0031"):
        digits = "0" + digits[4:]
    elif digits.startswith("31") and text.strip().startswith("+"):
        digits = "0" + digits[2:]
    return digits


def _website(text: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", text.casefold()).rstrip("/")


def normalise(kind: str, value: str) -> str:
    if kind == "phone":
        return _phone(value)
    if kind == "website":
        return _website(value)
    return _plain(value)


def _stated(kind: str, value: str, seed: str) -> bool:
    if not value.strip():
        return False
    if kind == "phone":
        return _phone(value)[1:] in re.sub(r"\D", "", seed)
    if kind == "website":
        # Only a web address counts; the domain of an e-mail address is no website.
        return (
            re.search(r"(?:https?://|www\.)" + re.escape(_website(value)), seed.casefold())
            is not None
        )
    if kind == "recipient":
        # A recipient counts when the seed writes its name as a name (case kept):
        # "advertentienetwerk" in a sentence is a role, not a party.
        return re.sub(r"\s+", " ", value) in re.sub(r"\s+", " ", seed)
    return _plain(value) in _plain(seed)


@dataclass
class Score:
    total: int = 0
    found: int = 0
    missing: list[str] = field(default_factory=list)
    invented: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.found / self.total if self.total else 1.0

    def __str__(self) -> str:
        return (
            f"{self.found}/{self.total} gevonden ({self.ratio:.0%}), "
            f"{len(self.invented)} verzonnen ontvanger(s) {self.invented}; mist {self.missing}"
        )


def measure(imported: Project, example: Project, seed: str) -> Score:
    score = Score()

    def count(label: str, kind: str, expected: str, got: list[str]) -> None:
        if not _stated(kind, expected, seed):
            return
        score.total += 1
        if normalise(kind, expected) in {normalise(kind, value) for value in got}:
            score.found += 1
        else:
            score.missing.append(f"{label}={expected!r}")

    for key in ORGANISATION_FIELDS:
        count(
            f"organisation.{key}",
            key if key in ("phone", "website") else "text",
            getattr(example.organisation, key),
            [getattr(imported.organisation, key)],
        )
    for name in example.organisation.trade_names:
        count("organisation.trade_names", "text", name, imported.organisation.trade_names)
    count(
        "privacy_contact.name",
        "text",
        example.privacy_contact.name,
        [imported.privacy_contact.name],
    )
    imported_names = [row.name for row in imported.processors]
    for row in example.processors:
        count("processor", "recipient", row.name, imported_names)
    known = {_plain(row.name) for row in example.processors}
    score.invented = [name for name in imported_names if _plain(name) not in known]
    return score
