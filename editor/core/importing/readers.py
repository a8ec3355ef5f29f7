"""Reading an old statement from a file or from pasted text (no Qt).

Which reader is used depends on the file's content first and its extension
second, so a statement saved as "privacy.txt" that is really a web page is
still read as one. Formats the program cannot read (.doc, .odt, .mhtml, a
scanned PDF) are refused with a message that says which formats do work.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import zipfile
from pathlib import Path

from editor.core.importing.blocks import OldText, RawBlock, compose
from editor.core.importing.plain import looks_like_markdown, read_plain
from editor.core.os_errors import describe_os_error

MAX_IMPORT_BYTES = 5 * 1024 * 1024
FORMATS_THAT_WORK = (
    "tekst (.txt), Markdown (.md), een webpagina die de browser opsloeg als .html of .htm, "
    "Word (.docx) en PDF met tekst (.pdf)"
)
_REFUSED = {
    ".doc": "een oud Word-bestand (.doc)",
    ".odt": "een OpenDocument-bestand (.odt)",
    ".mhtml": "een webarchief (.mhtml)",
    ".mht": "een webarchief (.mht)",
    ".rtf": "een RTF-bestand (.rtf)",
    ".pages": "een Pages-bestand (.pages)",
    ".webarchive": "een webarchief (.webarchive)",
}


_HTML_SOURCE = re.compile(r"<(?:!doctype\s+html|html|body|main|article)\b|<p>.*</p>", re.I)


class ImportFailed(Exception):
    """The input cannot be imported. ``str()`` is one Dutch sentence for the owner."""


def read_file(path: str | os.PathLike[str]) -> OldText:
    """The old statement in a file; raise :class:`ImportFailed` when it cannot be read."""
    file = Path(path)
    name = file.name
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise ImportFailed(f"{name}: het bestand bestaat niet.") from None
    except OSError as error:
        raise ImportFailed(
            f"{name}: het bestand is niet te openen ({describe_os_error(error)})."
        ) from None
    if file.is_dir():
        raise ImportFailed(f"{name}: dit is een map, geen bestand.")
    if size > MAX_IMPORT_BYTES:
        megabytes = size / (1024 * 1024)
        raise ImportFailed(
            f"{name}: het bestand is {megabytes:.1f} MB; een privacyverklaring is veel kleiner. "
            "Bestanden boven 5 MB worden niet ingelezen."
        )
    try:
        data = file.read_bytes()
    except OSError as error:
        raise ImportFailed(
            f"{name}: het bestand is niet te lezen ({describe_os_error(error)})."
        ) from None
    return compose_checked(_read_bytes(data, name, file.suffix.casefold()), name)


def read_pasted(text: str) -> OldText:
    """Text pasted into the import dialog: plain text, or Markdown when it looks like it."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_IMPORT_BYTES:
        raise ImportFailed("De geplakte tekst is groter dan 5 MB; zo lang is geen verklaring.")
    if _HTML_SOURCE.search(text[:4096]):
        # The page's source copied from the browser: read it as the page it is.
        from editor.core.importing.html_reader import read_html

        return compose_checked(read_html(text), "De tekst")
    return compose_checked(read_plain(text, markdown=looks_like_markdown(text)), "De tekst")


def compose_checked(blocks: list[RawBlock], name: str) -> OldText:
    old = compose(blocks)
    if not old.text.strip():
        raise ImportFailed(f"{name}: er staat geen tekst in.")
    return old


def _refusal(name: str, what: str) -> ImportFailed:
    return ImportFailed(
        f"{name} is {what}; dat kan de editor niet lezen. Sla het op als {FORMATS_THAT_WORK}, "
        "of plak de tekst in het importvenster."
    )


def _read_bytes(data: bytes, name: str, suffix: str) -> list[RawBlock]:
    head = data[:2048]
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # the OLE container of .doc (and old .xls)
        raise _refusal(name, _REFUSED[".doc"])
    if head.startswith(b"{\\rtf"):
        raise _refusal(name, _REFUSED[".rtf"])
    if head.startswith(b"%PDF"):
        return _read_pdf(data, name)
    if head.startswith(b"PK"):
        return _read_zip(data, name, suffix)
    if suffix in _REFUSED:
        raise _refusal(name, _REFUSED[suffix])
    if suffix == ".pdf":
        raise ImportFailed(f"{name} heet een PDF, maar is het niet: het bestand is beschadigd.")
    text = decode_text(data)
    if text is None:
        raise _refusal(name, "geen tekst maar een binair bestand")
    lowered = text[:4096].casefold()
    if "mime-version:" in lowered and "multipart/related" in lowered:
        raise _refusal(name, _REFUSED[".mhtml"])
    if suffix in (".html", ".htm", ".xhtml") or "<html" in lowered or "<!doctype html" in lowered:
        from editor.core.importing.html_reader import read_html

        return read_html(text)
    markdown = suffix in (".md", ".markdown") or (suffix != ".txt" and looks_like_markdown(text))
    return read_plain(text, markdown=markdown)


def _read_zip(data: bytes, name: str, suffix: str) -> list[RawBlock]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace") if ("mimetype" in names) else ""
            )
    except (zipfile.BadZipFile, OSError, KeyError):
        raise ImportFailed(
            f"{name}: het bestand is beschadigd (geen geldig zip-bestand)."
        ) from None
    if "word/document.xml" in names:
        from editor.core.importing.docx_reader import read_docx

        try:
            return read_docx(data)
        except Exception as error:  # python-docx raises many kinds for a broken file
            raise ImportFailed(
                f"{name}: dit Word-bestand is niet te lezen ({type(error).__name__})."
            ) from None
    if "opendocument" in mimetype or suffix in (".odt", ".ott"):
        raise _refusal(name, _REFUSED[".odt"])
    if suffix == ".pages":
        raise _refusal(name, _REFUSED[".pages"])
    raise _refusal(name, "een zip-bestand zonder Word-document")


def _read_pdf(data: bytes, name: str) -> list[RawBlock]:
    from editor.core.importing.pdf_reader import PdfUnreadable, pdf_text

    try:
        text = pdf_text(data)
    except PdfUnreadable as error:
        raise ImportFailed(f"{name}: {error}") from None
    return read_plain(text)


def decode_text(data: bytes) -> str | None:
    """Bytes as text: a byte order mark first, then UTF-16 without one, UTF-8, Windows-1252.

    None for data that is no text at all (control bytes other than tabs and line ends).
    """
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _plausible(data[len(bom) :].decode(encoding, "replace"))
    sample = data[:4096]
    if len(sample) >= 4 and sample.count(0) * 4 >= len(sample):
        # UTF-16 without a mark: in Latin text every other byte is zero.
        odd_zeros = sample[1::2].count(0)
        even_zeros = sample[0::2].count(0)
        encoding = "utf-16-le" if odd_zeros > even_zeros else "utf-16-be"
        return _plausible(data[: len(data) // 2 * 2].decode(encoding, "replace"))
    try:
        return _plausible(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    # Windows-1252 leaves five bytes undefined; Latin-1 maps every byte.
    try:
        return _plausible(data.decode("cp1252"))
    except UnicodeDecodeError:
        return _plausible(data.decode("latin-1"))


def _plausible(text: str) -> str | None:
    sample = text[:8192]
    control = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    return None if sample and control * 50 > len(sample) else text
