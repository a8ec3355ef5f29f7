"""Reading and writing project files (.policy.toml), format version 1.

The format is a public contract (docs/project-format.md): every example loads,
unknown keys survive a save, writing is deterministic, and a file that cannot
be read gives one ProjectFileError whose message names the file, the place
and what is wrong, in plain Dutch.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import tomli_w

from editor.core import migrations
from editor.core.atomic import atomic_write_bytes
from editor.core.errors import ProjectFileError
from editor.core.model import FORMAT_VERSION, Project
from editor.core.os_errors import describe_os_error
from editor.core.schema import from_toml, to_toml
from editor.core.toml_guard import ShapeError, check_nesting, scan_text

try:
    # tomli is the parser Python's tomllib was copied from, here compiled (mypyc):
    # three times faster, with the same results and messages. A checkout whose
    # environment predates the dependency still works with tomllib.
    import tomli as toml_parser
except ImportError:  # pragma: no cover - only in an environment not yet updated
    import tomllib as toml_parser  # type: ignore[no-redef]

MAX_FILE_BYTES = 5 * 1024 * 1024

__all__ = [
    "MAX_FILE_BYTES",
    "ProjectFileError",
    "dumps_project",
    "load_project",
    "loads_project",
    "read_project",
    "save_project",
]


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read a project file; raise ProjectFileError for anything unreadable."""
    return read_project(path)[0]


def read_project(path: str | os.PathLike[str]) -> tuple[Project, bytes]:
    """The project in a file and the bytes it was read from, in one read.

    The editor compares the file with these bytes before it saves over it, so
    they must be the very bytes the project came from.
    """
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise ProjectFileError(name, "het bestand bestaat niet.") from None
    except OSError as error:
        raise ProjectFileError(
            name, f"het bestand is niet te openen ({describe_os_error(error)})."
        ) from None
    if file.is_dir():
        raise ProjectFileError(name, "dit is een map, geen projectbestand.")
    if size > MAX_FILE_BYTES:
        # Refused before reading a byte: a real project is a few kilobytes.
        megabytes = size / (1024 * 1024)
        raise ProjectFileError(
            name, f"het bestand is {megabytes:.0f} MB; een projectbestand is hooguit 5 MB."
        )
    try:
        raw = file.read_bytes()
    except OSError as error:
        raise ProjectFileError(
            name, f"het bestand is niet te lezen ({describe_os_error(error)})."
        ) from None
    return loads_project(decode_bytes(raw, name), name), raw


