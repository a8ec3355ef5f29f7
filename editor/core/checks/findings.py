"""What a rule produces (Finding) and what it gets to look at (Context).

A rule is one row of the legal checklist (docs: legal-checklist.md). It reads
the project through a Context, which also knows how the statement addresses
the reader, so every message speaks to the shop owner the way their own
statement does ("u" or "je").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from editor.core.display import printable, shown
from editor.core.model import Address, Project
from editor.core.paths import Path, format_path


class Severity(StrEnum):
    """Error: legally incomplete. Warning: likely wrong or risky. Tip: good practice."""

    ERROR = "error"
    WARNING = "warning"
    TIP = "tip"


SEVERITY_ORDER: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.TIP)


@dataclass(frozen=True)
class Finding:
    id: str  # the checklist row, e.g. "retention"
    severity: Severity
    path: str  # the field to fix, e.g. "data_categories[2].retention"
    message: str  # plain Dutch: what to do
    source: str  # the legal source, e.g. "AVG art. 13 lid 2 sub a"


@dataclass(frozen=True)
class Hit:
    """One violation as a rule sees it; the rule's id and source are added later."""

    path: Path
    message: str
    severity: Severity | None = None  # None: the rule's own severity


@dataclass(frozen=True)
class Context:
    project: Project
    # The day the check runs: stale-date compares the statement's date with it.
    today: dt.date = field(default_factory=dt.date.today)
    # Paths that rules run earlier already flag as an error (the placeholder rule
    # leaves those alone: the owner already sees what to fill in there).
    errors_at: frozenset[str] = frozenset()

    @property
    def formal(self) -> bool:
        return self.project.document.address is Address.FORMAL

    def pick(self, formal: str, informal: str) -> str:
        """Choose between two phrasings, for sentences where more than the pronoun changes."""
        return formal if self.formal else informal

    def say(self, template: str, **values: str) -> str:
        """Fill in {u}, {uw}, {jouw} (capitalised: {U}...) in the form of address, and ``values``.

        {uw} is "je" in an informal text ("je bestelling"), {jouw} is "jouw" (stressed,
        as in a heading: "Jouw rechten").

        Only the template is formatted, so braces in user text stay as they are.
        """
        if self.formal:
            words = {"u": "u", "uw": "uw", "jouw": "uw"}
        else:
            words = {"u": "je", "uw": "je", "jouw": "jouw"}
        capitals = {key.capitalize(): word.capitalize() for key, word in words.items()}
        return template.format(**words, **capitals, **values)

    def override(self, clause_id: str) -> str:
        """The user's own text for a clause, or "" when the generated text is used."""
        return self.project.clauses.overrides.get(clause_id, "").strip()

    def disabled(self, clause_id: str) -> bool:
        return clause_id in self.project.clauses.disabled


RuleCheck = Callable[[Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One checklist row: its id, its severity there, the article, and the check itself."""

    id: str
    severity: Severity
    source: str
    find: RuleCheck

    def run(self, context: Context) -> list[Finding]:
        return [
            Finding(
                id=self.id,
                severity=hit.severity or self.severity,
                path=format_path(hit.path),
                # Values in messages go through shown(); this guards the rest.
                message=printable(hit.message),
                source=self.source,
            )
            for hit in self.find(context)
        ]


def quoted(name: str, row: int, noun: str = "nummer", missing: str = "naam") -> str:
    """A row's name for a message: "“Websitegebruik”", or "nummer 3 (nog zonder naam)".

    A row without a name is named by its place in its list, as the window counts
    them ("verwerker 2 (nog zonder naam)"), so a sentence never reads "met zonder naam".
    The name is escaped and shortened (``shown``): it is the user's text.
    """
    name = name.strip()
    return f"“{shown(name)}”" if name else f"{noun} {row + 1} (nog zonder {missing})"


def processor_name(name: str, row: int) -> str:
    """A recipient row: "“Mollie”", or "verwerker 2 (nog zonder naam)" (the tab's word)."""
    return quoted(name, row, "verwerker")


def capitalised(text: str) -> str:
    """The first letter a capital, for a name that starts a sentence."""
    return text[:1].upper() + text[1:]
