"""The closing table of a review export: "AVG artikel 13 en 14: waar staat wat".

Lawyers check a privacy statement against the items of AVG art. 13 (and 14
for data not obtained from the person). This table lists each item, the
section of the statement that covers it, or "ontbreekt" with the finding of
the check that says why (legal-checklist.md, the last section). An item that
does not apply to this shop says so ("niet van toepassing: ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from editor.core.checks import Finding, Severity
from editor.core.model import LegalBasis, Project
from editor.core.paths import parse_path
from editor.core.places import place_name
from editor.export.blocks import REVIEW_ONLY_PREFIX, Heading, Run, Section, Statement, Table
from editor.export.context import asks_consent, is_transfer

TABLE_TITLE = "AVG artikel 13 en 14: waar staat wat"
TABLE_KEY = f"{REVIEW_ONLY_PREFIX}avg-13-14"
HEADER = ("Wat de verklaring moet zeggen", "Artikel", "Waar het staat")
MISSING = "ontbreekt"


@dataclass(frozen=True)
class Item:
    what: str
    article: str
    sections: tuple[str, ...]  # clause ids that cover it, in reading order
    rules: frozenset[str]  # checklist rows whose findings mean it is missing or wrong
    fields: tuple[str, ...] = ()  # field paths (prefixes) of a placeholder finding for it


ITEMS: tuple[Item, ...] = (
    Item(
        "Identiteit en contactgegevens van de verwerkingsverantwoordelijke",
        "13 lid 1 sub a",
        ("intro", "contact"),
        frozenset({"controller-identity", "controller-contact"}),
        ("organisation", "privacy_contact.email"),
    ),
    Item(
        "Contactgegevens van de functionaris gegevensbescherming",
        "13 lid 1 sub b",
        ("contact",),
        frozenset({"dpo-contact"}),
    ),
    Item(
        "De doelen en de grondslag per doel",
        "13 lid 1 sub c",
        ("data",),
        frozenset({"purposes", "legal-basis"}),
        ("data_categories[].purposes", "data_categories[].legal_basis"),
    ),
    Item(
        "De gerechtvaardigde belangen",
        "13 lid 1 sub d",
        ("data",),
        frozenset({"legitimate-interest"}),
        ("data_categories[].legitimate_interest",),
    ),
    Item(
        "De ontvangers of categorieën ontvangers",
        "13 lid 1 sub e",
        ("recipients", "cookies"),
        frozenset({"recipients", "cookie-recipient", "cookie-provider-missing"}),
        ("processors[].name", "processors[].purpose", "processors[].data", "cookies"),
    ),
    Item(
        "Doorgifte buiten de EER en de waarborg",
        "13 lid 1 sub f",
        ("transfers",),
        frozenset({"transfers", "country-unknown"}),
        ("processors[].country", "processors[].transfer_safeguard"),
    ),
    Item(
        "De bewaartermijn of de criteria daarvoor",
        "13 lid 2 sub a",
        ("data",),
        frozenset({"retention", "retention-vague"}),
        ("data_categories[].retention",),
    ),
    Item(
        "Inzage, rectificatie, wissing, beperking, bezwaar en overdraagbaarheid",
        "13 lid 2 sub b",
        ("rights",),
        frozenset({"rights"}),
    ),
    Item(
        "Toestemming intrekken",
        "13 lid 2 sub c",
        ("rights", "cookies"),
        frozenset({"withdraw-consent", "cookie-basis"}),
    ),
    Item(
        "Klacht bij de Autoriteit Persoonsgegevens",
        "13 lid 2 sub d",
        ("complaint",),
        frozenset({"complaint"}),
    ),
    Item(
        "Of de gegevens verplicht zijn, en wat er gebeurt zonder",
        "13 lid 2 sub e",
        ("data",),
        frozenset({"required-data"}),
    ),
    Item(
        "Geautomatiseerde besluiten en profilering",
        "13 lid 2 sub f",
        ("automated-decisions",),
        frozenset({"automated-decisions"}),
    ),
    Item(
        "Herkomst en soorten gegevens die niet van de persoon zelf komen",
        "14 lid 1 sub d en lid 2 sub f",
        ("data",),
        frozenset({"source", "marketplace-source"}),
        ("data_categories[].source",),
    ),
)


def _not_applicable(item: Item, project: Project) -> str:
    """Why an item does not apply to this shop, or "" when it does."""
    categories = project.data_categories
    if item.article == "13 lid 1 sub b" and not project.privacy_contact.is_dpo:
        return "niet van toepassing: geen functionaris gegevensbescherming aangesteld"
    if item.article == "13 lid 1 sub d" and not any(
        c.legal_basis == LegalBasis.LEGITIMATE_INTERESTS for c in categories
    ):
        return "niet van toepassing: geen gegevens op grond van een gerechtvaardigd belang"
    if item.article == "13 lid 1 sub f" and not any(is_transfer(p) for p in project.processors):
        return "niet van toepassing: geen ontvanger buiten de EER"
    if item.article == "13 lid 2 sub c" and not asks_consent(project):
        return "niet van toepassing: geen gegevens op grond van toestemming"
    if item.article.startswith("14") and not any(c.source.strip() for c in categories):
        return "niet van toepassing: alle gegevens komen van de persoon zelf"
    return ""


def _generic(path: str) -> str:
    """``data_categories[2].retention`` -> ``data_categories[].retention``."""
    try:
        parts = parse_path(path)
    except ValueError:
        return path
    text = ""
    for part in parts:
        text += "[]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def item_findings(item: Item, findings: Sequence[Finding]) -> list[Finding]:
    """The errors and warnings that mean ``item`` is missing or wrong."""
    chosen = []
    for finding in findings:
        if finding.severity is Severity.TIP:
            continue
        placeholder = finding.id == "placeholder" and any(
            _generic(finding.path).startswith(prefix) for prefix in item.fields
        )
        if finding.id in item.rules or placeholder:
            chosen.append(finding)
    return chosen


def coverage_section(
    project: Project, statement: Statement, findings: Sequence[Finding]
) -> Section:
    """The table as a section to append to the statement of a review export."""
    titles = {section.key: section.heading.text for section in statement.sections}
    rows = []
    for item in ITEMS:
        missing = item_findings(item, findings)
        where = [titles[key] for key in item.sections if key in titles]
        answer: tuple[Run, ...]
        if missing:
            # "ontbreekt" in bold, then each finding on a line of its own.
            reasons = [
                Run(f"\n{finding.message} (plaats: {place_name(project, finding.path)})")
                for finding in missing
            ]
            answer = (Run(MISSING, bold=True), *reasons)
        elif not_applicable := _not_applicable(item, project):
            answer = (Run(not_applicable),)
        elif where:
            answer = (Run("; ".join(where)),)
        else:
            answer = (Run(MISSING, bold=True), Run(": geen onderdeel van de verklaring zegt dit"))
        # The article on one line: non-breaking spaces ("13 lid 1 sub a").
        article = item.article.replace(" ", "\u00a0")
        rows.append(((Run(item.what),), (Run(article),), answer))
    table = Table(HEADER, tuple(rows), kind="coverage")
    return Section(TABLE_KEY, Heading(2, TABLE_TITLE, TABLE_KEY), (table,))
