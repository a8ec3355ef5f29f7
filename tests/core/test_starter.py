"""The starter project: loads, is a full webshop, and fits both forms of address."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from enum import Enum
from typing import Any

from editor.core.model import LegalBasis, Project
from editor.core.project_file import dumps_project, loads_project
from editor.core.starter import starter_project

# The words that would tie a text to one form of address.
ADDRESS_WORDS = re.compile(r"\b(u|uw|je|jij|jouw)\b", re.IGNORECASE)


def _strings(value: Any) -> Iterator[str]:
    """Every text in a project, however deeply nested."""
    if isinstance(value, Enum):
        return  # a choice, not a text (Address.INFORMAL is literally "je")
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from _strings(getattr(value, item.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def test_the_walker_finds_nested_texts() -> None:
    project = Project()
    project.organisation.trade_names = ["Jouw Winkel"]
    assert any(ADDRESS_WORDS.search(text) for text in _strings(project))


def test_starter_texts_fit_both_forms_of_address() -> None:
    offending = [text for text in _strings(starter_project()) if ADDRESS_WORDS.search(text)]
    assert offending == []


def test_starter_is_a_typical_webshop() -> None:
    project = starter_project()
    names = [category.name for category in project.data_categories]
    for expected in ("Bestellingen", "Account", "Klantcontact", "Nieuwsbrief"):
        assert expected in names
    assert "Websitestatistieken" in names
    for category in project.data_categories:
        assert category.items, category.name
        assert category.purposes, category.name
        assert category.legal_basis is not LegalBasis.NONE, category.name
        assert category.retention, category.name
        if category.legal_basis is LegalBasis.LEGITIMATE_INTERESTS:
            assert category.legitimate_interest, category.name
    fiscal = [c for c in project.data_categories if c.legal_basis is LegalBasis.LEGAL_OBLIGATION]
    assert any("7 jaar (fiscale bewaarplicht)" in c.retention for c in fiscal)
    assert project.options.minimum_age == 16
    assert project.options.newsletter
    assert project.options.security_measures


def test_starter_leaves_the_shops_own_facts_blank() -> None:
    project = starter_project()
    assert project.organisation.name == ""
    assert project.organisation.email == ""
    assert project.privacy_contact.email == ""
    assert all(processor.name == "" for processor in project.processors)


def test_each_call_gives_a_fresh_copy() -> None:
    first = starter_project()
    first.organisation.name = "Gewijzigd"
    first.data_categories.clear()
    second = starter_project()
    assert second.organisation.name == ""
    assert second.data_categories


def test_starter_survives_a_save_and_load() -> None:
    project = starter_project()
    assert loads_project(dumps_project(project), "opnieuw") == project
