"""The capital of the owner's words inside a generated sentence (editor/export/casing.py)."""

from __future__ import annotations

import pytest

from editor.core.model import DataCategory, LegalBasis, Processor, Project
from editor.export.casing import in_sentence, keeps_capital, name_words
from editor.export.context import template_context
from editor.export.template_env import environment

NAMES = name_words(["Zeepkist & Zo", "Bol (bol.com)", "Google Analytics", "De Vries Transport"])


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        # ordinary words lose their capital
        ("Naam", "naam"),
        ("Adres", "adres"),
        ("Bestelgegevens", "bestelgegevens"),
        ("Surfgedrag", "surfgedrag"),
        ("Een gebruiksvriendelijke website", "een gebruiksvriendelijke website"),
        ("Tot de afmelding", "tot de afmelding"),
        ("Zolang u klant bij ons bent", "zolang u klant bij ons bent"),
        ("E-mailadres", "e-mailadres"),
        ("Cookie-ID", "cookie-ID"),
        ("Ééndagsgegevens", "ééndagsgegevens"),
        # abbreviations and words with an inner capital stay
        ("IP-adres", "IP-adres"),
        ("iDEAL-betaling", "iDEAL-betaling"),
        ("PostNL", "PostNL"),
        ("KvK-nummer", "KvK-nummer"),
        ("WooCommerce", "WooCommerce"),
        ("BSN", "BSN"),
        ("IBAN", "IBAN"),
        ("SSL/TLS-versleuteling", "SSL/TLS-versleuteling"),
        ("3D Secure-gegevens", "3D Secure-gegevens"),
        # a single capital that is part of the word
        ("T-shirtmaat", "T-shirtmaat"),
        ("A-merk voorkeur", "A-merk voorkeur"),
        # the English article is an ordinary word; a lone other letter is not
        ("A website that is easy to use", "a website that is easy to use"),
        ("X Ltd, when you order there", "X Ltd, when you order there"),
        # names: the project's own and common ones
        ("Google Analytics-statistieken", "Google Analytics-statistieken"),
        ("Bol, bij een bestelling via dat platform", "Bol, bij een bestelling via dat platform"),
        ("Zeepkist-klantnummer", "Zeepkist-klantnummer"),
        ("De Vries Transport, bij levering", "De Vries Transport, bij levering"),
        ("Belastingdienst-aangifte", "Belastingdienst-aangifte"),
        ("Nederland", "Nederland"),
        # nothing to change
        ("7 jaar (fiscale bewaarplicht)", "7 jaar (fiscale bewaarplicht)"),
        ("naam", "naam"),
        ("", ""),
        ("  Naam  ", "naam"),
        ("(Optioneel) telefoonnummer", "(Optioneel) telefoonnummer"),
    ],
)
def test_in_sentence(typed: str, shown: str) -> None:
    assert in_sentence(typed, NAMES) == shown


def test_a_party_named_by_what_it_does_lends_no_capital() -> None:
    # An English project names unnamed parties by their service; those are words, not names.
    names = name_words(["Payment service provider", "Delivery service", "Flowers by Jennifer"])
    assert "Payment" not in names and "Delivery" not in names and "Flowers" in names
    assert in_sentence("Delivery address", names) == "delivery address"
    assert in_sentence("Flowers by Jennifer account", names) == "Flowers by Jennifer account"
    # One word, or a later word with a capital, is a name as before.
    assert {"Bezorgdienst", "Bol", "De", "Google"} <= name_words(
        ["Bezorgdienst", "Bol (bol.com)", "De Vries Transport", "Google Analytics"]
    )


def test_a_name_word_of_the_project_keeps_its_capital_only_as_that_word() -> None:
    assert keeps_capital("De", NAMES)  # "De Vries Transport" is a name here
    assert not keeps_capital("De", frozenset())  # elsewhere "De" is an article
    assert in_sentence("De bestelling", frozenset()) == "de bestelling"


def test_rendering_changes_the_text_never_the_stored_value() -> None:
    project = Project()
    project.data_categories = [
        DataCategory(
            name="Websitegebruik",
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interest="Een gebruiksvriendelijke website",
            retention="Veertien maanden",
            source="Shopwise, een vergelijkingssite",
        )
    ]
    project.processors = [Processor(name="Shopwise", data=["Naam", "Surfgedrag", "IP-adres"])]
    context = template_context(project)
    data = environment("nl").get_template("data.html.j2").render(**context)
    recipients = environment("nl").get_template("recipients.html.j2").render(**context)
    assert "Ons belang hierbij: een gebruiksvriendelijke website." in data
    assert "Bewaartermijn:</strong> veertien maanden." in data
    assert "namelijk: Shopwise, een vergelijkingssite." in data  # a recipient's name
    assert "Naam, surfgedrag en IP-adres" in recipients  # a cell starts with a capital
    assert project.data_categories[0].legitimate_interest == "Een gebruiksvriendelijke website"
    assert project.processors[0].data == ["Naam", "Surfgedrag", "IP-adres"]
