"""Where a finding of the check sits in the statement, for a review comment.

A lawyer reads the Word file, not the project: a comment must hang on the
text it concerns (the paragraph, the list, the table row or cell of the
field) and say in the window's words which field to change. ``locate`` finds
that text in the block tree; the Word writer turns an :class:`Anchor` into a
comment range. No python-docx and no Qt here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from editor.core.checks import Finding, clause_for
from editor.core.model import Project
from editor.core.month_names import date_nl
from editor.core.paths import Path, get_value, parse_path
from editor.core.places import place_name
from editor.export.blocks import BulletList, Heading, Paragraph, Section, Statement, Table
from editor.export.blocks import plain_text as runs_text

SEVERITY_WORDS = {"error": "Fout", "warning": "Waarschuwing", "tip": "Tip"}


@dataclass(frozen=True)
class Anchor:
    """A place in the statement: a section, one of its blocks, a row or cell of it.

    ``block`` None: the section's heading. For a bullet list ``row`` is the
    item; for a table ``row`` is the body row (the header not counted) and
    ``cell`` the column. ``last_block``: the range runs on to that block (a
    label paragraph and the list under it).
    """

    section: str
    block: int | None = None
    row: int | None = None
    cell: int | None = None
    last_block: int | None = None


@dataclass(frozen=True)
class ReviewComment:
    anchor: Anchor
    text: str


# The label that starts a kind of data's paragraph in the data clause, per field.
_DATA_LABELS = {
    "nl": {
        "items": "Welke gegevens:",
        "purposes": "Waarvoor:",
        "legal_basis": "Grondslag:",
        "legitimate_interest": "Grondslag:",
        "retention": "Bewaartermijn:",
        "required": "Verplicht?",
        "source": "Herkomst:",
        "special": "Let op:",
    },
}
# The table column that shows a field, by the column's header.
_COLUMNS = {
    "nl": {
        "processors": {
            "name": "Partij",
            "purpose": "Waarvoor",
            "data": "Welke gegevens",
            "country": "Land",
            "transfer_safeguard": "Waarborg",
            "privacy_url": "Partij",
        },
        "cookies": {
            "name": "Naam",
            "provider": "Aanbieder",
            "kind": "Soort",
            "description": "Doel",
            "retention": "Bewaartermijn",
            "consent": "Toestemming",
        },
    },
}
_BLANK_NAME = "[naam]"
# The blank an empty field shows outside the tables and the data clause
# (the templates' blank("...") labels), so a comment finds it.
_BLANKS = {
    "nl": {
        "organisation.name": "[naam van de winkel]",
        "organisation.address": "[straat en huisnummer]",
        "organisation.postal_code": "[postcode]",
        "organisation.city": "[plaats]",
        "organisation.email": "[e-mailadres]",
        "privacy_contact.email": "[e-mailadres]",
        "document.effective_date": "[ingangsdatum]",
    },
}
# The section a table row's field is shown in, when the finding's own section
# (clause_for) has no such row: a cookie's provider is a recipients finding.
_TABLE_SECTIONS = {"processors": ("recipients", "transfers"), "cookies": ("cookies",)}


def comment_text(project: Project, finding: Finding) -> str:
    """ "Fout: <message> (AVG art. 13 ...). Plaats: Gegevens → Websitegebruik → Bewaartermijn"."""
    label = SEVERITY_WORDS.get(str(finding.severity), str(finding.severity))
    text = f"{label}: {finding.message} ({finding.source})"
    if finding.path:
        text += f". Plaats: {place_name(project, finding.path)}"
    return text


def review_comments(
    project: Project, statement: Statement, findings: Sequence[Finding]
) -> list[ReviewComment]:
    """One comment per finding, anchored where the statement shows its field."""
    present = [section.key for section in statement.sections]
    return [
        ReviewComment(locate(statement, project, finding, present), comment_text(project, finding))
        for finding in findings
    ]


def locate(
    statement: Statement, project: Project, finding: Finding, present: Sequence[str]
) -> Anchor:
    """The text ``finding`` concerns, or its section's heading when no text is more exact."""
    key = clause_for(finding, present)
    sections = {section.key: section for section in statement.sections}
    try:
        path = parse_path(finding.path) if finding.path else ()
    except ValueError:
        path = ()
    language = statement.meta.language

    def generated(clause_id: str) -> Section | None:
        # The owner's own text for a clause: the comment is about all of it.
        if project.clauses.overrides.get(clause_id, "").strip():
            return None
        return sections.get(clause_id)

    section = generated(key)
    if section is None:
        return Anchor(key)
    field = str(path[2]) if len(path) > 2 else ""
    match path:
        case ("data_categories", int(index), *_) if key == "data":
            return _in_category(section, index, field, language) or Anchor(key)
        case ("processors" | "cookies" as table, int(index), *_):
            # The finding's own section first, when it shows such rows at all.
            own = [key] if key in _TABLE_SECTIONS[table] else []
            candidates = [*own, *(k for k in _TABLE_SECTIONS[table] if k != key)]
            for candidate in candidates:
                where = generated(candidate)
                if where is None:
                    continue
                if table == "processors":
                    found = _in_party_table(where, project, index, field, language)
                else:
                    found = _in_cookie_table(where, index, field, language)
                if found is not None:
                    return found
            return Anchor(key)
    text = _shown_value(project, path)
    if text == "[":
        text = _BLANKS.get(language, {}).get(finding.path, text)
    return _by_value(section, text) or Anchor(key)


