"""The clause library of one language: its manifest and templates.

``clauses/<language>/manifest.toml`` lists each clause's id, title, template,
whether it is optional and the named condition under which it appears. A
lawyer corrects a clause by editing its template; nothing here needs to change.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from editor.core.resources import clause_path, read_text


@dataclass(frozen=True)
class ClauseSpec:
    id: str
    title: str  # a template itself: it may use the form of address ({{ a.Jouw }})
    template: str
    optional: bool
    when: str  # "" (always) or a name of editor.export.context.Conditions


@dataclass(frozen=True)
class ClauseLibrary:
    language: str
    version: str
    default_title: str
    clauses: tuple[ClauseSpec, ...]

    def spec(self, clause_id: str) -> ClauseSpec:
        for clause in self.clauses:
            if clause.id == clause_id:
                return clause
        raise KeyError(clause_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(clause.id for clause in self.clauses)


@cache
def load_library(language: str = "nl") -> ClauseLibrary:
    manifest = tomllib.loads(read_text(clause_path(language, "manifest.toml")))
    clauses = tuple(
        ClauseSpec(
            id=entry["id"],
            title=entry["title"],
            template=entry["template"],
            optional=bool(entry.get("optional", False)),
            when=entry.get("when", ""),
        )
        for entry in manifest["clause"]
    )
    return ClauseLibrary(
        language=manifest.get("language", language),
        version=manifest["version"],
        default_title=manifest["default_title"],
        clauses=clauses,
    )
