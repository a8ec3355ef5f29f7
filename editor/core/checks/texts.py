"""Rules that read the user's own words: clause overrides and custom sections.

Generated clauses always say what the law requires; these rules exist because
the user can replace a clause with their own text and leave something out, or
write something that is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.findings import Context, Hit, quoted
from editor.core.display import shown
from editor.core.model import LegalBasis
from editor.core.paths import Path

# The clause headings of clauses/nl/manifest.toml, to name an override the way the
# statement does ({Jouw}: the form of address; a test keeps the two the same).
CLAUSE_TITLES = {
    "intro": "Wie wij zijn",
    "data": "Welke gegevens wij gebruiken en waarom",
    "recipients": "Met wie wij gegevens delen",
    "transfers": "Gegevens buiten de Europese Economische Ruimte",
    "cookies": "Cookies",
    "newsletter": "Nieuwsbrief en reclame per e-mail",
    "children": "Kinderen",
    "automated-decisions": "Automatische besluiten en profilering",
    "security": "Hoe wij gegevens beveiligen",
    "rights": "{Jouw} rechten",
    "complaint": "Een klacht indienen",
    "changes": "Wijzigingen in deze verklaring",
    "changelog": "Wat is er veranderd",
    "contact": "Contact",
}


def clause_title(ctx: Context, clause_id: str) -> str:
    """The heading of a clause in the project's form of address; an unknown id as it is."""
    title = CLAUSE_TITLES.get(clause_id)
    return ctx.say(title) if title else clause_id


def _override_label(ctx: Context, clause_id: str) -> str:
    return ctx.say("{Uw} eigen tekst voor “{title}”", title=clause_title(ctx, clause_id))


def _override_path(clause_id: str) -> Path:
    return ("clauses", "overrides", clause_id)


def _join(parts: list[str]) -> str:
    """["a", "b", "c"] -> "a, b en c"."""
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " en " + parts[-1]


# The owner's own clause texts are in the statement's language: each pattern
# knows the Dutch words and then the English ones.
_SIX_RIGHTS = (
    ("het recht op inzage", re.compile(r"inzage|inzien|access", re.IGNORECASE)),
    ("het recht op correctie", re.compile(r"rectific|correct|verbeter", re.IGNORECASE)),
    (
        "het recht op verwijdering",
        re.compile(r"verwijder|vergetelheid|wissen|eras|delet|forgotten", re.IGNORECASE),
    ),
    ("het recht op beperking", re.compile(r"beperk|restrict", re.IGNORECASE)),
    ("het recht op bezwaar", re.compile(r"bezwaar|object", re.IGNORECASE)),
    ("het recht op overdraagbaarheid", re.compile(r"overdra|portab", re.IGNORECASE)),
)


def rights(ctx: Context) -> Iterator[Hit]:
    text = ctx.override("rights")
    missing = [label for label, pattern in _SIX_RIGHTS if text and not pattern.search(text)]
    if missing:
        message = (
            "{label} noemt niet: {missing}. Vul dit aan, of haal {uw} eigen tekst weg om de"
            " standaardtekst te gebruiken."
        )
        text = ctx.say(message, label=_override_label(ctx, "rights"), missing=_join(missing))
        yield Hit(_override_path("rights"), text)


def withdraw_consent(ctx: Context) -> Iterator[Hit]:
    text = ctx.override("rights")
    consent = [
        quoted(category.name, index)
        for index, category in enumerate(ctx.project.data_categories)
        if category.legal_basis is LegalBasis.CONSENT
    ]
    if text and consent and not re.search(r"intrek|ingetrokken|withdraw", text, re.IGNORECASE):
        message = (
            "{label} zegt niet dat klanten hun toestemming altijd mogen intrekken. {U} vraagt"
            " toestemming voor de gegevens {names}, dus vul dit aan."
        )
        label = _override_label(ctx, "rights")
        yield Hit(_override_path("rights"), ctx.say(message, label=label, names=_join(consent)))