def decode_bytes(raw: bytes, name: str) -> str:
    """UTF-8 with or without a byte-order mark; anything else is refused clearly."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ProjectFileError(
            name, "het bestand is opgeslagen als UTF-16; sla het op als UTF-8 en probeer opnieuw."
        )
    if b"\x00" in raw:
        raise ProjectFileError(name, "dit is geen tekstbestand (het bevat binaire gegevens).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise ProjectFileError(
            name,
            "het bestand is geen geldige UTF-8-tekst (misschien Latin-1 of Windows-1252); "
            "sla het op als UTF-8.",
            line=line,
            column=column,
        ) from None


def loads_project(text: str, name: str = "<tekst>") -> Project:
    """Parse project text. ``name`` is only used in error messages."""
    if not text.strip():
        raise ProjectFileError(name, "het bestand is leeg.")
    try:
        # Before the parser: a long dotted key costs it gigabytes (toml_guard).
        scan_text(text)
        data = toml_parser.loads(text)
        check_nesting(data)
    except ShapeError as error:
        raise ProjectFileError(name, error.problem, line=error.line) from None
    except toml_parser.TOMLDecodeError as error:
        raise _syntax_error(name, error) from None
    except RecursionError:
        # Not expected past scan_text's limit; kept so no traceback can reach the user.
        raise ProjectFileError(name, "het bestand is te diep genest om te lezen.") from None
    if "format_version" not in data:
        raise ProjectFileError(
            name, "“format_version” ontbreekt; dit lijkt geen projectbestand van Policy Editor."
        )
    version = data["format_version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ProjectFileError(
            name, "“format_version” moet een heel getal vanaf 1 zijn.", key_path="format_version"
        )
    if version > FORMAT_VERSION:
        raise ProjectFileError(
            name,
            f"het bestand heeft formaatversie {version}, maar dit programma kent alleen versie "
            f"{FORMAT_VERSION}. Werk Policy Editor bij om het te openen.",
            key_path="format_version",
        )
    data = migrations.migrate(data, version)
    return from_toml(data, name)


def dumps_project(project: Project, name: str = "het project") -> str:
    """The file text: same project, same text (stable key order, user's list order).

    Data nested deeper than the format allows (unknown keys another program
    added) raises ProjectFileError: the TOML writer would fail with a
    RecursionError, and a file we write must load again. ``name`` is only
    used in that message.
    """
    data = to_toml(project)
    try:
        check_nesting(data)
    except ShapeError as error:
        raise ProjectFileError(name, f"opslaan kan niet, want {error.problem}") from None
    return tomli_w.dumps(data, multiline_strings=True)


def save_project(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> bytes:
    """Write atomically; keep the previous version as ``NAME.bak``; return what was written.

    A failed save raises ProjectFileError and leaves the old file untouched.
    """
    content = dumps_project(project, Path(path).name).encode("utf-8")
    atomic_write_bytes(Path(path), content, backup=backup)
    return content


_WHERE = re.compile(r"\s*\(at line (\d+), column (\d+)\)$|\s*\(at end of document\)$")


def _syntax_error(name: str, error: Any) -> ProjectFileError:
    # tomllib puts the place at the end of its message ("... (at line 2,
    # column 10)") before Python 3.14, and in lineno/colno from then on.
    message = str(getattr(error, "msg", error))
    line = getattr(error, "lineno", None)
    column = getattr(error, "colno", None)
    match = _WHERE.search(message)
    if match:
        message = message[: match.start()]
        if match.group(1):
            line, column = int(match.group(1)), int(match.group(2))
    return ProjectFileError(name, _explain_toml(message), line=line, column=column)


# Every message the TOML parser can give (tomli/_parser.py, as tomllib), by its
# start; the more specific "Expected ..." ones come before the plain "Expected".
_TOML_MESSAGES = {
    "Invalid date or datetime": "deze datum bestaat niet (let op dag en maand)",
    "Cannot overwrite a value": "deze sleutel staat er twee keer in",
    "Cannot declare": "deze tabel staat er twee keer in",
    "Cannot redefine namespace": "deze tabel is hierboven al met een punt-sleutel gemaakt",
    "Cannot mutate immutable namespace": (
        "deze sleutel voegt iets toe aan een tabel of lijst die al af is "
        "(een { ... } of een lijst met waarden)"
    ),
    "Duplicate inline table key": "deze sleutel staat twee keer in dezelfde { ... }",
    "Unclosed array": "een lijst [ ... ] wordt niet gesloten",
    "Unclosed inline table": "een tabel { ... } wordt niet gesloten",
    "Invalid value": "hier staat geen geldige waarde",
    "Invalid initial character for a key part": (
        "hier hoort een sleutel, maar daar kan dit teken niet staan"
    ),
    "Expected '=' after a key in a key/value pair": "na een sleutel moet “=” komen",
    "Expected ']]' at the end of an array declaration": (
        "een tabelnaam [[ ... ]] wordt niet gesloten"
    ),
    "Expected ']' at the end of a table declaration": "een tabelnaam [ ... ] wordt niet gesloten",
    "Expected newline or end of document": "na een waarde moet de regel eindigen",
    # The parser's "Expected \"'\"" and "Expected \"'''\"": a 'text' left open.
    "Expected": "een tekst tussen aanhalingstekens wordt niet afgesloten",
    "Invalid statement": "deze regel is geen geldige TOML",
    "Illegal character": "hier staat een teken dat in TOML niet mag",
    "Found invalid character": "hier staat een teken dat in TOML niet mag",
    "Unterminated string": "een tekst tussen aanhalingstekens wordt niet afgesloten",
    "Unescaped '\\' in a string": "een \\ in een tekst moet als \\\\ geschreven worden",
    "Invalid hex value": "na \\u of \\U horen 4 of 8 hexadecimale cijfers (0-9, A-F)",
    "Escaped character is not a Unicode scalar value": "dit \\u-teken bestaat niet in Unicode",
}


def _explain_toml(message: str) -> str:
    for prefix, dutch in _TOML_MESSAGES.items():
        if message.startswith(prefix):
            return f"geen geldige TOML: {dutch}."
    return f"geen geldige TOML ({message})."
