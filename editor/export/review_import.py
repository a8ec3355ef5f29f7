"""A lawyer's edited Word file, read back as changes per part of the statement.

The file is read as if every tracked change were accepted (from any number
of authors; plain edits count the same) and compared, part by part, with the
statement the program exported: the recorded version whose fingerprint the
file carries, or else the current statement (with a warning). Parts are
found by the bookmark on each heading, then by the heading's text, then by
their place between the parts that were found.

What the owner can do with a change depends on the part: a text part can
take the lawyer's text as its own (a clause override) or as a new section; a
part built from facts (``data``, ``recipients``, ``transfers``, ``cookies``)
would lose its tables as plain text, so its changes are notes, naming the
rows, for the owner to make in the forms.
"""

from __future__ import annotations

import copy
import difflib
import io
import re
import zipfile
from dataclasses import dataclass, field
from typing import Literal

from editor.core.model import CustomSection, Project
from editor.export.assemble import assemble
from editor.export.blocks import REVIEW_ONLY_PREFIX, Statement
from editor.export.docx_properties import STATEMENT_KEY, fingerprint, read_source_properties
from editor.export.docx_text import bookmark_name
from editor.export.tracked_changes import (
    BodyItem,
    BodyParagraph,
    BodyTable,
    Comment,
    read_body,
    read_comments,
)
from editor.export.versions import version_statement

FACT_PARTS = frozenset({"data", "recipients", "transfers", "cookies"})
OWN_AUTHOR = "Policy Editor"  # the program's own review comments are not the lawyer's
REVIEW_ANNEX_BOOKMARK = bookmark_name(REVIEW_ONLY_PREFIX + "x")[:-1]  # "review_"
SECTION_STYLE = "Heading1"  # a section's heading in the program's Word files
BULLET_STYLE = "ListBullet"

Kind = Literal["text", "facts", "new", "removed", "comment"]


class ReviewError(ValueError):
    """The file cannot be read as a Word document; ``str()`` says why in one line."""


@dataclass
class Part:
    key: str  # the section key ("rights", "custom-2"); "" for a section the lawyer added
    title: str  # the heading as it stands in the file (the lawyer's, when renamed)
    items: list[BodyItem] = field(default_factory=list)
    bookmarks: list[str] = field(default_factory=list)


