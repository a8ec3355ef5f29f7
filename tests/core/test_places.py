"""Field paths named the way the window shows them (editor/core/places.py)."""

from __future__ import annotations

import re

import pytest

from editor.core.checks import check
from editor.core.model import Address, Cookie, DataCategory, Processor, Project
from editor.core.places import FIELD_LABELS, place_name
from editor.core.project_file import load_project
from tests.conftest import EXAMPLES


def _project() -> Project:
    project = Project()
    project.data_categories = [
        DataCategory(name="Bestellingen"),
        DataCategory(name="Websitegebruik"),
    ]
    project.processors = [Processor(name="Mollie"), Processor(name="  ")]
    project.cookies = [Cookie(name="_ga")]
    return project


@pytest.mark.parametrize(
    ("path", "place"),
    [
        ("data_categories[1].retention", "Gegevens → Websitegebruik → Bewaartermijn"),
        ("data_categories[0].items[2]", "Gegevens → Bestellingen → Welke gegevens (regel 3)"),
        ("data_categories[0]", "Gegevens → Bestellingen"),
        ("processors[0].transfer_safeguard", "Verwerkers → Mollie → Waarborg bij doorgifte"),
        (
            "processors[1].agreement",
            "Verwerkers → verwerker 2 (nog zonder naam) → Verwerkersovereenkomst",
        ),
        ("cookies[0].provider", "Cookies → _ga → Aanbieder"),
        ("organisation.kvk_number", "Organisatie → KvK-nummer"),
        ("privacy_contact.email", "Organisatie → Aanspreekpunt voor privacy → E-mailadres"),
        ("rights.identification", "Rechten en opties → Identiteit controleren"),
        (
            "options.newsletter_existing_customers",
            "Rechten en opties → Klanten mailen zonder toestemming",
        ),
        ("document.effective_date", "Document → Ingangsdatum"),
        ("clauses.overrides.rights", "Document → Onderdelen → Uw rechten (eigen tekst)"),
        ("clauses.disabled", "Document → Onderdelen"),
        ("", "Het project"),
    ],
)
def test_place_name(path: str, place: str) -> None:
    project = _project()
    project.document.address = Address.FORMAL
    assert place_name(project, path) == place


def test_a_row_that_is_gone_still_gets_a_name() -> None:
    assert place_name(Project(), "processors[4].country") == (
        "Verwerkers → verwerker 5 (nog zonder naam) → Land van verwerking"
    )


def test_every_model_field_has_a_label() -> None:
    project = Project()
    project.data_categories = [DataCategory()]
    project.processors = [Processor()]
    project.cookies = [Cookie()]
    for table, labels in FIELD_LABELS.items():
        if table == "custom_sections":
            continue
        value = getattr(project, table)
        row = value[0] if isinstance(value, list) else value
        fields = {name for name in vars(row) if name not in ("extra", "catalog", "catalog_as_of")}
        assert fields <= set(labels), (table, fields - set(labels))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_no_finding_of_an_example_is_named_by_a_raw_path(path) -> None:
    project = load_project(path)
    for finding in check(project):
        place = place_name(project, finding.path)
        # The words between the arrows are the window's; a row's own name ("Marktplaats.nl")
        # may look like anything, so only the tab and the field label are held to it.
        parts = place.split(" → ")
        words = " → ".join([parts[0], parts[-1]])
        assert not re.search(r"\[\d+\]|[a-z]_[a-z]|\.\w", words), (finding.path, place)
