from __future__ import annotations

import tomllib

import pytest

from editor.core import countries
from editor.core.resources import read_text, resource_path

EU = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()  # noqa: SIM905
ADEQUACY = ["AD", "AR", "CA", "FO", "GG", "IL", "IM", "JP", "JE", "NZ", "KR", "CH", "GB", "UY"]


def _data() -> dict[str, object]:
    return tomllib.loads(read_text(resource_path(countries.COUNTRIES_FILE)))


def test_file_lists_eea_and_adequacy_exactly() -> None:
    data = _data()
    assert sorted(data["eea"]) == sorted([*EU, "IS", "LI", "NO"])  # type: ignore[call-overload]
    assert sorted(data["adequacy"]) == sorted(ADEQUACY)  # type: ignore[call-overload]


def test_every_listed_code_has_a_name() -> None:
    data = _data()
    names = data["names"]
    assert isinstance(names, dict)
    assert len(names) >= 249  # every ISO 3166-1 alpha-2 code
    for key in ("eea", "eu_regions", "adequacy"):
        for code in data[key]:  # type: ignore[attr-defined]
            assert code in names, (key, code)
    for alias, code in data["aliases"].items():  # type: ignore[attr-defined]
        assert code in names, alias
    for code, spellings in names.items():
        assert len(code) == 2 and code.isupper()
        assert spellings["nl"] and spellings["en"]


@pytest.mark.parametrize("code", [*EU, "IS", "LI", "NO", "nl", " de "])
def test_eea_members(code: str) -> None:
    assert countries.is_eea(code)


@pytest.mark.parametrize("code", ["US", "GB", "CH", "CN", "", "XX", "Nederland"])
def test_outside_the_eea(code: str) -> None:
    assert not countries.is_eea(code)


def test_eu_outermost_regions_count_as_eea() -> None:
    assert countries.is_eea("RE")  # Réunion is France
    assert countries.is_eea("AX")  # Åland is Finland


@pytest.mark.parametrize("code", ADEQUACY)
def test_adequacy(code: str) -> None:
    assert countries.has_adequacy(code)
    assert not countries.is_eea(code)


@pytest.mark.parametrize("code", ["US", "NL", "CN", "IN", ""])
def test_no_adequacy(code: str) -> None:
    assert not countries.has_adequacy(code)


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("NL", "Nederland"),
        ("US", "Verenigde Staten"),
        ("GB", "Verenigd Koninkrijk"),
        ("FO", "Faeröer"),
        ("de", "Duitsland"),
        ("KR", "Zuid-Korea"),
    ],
)
def test_country_name_is_dutch(code: str, name: str) -> None:
    assert countries.country_name(code) == name


def test_unknown_code_names_itself() -> None:
    assert countries.country_name("XX") == "XX"
    assert countries.country_name("") == ""


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Nederland", "NL"),
        ("netherlands", "NL"),
        ("Holland", "NL"),
        ("  belgie ", "BE"),
        ("België", "BE"),
        ("Belgium", "BE"),
        ("be", "BE"),
        ("Verenigde Staten", "US"),
        ("United States", "US"),
        ("USA", "US"),
        ("Engeland", "GB"),
        ("United Kingdom", "GB"),
        ("Zwitserland", "CH"),
        ("Switzerland", "CH"),
        ("Ivoorkust", "CI"),
        ("Côte d'Ivoire", "CI"),
        ("Curacao", "CW"),
    ],
)
def test_normalise_country(typed: str, code: str) -> None:
    assert countries.normalise_country(typed) == code


@pytest.mark.parametrize("typed", ["", "   ", "Atlantis", "XX", "Nederland en België"])
def test_normalise_unknown_gives_empty(typed: str) -> None:
    assert countries.normalise_country(typed) == ""


def test_every_dutch_name_normalises_to_its_own_code() -> None:
    for code, name in countries.country_choices():
        assert countries.normalise_country(name) == code, name
        assert countries.normalise_country(code) == code


def test_country_choices_sorted_by_dutch_name() -> None:
    choices = countries.country_choices()
    codes = [code for code, _ in choices]
    assert len(codes) == len(set(codes)) >= 249
    assert ("NL", "Nederland") in choices
    folded = [countries._fold(name) for _, name in choices]
    assert folded == sorted(folded)
    # Accents do not push a country to the end: Åland sits with the A's.
    assert codes.index("AX") < codes.index("BE")


def test_is_known() -> None:
    assert countries.is_known("nl")
    assert not countries.is_known("Holland")
    assert not countries.is_known("")
