"""The processor catalog: the shipped data is complete and consistent, the
loader rejects malformed entries, and entries become processor rows."""

from __future__ import annotations

import datetime as dt

import pytest

from editor.core.catalog import (
    CatalogEntry,
    CatalogError,
    catalog_date,
    find_entry,
    load_catalog,
    parse_catalog,
    search_catalog,
    shipped_catalog,
)
from editor.core.labels import (
    COOKIE_KIND_LABELS,
    LEGAL_BASIS_LABELS,
    RELATIONSHIP_LABELS,
    SAFEGUARD_LABELS,
    SERVICE_LABELS,
)
from editor.core.model import (
    CookieKind,
    LegalBasis,
    Processor,
    Relationship,
    ServiceKind,
    TransferSafeguard,
)


@pytest.fixture(scope="module")
def catalog() -> tuple[CatalogEntry, ...]:
    return load_catalog()


def by_name(catalog: tuple[CatalogEntry, ...], name: str) -> CatalogEntry:
    return next(entry for entry in catalog if entry.name == name)


# -- the shipped data ---------------------------------------------------------------


def test_load_catalog_reads_the_file_once() -> None:
    assert load_catalog() is load_catalog()
    assert shipped_catalog() is shipped_catalog()


# -- entries become processor rows --------------------------------------------------


def test_to_processor_copies_the_entry(catalog: tuple[CatalogEntry, ...]) -> None:
    entry = by_name(catalog, "Mailchimp")
    processor = entry.to_processor()
    assert isinstance(processor, Processor)
    assert processor.name == entry.name
    assert processor.service is entry.service
    assert processor.purpose == entry.purpose
    assert processor.data == list(entry.data)
    assert processor.country == entry.country
    assert processor.transfer_safeguard is entry.transfer_safeguard
    assert processor.relationship is entry.relationship
    assert processor.privacy_url == entry.privacy_url
    # Only the user knows whether an agreement is signed.
    assert processor.agreement is False
    # The row remembers where it came from, so a newer catalog can say what changed.
    assert processor.catalog == "Mailchimp"
    assert processor.catalog_as_of == entry.as_of
    assert processor.notes.startswith("Uit de catalogus van ")
    assert ": controleer bij de partij. Bron: " in processor.notes
    assert processor.notes.endswith(entry.notes)


def test_processor_rows_do_not_share_the_data_list(catalog: tuple[CatalogEntry, ...]) -> None:
    entry = by_name(catalog, "Mollie")
    first = entry.to_processor()
    first.data.append("Iets anders")
    assert entry.to_processor().data == list(entry.data)


def test_to_processor_without_entry_notes() -> None:
    entry = CatalogEntry(
        name="Voorbeeld",
        service=ServiceKind.HOSTING,
        relationship=Relationship.PROCESSOR,
        country="NL",
        transfer_safeguard=TransferSafeguard.NONE,
        privacy_url="https://example.nl/privacy",
        purpose="Het hosten van de website",
        data=("IP-adres",),
        sets_cookies=False,
        source="privacyverklaring van Voorbeeld",
        as_of=dt.date(2026, 3, 1),
    )
    assert entry.to_processor().notes == (
        "Uit de catalogus van 1 maart 2026: controleer bij de partij. "
        "Bron: privacyverklaring van Voorbeeld."
    )


# -- search -------------------------------------------------------------------------


def test_empty_search_gives_everything(catalog: tuple[CatalogEntry, ...]) -> None:
    assert search_catalog(catalog, "") == list(catalog)
    assert search_catalog(catalog, "   ") == list(catalog)


def test_search_by_name_ignores_case(catalog: tuple[CatalogEntry, ...]) -> None:
    assert [entry.name for entry in search_catalog(catalog, "SHOPIFY")] == ["Shopify"]
    assert "MyOnlineStore (Mijnwebwinkel)" in {
        entry.name for entry in search_catalog(catalog, "mijnwebwinkel")
    }


def test_search_by_alias(catalog: tuple[CatalogEntry, ...]) -> None:
    assert [entry.name for entry in search_catalog(catalog, "afterpay")] == ["Riverty"]
    assert find_entry("AfterPay") is by_name(catalog, "Riverty")
    assert find_entry("bol.com") is by_name(catalog, "Bol (bol.com)")


