"""The general phrasings behind the wider measure, each on a few lines of its own."""

from __future__ import annotations

import datetime as dt

from editor.core.importing import import_pasted
from editor.core.model import LegalBasis, Project

SHOP = "Privacyverklaring Theehuis Lommerrijk\n\nTheehuis Lommerrijk, Laan 4, 1234 AB Ergens.\n\n"


def _project(body: str) -> Project:
    return import_pasted(SHOP + body).project


def test_a_list_after_the_verb_in_prose_is_a_kind_of_data() -> None:
    project = _project(
        "Welke gegevens?\n\nAls je iets bestelt, noteren we je naam, je adres en je "
        "e-mailadres, zodat het pakket aankomt.\n"
    )
    (category,) = project.data_categories
    assert category.items == ["Naam", "Adres", "E-mailadres"]
    assert category.name == "Naam, adres en e-mailadres"


def test_the_one_asked_is_no_list_of_data() -> None:
    """ "vragen wij je om ..." asks the visitor something; "gebruiken we cookies, ..." names
    no data of the visitor's."""
    project = _project(
        "Inzage\n\nOm misbruik te voorkomen vragen wij je om je te legitimeren en een kopie "
        "te sturen. Op de site gebruiken we cookies, pixels en scripts.\n"
    )
    assert project.data_categories == []


def test_a_line_per_purpose_with_its_basis_and_retention() -> None:
    project = _project(
        "Waarvoor?\n\n"
        "- Om je pakket te versturen, gebruiken we je naam en je adres. Dat is nodig om de "
        "overeenkomst met je uit te voeren. We bewaren ze 18 maanden.\n"
        "- Voor de nieuwsbrief gebruiken we: je e-mailadres, alleen met jouw toestemming.\n"
    )
    first, second = project.data_categories
    assert first.items == ["Naam", "Adres"]
    assert first.purposes == ["Om je pakket te versturen"]
    assert first.legal_basis is LegalBasis.CONTRACT
    assert "18 maanden" in first.retention
    assert (second.name, second.items) == ("De nieuwsbrief", ["E-mailadres"])
    assert second.legal_basis is LegalBasis.CONSENT


def test_a_duty_to_keep_is_no_basis_for_the_processing() -> None:
    project = _project(
        "Gegevens\n\n"
        "- Gegevens voor je bestelling. Hiervoor verzamelen wij je naam, je adres en je "
        "telefoonnummer. Op grond van de wet moeten wij deze gegevens 7 jaar bewaren.\n"
        "- Gegevens voor de nieuwsbrief. Hiervoor verzamelen wij je naam en je e-mailadres, "
        "maar alleen als je ons daarvoor toestemming geeft.\n"
    )
    order, letter = project.data_categories
    assert order.legal_basis is LegalBasis.NONE
    assert "7 jaar" in order.retention
    assert letter.legal_basis is LegalBasis.CONSENT


def test_one_item_of_a_list_may_hold_an_or() -> None:
    project = _project(
        "Welke gegevens verzamelen we?\n\nBij een bezoek verzamelen we je IP-adres, de "
        "taal van je browser en het merk van je telefoon of de tablet.\n"
    )
    (category,) = project.data_categories
    assert category.items[-1] == "Merk van je telefoon of de tablet"


def test_a_period_in_a_part_of_its_own_goes_only_to_the_data_it_names() -> None:
    project = _project(
        "Gegevens\n\nVoor je bestelling vragen we je naam, je adres en je telefoonnummer. "
        "Op de site verzamelen we je IP-adres en je klikgedrag.\n\n"
        "Bewaartermijnen\n\nGegevens over je klikgedrag worden na 26 maanden gewist. "
        "Facturen bewaren we zeven jaar.\n"
    )
    order, visits = project.data_categories
    assert order.items == ["Naam", "Adres", "Telefoonnummer"]
    assert order.retention == ""  # the text does not say which data the seven years are for
    assert visits.retention == "Gegevens over je klikgedrag worden na 26 maanden gewist."


def test_the_date_it_takes_effect_wins_and_a_law_has_no_date_of_the_statement() -> None:
    project = _project(
        "De AVG is op 25 mei 2018 in werking getreden.\n\nDeze verklaring is vastgesteld op "
        "2 februari 2024 en geldt met ingang van 1 maart 2024.\n"
    )
    assert project.document.effective_date == dt.date(2024, 3, 1)
    project = _project("De AVG is op 25 mei 2018 in werking getreden.\n\nBijgewerkt: 2024-11-20\n")
    assert project.document.effective_date == dt.date(2024, 11, 20)


def test_a_party_with_and_without_its_legal_form_is_one_recipient() -> None:
    project = _project(
        "Ontvangers\n\nDe webwinkel wordt gehost door Hostnet B.V. Hostnet verwerkt de "
        "gegevens alleen voor ons.\n"
    )
    assert [row.name for row in project.processors] == ["Hostnet"]