def complaint(ctx: Context) -> Iterator[Hit]:
    text = ctx.override("complaint")
    named = ("autoriteit persoonsgegevens", "dutch data protection authority")
    if text and not any(name in text.casefold() for name in named):
        message = (
            "{label} noemt de Autoriteit Persoonsgegevens niet. Klanten mogen daar een klacht"
            " indienen: noem dat, met het adres Postbus 93374, 2509 AJ Den Haag."
        )
        label = _override_label(ctx, "complaint")
        yield Hit(_override_path("complaint"), ctx.say(message, label=label))


def required_data(ctx: Context) -> Iterator[Hit]:
    """Only an override of `data` can lose what the generated clause says about required data.

    The generated clause states, for each category with required = true, that the data
    must be given and what happens if not. A contract-based category that is not
    required is normal, so the project fields alone give no warning.
    """
    text = ctx.override("data")
    required = [
        quoted(category.name, index)
        for index, category in enumerate(ctx.project.data_categories)
        if category.required
    ]
    if (
        text
        and required
        and not re.search(r"verplicht|noodzakelijk|required|obliged|mandatory", text, re.IGNORECASE)
    ):
        message = (
            "{label} zegt niet dat klanten de gegevens {names} moeten geven, en wat er gebeurt"
            " als ze dat niet doen. Vul dat aan."
        )
        label = _override_label(ctx, "data")
        yield Hit(_override_path("data"), ctx.say(message, label=label, names=_join(required)))


def source(ctx: Context) -> Iterator[Hit]:
    """An override of `data` must still name the source of data not got from the person."""
    text = ctx.override("data").casefold()
    hidden = [
        f"{quoted(category.name, index)} (bron: {shown(category.source.strip())})"
        for index, category in enumerate(ctx.project.data_categories)
        if category.source.strip() and category.source.strip().casefold() not in text
    ]
    if text and hidden:
        message = (
            "{label} zegt niet waar deze gegevens vandaan komen: {names}. Noem de bron en welke"
            " gegevens {u} daar krijgt."
        )
        label = _override_label(ctx, "data")
        yield Hit(_override_path("data"), ctx.say(message, label=label, names=_join(hidden)))


def _disabled_path(ctx: Context, clause_id: str) -> Path:
    return ("clauses", "disabled", ctx.project.clauses.disabled.index(clause_id))


def _required_clause(
    ctx: Context,
    clause: str,
    switched_off: str,
    must_say: tuple[tuple[re.Pattern[str], str], ...],
    does_not_say: str,
) -> Iterator[Hit]:
    """A clause a fact of the project requires: switched off, or overridden without
    what it must say (each ``(pattern, what is missing when it does not match)``)."""
    if ctx.disabled(clause):
        yield Hit(
            _disabled_path(ctx, clause), ctx.say(switched_off, title=clause_title(ctx, clause))
        )
        return
    text = ctx.override(clause)
    missing = [what for pattern, what in must_say if text and not pattern.search(text)]
    if missing:
        message = "{label} " + does_not_say + " {missing}. Vul dat aan."
        label = _override_label(ctx, clause)
        yield Hit(_override_path(clause), ctx.say(message, label=label, missing=_join(missing)))


_AUTOMATED_DECISIONS_MUST_SAY = (
    (
        re.compile(
            r"logica|redenering|werkwijze|criteri|hoe .{0,40}werkt|logic|how .{0,40}works",
            re.IGNORECASE,
        ),
        "hoe het besluit tot stand komt (de logica)",
    ),
    (
        re.compile(r"gevolg|betekenis|effect|uitkomst|consequence|significance|outcome", re.I),
        "wat de gevolgen voor de klant zijn",
    ),
)


def automated_decisions(ctx: Context) -> Iterator[Hit]:
    """Switched off, or overridden without the logic and the consequences (art. 13(2)(f))."""
    if not ctx.project.options.automated_decisions:
        return
    switched_off = (
        "{U} gebruikt geautomatiseerde besluiten of profilering, maar de paragraaf"
        " “{title}” staat uit. Zet die weer aan: de verklaring moet uitleggen hoe het"
        " werkt en wat de gevolgen zijn."
    )
    yield from _required_clause(
        ctx, "automated-decisions", switched_off, _AUTOMATED_DECISIONS_MUST_SAY, "legt niet uit"
    )