@dataclass
class ReviewChange:
    """One part of the statement that the lawyer changed or commented on."""

    key: str
    title: str  # the program's title ("" for a new section)
    kind: Kind
    old: list[str]  # the program's lines (paragraphs; a table row as "cell | cell")
    new: list[str]  # the lawyer's lines
    comments: list[Comment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what changed, in words
    new_title: str = ""  # the lawyer's heading, when renamed or for a new section

    @property
    def can_override(self) -> bool:
        """The lawyer's text may become this part's own text."""
        return self.kind == "text"

    @property
    def can_add_section(self) -> bool:
        """The lawyer's text may become a section of its own."""
        return self.kind in ("text", "new") and any(line.strip() for line in self.new)

    def text(self) -> str:
        """The lawyer's text as plain text: a blank line between paragraphs."""
        return "\n\n".join(line for line in self.new if line.strip())


@dataclass
class ReviewResult:
    changes: list[ReviewChange]
    compared_with: str  # "versie 1.0" or "de huidige verklaring"
    warnings: list[str]


def read_review(project: Project, docx: bytes) -> ReviewResult:
    """The lawyer's changes to ``project``'s statement, part by part."""
    try:
        properties = read_source_properties(docx)
        lawyer = read_body(docx, "accept")
        comments = read_comments(docx)
    except (zipfile.BadZipFile, KeyError, ValueError):
        # The library's own reason is English and technical ("File is not a zip file").
        raise ReviewError(
            "dit is geen leesbaar Word-bestand (.docx); open het in de tekstverwerker "
            "en sla het op als Word-document (.docx)."
        ) from None
    reference, compared_with, warnings = _reference(project, properties.get(STATEMENT_KEY, ""))
    if lawyer.format_changes:
        warnings.append(
            f"{lawyer.format_changes} wijziging(en) van alleen de opmaak zijn genegeerd: "
            "de verklaring krijgt haar opmaak van het programma."
        )
    ours = _parts(read_body(_docx_of(reference), "accept").items)
    theirs = _match(_parts(lawyer.items), ours, reference)
    changes = _compare(ours, theirs, comments)
    return ReviewResult(changes, compared_with, warnings)


def _reference(project: Project, mark: str) -> tuple[Statement, str, list[str]]:
    current = assemble(project)
    if mark:
        for version in reversed(project.versions):
            statement = version_statement(version)
            if fingerprint(statement) == mark:
                return statement, f"versie {version.number}", []
        if fingerprint(current) == mark:
            return current, "de huidige verklaring", []
        return (
            current,
            "de huidige verklaring",
            [
                "de versie waaruit dit bestand is geëxporteerd, is niet vastgelegd in dit "
                "project: vergeleken met de huidige verklaring. Leg voortaan een versie vast "
                "voordat u naar de jurist stuurt."
            ],
        )
    return (
        current,
        "de huidige verklaring",
        [
            "dit bestand zegt niet uit welke versie het komt (niet door Policy Editor gemaakt, "
            "of door een oudere versie): vergeleken met de huidige verklaring."
        ],
    )


def _docx_of(statement: Statement) -> bytes:
    from editor.export.docx import write_docx

    buffer = io.BytesIO()
    write_docx(statement, buffer)
    return buffer.getvalue()


def _parts(items: list[BodyItem]) -> list[Part]:
    """The sections after the title and contents, each from its heading to the next."""
    parts: list[Part] = []
    for item in items:
        if isinstance(item, BodyParagraph) and any(
            mark.startswith(REVIEW_ANNEX_BOOKMARK) for mark in item.bookmarks
        ):
            break  # a review export's own closing table: not the statement
        if isinstance(item, BodyParagraph) and item.style == SECTION_STYLE:
            parts.append(Part("", item.text.strip(), [], item.bookmarks))
            parts[-1].items.append(item)  # the heading carries comments on the part too
        elif parts:
            parts[-1].items.append(item)
    return parts


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _match(theirs: list[Part], ours: list[Part], reference: Statement) -> list[Part]:
    """Give each of the lawyer's parts the key of the program's part it is."""
    by_bookmark = {
        bookmark_name(section.heading.anchor): section.key for section in reference.sections
    }
    keys = [section.key for section in reference.sections]
    for part, section in zip(ours, reference.sections, strict=False):
        part.key = section.key
    by_title = {_normal(part.title): part.key for part in ours}
    used: set[str] = set()
    for part in theirs:
        key = next((by_bookmark[b] for b in part.bookmarks if b in by_bookmark), "")
        if not key or key in used:
            key = by_title.get(_normal(part.title), "")
        if key and key not in used:
            part.key = key
            used.add(key)
    # A part with neither its bookmark nor its title: a renamed heading whose
    # bookmark went too, when exactly one of ours is missing in that place.
    for index, part in enumerate(theirs):
        if part.key:
            continue
        before = next((p.key for p in reversed(theirs[:index]) if p.key), None)
        after = next((p.key for p in theirs[index + 1 :] if p.key), None)
        low = keys.index(before) + 1 if before else 0
        high = keys.index(after) if after else len(keys)
        missing = [key for key in keys[low:high] if key not in used]
        if len(missing) == 1:
            part.key = missing[0]
            used.add(missing[0])
    return theirs


def _lines(items: list[BodyItem]) -> list[str]:
    """A part's content as comparable lines, without its heading."""
    lines: list[str] = []
    for item in items[1:]:
        if isinstance(item, BodyTable):
            lines.extend(" | ".join(cell.strip() for cell in row) for row in item.rows)
        elif item.text.strip():
            prefix = "- " if item.style == BULLET_STYLE else ""
            lines.append(prefix + item.text.strip())
    return lines


def _comments_of(part: Part, comments: dict[str, Comment]) -> list[Comment]:
    ids = [i for item in part.items for i in item.comments]
    found = [comments[i] for i in dict.fromkeys(ids) if i in comments]
    return [comment for comment in found if comment.author != OWN_AUTHOR]


def _compare(
    ours: list[Part], theirs: list[Part], comments: dict[str, Comment]
) -> list[ReviewChange]:
    changes: list[ReviewChange] = []
    lawyer_parts = {part.key: part for part in theirs if part.key}
    for part in ours:
        other = lawyer_parts.get(part.key)
        if other is None:
            changes.append(
                ReviewChange(
                    part.key,
                    part.title,
                    "removed",
                    _lines(part.items),
                    [],
                    notes=["de jurist heeft dit hele onderdeel geschrapt"],
                )
            )
            continue
        old, new = _lines(part.items), _lines(other.items)
        notes = []
        renamed = _normal(other.title) != _normal(part.title)
        if renamed:
            notes.append(
                f"kop gewijzigd: “{part.title}” → “{other.title}” (de kop zelf komt van het "
                "programma; het onderdeel blijft zo heten)"
            )
        found = _comments_of(other, comments)
        if old == new and not found and not renamed:
            continue
        if old == new:
            kind: Kind = "comment"
        elif part.key in FACT_PARTS:
            kind = "facts"
            notes.extend(_line_notes(old, new))
        else:
            kind = "text"
        changes.append(
            ReviewChange(
                part.key,
                part.title,
                kind,
                old,
                new,
                found,
                notes,
                other.title if renamed else "",
            )
        )
    for part in theirs:
        if not part.key:
            changes.append(
                ReviewChange(
                    "",
                    "",
                    "new",
                    [],
                    _lines(part.items),
                    _comments_of(part, comments),
                    ["nieuw onderdeel van de jurist"],
                    part.title,
                )
            )
    return changes


def _line_notes(old: list[str], new: list[str]) -> list[str]:
    """What changed in a part built from facts, naming each row by its first cell."""
    notes = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        gone, come = old[i1:i2], new[j1:j2]
        for before, after in zip(gone, come, strict=False):
            notes.append(f"“{_row_name(before)}”: “{before}” → “{after}”")
        notes.extend(f"geschrapt: “{line}”" for line in gone[len(come) :])
        notes.extend(f"toegevoegd: “{line}”" for line in come[len(gone) :])
    return notes


def _row_name(line: str) -> str:
    return line.split(" | ", 1)[0][:60]


# -- taking changes over --------------------------------------------------------


def field_path(project: Project, change: ReviewChange) -> tuple[str | int, ...] | None:
    """Where an override of ``change`` is stored, or None when it cannot be one."""
    if not change.can_override:
        return None
    if change.key.startswith("custom-"):
        index = int(change.key.removeprefix("custom-")) - 1
        if 0 <= index < len(project.custom_sections):
            return ("custom_sections", index, "text")
        return None
    return ("clauses", "overrides", change.key)


def as_section(change: ReviewChange) -> CustomSection:
    title = change.new_title or change.title or "Onderdeel van de jurist"
    return CustomSection(title=title, text=change.text())


def accept_all(project: Project, result: ReviewResult) -> tuple[Project, list[str]]:
    """``project`` with every change taken that can be (own texts, new sections), and a list
    of what was taken."""
    new = copy.deepcopy(project)
    done: list[str] = []
    for change in result.changes:
        path = field_path(new, change)
        if path is not None:
            if path[0] == "clauses":
                new.clauses.overrides[change.key] = change.text()
            else:
                new.custom_sections[int(path[1])].text = change.text()
            done.append(f"eigen tekst voor “{change.title}”")
        elif change.kind == "new" and change.can_add_section:
            section = as_section(change)
            new.custom_sections.append(section)
            done.append(f"nieuw onderdeel “{section.title}”")
    return new, done