def test_search_by_dutch_service_label(catalog: tuple[CatalogEntry, ...]) -> None:
    found = search_catalog(catalog, "betalingen")
    assert found
    assert {entry.service for entry in found} == {ServiceKind.PAYMENT}
    assert len(found) == sum(entry.service is ServiceKind.PAYMENT for entry in catalog)


def test_search_by_country_code(catalog: tuple[CatalogEntry, ...]) -> None:
    found = search_catalog(catalog, "se")
    assert by_name(catalog, "Klarna") in found
    # Every hit matches on name, an alias, label or the whole country code.
    for entry in found:
        assert (
            "se" in entry.name.casefold()
            or any("se" in alias.casefold() for alias in entry.aliases)
            or "se" in SERVICE_LABELS[entry.service].casefold()
            or entry.country == "SE"
        )


def test_search_by_kind_value(catalog: tuple[CatalogEntry, ...]) -> None:
    found = search_catalog(catalog, "advertising")
    assert found and {entry.service for entry in found} == {ServiceKind.ADVERTISING}


def test_find_entry_by_name_ignores_case(catalog: tuple[CatalogEntry, ...]) -> None:
    assert find_entry("mollie") is by_name(catalog, "Mollie")
    assert find_entry("  Google Analytics ") is by_name(catalog, "Google Analytics")
    assert find_entry("") is None
    assert find_entry("Bestaat niet") is None


def test_sets_cookies_for_trackers_and_not_for_carriers(
    catalog: tuple[CatalogEntry, ...],
) -> None:
    # The check cookie-provider-missing relies on this key.
    assert by_name(catalog, "Google Analytics").sets_cookies
    assert by_name(catalog, "Meta Pixel").sets_cookies
    assert not by_name(catalog, "PostNL").sets_cookies
    assert not by_name(catalog, "Moneybird").sets_cookies


def test_catalog_date_is_not_before_any_entry() -> None:
    assert all(entry.as_of <= catalog_date() for entry in load_catalog())


def test_search_without_hits(catalog: tuple[CatalogEntry, ...]) -> None:
    assert search_catalog(catalog, "bestaat-niet-xyz") == []


# -- malformed catalogs -------------------------------------------------------------

VALID = """
as_of = 2026-12-01

[[entries]]
name = "Voorbeeld"
service = "payment"
relationship = "controller"
country = "NL"
transfer_safeguard = ""
privacy_url = "https://example.nl/privacy"
purpose = "Het afhandelen van betalingen"
data = ["Naam"]
sets_cookies = false
source = "privacyverklaring van Voorbeeld"
as_of = 2026-11-22
"""


