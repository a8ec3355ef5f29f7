"""What changed in the catalog since a row was filled from it (no Qt).

A row filled from the catalog remembers the entry's name and date
(``Processor.catalog`` and ``catalog_as_of``). Each release ships a newer
catalog; when its entry is newer than the row's date and its facts differ from
the row, the check gives the tip ``catalog-changed`` and the window offers to
take the new facts or to keep the row's own ("keep mine" moves the row's date
on, so the tip goes until the entry changes again).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from editor.core.catalog import CatalogEntry, find_entry, long_date
from editor.core.countries import country_name
from editor.core.labels import RELATIONSHIP_LABELS, SAFEGUARD_LABELS, SERVICE_LABELS
from editor.core.model import (
    Processor,
    Project,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)

# The facts the statement prints or rests on. The name, the notes and the
# agreement are the owner's own and never compared.
COMPARED_FIELDS = (
    "service",
    "relationship",
    "purpose",
    "data",
    "country",
    "transfer_safeguard",
    "privacy_url",
)
FIELD_WORDS = {
    "service": "soort dienst",
    "relationship": "rol",
    "purpose": "doel",
    "data": "gegevens",
    "country": "land",
    "transfer_safeguard": "waarborg bij doorgifte",
    "privacy_url": "link naar de privacyverklaring",
}


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: object  # the row's value, typed as the model types it
    new: object  # the entry's value

    def describe(self) -> str:
        if isinstance(self.new, list) and isinstance(self.old, list):
            # A list says what the catalog adds and drops, not both lists whole.
            added = [item for item in self.new if item not in self.old]
            dropped = [item for item in self.old if item not in self.new]
            parts = [f"erbij {_quoted(added)}"] if added else []
            parts += [f"niet meer {_quoted(dropped)}"] if dropped else []
            if parts:
                return f"{FIELD_WORDS[self.field]}: {', '.join(parts)}"
        new, old = _shown(self.field, self.new), _shown(self.field, self.old)
        return f"{FIELD_WORDS[self.field]}: in de catalogus {new}, in de rij {old}"


@dataclass(frozen=True)
class CatalogChange:
    """A row whose catalog entry is newer and says something else."""

    index: int  # the row in project.processors
    entry: CatalogEntry
    changes: tuple[FieldChange, ...]

    def describe(self) -> str:
        return "; ".join(change.describe() for change in self.changes)

    @property
    def date(self) -> str:
        """The newer entry's date as people write it."""
        return long_date(self.entry.as_of)


def row_changes(
    row: Processor, entries: Iterable[CatalogEntry] | None = None
) -> CatalogChange | None:
    """The newer facts for one row (index 0), or None when there are none."""
    return _change(0, row, entries)


def catalog_changes(
    project: Project, entries: Iterable[CatalogEntry] | None = None
) -> list[CatalogChange]:
    """Every row of the project whose catalog entry has newer, different facts."""
    catalog = None if entries is None else list(entries)
    found = (_change(index, row, catalog) for index, row in enumerate(project.processors))
    return [change for change in found if change is not None]


def _change(
    index: int, row: Processor, entries: Iterable[CatalogEntry] | None
) -> CatalogChange | None:
    if not row.catalog or row.catalog_as_of is None:
        return None
    entry = find_entry(row.catalog, entries)
    if entry is None or entry.self_hosted or entry.as_of <= row.catalog_as_of:
        return None
    # A review platform's controller row is compared with its controller part.
    newer = entry.facts_for(row.relationship)
    changes = tuple(
        FieldChange(field, getattr(row, field), getattr(newer, field))
        for field in COMPARED_FIELDS
        if getattr(row, field) != getattr(newer, field)
    )
    return CatalogChange(index, entry, changes) if changes else None


def _shown(field: str, value: object) -> str:
    """A value as the owner reads it: labels and country names, not codes."""
    if isinstance(value, list):
        return "“" + ", ".join(str(item) for item in value) + "”" if value else "(leeg)"
    if value == "":
        return "(leeg)"
    if isinstance(value, ServiceKind):
        return _in_sentence(SERVICE_LABELS[value])
    if isinstance(value, Relationship):
        return _in_sentence(RELATIONSHIP_LABELS[value])
    if isinstance(value, TransferSafeguard):
        return _in_sentence(SAFEGUARD_LABELS[value])
    if field == "country":
        return country_name(str(value))
    return f"“{value}”"


def _in_sentence(label: str) -> str:
    """A label inside a sentence: "Verwerker" becomes "verwerker", "EU-VS ..." stays."""
    return label[0].lower() + label[1:] if label[1:2].islower() else label


def _quoted(items: list[str]) -> str:
    return ", ".join(f"“{item}”" for item in items)
