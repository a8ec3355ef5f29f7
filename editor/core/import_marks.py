"""Keeping ``[import].unconfirmed`` right while the owner works (no Qt).

The list holds field paths such as ``processors[2].country``. When the owner
edits a field its mark goes (an edited value is the owner's own); when rows
are inserted, removed or moved, the paths under that list follow their rows,
and the marks of a removed row go with it. The store applies these in the
same undo step as the change itself.

A module of its own, outside ``editor.core.importing``: the window needs it
from the start, the importer only when the owner imports.
"""

from __future__ import annotations

from collections.abc import Callable

from editor.core.paths import Path, format_path, parse_path


def _parsed(marks: list[str]) -> list[tuple[str, Path | None]]:
    parsed: list[tuple[str, Path | None]] = []
    for text in marks:
        try:
            parsed.append((text, parse_path(text)))
        except ValueError:
            parsed.append((text, None))
    return parsed


def after_edit(marks: list[str], path: Path) -> list[str]:
    """Without the marks of the edited field, of its parts and of what it is part of.

    Editing one item of a list field (``data_categories[0].items[2]``) confirms
    the field; replacing a whole row confirms every field of that row.
    """
    kept: list[str] = []
    for text, parsed in _parsed(marks):
        if parsed is not None and (parsed[: len(path)] == path or path[: len(parsed)] == parsed):
            continue
        kept.append(text)
    return kept


def _reindex(marks: list[str], rows: Path, change: Callable[[int], int | None]) -> list[str]:
    """Apply ``change`` to the row index of every path under the list ``rows``."""
    result: list[str] = []
    depth = len(rows)
    for text, parsed in _parsed(marks):
        if parsed is None or len(parsed) <= depth or parsed[:depth] != rows:
            result.append(text)
            continue
        index = parsed[depth]
        if not isinstance(index, int):
            result.append(text)
            continue
        new_index = change(index)
        if new_index is not None:
            result.append(format_path((*rows, new_index, *parsed[depth + 1 :])))
    return result


def after_insert(marks: list[str], rows: Path, index: int) -> list[str]:
    return _reindex(marks, rows, lambda i: i + 1 if i >= index else i)


def after_remove(marks: list[str], rows: Path, index: int) -> list[str]:
    return _reindex(marks, rows, lambda i: None if i == index else (i - 1 if i > index else i))


def after_move(marks: list[str], rows: Path, source: int, target: int) -> list[str]:
    def change(i: int) -> int:
        if i == source:
            return target
        if source < target and source < i <= target:
            return i - 1
        if target < source and target <= i < source:
            return i + 1
        return i

    return _reindex(marks, rows, change)


def is_marked(marks: list[str], path: Path) -> bool:
    """True when ``path`` (or the field it is part of) still waits for the owner's check."""
    return any(parsed is not None and path[: len(parsed)] == parsed for _, parsed in _parsed(marks))
