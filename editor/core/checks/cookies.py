"""Rules that compare the cookie table with the rest of the project.

Tracking on a website needs the visitor's prior consent (Telecommunicatiewet
art. 11.7a), and the statement must name it. These rules look for signs of
tracking elsewhere in the project (recipients that track, data such as cookie
identifiers or surf behaviour) and check that the cookie table and the legal
bases agree with them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.findings import Context, Hit, processor_name, quoted
from editor.core.checks.name_match import PartyNames
from editor.core.display import shown
from editor.core.model import CookieKind, LegalBasis, Processor, ServiceKind

# Recipients whose whole job is measuring or following visitors.
_TRACKING_SERVICES = frozenset({ServiceKind.ANALYTICS, ServiceKind.ADVERTISING, ServiceKind.SOCIAL})

# Data that only a tracker gathers: identifiers read from the visitor's device,
# what they click and where they surf, advertising ids. "Bezochte pagina's" is
# not on the list: a server log has it too, without reading the device.
_TRACKING_DATA = re.compile(
    r"cookie|advertentie-?(?:id|nummer|identifier)|advertising[- ]?id|\bad[- ]?id\b|\bIDFA\b"
    r"|\bGAID\b|apparaat-?(?:id|nummer|identifier)|device[- ]?id|fingerprint|vingerafdruk van"
    r"|pixel|klikgedrag|surfgedrag|browsegedrag|bezoekgedrag|websitegedrag|klikpad|clickstream"
    r"|\b(?:klik|surf|browse)-,?\s"
    r"|(?:gedrag|activiteit\w*)\s+op\s+(?:onze|de|deze)\s+(?:website|site|webshop|webwinkel)"
    # the same in an English statement
    r"|(?:click|browsing|surfing|visiting)\b[\w ,]{0,30}behaviou?r|click\s*path"
    r"|(?:behaviou?r|activit(?:y|ies))\s+on\s+(?:our|the|this)\s+(?:website|site|online\s+shop)",
    re.IGNORECASE,
)
# Location counts only when it is gathered on the website (not a delivery address).
_LOCATION = re.compile(r"locatie|geolocatie|gps|location", re.IGNORECASE)
_ON_THE_SITE = re.compile(
    r"website|\bsite\b|webshop|webwinkel|online|bezoek|surf|visit|brows", re.IGNORECASE
)


def _catalog_sets_cookies(processor: Processor) -> bool | None:
    """What the catalog says about this recipient's cookies; None when it does not know it."""
    from editor.core.catalog import find_entry  # the catalog is read once, on first use

    entry = find_entry(processor.catalog) or find_entry(processor.name)
    return None if entry is None else entry.sets_cookies


def _tracking_recipient(processor: Processor) -> bool:
    """An analytics, advertising or social recipient, unless the catalog knows it sets no
    cookies (a cookieless statistics service)."""
    if _catalog_sets_cookies(processor) is False:
        return False
    return processor.service in _TRACKING_SERVICES


def _tracking_items(items: list[str], context: str) -> list[str]:
    on_site = _ON_THE_SITE.search(context) is not None
    return [
        shown(item.strip())
        for item in items
        if _TRACKING_DATA.search(item) or (_LOCATION.search(item) and on_site)
    ]


def tracking_signs(ctx: Context) -> list[str]:
    """The signs of tracking in the project, each named for a message."""
    signs: list[str] = []
    for index, processor in enumerate(ctx.project.processors):
        name = processor_name(processor.name, index)
        items = _tracking_items(processor.data, f"{processor.purpose} {processor.service}")
        if _tracking_recipient(processor):
            signs.append(name)
        elif items:
            signs.append(f"{name} (krijgt {items[0]})")
    for index, category in enumerate(ctx.project.data_categories):
        context = " ".join([category.name, *category.items, *category.purposes])
        items = _tracking_items(category.items, context)
        if items:
            signs.append(f"de gegevens {quoted(category.name, index)} ({', '.join(items)})")
    return signs


def _tracking_cookies(ctx: Context) -> list[int]:
    return [
        index
        for index, cookie in enumerate(ctx.project.cookies)
        if cookie.kind is not CookieKind.FUNCTIONAL
    ]


def cookie_table_shown(ctx: Context) -> bool:
    """The statement has the generated cookie section, or the owner's own text for it."""
    return bool(ctx.project.cookies) and not ctx.disabled("cookies")