def test_a_party_in_running_text_after_how_things_go() -> None:
    project = _project(
        "Ontvangers\n\nBetalen gaat via iDEAL. Pakketjes gaan met Snelpost Noord de deur "
        "uit, en de nieuwsbrief verstuur ik met Briefje Mail.\n"
    )
    assert [row.name for row in project.processors] == ["Snelpost Noord", "Briefje Mail"]


def test_a_cookie_provider_other_than_the_shop_is_a_recipient() -> None:
    project = _project(
        "Cookies\n\n"
        "| Naam | Aanbieder | Doel | Bewaartermijn |\n|---|---|---|---|\n"
        "| winkelmand | Theehuis Lommerrijk | Winkelmand | 1 dag |\n"
        "| voorkeur | Eigen website | Taal | 1 jaar |\n"
        "| _tt | Teller Statistiek | Bezoek tellen | 1 jaar |\n"
    )
    assert project.organisation.name == "Theehuis Lommerrijk"
    assert [row.name for row in project.processors] == ["Teller Statistiek"]
    assert [cookie.provider for cookie in project.cookies][2] == "Teller Statistiek"


def test_a_titled_bullet_that_names_no_data_is_no_kind_of_data() -> None:
    project = _project(
        "Gegevens die we verwerken\n\n"
        "- Gegevens voor je bestelling. Hiervoor verzamelen wij je naam, je adres en je "
        "telefoonnummer, en we bewaren ze 2 jaar.\n"
        "- Gegevens voor de nieuwsbrief. Die sturen we alleen met jouw toestemming, wekelijks "
        "of minder vaak.\n"
        "- Delen op sociale media. Als je een artikel deelt op je eigen account, krijgen wij "
        "daar niets van te zien.\n"
    )
    assert [c.name for c in project.data_categories] == [
        "Gegevens voor je bestelling",
        "Gegevens voor de nieuwsbrief",
    ]


def test_staying_on_a_list_until_an_end_is_a_retention() -> None:
    project = _project(
        "Nieuwsbrief\n\n- Voor de nieuwsbrief gebruiken we: je e-mailadres. Je blijft op de "
        "lijst tot je je afmeldt.\n"
    )
    (category,) = project.data_categories
    assert category.retention == "Je blijft op de lijst tot je je afmeldt."


def test_prose_lists_in_either_word_order_and_only_of_data() -> None:
    cases = {
        "Wij verzamelen je naam, je adres en je e-mailadres als je bestelt.": [
            "Naam",
            "Adres",
            "E-mailadres",
        ],
        # An example list inside the sentence: the general word is no kind of its own.
        "Wij gebruiken je gegevens, zoals je naam en je adres, om je pakket te sturen.": [
            "Naam",
            "Adres",
        ],
        "Wij vragen je naam en je adres, anders kunnen we niet leveren.": ["Naam", "Adres"],
        # Said not to be done, or no data at all.
        "We gebruiken je naam en je e-mailadres nooit voor reclame.": [],
        "Wij vragen je niet om je BSN en je paspoort.": [],
        "Wij verwerken je persoonsgegevens zorgvuldig en veilig.": [],
        "We verwerken je bestelling en je betaling zo snel mogelijk.": [],
    }
    for sentence, items in cases.items():
        project = _project(f"Gegevens\n\n{sentence}\n")
        found = [item for category in project.data_categories for item in category.items]
        assert found == items, sentence


def test_a_party_after_the_subject_and_its_verb() -> None:
    project = _project(
        "Ontvangers\n\nWij versturen pakketten via Koerier Oost. Onze webwinkel draait bij "
        "Serverhuis Noord. De site draait op Linux.\n"
    )
    assert [row.name for row in project.processors] == ["Koerier Oost", "Serverhuis Noord"]


def test_a_list_of_periods_goes_to_the_data_it_names() -> None:
    project = _project(
        "Gegevens\n\n- Gegevens voor je bestelling. Hiervoor verzamelen wij je naam, je adres "
        "en je telefoonnummer om te kunnen leveren.\n"
        "- Gegevens over je bezoek. Op de site verzamelen wij je IP-adres en je klikgedrag "
        "om de site te verbeteren.\n\n"
        "Bewaartermijnen\n\nWe hanteren deze termijnen:\n"
        "- Telefoonnummer: 1 jaar na de levering\n- Klikgedrag > 26 maanden\n"
        "- Facturen: 7 jaar\n"
    )
    order, visit = project.data_categories
    assert order.retention == "Telefoonnummer: 1 jaar na de levering"
    assert visit.retention == "Klikgedrag > 26 maanden"
