"""Recorded versions: the facts and the statement as they were when the owner recorded them.

A recorded version keeps the statement itself (the block tree as JSON, see
``statement_json``), so exporting it again, or comparing with it, gives
exactly what the owner had then, whatever the clause library says now.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from editor.core.model import Project, RecordedVersion
from editor.core.schema import to_toml
from editor.export.assemble import assemble
from editor.export.blocks import Statement
from editor.export.statement_json import dumps_statement, loads_statement

# What a version's facts leave out: the history itself and the import's notes.
_NOT_FACTS = ("import", "versions")


class VersionError(ValueError):
    """A version cannot be recorded or found; ``str()`` says why in one line."""


def record_version(
    project: Project, number: str, note: str = "", *, published: bool = False, today: dt.date
) -> RecordedVersion:
    """A new recorded version of ``project`` as it is now (the caller adds it to the project)."""
    number = number.strip()
    if not number:
        raise VersionError("een versie heeft een nummer nodig, bijvoorbeeld 1.0.")
    if any(version.number == number for version in project.versions):
        raise VersionError(f"versie {number} is al vastgelegd; kies een ander nummer.")
    statement = assemble(project)
    facts = {key: value for key, value in to_toml(project).items() if key not in _NOT_FACTS}
    return RecordedVersion(
        number=number,
        recorded_on=today,
        note=note.strip(),
        published=published,
        program=statement.meta.program_version,
        clauses=f"{statement.meta.language} {statement.meta.clauses_version}",
        facts=facts,
        statement=dumps_statement(statement),
    )


def find_version(project: Project, number: str) -> RecordedVersion:
    for version in project.versions:
        if version.number == number.strip():
            return version
    known = ", ".join(version.number for version in project.versions) or "geen"
    raise VersionError(f"versie {number} is niet vastgelegd in dit project (vastgelegd: {known}).")


def version_statement(version: RecordedVersion) -> Statement:
    """The statement exactly as it was rendered when ``version`` was recorded."""
    try:
        return loads_statement(version.statement)
    except ValueError as error:
        message = f"versie {version.number}: de opgeslagen tekst is onleesbaar ({error})."
        raise VersionError(message) from None


def with_version(project: Project, version: RecordedVersion) -> Project:
    """A copy of ``project`` with ``version`` added to its history."""
    return dataclasses.replace(project, versions=[*project.versions, version])