def cookies_missing(ctx: Context) -> Iterator[Hit]:
    """Signs of tracking while the statement lists no tracking cookie (or no cookies at all)."""
    signs = tracking_signs(ctx)
    if not signs:
        return
    named = "; ".join(signs[:4]) + ("; en meer" if len(signs) > 4 else "")
    if ctx.disabled("cookies") and ctx.project.cookies:
        message = (
            "De paragraaf over cookies staat uit, maar {u} volgt bezoekers: {signs}. Zet de"
            " paragraaf weer aan: bezoekers moeten lezen welke cookies {u} plaatst en dat {u}"
            " eerst toestemming vraagt."
        )
        path = ("clauses", "disabled", ctx.project.clauses.disabled.index("cookies"))
        yield Hit(path, ctx.say(message, signs=named))
        return
    if _tracking_cookies(ctx):
        return
    message = (
        "{U} volgt bezoekers ({signs}), maar de verklaring noemt geen cookies die dat doen."
        " Zet bij Cookies de analytische en marketingcookies (of vergelijkbare technieken)"
        " die {u} gebruikt, en vraag bezoekers eerst toestemming. {Gebruikt} ze echt niet,"
        " pas dan de gegevens of de ontvangers aan."
    )
    gebruikt = ctx.pick("Gebruikt u", "Gebruik je")
    yield Hit(("cookies",), ctx.say(message, signs=named, Gebruikt=gebruikt))


_WEBSITE_USE = re.compile(
    r"statisti|analyse|analys|analytics|websitegebruik|gebruik\s+van\s+(?:de|onze)\s+(?:website|site"
    r"|webshop|webwinkel)|surfgedrag|klikgedrag|browsegedrag|bezoekgedrag|websitegedrag"
    r"|gedrag\s+op\s+(?:de|onze)|marketing|advertent|advertis|reclame|retarget|personali"
    r"|afstemmen\s+van\s+(?:ons|het)\s+aanbod|gerichte\s+aanbieding"
    r"|website\s+use|use\s+of\s+(?:the|our)\s+(?:website|site|online\s+shop)|browsing|click"
    r"\w*\s+behaviou?r|behaviou?r\s+on\s+(?:the|our)|tailoring\s+(?:our|the)\s+offer"
    r"|targeted\s+offer",
    re.IGNORECASE,
)


def cookie_basis(ctx: Context) -> Iterator[Hit]:
    """Website statistics or marketing on legitimate interests while its cookies ask consent."""
    asks_consent = [
        cookie
        for cookie in ctx.project.cookies
        if cookie.kind is not CookieKind.FUNCTIONAL and cookie.consent
    ]
    if not asks_consent or not cookie_table_shown(ctx):
        return
    for index, category in enumerate(ctx.project.data_categories):
        if category.legal_basis is not LegalBasis.LEGITIMATE_INTERESTS:
            continue
        text = " ".join([category.name, *category.items, *category.purposes])
        if not _WEBSITE_USE.search(text):
            continue
        message = (
            "De gegevens {name} gaan over websitebezoek of marketing en rusten op een"
            " gerechtvaardigd belang, terwijl {u} voor de cookies daarvan toestemming vraagt."
            " Kies dan ook “toestemming” als grondslag: nu zegt de verklaring dat bezoekers"
            " bezwaar kunnen maken, waar het intrekken van toestemming hoort."
        )
        name = quoted(category.name, index)
        yield Hit(("data_categories", index, "legal_basis"), ctx.say(message, name=name))


def cookie_provider_missing(ctx: Context) -> Iterator[Hit]:
    """A recipient the catalog knows sets cookies, without a cookie of its own in the table."""
    if not _tracking_cookies(ctx) or not cookie_table_shown(ctx):
        return  # cookies-missing already says the table lacks tracking cookies
    candidates = [
        (index, processor)
        for index, processor in enumerate(ctx.project.processors)
        if processor.name.strip() and _catalog_sets_cookies(processor) is True
    ]
    # Same party as a cookie's provider (PartyNames: whole words, either way round),
    # answered from an index of the providers: not every recipient against every cookie.
    names = (name for _, processor in candidates for name in (processor.name, processor.catalog))
    providers = PartyNames((cookie.provider for cookie in ctx.project.cookies), names)
    for index, processor in candidates:
        if providers.matches(processor.name) or providers.matches(processor.catalog):
            continue
        message = (
            "{name} plaatst gewoonlijk cookies op de website, maar de cookietabel noemt geen"
            " cookie van {name}. Zet de cookies van {name} bij Cookies (de catalogus kent de"
            " gebruikelijke), of haal {name} weg als {u} deze dienst niet op de website gebruikt."
        )
        name = processor_name(processor.name, index)
        yield Hit(("processors", index, "name"), ctx.say(message, name=name))
