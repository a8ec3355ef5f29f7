"""One table of the words around the statement, for every writer and language."""

from __future__ import annotations

import dataclasses

import pytest

from editor.core.model import CustomSection
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.blocks import Meta
from editor.export.document_labels import DOCUMENT_LABELS, document_labels
from editor.export.exporter import render_bytes
from tests.conftest import REPO


def test_every_clause_language_has_every_label() -> None:
    languages = {path.parent.name for path in (REPO / "clauses").glob("*/manifest.toml")}
    assert languages <= set(DOCUMENT_LABELS)
    keys = set(DOCUMENT_LABELS["nl"])
    for language, labels in DOCUMENT_LABELS.items():
        assert set(labels) == keys, language
        assert all(word.strip() for word in labels.values()), language


def test_a_statement_recorded_without_labels_takes_those_of_its_language() -> None:
    meta = Meta("Privacy statement", "Shop", "2.0", "1 January 2026", language="en")
    assert meta.label("effective_date") == "Effective date"
    assert dataclasses.replace(meta, language="fr").label("page") == "Pagina"


@pytest.mark.parametrize("language", sorted(DOCUMENT_LABELS))
def test_html_markdown_and_word_say_the_same_words(language: str) -> None:
    project = starter_project()
    project.document.language = language
    project.document.version = "2.0"
    project.custom_sections.append(CustomSection("", "Eigen tekst."))
    labels = document_labels(language)
    assert assemble(project).meta.labels == dict(labels)
    html = render_bytes(project, "html").decode()
    markdown = render_bytes(project, "md").decode()
    assert f"{labels['version']} 2.0" in html and f"{labels['version']} 2.0" in markdown
    assert f"{labels['section']} 1" in html and f"{labels['section']} 1" in markdown
    assert labels["contents"] in html