_NEWSLETTER_MUST_SAY = (
    (
        re.compile(r"afmeld|af te melden|uitschrijv|uit te schrijven|unsubscrib", re.IGNORECASE),
        "hoe klanten zich afmelden",
    ),
    (
        re.compile(r"bezwaar|object", re.IGNORECASE),
        "dat klanten bezwaar kunnen maken tegen marketing",
    ),
)


def direct_marketing(ctx: Context) -> Iterator[Hit]:
    """Switched off, or overridden without unsubscribing and objecting (art. 21(2)-(4))."""
    if not ctx.project.options.newsletter:
        return
    switched_off = (
        "{U} verstuurt marketingmail, maar de paragraaf “{title}” staat uit. Zet die weer"
        " aan: klanten moeten lezen hoe ze zich afmelden en dat ze bezwaar kunnen maken."
    )
    yield from _required_clause(ctx, "newsletter", switched_off, _NEWSLETTER_MUST_SAY, "zegt niet")


def own_texts(ctx: Context) -> Iterator[tuple[Path, str, str]]:
    """(path, label, text) for every override and custom section text, in file order."""
    for clause_id, text in ctx.project.clauses.overrides.items():
        yield _override_path(clause_id), _override_label(ctx, clause_id), text
    for index, section in enumerate(ctx.project.custom_sections):
        label = f"De eigen paragraaf {quoted(section.title, index, missing='titel')}"
        yield ("custom_sections", index, "text"), label, section.text


# Each list has the English words after the Dutch ones: an English statement's
# own texts are read the same way.
_DENIAL = re.compile(
    r"geen persoonsgegeven|niet als persoonsgegeven|geen persoonlijke gegevens"
    r"|niet\s+(?:\w+\s+){0,3}?(?:te\s+)?herleid"
    r"|(?:is|are|be)\s+(?:not|no|never)\s+(?:\w+\s+){0,2}?personal\s+data"
    r"|not\s+(?:regard|treat|see|consider)\w*"
    r"\s+(?:\w+\s+){0,8}?as\s+personal|(?:cannot|can\s*not|can't)\s+(?:be\s+)?"
    r"(?:trace|link|identif)\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?you",
    re.IGNORECASE,
)
_DEVICE = re.compile(
    r"\bip\b|browser|apparaat|apparaten|besturingssysteem|device|mac-adres|cookie|identifier"
    r"|operating\s+system|mac\s+address",
    re.IGNORECASE,
)
# A sentence that masks the data first may truthfully say it can no longer be traced.
_MASKED = re.compile(
    r"anonimis|geanonimiseerd|inkort|ingekort|\bkort(?:en|t)?\b.{0,40}\bin\b|maskeer|gemaskeerd"
    r"|anonymi[sz]|shorten|truncat|mask",
    re.IGNORECASE,
)
_REFERS_BACK = re.compile(r"(?:deze|die|dit|dat|ze|zij|these|this|that|they|it)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def denies_personal_data(text: str) -> bool:
    """True when a sentence says IP addresses, browser or device data are not personal data.

    The device word may be in the sentence itself or, when the sentence starts by
    referring back ("Deze zijn geen persoonsgegevens"), in the sentence before.
    """
    previous = ""
    for sentence in _SENTENCE_END.split(text):
        if _DENIAL.search(sentence) and not _MASKED.search(sentence):
            refers_back = _REFERS_BACK.match(sentence.strip()) is not None
            if _DEVICE.search(sentence) or (refers_back and _DEVICE.search(previous)):
                return True
        previous = sentence
    return False


def not_personal_data(ctx: Context) -> Iterator[Hit]:
    for path, label, text in own_texts(ctx):
        if denies_personal_data(text):
            message = (
                "{label} zegt dat IP-adressen, browser- of apparaatgegevens geen"
                " persoonsgegevens zijn. Dat klopt niet: volgens het Europese Hof zijn dat wel"
                " persoonsgegevens. Pas de tekst aan."
            )
            yield Hit(path, ctx.say(message, label=label))
