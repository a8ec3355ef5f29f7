"""Where in the old text a field's value came from (no Qt).

The importer knows the exact place of every value while it runs; the project
file keeps only the old text and the marks. So the window finds the passage
again by looking for the value in the old text: loosely (case, spacing, a
web address with or without "https://", a date as the text wrote it), and for
a fact the catalog filled in (a recipient's country), at the recipient's name.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Any

from editor.core.model import Project
from editor.core.month_names import MONTHS_NL
from editor.core.paths import Path, get_value

_LABELS = {
    "is_dpo": r"functionaris\s+gegevensbescherming|\bFG\b|data protection officer",
    "effective_date": r"ingangsdatum|laatst\s+(?:gewijzigd|bijgewerkt)|last updated",
}


def _date_patterns(day: dt.date) -> list[str]:
    return [
        rf"0?{day.day}[-/.]0?{day.month}[-/.]{day.year}",
        rf"{day.year}-{day.month:02d}-{day.day:02d}",
        rf"{day.day}\s+{MONTHS_NL[day.month - 1]}\s+{day.year}",
    ]


def find_passage(text: str, project: Project, path: Path) -> tuple[int, int] | None:
    """(start, end) of the passage in ``text`` that the field at ``path`` came from."""
    try:
        value: Any = get_value(project, path)
    except (LookupError, AttributeError, TypeError):
        return None
    field = path[-1] if path else ""
    if isinstance(field, int) and len(path) >= 2:
        field = path[-2]
    patterns: list[str] = []
    if isinstance(value, dt.date):
        patterns = _date_patterns(value)
    elif isinstance(value, list):
        patterns = [_pattern(str(item)) for item in value if str(item).strip()]
    elif isinstance(value, (bool, Enum)):
        patterns = []
    elif value is not None and str(value).strip():
        patterns = [_pattern(str(value))]
    if isinstance(field, str) and field in _LABELS:
        patterns.append(_LABELS[field])
    for pattern in patterns:
        if not pattern:
            continue
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            return match.start(), match.end()
    # A fact the catalog or a heading filled in: show where the row's party is named.
    if len(path) >= 3 and isinstance(path[1], int) and path[-1] != "name":
        return find_passage(text, project, (*path[:2], "name"))
    return None


def _pattern(value: str) -> str:
    value = re.sub(r"^https?://", "", value.strip(), flags=re.IGNORECASE)
    if not value:
        return ""
    # Any spacing between the parts, and none where the text had none ("2629HG").
    parts = [re.escape(part) for part in value.split()]
    return r"\s*".join(parts)
