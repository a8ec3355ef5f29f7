"""The statement as a tree of blocks: the seam between clauses and writers.

Clause templates render to a small, restricted HTML; ``parse_fragment`` turns
that into these blocks. Writers (HTML, Word, Markdown) walk blocks only: no
writer parses HTML or knows about clauses.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from editor.export.document_labels import document_labels


@dataclass(frozen=True)
class Run:
    """A piece of inline text with its formatting. ``href`` is already vetted."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None


Inline = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = the document title, 2 = a section, 3 = a subsection
    text: str
    anchor: str  # stable id, e.g. "data" or "data-2"


@dataclass(frozen=True)
class Paragraph:
    runs: Inline


@dataclass(frozen=True)
class BulletList:
    items: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[Inline, ...], ...]
    kind: str = ""  # what the table lists ("processors", "cookies"): a styling hint


Block = Heading | Paragraph | BulletList | Table


@dataclass(frozen=True)
class Section:
    """One clause or custom section: a level-2 heading and its blocks."""

    key: str  # the clause id, or "custom-N" for the user's own sections
    heading: Heading
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Meta:
    title: str
    organisation: str
    version: str
    effective_date: str  # already in Dutch words, e.g. "15 oktober 2019"; "" when unset
    language: str = "nl"
    program_version: str = ""
    clauses_version: str = ""
    labels: dict[str, str] = field(default_factory=dict)  # "contents", "page", "of", ...

    def label(self, key: str) -> str:
        """The word for ``key`` (document_labels.py); a statement recorded without
        labels takes those of its language."""
        return self.labels.get(key) or document_labels(self.language)[key]


@dataclass(frozen=True)
class Statement:
    meta: Meta
    sections: tuple[Section, ...]

    def blocks(self) -> Iterator[Block]:
        """Every block in reading order, section headings included."""
        for section in self.sections:
            yield section.heading
            yield from section.blocks


# Sections only a review export adds (the table of AVG art. 13 and 14): not
# part of the statement, so not in its fingerprint and never read back as the
# lawyer's new text.
REVIEW_ONLY_PREFIX = "review-"


def statement_proper(statement: Statement) -> Statement:
    """``statement`` without the sections a review export adds."""
    sections = tuple(s for s in statement.sections if not s.key.startswith(REVIEW_ONLY_PREFIX))
    if len(sections) == len(statement.sections):
        return statement
    return Statement(statement.meta, sections)


def plain_text(runs: Inline) -> str:
    return "".join(run.text for run in runs)
