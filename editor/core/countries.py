"""Countries: Dutch names, the EEA and the EU adequacy list (no Qt).

The data lives in ``resources/countries.toml`` so a lawyer can correct a name
or update the adequacy list without reading Python; this module only reads it,
once, and answers questions about ISO 3166-1 alpha-2 codes.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import cache

from editor.core.resources import read_text, resource_path

COUNTRIES_FILE = "countries.toml"


@dataclass(frozen=True)
class _Countries:
    dutch_names: dict[str, str]
    spellings: dict[str, dict[str, str]]  # code -> {"nl": ..., "en": ...}
    aliases: dict[str, str]
    eea: frozenset[str]
    adequacy: frozenset[str]


def _fold(text: str) -> str:
    """Lower case without accents or surrounding space: "België " -> "belgie"."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.replace("\u2019", "'").split())


@cache
def _countries() -> _Countries:
    data = tomllib.loads(read_text(resource_path(COUNTRIES_FILE)))
    names: dict[str, dict[str, str]] = data["names"]
    # Regions that belong to an EU member state (Åland, the French outermost
    # regions) are inside the EEA for the law even though they have their own code.
    eea = frozenset(data["eea"]) | frozenset(data.get("eu_regions", []))
    return _Countries(
        dutch_names={code: spellings["nl"] for code, spellings in names.items()},
        spellings=names,
        aliases=dict(data.get("aliases", {})),
        eea=eea,
        adequacy=frozenset(data["adequacy"]),
    )


@cache
def _lookup() -> dict[str, str]:
    """Every spelling a user may type, folded (see _fold), to its code.

    Made on first use, apart from the rest: folding all 500-odd names costs
    about a millisecond that every export and every start of the window would
    pay, while only what a user types (the country field, the check of it)
    needs it.
    """
    countries = _countries()
    lookup: dict[str, str] = {}
    # Later entries win, so codes (added last) beat a name that happens to
    # spell another country's code.
    for alias, code in countries.aliases.items():
        lookup[_fold(alias)] = code
    for code, spellings in countries.spellings.items():
        for name in spellings.values():
            lookup[_fold(name)] = code
    for code in countries.dutch_names:
        lookup[_fold(code)] = code
    return lookup


def _code(code: str) -> str:
    return code.strip().upper()


def is_known(code: str) -> bool:
    """True for a code in the country list ("NL", "us"); False for "" or "Holland"."""
    return _code(code) in _countries().dutch_names


def is_eea(code: str) -> bool:
    """True when data may flow to this country without a transfer safeguard."""
    return _code(code) in _countries().eea


def has_adequacy(code: str) -> bool:
    """True when the EU has an adequacy decision for this country (safeguard "adequacy")."""
    return _code(code) in _countries().adequacy


def country_name(code: str) -> str:
    """The Dutch name for a code ("US" -> "Verenigde Staten"); an unknown code as it is."""
    return _countries().dutch_names.get(_code(code), code)


def english_country_name(code: str) -> str:
    """The English name for a code ("US" -> "United States"); an unknown code as it is."""
    spellings = _countries().spellings.get(_code(code))
    return spellings.get("en", code) if spellings else code


def normalise_country(text: str) -> str:
    """The code for what a user typed: a code, or a Dutch or English name; "" when unknown.

    Case and accents do not matter: "belgie", "Belgium" and "be" all give "BE".
    """
    return _lookup().get(_fold(text), "")


def country_choices() -> list[tuple[str, str]]:
    """(code, Dutch name) for every country, in the order a Dutch reader expects."""
    names = _countries().dutch_names
    return sorted(names.items(), key=lambda item: (_fold(item[1]), item[0]))
