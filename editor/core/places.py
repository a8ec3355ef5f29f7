"""A field path in the words of the window: "Gegevens → Websitegebruik → Bewaartermijn".

A finding points at a field by its path (``data_categories[2].retention``).
The shop owner and the lawyer who reads a review export know the window, not
the file format: this module names a path by the tab, the row (by its name)
and the field's label as the form shows them. No Qt here, so the findings
panel, the review export and the command line all say the same thing.
"""

from __future__ import annotations

from typing import Any, Final

from editor.core.model import Address, Project
from editor.core.paths import Path, get_value, parse_path

ARROW: Final = " → "

# The tabs of the window (editor/ui/tabs/__init__.py), by the top-level key they edit.
TAB_TITLES: Final[dict[str, str]] = {
    "organisation": "Organisatie",
    "privacy_contact": "Organisatie",
    "data_categories": "Gegevens",
    "processors": "Verwerkers",
    "cookies": "Cookies",
    "rights": "Rechten en opties",
    "options": "Rechten en opties",
    "document": "Document",
    "clauses": "Document",
    "custom_sections": "Document",
}

# The form labels, without their keyboard mnemonics (the "&" of "&Naam").
FIELD_LABELS: Final[dict[str, dict[str, str]]] = {
    "organisation": {
        "name": "Naam van de winkel",
        "trade_names": "Handelsnamen",
        "kvk_number": "KvK-nummer",
        "address": "Adres",
        "postal_code": "Postcode",
        "city": "Plaats",
        "country": "Land",
        "email": "E-mailadres",
        "phone": "Telefoon",
        "website": "Website",
    },
    "privacy_contact": {
        "name": "Naam",
        "email": "E-mailadres",
        "phone": "Telefoon",
        "is_dpo": "Functionaris gegevensbescherming (FG)",
    },
    "data_categories": {
        "name": "Naam",
        "items": "Welke gegevens",
        "purposes": "Doelen",
        "legal_basis": "Grondslag",
        "legitimate_interest": "Gerechtvaardigd belang",
        "retention": "Bewaartermijn",
        "source": "Herkomst",
        "special": "Bijzondere persoonsgegevens",
        "required": "Verplicht om de bestelling te kunnen sluiten",
    },
    "processors": {
        "name": "Naam",
        "service": "Soort dienst",
        "relationship": "Rol",
        "purpose": "Doel",
        "data": "Gegevens",
        "country": "Land van verwerking",
        "transfer_safeguard": "Waarborg bij doorgifte",
        "agreement": "Verwerkersovereenkomst",
        "privacy_url": "Privacyverklaring (link)",
        "notes": "Notities",
    },
    "cookies": {
        "name": "Naam",
        "provider": "Aanbieder",
        "kind": "Soort",
        "description": "Beschrijving",
        "retention": "Bewaartermijn",
        "consent": "Toestemming",
    },
    "rights": {
        "response_days": "Reactietijd",
        "identification": "Identiteit controleren",
    },
    "options": {
        "minimum_age": "Minimumleeftijd",
        "automated_decisions": "Automatische besluiten",
        "newsletter": "Nieuwsbrief",
        "newsletter_existing_customers": "Klanten mailen zonder toestemming",
        "security_measures": "Beveiliging",
    },
    "document": {
        "address": "Aanspreekvorm",
        "title": "Titel",
        "effective_date": "Ingangsdatum",
        "version": "Versie",
        "language": "Taal",
    },
    "custom_sections": {"title": "Titel van het onderdeel", "text": "Tekst van het onderdeel"},
}

# The group boxes that hold a field, where the tab has more than one.
GROUPS: Final[dict[str, str]] = {"privacy_contact": "Aanspreekpunt voor privacy"}

# A row without a name yet: "Verwerkers → verwerker 2 (nog zonder naam)".
ROW_WORDS: Final[dict[str, str]] = {
    "data_categories": "soort gegevens",
    "processors": "verwerker",
    "cookies": "cookie",
    "custom_sections": "eigen onderdeel",
}
_ROW_NAME_FIELD: Final[dict[str, str]] = {"custom_sections": "title"}
_NAME_LIMIT = 40


def row_name(project: Project, table: str, index: int) -> str:
    """A row as the window lists it: its name, or "verwerker 2 (nog zonder naam)"."""
    try:
        row = get_value(project, (table, index))
        name = str(getattr(row, _ROW_NAME_FIELD.get(table, "name"), "")).strip()
    except (LookupError, AttributeError):
        name = ""
    name = " ".join(name.split())
    if len(name) > _NAME_LIMIT:
        name = name[: _NAME_LIMIT - 1].rstrip() + "…"
    return name or f"{ROW_WORDS.get(table, 'rij')} {index + 1} (nog zonder naam)"


def _clause_title(project: Project, clause_id: str) -> str:
    # Imported here: the check may name places too, and must not import itself.
    from editor.core.checks.texts import CLAUSE_TITLES

    title = CLAUSE_TITLES.get(clause_id, clause_id)
    return title.replace("{Jouw}", "Uw" if project.document.address is Address.FORMAL else "Jouw")


def place_parts(project: Project, path: Path) -> list[str]:
    """The steps of :func:`place_name`, from the tab to the field."""
    if not path or not isinstance(path[0], str):
        return ["Het project"]
    top = path[0]
    parts = [TAB_TITLES.get(top, top)]
    rest: list[Any] = list(path[1:])
    if top in GROUPS:
        parts.append(GROUPS[top])
    if top == "clauses":
        parts.append("Onderdelen")
        if len(rest) >= 2 and rest[0] == "overrides":
            parts.append(f"{_clause_title(project, str(rest[1]))} (eigen tekst)")
        return parts
    if rest and isinstance(rest[0], int):
        if top == "custom_sections":
            parts.append("Eigen onderdelen")
        parts.append(row_name(project, top, rest.pop(0)))
    if rest and isinstance(rest[0], str):
        field = rest.pop(0)
        parts.append(FIELD_LABELS.get(top, {}).get(field, field.replace("_", " ")))
        if rest and isinstance(rest[0], int):
            parts[-1] += f" (regel {rest[0] + 1})"
    return parts


def place_name(project: Project, path: str | Path) -> str:
    """``data_categories[2].retention`` -> "Gegevens → Websitegebruik → Bewaartermijn"."""
    if isinstance(path, str):
        try:
            parts = parse_path(path) if path else ()
        except ValueError:
            return path
    else:
        parts = path
    return ARROW.join(place_parts(project, parts))