def _in_category(section: Section, index: int, field: str, language: str) -> Anchor | None:
    headings = [n for n, b in enumerate(section.blocks) if isinstance(b, Heading)]
    if index >= len(headings):
        return None
    start = headings[index]
    end = headings[index + 1] if index + 1 < len(headings) else len(section.blocks)
    label = _DATA_LABELS.get(language, {}).get(field)
    if label is None:
        return Anchor(section.key, start)  # the kind of data as a whole: its heading
    for number in range(start + 1, end):
        block = section.blocks[number]
        if isinstance(block, Paragraph) and runs_text(block.runs).startswith(label):
            following = number + 1
            if following < end and isinstance(section.blocks[following], BulletList):
                return Anchor(section.key, number, last_block=following)
            return Anchor(section.key, number)
    return Anchor(section.key, start)


def _tables(section: Section) -> Iterator[tuple[int, Table]]:
    for number, block in enumerate(section.blocks):
        if isinstance(block, Table):
            yield number, block


def _column(table: Table, header: str | None) -> int:
    if header is not None and header in table.header:
        return table.header.index(header)
    return 0


def _in_party_table(
    section: Section, project: Project, index: int, field: str, language: str
) -> Anchor | None:
    if index >= len(project.processors):
        return None
    shown = project.processors[index].name.strip() or _BLANK_NAME
    # The n-th party of that name (two rows may share one).
    nth = sum(1 for p in project.processors[:index] if (p.name.strip() or _BLANK_NAME) == shown)
    header = _COLUMNS.get(language, {}).get("processors", {}).get(field)
    seen = 0
    for number, table in _tables(section):
        for row_number, row in enumerate(table.rows):
            if row and runs_text(row[0]).strip() == shown:
                if seen == nth:
                    return Anchor(section.key, number, row=row_number, cell=_column(table, header))
                seen += 1
    return None


def _in_cookie_table(section: Section, index: int, field: str, language: str) -> Anchor | None:
    header = _COLUMNS.get(language, {}).get("cookies", {}).get(field)
    for number, table in _tables(section):
        if index < len(table.rows):
            return Anchor(section.key, number, row=index, cell=_column(table, header))
    return None


def _shown_value(project: Project, path: Path) -> str:
    """What the statement prints for the field: its value, or the start of a blank."""
    try:
        value: Any = get_value(project, path)
    except (LookupError, AttributeError, TypeError):
        return ""
    if isinstance(value, list):
        value = next((item for item in value if str(item).strip()), "")
    if isinstance(value, dt.date):
        return date_nl(value)
    if isinstance(value, bool) or value is None:
        return ""
    text = str(value).strip()
    return text if text else "["  # an empty field shows a [blank]


def _by_value(section: Section, value: str) -> Anchor | None:
    """The first block of ``section`` whose text shows ``value``."""
    if not value:
        return None
    for number, block in enumerate(section.blocks):
        if isinstance(block, Paragraph) and value in runs_text(block.runs):
            return Anchor(section.key, number)
        if isinstance(block, BulletList):
            for item_number, item in enumerate(block.items):
                if value in runs_text(item):
                    return Anchor(section.key, number, row=item_number)
        if isinstance(block, Table):
            for row_number, row in enumerate(block.rows):
                for cell_number, cell in enumerate(row):
                    if value in runs_text(cell):
                        return Anchor(section.key, number, row=row_number, cell=cell_number)
    return None
