"""Importing an old privacy statement into a new project (no Qt).

``import_file`` reads a file (text, Markdown, HTML, Word, PDF with text);
``import_pasted`` reads text pasted into the window. Both give an
:class:`ImportResult`: the project, where each imported value stands in the
old text, and notes for the owner. :class:`ImportFailed` says in one Dutch
sentence why an input cannot be imported.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from editor.core.importing.blocks import OldText
from editor.core.importing.build import ImportResult, build_project
from editor.core.importing.readers import (
    FORMATS_THAT_WORK,
    MAX_IMPORT_BYTES,
    ImportFailed,
    read_file,
    read_pasted,
)

PASTED_SOURCE = "geplakte tekst"


def import_file(path: str | os.PathLike[str], today: dt.date | None = None) -> ImportResult:
    name = Path(path).name
    return _import(read_file(path), name, today)


def import_pasted(text: str, today: dt.date | None = None) -> ImportResult:
    return _import(read_pasted(text), PASTED_SOURCE, today)


def _import(old: OldText, source: str, today: dt.date | None) -> ImportResult:
    result = build_project(old, source, today or dt.date.today())
    if not result.found_anything:
        raise ImportFailed(
            f"In {source} staat niets wat de editor herkent als deel van een privacyverklaring "
            "(geen organisatie, contactpersoon, ontvangers, gegevens of cookies). Er is niets "
            "geschreven."
        )
    return result


__all__ = [
    "FORMATS_THAT_WORK",
    "MAX_IMPORT_BYTES",
    "ImportFailed",
    "ImportResult",
    "import_file",
    "import_pasted",
]
