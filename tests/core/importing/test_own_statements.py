"""Statements in other shapes than the seeds, written for these tests: tables, one long
paragraph, questions as headings, mixed u/je with English section names, an English one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from editor.core.importing import import_file
from editor.core.model import Address, CookieKind, LegalBasis

HERE = Path(__file__).parent / "statements"


def _names(path: str) -> list[str]:
    return [row.name for row in import_file(HERE / path).project.processors]


def test_tables_in_markdown() -> None:
    project = import_file(HERE / "tables.md").project
    org = project.organisation
    assert (org.name, org.address, org.postal_code, org.city) == (
        "Keramiekatelier Zandvoort",
        "Kerkstraat 8",
        "2042 JD",
        "Zandvoort",
    )
    assert (org.email, org.phone, org.website, org.kvk_number) == (
        "atelier@keramiekzandvoort.nl",
        "+31 23 555 0147",
        "https://www.keramiekzandvoort.nl",
        "71234567",
    )
    rows = {row.name: row for row in project.processors}
    # The cookie table's provider is a recipient; the cookie names are not.
    assert set(rows) == {"Mollie", "Sendcloud", "Drukkerij Vonk", "Google Analytics"}
    assert rows["Drukkerij Vonk"].country == "BE" and rows["Drukkerij Vonk"].catalog == ""
    assert rows["Mollie"].purpose == "Betalingen afhandelen"  # the table's words win
    categories = {c.name: c for c in project.data_categories}
    assert categories["Factuurgegevens"].legal_basis is LegalBasis.LEGAL_OBLIGATION
    assert categories["Factuurgegevens"].retention == "7 jaar"
    assert categories["E-mailadres"].legal_basis is LegalBasis.CONSENT
    assert categories["Naam, adres, e-mailadres"].items == ["Naam", "Adres", "E-mailadres"]
    cookies = {c.name: c for c in project.cookies}
    assert cookies["_ga"].provider == "Google Analytics" and cookies["_ga"].retention == "2 jaar"
    assert cookies["_ga"].kind is CookieKind.ANALYTICS and cookies["_ga"].consent
    assert project.document.version == "2.1"
    assert project.document.effective_date == dt.date(2024, 3, 3)


def test_one_long_paragraph() -> None:
    project = import_file(HERE / "paragraph.txt").project
    org = project.organisation
    assert org.name == "Fietsenmakerij Spaak"
    assert (org.address, org.postal_code, org.city, org.kvk_number) == (
        "Oudegracht 221",
        "3511 NH",
        "Utrecht",
        "60123456",
    )
    assert org.phone == "030 231 4455"
    assert _names("paragraph.txt") == ["Buckaroo", "Hostnet", "DPD", "Cijferwerk Rijnmond"]
    contact = project.privacy_contact
    # A privacy officer is a contact, not a registered FG.
    assert (contact.name, contact.email, contact.is_dpo) == (
        "Marloes de Wit",
        "privacy@fietsspaak.nl",
        False,
    )
    assert project.document.address is Address.FORMAL
    assert project.document.effective_date == dt.date(2023, 1, 1)


def test_questions_as_headings_and_bullets() -> None:
    result = import_file(HERE / "questions.txt")
    project = result.project
    org = project.organisation
    assert (org.name, org.address, org.postal_code, org.city, org.phone) == (
        "Zeepziederij Het Bolletje",
        "Dorpsstraat 5",
        "7431 BC",
        "Diepenveen",
        "0570 59 12 34",
    )
    contact = project.privacy_contact
    assert (contact.name, contact.email, contact.is_dpo) == (
        "Pieter van der Linden",
        "fg@hetbolletje.nl",
        True,
    )
    # "We gebruiken geen Google Analytics" names no recipient.
    assert _names("questions.txt") == ["Zeepkist Fulfilment", "Laposta", "Mollie"]
    (category,) = project.data_categories
    assert category.items == ["Naam", "Adres", "E-mailadres", "Telefoonnummer"]
    assert category.purposes == [
        "Het versturen van je bestelling",
        "Het beantwoorden van je vragen",
    ]
    assert "twee jaar" in category.retention
    assert category.legal_basis is LegalBasis.NONE  # the text names no basis


def test_mixed_address_and_english_headings() -> None:
    result = import_file(HERE / "mixed-english-headings.txt")
    project = result.project
    assert project.organisation.name == "Licht & Zo"
    assert project.organisation.phone == "050-3112233"
    contact = project.privacy_contact
    assert (contact.name, contact.is_dpo) == ("Anouk Bakker", False)  # "geen functionaris"
    # Footer payment logos and trust marks are not recipients; the statement's own are.
    # WooCommerce runs on the shop's own server: no recipient, but a note says who is.
    assert _names("mixed-english-headings.txt") == ["PayPal", "PostNL", "Moneybird"]
    assert any("WooCommerce" in note and "host" in note for note in result.notes)
    assert project.document.address is Address.INFORMAL
    assert any("mengt" in note for note in result.notes)


def test_english_statement() -> None:
    project = import_file(HERE / "english.txt").project
    assert project.document.language == "en"
    org = project.organisation
    assert (org.name, org.city, org.kvk_number, org.phone) == (
        "Northwind Candles",
        "Amsterdam",
        "87654321",
        "+31 20 765 4321",
    )
    assert _names("english.txt") == ["Shopify", "Stripe", "Mailchimp", "DHL eCommerce"]
    contact = project.privacy_contact
    assert (contact.name, contact.email, contact.is_dpo) == (
        "Emma Jansen",
        "privacy@northwindcandles.com",
        False,
    )
    assert project.document.effective_date == dt.date(2025, 5, 12)


def test_every_imported_value_is_marked_with_its_passage() -> None:
    result = import_file(HERE / "tables.md")
    info = result.project.import_
    assert info is not None
    assert set(info.unconfirmed) == set(result.spans)
    for path, (start, end) in result.spans.items():
        if path != "document.address":
            assert 0 <= start < end <= len(info.text), path
    start, end = result.spans["organisation.kvk_number"]
    assert info.text[start:end] == "71234567"
    start, end = result.spans["processors[2].country"]
    assert info.text[start:end] == "België"


def test_the_common_template_with_an_fg() -> None:
    project = import_file(HERE / "template.txt").project
    org = project.organisation
    assert (org.name, org.address, org.postal_code, org.city, org.kvk_number) == (
        "Kaarsenmakerij Vlam B.V.",
        "Kerkweg 12",
        "1234 AB",
        "Ergenshoven",
        "81234567",
    )
    assert (org.website, org.phone) == ("https://www.kaarsenvlam.nl", "+31 6 12345678")
    # The FG's own mailbox is the FG's, not the shop's: the text gives the shop none.
    assert org.email == ""
    contact = project.privacy_contact
    assert (contact.name, contact.email, contact.is_dpo) == (
        "J. de Vries",
        "fg@kaarsenvlam.nl",
        True,
    )
    assert _names("template.txt") == ["MultiSafepay", "GLS", "Google Analytics"]
    (category,) = project.data_categories
    assert len(category.purposes) == 3 and "zeven jaar" in category.retention


def test_a_bulleted_list_of_partners() -> None:
    assert _names("partner-list.txt") == [
        "Mollie",
        "Drukkerij Bladgoud",
        "Koeriersdienst Snelweg",
        "Yoast SEO",
    ]
    project = import_file(HERE / "partner-list.txt").project
    assert project.processors[2].service.value == "shipping"  # "bezorging" in its line
    assert project.organisation.email == "thee@dampend.nl"


def test_words_that_look_like_names_are_no_recipients() -> None:
    from editor.core.importing import import_pasted

    text = (
        "Privacyverklaring Bloemenzaak Roos\n\n"
        "Bloemenzaak Roos, gevestigd aan Dorpsplein 3, 5611 AA Eindhoven, is verantwoordelijk.\n\n"
        "Wij maken gebruik van Nederlandse servers. Wij delen uw gegevens met Derden alleen als "
        "dat moet. Wij maken gebruik van Cookies. Uw gegevens worden verwerkt door Externe "
        "partijen. Wij gebruiken geen Google Analytics. Wij maken gebruik van de diensten van "
        "Boekhoudkantoor De Telling. Onze website wordt gehost door Hosting Pro B.V. en betalingen "
        "lopen via onze betaalprovider Mollie.\n"
    )
    names = [row.name for row in import_pasted(text).project.processors]
    assert names == ["Boekhoudkantoor De Telling", "Hosting Pro B.V.", "Mollie"]


def test_a_contact_block_with_labels() -> None:
    org = import_file(HERE / "labels.txt").project.organisation
    assert (org.name, org.address, org.postal_code, org.city) == (
        "Webshop Zonnig",
        "Zonnelaan 1",
        "1234 AB",
        "Zonhoven",
    )
    assert (org.email, org.phone, org.kvk_number) == (
        "info@webshopzonnig.nl",
        "012-3456789",
        "12345678",
    )
    assert _names("labels.txt") == ["Pay.nl"]
