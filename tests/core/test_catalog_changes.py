"""Rows that learn: a row filled from an older catalog entry gets catalog-changed.

The TikTok row below is exactly what the catalog of 2026-11-22 gave (United
States, standard clauses, no hashed contact data); this release's entry says
China. That is the case the tip exists for.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from editor.core.catalog import CatalogEntry, find_entry
from editor.core.catalog_changes import catalog_changes, row_changes
from editor.core.checks import RULES, Severity, check
from editor.core.model import Processor, Project, Relationship, TransferSafeguard

OLD_DATE = dt.date(2026, 11, 22)


def entry(name: str) -> CatalogEntry:
    found = find_entry(name)
    assert found is not None
    return found


def tiktok_from_the_old_catalog() -> Processor:
    row = entry("TikTok Pixel").to_processor()
    row.country = "US"
    row.data = ["IP-adres", "Cookie-ID's", "Bezochte pagina's", "Aankopen via de website"]
    row.catalog_as_of = OLD_DATE
    return row


def findings(project: Project) -> list[str]:
    return [f.message for f in check(project) if f.id == "catalog-changed"]


def test_the_rule_is_a_tip() -> None:
    rule = next(rule for rule in RULES if rule.id == "catalog-changed")
    assert rule.severity is Severity.TIP


def test_an_older_row_whose_entry_changed_gets_the_tip() -> None:
    project = Project(processors=[tiktok_from_the_old_catalog()])
    (finding,) = [f for f in check(project) if f.id == "catalog-changed"]
    assert finding.path == "processors[0].data"
    assert "nieuwere gegevens voor “TikTok Pixel”" in finding.message
    assert "catalogus van 1 december 2026" in finding.message
    assert "land: in de catalogus China, in de rij Verenigde Staten" in finding.message
    assert "gegevens: erbij “Gehashte e-mailadressen en telefoonnummers" in finding.message


def test_what_changed_names_each_field() -> None:
    change = row_changes(tiktok_from_the_old_catalog())
    assert change is not None
    assert [c.field for c in change.changes] == ["data", "country"]
    assert change.changes[1].new == "CN" and change.changes[1].old == "US"


def test_a_list_says_what_was_added_and_dropped() -> None:
    row = tiktok_from_the_old_catalog()
    row.data = ["IP-adres", "Oud gegeven"]
    change = row_changes(row)
    assert change is not None
    assert change.changes[0].describe() == (
        "gegevens: erbij “Cookie-ID's”, “Bezochte pagina's”, “Aankopen via de website”, "
        "“Gehashte e-mailadressen en telefoonnummers (bij Advanced Matching of de Events API)”,"
        " niet meer “Oud gegeven”"
    )


def test_a_row_as_the_entry_gives_it_gets_nothing() -> None:
    assert findings(Project(processors=[entry("TikTok Pixel").to_processor()])) == []


def test_keep_mine_moves_the_date_on_and_the_tip_goes() -> None:
    row = tiktok_from_the_old_catalog()
    row.catalog_as_of = entry("TikTok Pixel").as_of
    assert findings(Project(processors=[row])) == []


def test_an_older_date_with_the_same_facts_gets_nothing() -> None:
    row = entry("Mollie").to_processor()
    row.catalog_as_of = OLD_DATE  # Mollie's notes changed, its facts did not
    assert entry("Mollie").as_of > OLD_DATE
    assert findings(Project(processors=[row])) == []


def test_only_facts_count_not_the_owners_name_notes_or_agreement() -> None:
    row = tiktok_from_the_old_catalog()
    row.country, row.data = "CN", list(entry("TikTok Pixel").data)
    row.name, row.notes, row.agreement = "TikTok", "eigen notitie", True
    assert row_changes(row) is None


def test_rows_typed_by_hand_or_from_an_unknown_entry_get_nothing() -> None:
    by_hand = dataclasses.replace(tiktok_from_the_old_catalog(), catalog="", catalog_as_of=None)
    unknown = dataclasses.replace(tiktok_from_the_old_catalog(), catalog="Bestaat niet")
    assert catalog_changes(Project(processors=[by_hand, unknown])) == []


def test_a_review_platforms_controller_row_is_compared_with_its_controller_part() -> None:
    own = entry("Kiyoh").controller_row()
    assert own is not None
    own.catalog_as_of = OLD_DATE
    assert row_changes(own) is None
    own.purpose = "Iets anders"
    change = row_changes(own)
    assert change is not None and [c.field for c in change.changes] == ["purpose"]


def test_a_changed_role_is_named_in_words() -> None:
    newer = CatalogEntry(
        name="Voorbeeld",
        service=entry("Buckaroo").service,
        relationship=Relationship.CONTROLLER,
        country="NL",
        transfer_safeguard=TransferSafeguard.NONE,
        privacy_url="https://example.nl/privacy",
        purpose="Het afhandelen van betalingen",
        data=("Naam",),
        sets_cookies=False,
        source="privacyverklaring van Voorbeeld",
        as_of=dt.date(2026, 12, 1),
    )
    row = dataclasses.replace(newer.to_processor(), relationship=Relationship.PROCESSOR)
    row.catalog_as_of = OLD_DATE
    (change,) = catalog_changes(Project(processors=[row]), [newer])
    assert change.describe() == (
        "rol: in de catalogus zelfstandig verwerkingsverantwoordelijke, in de rij verwerker"
    )
