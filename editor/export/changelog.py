"""The entries of the optional clause "Wat is er veranderd" (``changelog``).

For each recorded version marked published, newest first: its number, its
date and the parts whose text differs from the published version before it,
read from the statements the versions keep (never re-rendered), so the list
says what really changed in what readers saw.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from editor.core.model import Project, RecordedVersion
from editor.export.blocks import Statement
from editor.export.statement_json import loads_statement


@dataclass(frozen=True)
class ChangelogEntry:
    number: str
    date: dt.date | None
    first: bool  # the first published version: nothing to compare with
    parts: tuple[str, ...]  # titles of the parts that changed, added or went


def has_published(project: Project) -> bool:
    return any(version.published for version in project.versions)


def changelog_entries(project: Project) -> list[ChangelogEntry]:
    entries: list[ChangelogEntry] = []
    previous: Statement | None = None
    for version in project.versions:
        if not version.published:
            continue
        statement = _statement(version)
        if statement is None:
            continue
        parts = () if previous is None else changed_parts(previous, statement)
        entries.append(ChangelogEntry(version.number, version.recorded_on, previous is None, parts))
        previous = statement
    return list(reversed(entries))


def changed_parts(old: Statement, new: Statement) -> tuple[str, ...]:
    """The titles of the parts of ``new`` that differ from ``old``, then those that went."""
    before = {section.key: section for section in old.sections}
    now = {section.key for section in new.sections}
    changed = [
        section.heading.text
        for section in new.sections
        if section.key not in before or before[section.key].blocks != section.blocks
    ]
    gone = [section.heading.text for section in old.sections if section.key not in now]
    return tuple(changed + gone)


def _statement(version: RecordedVersion) -> Statement | None:
    try:
        return loads_statement(version.statement)
    except ValueError:
        return None  # an unreadable old statement is left out, not guessed at
