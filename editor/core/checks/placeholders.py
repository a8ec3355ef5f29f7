"""The placeholder rule: every "[...]" the statement would show points at its field.

The clause templates (clauses/nl) show a visible blank such as "[postcode]" or
"[aanbieder]" where a fact is missing. A published statement must not show
one (art. 12(1): clear information), so each blank gets an error finding at
the field that fills it. Facts the law does not require (the KvK number, a
phone number, security measures) leave their sentence out when empty and have
no blank. The conditions below mirror the templates: a clause
that is switched off, replaced by the owner's own text, or absent because its
condition does not hold shows no blanks. A test renders every export with each
field emptied in turn and holds this module to the templates.

Where another rule already gives an error for the same field (the shop's
address, the retention, the legal basis...), that finding says what to fill in
and this rule stays quiet, so the owner sees one error per field.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core import countries
from editor.core.checks.findings import Context, Hit, processor_name, quoted
from editor.core.model import LegalBasis, Project, TransferSafeguard
from editor.core.paths import Path, format_path

# (the field, the words in the blank, what to do: a template with {u}/{uw} and
# {name}, and the row's name, filled in only when the message is made)
Blank = tuple[Path, str, str, str]


def _blank(text: str) -> bool:
    return not text.strip()


def _blank_after_period(text: str) -> bool:
    """Shown through strip_period first: "." alone is blank too."""
    return not text.rstrip().rstrip(".").strip()


def _shown(ctx: Context, clause_id: str) -> bool:
    """The clause's generated text is in the statement (not off, not replaced)."""
    return not ctx.disabled(clause_id) and not ctx.override(clause_id)


def _is_transfer(code: str) -> bool:
    code = code.strip().upper()
    return bool(code) and not countries.is_eea(code)


def _contact_email_blank(project: Project) -> bool:
    return _blank(project.privacy_contact.email) and _blank(project.organisation.email)


def _organisation(ctx: Context) -> Iterator[Blank]:
    org = ctx.project.organisation
    if not (_shown(ctx, "intro") or _shown(ctx, "contact")):
        return
    for field, label, what in (
        ("name", "naam van de winkel", "Vul de naam van {uw} webwinkel in"),
        ("address", "straat en huisnummer", "Vul de straat en het huisnummer in"),
        ("postal_code", "postcode", "Vul de postcode in"),
        ("city", "plaats", "Vul de plaats in"),
    ):
        if _blank(getattr(org, field)):
            yield ("organisation", field), label, what, ""


def _email(ctx: Context) -> Iterator[Blank]:
    project = ctx.project
    # Clauses that offer the contact e-mail address (or its blank) to the reader.
    offering = ["contact", "rights", "complaint", "children", "security"]
    if project.options.newsletter:
        offering.append("newsletter")
    if project.options.automated_decisions:
        offering.append("automated-decisions")
    if any(
        _is_transfer(p.country)
        and p.transfer_safeguard in (TransferSafeguard.SCC, TransferSafeguard.BCR)
        for p in project.processors
    ):
        offering.append("transfers")
    if _contact_email_blank(project) and any(_shown(ctx, clause) for clause in offering):
        what = "Vul het e-mailadres van {uw} webwinkel in"
        yield ("organisation", "email"), "e-mailadres", what, ""
    contact = project.privacy_contact
    if contact.is_dpo and _blank(contact.email) and _shown(ctx, "contact"):
        what = "Vul het e-mailadres van de functionaris gegevensbescherming in"
        yield ("privacy_contact", "email"), "e-mailadres", what, ""


_DATA_LABELS = {
    "none": "welke soorten gegevens de winkel verwerkt, waarvoor, op welke grondslag en hoe lang",
    "items": "welke gegevens",
    "purposes": "waarvoor de winkel deze gegevens gebruikt",
    "interest": "welk belang de winkel heeft",
    "retention": "hoe lang de winkel deze gegevens bewaart",
}


def _data(ctx: Context) -> Iterator[Blank]:
    if not _shown(ctx, "data"):
        return
    categories = ctx.project.data_categories
    if not categories:
        yield ("data_categories",), _DATA_LABELS["none"], "Voeg toe welke gegevens {u} verwerkt", ""
    for index, category in enumerate(categories):
        name = quoted(category.name, index)
        base: Path = ("data_categories", index)
        if _blank(category.name):
            yield (*base, "name"), "soort gegevens", "Geef de gegevens {name} een naam", name
        if not any(category.items):
            yield (
                (*base, "items"),
                _DATA_LABELS["items"],
                "Vul in wat de gegevens {name} zijn",
                name,
            )
        if not any(category.purposes):
            what = "Vul in waarvoor {u} de gegevens {name} gebruikt"
            yield (*base, "purposes"), _DATA_LABELS["purposes"], what, name
        if category.legal_basis is LegalBasis.NONE:
            what = "Kies de grondslag voor de gegevens {name}"
            yield (*base, "legal_basis"), "grondslag", what, name
        if category.legal_basis is LegalBasis.LEGITIMATE_INTERESTS and _blank_after_period(
            category.legitimate_interest
        ):
            what = "Beschrijf {uw} belang bij de gegevens {name}"
            yield (*base, "legitimate_interest"), _DATA_LABELS["interest"], what, name
        if _blank_after_period(category.retention):
            what = "Vul in hoe lang {u} de gegevens {name} bewaart"
            yield (*base, "retention"), _DATA_LABELS["retention"], what, name


