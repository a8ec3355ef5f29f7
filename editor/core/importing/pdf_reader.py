"""The text of a PDF, with pypdf (pure Python: no outside program).

A scanned PDF holds pictures of pages and no text; that is said plainly
rather than importing nothing.
"""

from __future__ import annotations

import io
import logging


class PdfUnreadable(Exception):
    """The PDF gives no text. ``str()`` says why, in Dutch."""


def pdf_text(data: bytes) -> str:
    import pypdf
    from pypdf.errors import PdfReadError

    # pypdf logs every small flaw of a PDF as a warning; the owner cannot act on those.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfUnreadable("de PDF is beveiligd met een wachtwoord.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except PdfUnreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise PdfUnreadable(f"de PDF is niet te lezen ({type(error).__name__}).") from None
    text = "\n".join(pages)
    if sum(1 for char in text if char.isalpha()) < 40:
        raise PdfUnreadable(
            "de PDF bevat geen tekst, alleen afbeeldingen (een scan). Open de verklaring in een "
            "programma dat tekst herkent (OCR), of plak de tekst in het importvenster."
        )
    return text
