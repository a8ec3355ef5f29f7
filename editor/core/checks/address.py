"""The address-mix rule: every text the user wrote speaks to the reader in one form.

A formal statement ("u") that says "je" in one purpose, or an informal one
("je") with a custom section full of "uw", reads as pasted together. The rule
walks every free text that ends up in the statement and gives one finding per
field, pointing at that field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.findings import Context, Hit, processor_name, quoted
from editor.core.checks.texts import own_texts
from editor.core.paths import Path

_INFORMAL_WORDS = re.compile(r"\b(?:je|jij|jou|jouw|jouwe)\b", re.IGNORECASE)
_FORMAL_WORDS = re.compile(r"\b(?:u|uw|uwe)\b", re.IGNORECASE)


def user_texts(ctx: Context) -> Iterator[tuple[Path, str, str]]:
    """(path, label, text) for every free text the statement prints.

    Names of parties and the processor notes are left out: a name is what it is,
    and the notes never reach the statement.
    """
    project = ctx.project
    yield ("document", "title"), "De titel van de verklaring", project.document.title
    for index, category in enumerate(project.data_categories):
        name = quoted(category.name, index)
        base: Path = ("data_categories", index)
        yield (*base, "name"), f"De naam van de gegevens {name}", category.name
        for item_index, item in enumerate(category.items):
            yield (*base, "items", item_index), f"Een onderdeel van de gegevens {name}", item
        for purpose_index, purpose in enumerate(category.purposes):
            yield (*base, "purposes", purpose_index), f"Een doel van de gegevens {name}", purpose
        for field, label in (
            ("legitimate_interest", "Het gerechtvaardigd belang bij de gegevens"),
            ("retention", "De bewaartermijn van de gegevens"),
            ("source", "De bron van de gegevens"),
        ):
            yield (*base, field), f"{label} {name}", getattr(category, field)
    for index, processor in enumerate(project.processors):
        name = processor_name(processor.name, index)
        yield ("processors", index, "purpose"), f"Het doel van {name}", processor.purpose
        for item_index, item in enumerate(processor.data):
            label = f"Een gegeven voor {name}"
            yield ("processors", index, "data", item_index), label, item
    for index, cookie in enumerate(project.cookies):
        name = quoted(cookie.name, index)
        label = f"De beschrijving van cookie {name}"
        yield ("cookies", index, "description"), label, cookie.description
        label = f"De bewaartermijn van cookie {name}"
        yield ("cookies", index, "retention"), label, cookie.retention
    label = "De tekst over de controle van de identiteit"
    yield ("rights", "identification"), label, project.rights.identification
    for index, measure in enumerate(project.options.security_measures):
        yield ("options", "security_measures", index), f"Beveiligingsmaatregel {index + 1}", measure
    for index, section in enumerate(project.custom_sections):
        label = f"De titel van eigen paragraaf {index + 1}"
        yield ("custom_sections", index, "title"), label, section.title
    yield from own_texts(ctx)


def address_mix(ctx: Context) -> Iterator[Hit]:
    if ctx.project.document.language == "en":
        return  # English has one form of address ("you")
    if ctx.formal:
        other = _INFORMAL_WORDS
        message = (
            "{label} spreekt de lezer informeel aan, terwijl de rest van de verklaring u en uw"
            " gebruikt. Schrijf deze tekst om naar u en uw."
        )
    else:
        other = _FORMAL_WORDS
        message = (
            "{label} spreekt de lezer formeel aan, terwijl de rest van de verklaring je en jouw"
            " gebruikt. Schrijf deze tekst om naar je en jouw."
        )
    for path, label, text in user_texts(ctx):
        if other.search(text):
            yield Hit(path, ctx.say(message, label=label))
