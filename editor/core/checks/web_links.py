"""The link-invalid finding: an address the statement cannot make a link.

The writers make a web or e-mail address a live link only when it is a valid
one (editor.core.links: http(s) or mailto, no spaces or control characters
inside). Anything else is shown as plain text, which the owner rarely means:
a website without "https://", or a privacy page with a stray space.
"""

from __future__ import annotations

from collections.abc import Iterator

from editor.core.checks.facts import is_email
from editor.core.checks.findings import Context, Hit, processor_name
from editor.core.display import shown
from editor.core.links import is_valid_link


def _web_message(value: str) -> str:
    if "://" not in value and " " not in value.strip():
        return (
            "“{value}” wordt geen link: een webadres begint met https://. Schrijf het"
            " volledige adres, zoals “https://{value}”."
        )
    return (
        "“{value}” is geen geldig webadres (het heeft spaties of tekens die niet in een"
        " adres horen, of begint niet met https://) en staat daarom als gewone tekst in de"
        " verklaring. Verbeter het adres."
    )


def link_invalid(ctx: Context) -> Iterator[Hit]:
    project = ctx.project
    website = project.organisation.website
    if website.strip() and not is_valid_link(website):
        yield Hit(
            ("organisation", "website"),
            ctx.say(_web_message(website), value=shown(website.strip())),
        )
    for index, processor in enumerate(project.processors):
        url = processor.privacy_url
        if url.strip() and not is_valid_link(url):
            message = "De privacyverklaring van {name}: " + _web_message(url)
            name = processor_name(processor.name, index)
            yield Hit(
                ("processors", index, "privacy_url"),
                ctx.say(message, name=name, value=shown(url.strip())),
            )
    # A malformed e-mail address is controller-contact's or dpo-contact's error; this
    # catches the well-formed-looking one with an invisible character inside.
    for path, email in (
        (("organisation", "email"), project.organisation.email),
        (("privacy_contact", "email"), project.privacy_contact.email),
    ):
        if is_email(email) and not is_valid_link(f"mailto:{email.strip()}"):
            message = (
                "Het e-mailadres “{value}” bevat een onzichtbaar teken en wordt daarom geen"
                " link. Typ het adres opnieuw."
            )
            yield Hit(path, ctx.say(message, value=shown(email.strip())))
