"""A lint over every catalog entry: what the program cannot check at run time
(it is offline), the tests check before every release.

Each entry is complete, names its source and date, processes in a real country
with the safeguard that country needs, links an https privacy statement, and
has a name (and aliases) no other entry uses.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from editor.core.catalog import CatalogEntry, catalog_date, load_catalog
from editor.core.countries import is_known
from editor.core.model import CookieKind, Relationship, ServiceKind, TransferSafeguard

# Kept here on purpose, apart from resources/countries.toml, so the catalog is
# checked against an independent list.
EEA = frozenset(
    [
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
        "IS",
        "LI",
        "NO",
    ]
)
ADEQUACY = frozenset(
    ["AD", "AR", "CA", "CH", "FO", "GB", "GG", "IL", "IM", "JE", "JP", "KR", "NZ", "UY"]
)
ADDRESS_WORDS = re.compile(r"\b(u|uw|je|jij|jouw)\b", re.IGNORECASE)
# A source names a document of the party (or of the authority), never "internet".
SOURCE_WORDS = re.compile(
    r"privacy|verwerkers|voorwaarden|cookie|Data Processing|Terms|productinformatie"
    r"|vergunning|handleiding|besluit",
    re.IGNORECASE,
)
ENTRIES = load_catalog()
IDS = [entry.name for entry in ENTRIES]


def test_at_least_110_entries() -> None:
    assert len(ENTRIES) >= 110


def test_the_user_guide_gives_the_number_of_entries() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"one of {len(ENTRIES)} well-known services" in readme
    assert f"lists {len(ENTRIES)} services" in readme


def test_no_name_or_alias_is_used_twice() -> None:
    names = [name.casefold() for entry in ENTRIES for name in (entry.name, *entry.aliases)]
    doubles = sorted({name for name in names if names.count(name) > 1})
    assert doubles == []


def test_sorted_by_service_kind_then_name() -> None:
    order = list(ServiceKind)
    keys = [(order.index(entry.service), entry.name.casefold()) for entry in ENTRIES]
    assert keys == sorted(keys)


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_source_and_date(entry: CatalogEntry) -> None:
    assert SOURCE_WORDS.search(entry.source), entry.source
    assert entry.as_of <= catalog_date()


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_privacy_url_is_https(entry: CatalogEntry) -> None:
    parts = urlsplit(entry.privacy_url)
    assert parts.scheme == "https"
    assert "." in parts.netloc and not re.search(r"\s", entry.privacy_url)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if not e.self_hosted], ids=lambda e: e.name)
def test_recipient_facts_are_complete(entry: CatalogEntry) -> None:
    assert entry.purpose.strip()
    assert entry.data and all(item.strip() for item in entry.data)
    assert re.fullmatch(r"[A-Z]{2}", entry.country) and is_known(entry.country)


@pytest.mark.parametrize("entry", [e for e in ENTRIES if not e.self_hosted], ids=lambda e: e.name)
def test_the_safeguard_fits_the_country(entry: CatalogEntry) -> None:
    if entry.country in EEA:
        assert entry.transfer_safeguard is TransferSafeguard.NONE
    else:
        assert entry.transfer_safeguard is not TransferSafeguard.NONE
    if entry.transfer_safeguard is TransferSafeguard.DPF:
        assert entry.country == "US"
    if entry.transfer_safeguard is TransferSafeguard.ADEQUACY:
        assert entry.country in ADEQUACY


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.self_hosted], ids=lambda e: e.name)
def test_self_hosted_software_points_at_the_host(entry: CatalogEntry) -> None:
    assert "hosting" in entry.notes or "eigen server" in entry.notes
    with pytest.raises(ValueError, match="eigen server"):
        entry.to_processor()


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_cookies_are_listed_or_said_to_vary(entry: CatalogEntry) -> None:
    if entry.sets_cookies and not entry.cookies:
        assert "cookienamen verschillen" in entry.notes
    names = [cookie.name for cookie in entry.cookies]
    assert len(names) == len(set(names))
    for cookie in entry.cookies:
        assert isinstance(cookie.kind, CookieKind)
        assert re.search(r"\d|einde", cookie.retention), cookie.retention
        assert cookie.description[0].isupper() and len(cookie.description) > 15


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_texts_fit_both_forms_of_address(entry: CatalogEntry) -> None:
    texts = [entry.purpose, entry.notes, *entry.data]
    texts += [cookie.description for cookie in entry.cookies]
    if entry.as_controller is not None:
        texts += [entry.as_controller.purpose, *entry.as_controller.data]
    for text in texts:
        assert not ADDRESS_WORDS.search(text), text


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_only_gdpr_terms_for_roles(entry: CatalogEntry) -> None:
    # "mede-verwerker" is no term of the GDPR; the roles are processor,
    # (independent) controller and joint controller.
    assert "mede-verwerker" not in entry.notes.casefold()


@pytest.mark.parametrize(
    "entry",
    [e for e in ENTRIES if e.relationship is Relationship.JOINT_CONTROLLER],
    ids=lambda e: e.name,
)
def test_joint_controllers_say_whether_an_arrangement_is_offered(entry: CatalogEntry) -> None:
    # The statement may claim an art. 26 arrangement only when the owner ticks
    # it; the notes tell the owner what the party offers.
    assert entry.to_processor().agreement is False
    assert re.search(r"regeling|aanvulling|rolverdeling", entry.notes), entry.notes
