"""The words every writer puts around the statement, per language: one table.

The title block, the table of contents, the Word header and footer and the
fallback title of an untitled own section say these words; the clause
library says everything else. A new language adds its own entry here.
"""

from __future__ import annotations

from collections.abc import Mapping

DOCUMENT_LABELS: Mapping[str, Mapping[str, str]] = {
    "nl": {
        "contents": "Inhoud",
        "toc_hint": (
            "Klik met de rechtermuisknop en kies “Veld bijwerken” om de inhoudsopgave te vullen."
        ),
        "version": "Versie",
        "effective_date": "Ingangsdatum",
        "page": "Pagina",
        "of": "van",
        "section": "Onderdeel",
    },
    "en": {
        "contents": "Contents",
        "toc_hint": "Right-click and choose 'Update Field' to fill in the table of contents.",
        "version": "Version",
        "effective_date": "Effective date",
        "page": "Page",
        "of": "of",
        "section": "Section",
    },
}
DEFAULT_LANGUAGE = "nl"


def document_labels(language: str) -> Mapping[str, str]:
    """The labels of ``language`` (Dutch for a language without its own)."""
    return DOCUMENT_LABELS.get(language, DOCUMENT_LABELS[DEFAULT_LANGUAGE])