def test_a_valid_entry_parses() -> None:
    catalog = parse_catalog(VALID)
    assert catalog.as_of == dt.date(2026, 12, 1)
    (entry,) = catalog.entries
    assert entry.service is ServiceKind.PAYMENT
    assert entry.sets_cookies is False
    assert entry.source == "privacyverklaring van Voorbeeld"
    assert entry.aliases == () and entry.cookies == ()
    assert entry.as_of == dt.date(2026, 11, 22)
    assert entry.notes == ""


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('service = "payment"', 'service = "betaling"', "“service”"),
        ('relationship = "controller"', 'relationship = "owner"', "“relationship”"),
        ('country = "NL"', 'country = "nl"', "“country”"),
        ('country = "NL"', 'country = "NLD"', "“country”"),
        ('transfer_safeguard = ""', 'transfer_safeguard = "privacy shield"', "transfer"),
        ("https://example.nl", "http://example.nl", "https://"),
        ("as_of = 2026-11-22", "as_of = 2026-11-22T10:00:00", "“as_of”"),
        ("as_of = 2026-11-22", 'as_of = "2026-11-22"', "“as_of”"),
        ('data = ["Naam"]', "data = []", "“data”"),
        ('data = ["Naam"]', 'data = "Naam"', "“data”"),
        ('purpose = "Het afhandelen van betalingen"', 'purpose = "  "', "“purpose”"),
        ('purpose = "Het afhandelen van betalingen"\n', "", "ontbrekend veld purpose"),
        ("as_of = 2026-11-22", "as_of = 2026-11-22\ncountry_name = 'NL'", "onbekend veld"),
        ("as_of = 2026-11-22", "as_of = 2026-11-22\nnotes = 3", "“notes”"),
        ("sets_cookies = false", 'sets_cookies = "nee"', "“sets_cookies”"),
        ("sets_cookies = false\n", "", "ontbrekend veld sets_cookies"),
        ('source = "privacyverklaring van Voorbeeld"', 'source = ""', "“source”"),
        ("as_of = 2026-11-22", "as_of = 2026-12-02", "na de datum van de catalogus"),
        ("as_of = 2026-11-22", "as_of = 2026-11-22\naliases = []", "“aliases”"),
        (
            "as_of = 2026-11-22",
            'as_of = 2026-11-22\n[[entries.cookies]]\nname = "x"\nkind = "analytics"\n'
            'retention = "1 jaar"\ndescription = "Telt bezoeken"',
            "“sets_cookies” is false",
        ),
        (
            "as_of = 2026-11-22",
            'as_of = 2026-11-22\n[[entries.cookies]]\nname = "x"',
            "cookie 1 moet precies",
        ),
    ],
)
def test_a_malformed_entry_is_named_in_the_error(old: str, new: str, message: str) -> None:
    assert old in VALID
    with pytest.raises(CatalogError) as caught:
        parse_catalog(VALID.replace(old, new))
    assert "item 1 (Voorbeeld)" in str(caught.value)
    assert message in str(caught.value)


def test_duplicate_names_are_refused() -> None:
    # Names differing only in case are the same service.
    second = VALID.replace('name = "Voorbeeld"', 'name = "VOORBEELD"').replace(
        "as_of = 2026-12-01\n", ""
    )
    with pytest.raises(CatalogError, match=r"item 2 \(VOORBEELD\).*dubbel"):
        parse_catalog(VALID + second)


def test_an_alias_may_not_repeat_another_entrys_name() -> None:
    second = (
        VALID.replace('name = "Voorbeeld"', 'name = "Ander"')
        .replace("as_of = 2026-12-01\n", "")
        .replace("as_of = 2026-11-22", 'as_of = 2026-11-22\naliases = ["voorbeeld"]')
    )
    with pytest.raises(CatalogError, match=r"item 2 \(Ander\).*“voorbeeld” staat dubbel"):
        parse_catalog(VALID + second)


def test_the_catalog_needs_its_own_date() -> None:
    with pytest.raises(CatalogError, match="datum van de hele catalogus"):
        parse_catalog(VALID.replace("as_of = 2026-12-01\n", ""))


def test_not_toml_or_no_entries_is_refused() -> None:
    with pytest.raises(CatalogError, match="geen geldige TOML"):
        parse_catalog("[[entries]\nname =")
    with pytest.raises(CatalogError, match=r"\[\[entries\]\]"):
        parse_catalog('as_of = 2026-12-01\ntitle = "leeg"')


# -- labels -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("labels", "kind"),
    [
        (SERVICE_LABELS, ServiceKind),
        (RELATIONSHIP_LABELS, Relationship),
        (LEGAL_BASIS_LABELS, LegalBasis),
        (SAFEGUARD_LABELS, TransferSafeguard),
        (COOKIE_KIND_LABELS, CookieKind),
    ],
)
def test_every_choice_has_its_own_dutch_label(labels: dict[object, str], kind: type) -> None:
    assert set(labels) == set(kind)
    assert all(label.strip() for label in labels.values())
    assert len(set(labels.values())) == len(labels)


def test_labels_the_forms_rely_on() -> None:
    assert LEGAL_BASIS_LABELS[LegalBasis.NONE] == "(nog niet gekozen)"
    assert SAFEGUARD_LABELS[TransferSafeguard.NONE] == "Geen (binnen de EER)"
    assert SERVICE_LABELS[ServiceKind.MARKETPLACE] == "Verkoopplatform"
