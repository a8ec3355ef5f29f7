"""The jinja2 environment the clause templates render in.

Like qutebrowser's ``utils/jinja.py``: StrictUndefined (a typo in a template
is an error, not an empty string), autoescape on (user text can never become
markup), and templates loaded from the ``clauses`` package, never from the
working directory. Compiled templates go to a bytecode cache so the command
line does not compile thirteen templates on every run.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from editor.core.countries import country_name, english_country_name, normalise_country
from editor.core.links import link_target
from editor.core.model import Address, LegalBasis, Relationship, TransferSafeguard
from editor.core.month_names import date_en, date_nl
from editor.core.resources import clause_path, read_text
from editor.export.casing import in_sentence

LEGAL_BASIS_WORDS = {
    LegalBasis.CONSENT: "toestemming",
    LegalBasis.CONTRACT: "het uitvoeren van de overeenkomst",
    LegalBasis.LEGAL_OBLIGATION: "een wettelijke plicht",
    LegalBasis.VITAL_INTERESTS: "het beschermen van iemands vitale belangen",
    LegalBasis.PUBLIC_TASK: "een taak van algemeen belang",
    LegalBasis.LEGITIMATE_INTERESTS: "een gerechtvaardigd belang",
    LegalBasis.NONE: "",
}

SAFEGUARD_WORDS = {
    TransferSafeguard.ADEQUACY: "een adequaatheidsbesluit van de Europese Commissie",
    TransferSafeguard.DPF: "het EU-VS Data Privacy Framework",
    TransferSafeguard.SCC: "de standaardcontractbepalingen van de Europese Commissie",
    TransferSafeguard.BCR: "bindende bedrijfsvoorschriften (binding corporate rules)",
    TransferSafeguard.NONE: "",
}

RELATIONSHIP_WORDS = {
    Relationship.PROCESSOR: "verwerker",
    Relationship.CONTROLLER: "zelfstandig verwerkingsverantwoordelijke",
    Relationship.JOINT_CONTROLLER: "gezamenlijk verwerkingsverantwoordelijke",
}

# The same words in the GDPR's own English.
LEGAL_BASIS_WORDS_EN = {
    LegalBasis.CONSENT: "consent",
    LegalBasis.CONTRACT: "the performance of a contract",
    LegalBasis.LEGAL_OBLIGATION: "a legal obligation",
    LegalBasis.VITAL_INTERESTS: "the protection of someone's vital interests",
    LegalBasis.PUBLIC_TASK: "a task carried out in the public interest",
    LegalBasis.LEGITIMATE_INTERESTS: "legitimate interests",
    LegalBasis.NONE: "",
}

SAFEGUARD_WORDS_EN = {
    TransferSafeguard.ADEQUACY: "an adequacy decision of the European Commission",
    TransferSafeguard.DPF: "the EU-US Data Privacy Framework",
    TransferSafeguard.SCC: "the European Commission's standard contractual clauses",
    TransferSafeguard.BCR: "binding corporate rules",
    TransferSafeguard.NONE: "",
}

RELATIONSHIP_WORDS_EN = {
    Relationship.PROCESSOR: "processor",
    Relationship.CONTROLLER: "independent controller",
    Relationship.JOINT_CONTROLLER: "joint controller",
}

# The word before the last item of a list, per statement language.
AND_WORDS = {"nl": "en", "en": "and"}


class AddressForm:
    """Picks the words of the statement's form of address.

    Templates write ``{{ a.u }}`` ("u" / "je"), ``{{ a.uw }}`` ("uw" / "je"),
    ``{{ a.U }}`` and ``{{ a.Uw }}`` at the start of a sentence, ``{{ a.jouw }}``
    for a stressed possessive ("uw" / "jouw"), and ``{{ a("u heeft", "je
    hebt") }}`` for anything else. One template serves both forms.
    """

    def __init__(self, address: Address) -> None:
        self.formal = address is Address.FORMAL
        self.u = "u" if self.formal else "je"
        self.U = "U" if self.formal else "Je"
        self.uw = "uw" if self.formal else "je"
        self.Uw = "Uw" if self.formal else "Je"
        self.jouw = "uw" if self.formal else "jouw"
        self.Jouw = "Uw" if self.formal else "Jouw"

    def __call__(self, formal: str, informal: str) -> str:
        return formal if self.formal else informal


def join_nl(values: Iterable[Any], last: str = "en") -> Markup:
    """``["a", "b", "c"]`` -> ``a, b en c`` (escaped)."""
    items = [escape(value) for value in values if str(value).strip()]
    if not items:
        return Markup("")
    if len(items) == 1:
        return Markup(items[0])
    return Markup(", ").join(items[:-1]) + Markup(f" {last} ") + items[-1]


def date_in(language: str, value: dt.date | None) -> str:
    """A date in the statement's language."""
    return date_en(value) if language == "en" else date_nl(value)


@jinja2.pass_context
def in_sentence_filter(context: jinja2.runtime.Context, value: Any) -> str:
    """The owner's text inside a sentence: "Een website" -> "een website", names stay."""
    return in_sentence(value, context.get("names") or frozenset())


@jinja2.pass_context
def join_items(
    context: jinja2.runtime.Context, values: Iterable[Any], cell: bool = False
) -> Markup:
    """The owner's list inside running text: "naam, adres en IP-adres" (escaped).

    Every item loses a capital that is not a name's; with ``cell`` the first
    keeps its own, as it starts a table cell.
    """
    names = context.get("names") or frozenset()
    items = [str(value).strip() for value in values if str(value).strip()]
    shown = [
        item if cell and index == 0 else in_sentence(item, names)
        for index, item in enumerate(items)
    ]
    return join_nl(shown, context.get("and_word") or "en")


def strip_period(value: Any) -> str:
    return str(value).rstrip().rstrip(".")


def safe_url(value: Any) -> str:
    """The URL when it may be a link (``editor.core.links``), else "".

    Never a javascript: link, and never an address with whitespace or control
    characters inside: those are shown as escaped text by every writer.
    """
    return link_target(str(value))


def blank(value: Any, label: str) -> Markup:
    """The value, or a visible "[label]" where the shop still has to fill it in."""
    if isinstance(value, Markup):
        # Already escaped (e.g. join_nl's output): escaping again would show "&amp;".
        shown = Markup(value.strip())
    else:
        shown = escape(str(value).strip() if value is not None else "")
    if shown:
        return shown
    return Markup("<em>[") + escape(label) + Markup("]</em>")


def country_filter(code: Any) -> str:
    return country_name(str(code)) if code else ""


def country_filter_en(code: Any) -> str:
    return english_country_name(str(code)) if code else ""


def country_text_en(text: Any) -> str:
    """A country the owner typed ("Nederland"), in English when it is a known name."""
    code = normalise_country(str(text))
    return english_country_name(code) if code else str(text)


def _filters(language: str) -> dict[str, Any]:
    if language == "en":
        return {
            **_filters("nl"),
            "join_en": lambda values: join_nl(values, "and"),
            "date_en": date_en,
            "country": country_filter_en,
            "country_text": country_text_en,
            "basis": lambda value: LEGAL_BASIS_WORDS_EN[LegalBasis(value)],
            "safeguard": lambda value: SAFEGUARD_WORDS_EN[TransferSafeguard(value)],
            "relationship": lambda value: RELATIONSHIP_WORDS_EN[Relationship(value)],
        }
    return {
        "join_nl": join_nl,
        "date_nl": date_nl,
        "in_sentence": in_sentence_filter,
        "join_items": join_items,
        "strip_period": strip_period,
        "safe_url": safe_url,
        "blank": blank,
        "country": country_filter,
        "country_text": lambda text: str(text),
        "basis": lambda value: LEGAL_BASIS_WORDS[LegalBasis(value)],
        "safeguard": lambda value: SAFEGUARD_WORDS[TransferSafeguard(value)],
        "relationship": lambda value: RELATIONSHIP_WORDS[Relationship(value)],
    }


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    folder = Path(base) / "policy-editor" / "jinja"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only home only costs compile time
    return jinja2.FileSystemBytecodeCache(str(folder))


# A template name that carries its own source. Clause titles in the manifest
# are one-line templates ("{{ a.Uw }} rechten"); loading them by name, not
# with from_string, lets the bytecode cache keep them compiled between runs.
INLINE_PREFIX = "inline:"


@cache
def environment(language: str) -> jinja2.Environment:
    """One environment per clause language, made once per process."""

    def load(name: str) -> tuple[str, None, Any]:
        if name.startswith(INLINE_PREFIX):
            return name[len(INLINE_PREFIX) :], None, lambda: True
        return read_text(clause_path(language, name)), None, lambda: True

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(load),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_bytecode_cache(),
        auto_reload=False,
    )
    env.filters.update(_filters(language))
    env.globals["and_word"] = AND_WORDS.get(language, "en")
    return env


def inline_template(language: str, source: str) -> jinja2.Template:
    """``source`` (from the clause library, never from a user) as a template."""
    return environment(language).get_template(INLINE_PREFIX + source)