_NO_RECIPIENTS = (
    "welke bedrijven gegevens ontvangen, zoals de hosting, de betaaldienst en de bezorgdienst"
)


def _recipients(ctx: Context) -> Iterator[Blank]:
    processors = ctx.project.processors
    recipients_shown = _shown(ctx, "recipients")
    if recipients_shown and not processors:
        yield ("processors",), _NO_RECIPIENTS, "Voeg de bedrijven toe die gegevens krijgen", ""
    for index, processor in enumerate(processors):
        name = processor_name(processor.name, index)
        base: Path = ("processors", index)
        transfer_shown = _shown(ctx, "transfers") and _is_transfer(processor.country)
        if _blank(processor.name) and (recipients_shown or transfer_shown):
            yield (*base, "name"), "naam", "Vul de naam van {name} in", name
        if recipients_shown:
            if _blank(processor.purpose):
                yield (
                    (*base, "purpose"),
                    "waarvoor",
                    "Vul in waarvoor {name} de gegevens krijgt",
                    name,
                )
            if all(_blank(item) for item in processor.data):
                yield (*base, "data"), "welke gegevens", "Vul in welke gegevens {name} krijgt", name
            if _blank(processor.country):
                what = "Vul in in welk land {name} de gegevens verwerkt"
                yield (*base, "country"), "land", what, name
        if transfer_shown and processor.transfer_safeguard is TransferSafeguard.NONE:
            what = "Kies op welke grond {name} de gegevens buiten de EER mag verwerken"
            label = "waarborg voor deze doorgifte"
            yield (*base, "transfer_safeguard"), label, what, name


def _cookies(ctx: Context) -> Iterator[Blank]:
    if not _shown(ctx, "cookies"):
        return
    for index, cookie in enumerate(ctx.project.cookies):
        name = quoted(cookie.name, index)
        for field, label, what in (
            ("name", "naam", "Vul de naam van cookie {name} in"),
            ("provider", "aanbieder", "Vul in wie cookie {name} plaatst (de aanbieder)"),
            ("description", "doel", "Vul in waarvoor cookie {name} dient"),
            ("retention", "bewaartermijn", "Vul in hoe lang cookie {name} blijft staan"),
        ):
            if _blank(getattr(cookie, field)):
                yield ("cookies", index, field), label, what, name


def _date(ctx: Context) -> Iterator[Blank]:
    if _shown(ctx, "changes") and ctx.project.document.effective_date is None:
        yield ("document", "effective_date"), "ingangsdatum", "Vul de ingangsdatum in", ""


def placeholders(ctx: Context) -> Iterator[Blank]:
    """Every blank the statement shows, once per field."""
    seen: set[Path] = set()
    for source in (_organisation, _email, _data, _recipients, _cookies, _date):
        for blank in source(ctx):
            if blank[0] not in seen:
                seen.add(blank[0])
                yield blank


# The same blanks in the English clause library (clauses/en), so a message quotes
# the words the owner sees in an English statement.
_ENGLISH_LABELS = {
    "naam van de winkel": "name of the shop",
    "straat en huisnummer": "street and number",
    "postcode": "postal code",
    "plaats": "town",
    "e-mailadres": "e-mail address",
    _DATA_LABELS["none"]: (
        "which kinds of data the shop processes, why, on which legal basis and for how long"
    ),
    "soort gegevens": "kind of data",
    "welke gegevens": "which data",
    _DATA_LABELS["purposes"]: "what the shop uses this data for",
    "grondslag": "legal basis",
    _DATA_LABELS["interest"]: "the shop's interest",
    _DATA_LABELS["retention"]: "how long the shop keeps this data",
    _NO_RECIPIENTS: (
        "which companies receive data, such as the hosting provider, the payment service and"
        " the delivery service"
    ),
    "naam": "name",
    "waarvoor": "what for",
    "land": "country",
    "waarborg voor deze doorgifte": "safeguard for this transfer",
    "aanbieder": "provider",
    "doel": "purpose",
    "bewaartermijn": "retention",
    "ingangsdatum": "effective date",
}


def placeholder(ctx: Context) -> Iterator[Hit]:
    # “…”, the window's quote marks: the blank is the program's word, not the owner's text.
    message = (
        "{what}. Nu staat op die plek “[{label}]” in de verklaring, en zo'n open plek mag niet"
        " in de gepubliceerde tekst staan."
    )
    english = ctx.project.document.language == "en"
    for path, label, what, name in placeholders(ctx):
        if format_path(path) in ctx.errors_at:
            continue  # another rule already gives an error for this field
        if english:
            label = _ENGLISH_LABELS[label]
        text = ctx.say(message, label=label, what=ctx.say(what, name=name))
        yield Hit(path, text)
