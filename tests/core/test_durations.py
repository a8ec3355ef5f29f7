"""Reading retention periods as a reader of the statement would (retention-vague, retention-basis)."""

from __future__ import annotations

import pytest

from editor.core.checks.durations import (
    durations_in_months,
    is_vague,
    names_fiscal_retention,
    shorter_than_fiscal,
)
from editor.core.checks.facts import asks_id_copy_unmasked


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("2 jaar", [24]),
        ("24 maanden", [24]),
        ("zeven jaar", [84]),
        ("Zeven jaren", [84]),
        ("tot 30 dagen na de levering", [1]),
        ("anderhalf jaar", [18]),
        ("een half jaar", [6]),
        ("één jaar", [12]),
        ("twaalf maanden", [12]),
        ("vijfentwintig maanden", [25]),
        ("tweeëntwintig maanden", [22]),
        ("eenendertig dagen", [31 / 30]),
        ("1,5 jaar", [18]),
        ("2 à 3 jaar", [36]),
        ("6 weken", [6 * 7 / 30]),
        ("24 uur", [24 / (30 * 24)]),
        ("2 kwartalen", [6]),
        ("14 mnd", [14]),
        ("2 jaar na de laatste bestelling; facturen 7 jaar", [24, 84]),
        ("Tot het einde van het bezoek", []),
        ("vandaag", []),
        ("dagelijks bijgewerkt", []),
    ],
)
def test_durations_in_months(text: str, months: list[float]) -> None:
    assert durations_in_months(text) == pytest.approx(months)


@pytest.mark.parametrize(
    "text",
    [
        "2 jaar",
        "24 maanden",
        "zeven jaar",
        "tot 30 dagen na de levering",
        "Gedurende de looptijd van het account",
        "Zolang je account actief is",
        "Tot het account wordt opgeheven",
        "tot u zich afmeldt",
        "Tot je je afmeldt voor de nieuwsbrief",
        "Tot de afmelding",
        "Tot u zich uitschrijft",
        "tot intrekking van uw toestemming",
        "Tot je je toestemming intrekt",
        "einde van de sessie",
        "Tot het einde van het bezoek",
        "Tot je de browser sluit",
        "Tot u bezwaar maakt",
        "Tot de bestelling is afgeleverd",
        "Tot je vraagt de review te verwijderen",
        "Tot het einde van de overeenkomst",
        "Tot 31-12-2027",
        "tot 1 januari 2028",
        "Niet langer dan nodig, en hooguit 2 jaar",
        "Zolang je actief klant bent; na 7 jaar zonder inloggen verwijderd",
        "2 years after the last order",
        # an English statement's periods and end events
        "Until you unsubscribe",
        "Until the account is closed",
        "Until you withdraw your consent",
        "Until you close your browser",
        "Session",
        "Until you ask us to remove the review",
        "Until you object",
        "As long as you are an active customer; deleted after 7 years without logging in",
        "No longer than necessary, and at most 2 years",
        "",
    ],
)
def test_a_period_or_an_end_event_is_clear(text: str) -> None:
    assert not is_vague(text)


@pytest.mark.parametrize(
    "text",
    [
        "zolang nodig",
        "Zolang als nodig is voor het doel",
        "zo lang als noodzakelijk",
        "Niet langer dan noodzakelijk",
        "Zolang u klant bij ons bent",
        "Zolang je klant bent",
        "onbepaald",
        "Voor onbepaalde tijd",
        "Onbeperkt",
        "Tot u aangeeft geen gebruik meer te willen maken van onze diensten",
        "Zolang de wettelijke bewaartermijn loopt",
        "Een redelijke termijn",
        "Wij bewaren het",
        # A clear part for some data does not make the vague part clear.
        "Zolang u klant bij ons bent; facturen zolang de wettelijke bewaartermijn loopt",
        "Zolang nodig; facturen 7 jaar",
        "Zolang je actief klant bent; privéberichten via sociale media maximaal 6 maanden",
        # the same in an English statement
        "As long as necessary",
        "As long as you are our customer",
        "Indefinitely",
        "Until you tell us that you no longer wish to use our services",
        "For as long as the statutory retention period runs",
        "A reasonable period",
        "As long as you are a customer; invoices for as long as the law requires",
        "As long as you are an active customer; private messages through social media for up to"
        " 6 months",
    ],
)
def test_no_period_and_no_end_event_is_vague(text: str) -> None:
    assert is_vague(text)


@pytest.mark.parametrize(
    ("text", "fiscal"),
    [
        ("7 jaar", True),
        ("zeven jaar", True),
        ("7 jaar (fiscale bewaarplicht)", True),
        ("Zolang de wettelijke bewaartermijn loopt", True),
        ("Zo lang als de Belastingdienst vraagt", True),
        ("Tot 7 jaar na de laatste keer inloggen", False),
        ("na 7 jaar zonder activiteit verwijderd", False),
        ("2 jaar", False),
        ("7 years", True),
        ("seven years", True),
        ("7 years (the legal duty to keep tax records)", True),
        ("For as long as the statutory retention period runs", True),
        ("Data for the Dutch Tax Administration: as long as it asks", True),
        ("Until 7 years after you last logged in", False),
        ("Deleted after 7 years without activity", False),
        ("2 years", False),
    ],
)
def test_names_fiscal_retention(text: str, fiscal: bool) -> None:
    assert names_fiscal_retention(text) is fiscal


@pytest.mark.parametrize(
    ("text", "shorter"),
    [
        ("5 jaar", True),
        ("zes jaar", True),
        ("7 jaar", False),
        ("10 jaar", False),
        ("altijd", False),
        ("five years", True),
        ("10 years", False),
    ],
)
def test_shorter_than_fiscal(text: str, shorter: bool) -> None:
    assert shorter_than_fiscal(text) is shorter


@pytest.mark.parametrize(
    "text",
    [
        "Een kopie van een paspoort of rijbewijs",
        "Stuur een ID mee; het BSN mag zichtbaar blijven",
        "Wij vragen een kopie van uw ID. Dat is niet nodig als u inlogt.",
        "A copy of your passport or driving licence",
        "Send us a copy of your identity card; the BSN may stay visible",
    ],
)
def test_a_request_for_an_id_copy_without_hiding_the_bsn_is_found(text: str) -> None:
    assert asks_id_copy_unmasked(text)


@pytest.mark.parametrize(
    "text",
    [
        "Alleen als twijfel bestaat over wie het verzoek doet, vragen wij om extra gegevens."
        " Een kopie van een identiteitsbewijs is daarvoor niet nodig.",
        "Wij vragen nooit om een kopie van uw paspoort.",
        "U hoeft geen identiteitsbewijs te sturen.",
        "Wij vragen niet om een kopie van je ID.",
        "Een kopie van het paspoort, met het BSN en de pasfoto afgeschermd.",
        "Stuur een kopie van uw paspoort waarop het BSN niet zichtbaar is.",
        "Wij stellen een controlevraag.",
        "Only when we doubt who is asking do we ask for more. A copy of an identity document is"
        " not needed for this.",
        "We never ask for a copy of your passport.",
        "A copy of your passport, with the citizen service number (BSN) and photo blacked out.",
        "We ask a check question about your last order.",
    ],
)
def test_what_the_text_does_not_ask_is_not_found(text: str) -> None:
    assert not asks_id_copy_unmasked(text)
