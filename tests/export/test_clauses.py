"""The Dutch clause library: manifest, templates and what the rendered text says.

The templates are tested directly (template_env + template_context), not
through assemble, so a failure points at a clause and not at the block tree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from typing import Any

import jinja2
import jinja2.meta
import pytest

from editor.core.clause_ids import CLAUSES
from editor.core.model import (
    Address,
    Cookie,
    CookieKind,
    DataCategory,
    LegalBasis,
    Processor,
    Project,
    Relationship,
    TransferSafeguard,
)
from editor.core.project_file import load_project
from editor.core.resources import clause_path, read_text
from editor.export.context import conditions, template_context
from editor.export.template_env import environment
from tests.conftest import EXAMPLES, SHARED

SEEDS = sorted((SHARED / "seeds").glob("*.txt"))
CONDITIONS = {
    "",
    "has_transfers",
    "has_cookies",
    "newsletter",
    "asks_consent",
    "has_published_versions",
}

MANIFEST: dict[str, Any] = tomllib.loads(read_text(clause_path("nl", "manifest.toml")))
CLAUSE_ENTRIES: list[dict[str, Any]] = MANIFEST["clause"]
TEMPLATES = [entry["template"] for entry in CLAUSE_ENTRIES]

# Tag -> the tags it may contain ("#" = text). The block-tree parser reads
# exactly this: blocks at the top, inline runs inside them.
INLINE = {"#", "strong", "em", "a"}
CHILDREN: dict[str, set[str]] = {
    "": {"p", "ul", "table", "h3"},
    "p": INLINE,
    "h3": INLINE,
    "li": INLINE,
    "th": INLINE,
    "td": INLINE,
    "ul": {"li"},
    "table": {"thead", "tbody"},
    "thead": {"tr"},
    "tbody": {"tr"},
    "tr": {"th", "td"},
    "strong": {"#", "em", "a"},
    "em": {"#"},
    "a": {"#"},
}
FORMAL_WORDS = re.compile(r"\b(u|uw)\b", re.IGNORECASE)
INFORMAL_WORDS = re.compile(r"\b(je|jij|jouw|jou)\b", re.IGNORECASE)


# --- projects ---------------------------------------------------------------


def complete_project(address: Address) -> Project:
    """Every branch of every clause, with user texts that use no form of address."""
    project = Project()
    project.document.address = address
    project.document.effective_date = dt.date(2026, 11, 1)
    project.document.version = "2.1"
    org = project.organisation
    org.name = "Zeepkist & Zo"
    org.trade_names = ["Zeepkistje", "Zeep Online"]
    org.kvk_number = "12345678"
    org.address = "Kerkstraat 1"
    org.postal_code = "1234 AB"
    org.city = "Utrecht"
    org.email = "info@zeepkist.nl"
    org.phone = "030 123 4567"
    org.website = "https://www.zeepkist.nl"
    contact = project.privacy_contact
    contact.name = "Sanne de Vries"
    contact.email = "fg@zeepkist.nl"
    contact.phone = "030 765 4321"
    contact.is_dpo = True
    project.data_categories = [
        DataCategory(
            name="Bestellingen",
            items=["Naam", "E-mailadres", "KvK-nummer"],
            purposes=["Het leveren van bestellingen", "Het afhandelen van retouren"],
            legal_basis=LegalBasis.CONTRACT,
            retention="2 jaar na de laatste bestelling",
            required=True,
        ),
        DataCategory(
            name="Nieuwsbrief",
            items=["E-mailadres"],
            purposes=["Het sturen van de nieuwsbrief"],
            legal_basis=LegalBasis.CONSENT,
            retention="Tot de afmelding",
        ),
        DataCategory(
            name="Klantenservice",
            items=["Berichten"],
            purposes=["Het beantwoorden van vragen"],
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interest="Goede service aan klanten",
            retention="1 jaar",
        ),
        DataCategory(
            name="Marktplaatsbestellingen",
            items=["Naam", "Bezorgadres"],
            purposes=["Het leveren van bestellingen via de marktplaats"],
            legal_basis=LegalBasis.CONTRACT,
            retention="2 jaar",
            source="Bol, bij een bestelling via dat platform",
        ),
        DataCategory(
            name="Maatadvies",
            items=["Gegevens over huidallergie"],
            purposes=["Een passend productadvies"],
            legal_basis=LegalBasis.CONSENT,
            retention="1 jaar",
            special=True,
        ),
        DataCategory(name="Administratie", legal_basis=LegalBasis.LEGAL_OBLIGATION),
        DataCategory(
            name="Facturen",
            items=["Naam", "Factuuradres"],
            purposes=["De belastingaangifte"],
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            retention="7 jaar (fiscale bewaarplicht)",
            required=True,
        ),
        DataCategory(
            name="Websitebezoek",
            items=["IP-adres", "Surfgedrag"],
            purposes=["Statistieken over het gebruik van de website"],
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interest="Een gebruiksvriendelijke website",
            retention="14 maanden",
        ),
    ]
    project.processors = [
        Processor(
            name="Mollie",
            purpose="Betalingen",
            data=["Naam", "Rekeningnummer"],
            country="NL",
            agreement=True,
            privacy_url="https://www.mollie.com/privacy",
        ),
        Processor(
            name="Mailchimp",
            purpose="Nieuwsbrief",
            data=["E-mailadres"],
            country="US",
            transfer_safeguard=TransferSafeguard.DPF,
            agreement=True,
        ),
        Processor(
            name="Helpdesk Ltd",
            purpose="Klantenservice",
            data=["Berichten"],
            country="GB",
            transfer_safeguard=TransferSafeguard.ADEQUACY,
            agreement=True,
        ),
        Processor(
            name="Zendwerk",
            purpose="Verzendlabels",
            data=["Adres"],
            country="IN",
            transfer_safeguard=TransferSafeguard.SCC,
            agreement=True,
        ),
        Processor(
            name="PostNL",
            purpose="Bezorgen",
            data=["Naam", "Adres"],
            country="NL",
            relationship=Relationship.CONTROLLER,
        ),
        Processor(
            name="Advertentiepixel",
            purpose="Advertenties",
            data=["Cookie-ID"],
            country="IE",
            relationship=Relationship.JOINT_CONTROLLER,
        ),
    ]
    project.cookies = [
        Cookie(
            name="sessie", provider="Zeepkist & Zo", description="Winkelmandje", retention="Sessie"
        ),
        Cookie(
            name="_ga",
            provider="Google",
            kind=CookieKind.ANALYTICS,
            description="Statistieken",
            retention="2 jaar",
            consent=True,
        ),
        Cookie(
            name="_fbp",
            provider="Meta",
            kind=CookieKind.MARKETING,
            description="Advertenties",
            retention="3 maanden",
            consent=True,
        ),
    ]
    project.rights.identification = "Een controlevraag over de laatste bestelling"
    project.options.automated_decisions = True
    project.options.newsletter = True
    project.options.newsletter_existing_customers = True
    project.options.minimum_age = 16
    project.options.security_measures = ["Versleutelde verbinding", "Back-ups"]
    return project


def hostile_project() -> Project:
    """User text that looks like markup or template code must stay text."""
    project = complete_project(Address.INFORMAL)
    project.organisation.name = "<script>alert(1)</script>"
    project.organisation.website = "javascript:alert(1)"
    project.data_categories[0].items = ["{{ 7*7 }}", "<b>vet</b> & co"]
    project.processors[0].privacy_url = "javascript:alert(1)"
    project.processors[0].name = '"><img src=x onerror=alert(1)>'
    project.privacy_contact.email = "x@y.nl onmouseover=alert(1)"
    project.processors[1].data = ["Naam & adres", "<i>x</i>"]
    return project


def all_projects() -> Iterator[tuple[str, Project]]:
    for path in EXAMPLES:
        yield path.name.split(".")[0], load_project(path)
    yield "empty", Project()
    yield (
        "empty-formal",
        Project(document=dataclasses.replace(Project().document, address=Address.FORMAL)),
    )
    for address in Address:
        yield f"complete-{address.value}", complete_project(address)
        minimal = complete_project(address)
        minimal.options.automated_decisions = False
        minimal.privacy_contact.is_dpo = False
        minimal.rights.response_days = 45
        minimal.options.security_measures = []
        yield f"variant-{address.value}", minimal
    yield "hostile", hostile_project()
    for address in Address:
        yield f"history-{address.value}", project_with_history(address)


def project_with_history(address: Address) -> Project:
    """Two published versions and the changelog switched on."""
    from editor.export.versions import record_version

    project = complete_project(address)
    project.versions.append(
        record_version(project, "1.0", published=True, today=dt.date(2026, 1, 5))
    )
    project.organisation.city = "Leiden"
    project.versions.append(
        record_version(project, "1.1", published=True, today=dt.date(2026, 6, 1))
    )
    project.clauses.enabled = ["changelog"]
    return project


PROJECTS = list(all_projects())
PROJECT_IDS = [name for name, _ in PROJECTS]


def render(template: str, project: Project) -> str:
    return environment("nl").get_template(template).render(**template_context(project))


def render_all(project: Project) -> str:
    return "\n".join(render(template, project) for template in TEMPLATES)


class _Structure(HTMLParser):
    """Walks rendered clause HTML; records text and every nesting error."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        parent = self.stack[-1] if self.stack else ""
        if tag not in CHILDREN:
            self.errors.append(f"tag <{tag}> is not allowed")
        elif tag not in CHILDREN[parent]:
            self.errors.append(f"<{tag}> inside <{parent or 'top'}>")
        names = [name for name, _ in attrs]
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if names != ["href"] or not href.startswith(("https://", "http://", "mailto:")):
                self.errors.append(f"bad link {attrs}")
        elif attrs:
            self.errors.append(f"attributes on <{tag}>: {attrs}")
        self.stack.append(tag)
        self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> does not close {self.stack[-1:]}")
            return
        self.stack.pop()
        self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if data.strip():
            parent = self.stack[-1] if self.stack else ""
            if "#" not in CHILDREN.get(parent, set()):
                self.errors.append(
                    f"text {data.strip()[:30]!r} directly inside <{parent or 'top'}>"
                )
        self.text.append(data)


def structure(html: str) -> _Structure:
    parser = _Structure()
    parser.feed(html)
    parser.close()
    if parser.stack:
        parser.errors.append(f"unclosed {parser.stack}")
    return parser


def text_of(html: str) -> str:
    return " ".join("".join(structure(html).text).split())


# --- the manifest -----------------------------------------------------------


def test_manifest_lists_the_format_clause_ids_in_order() -> None:
    listed = [(entry["id"], entry["optional"]) for entry in CLAUSE_ENTRIES]
    assert listed == list(CLAUSES)


def test_manifest_header_and_conditions() -> None:
    assert MANIFEST["language"] == "nl"
    assert MANIFEST["default_title"] == "Privacyverklaring"
    assert re.fullmatch(r"\d{4}\.\d{1,2}\.\d+", MANIFEST["version"])
    when = {entry["id"]: entry["when"] for entry in CLAUSE_ENTRIES}
    assert set(when.values()) <= CONDITIONS
    assert when["transfers"] == "has_transfers"
    assert when["cookies"] == "has_cookies"
    assert when["newsletter"] == "newsletter"
    assert when["children"] == "asks_consent"
    assert when["changelog"] == "has_published_versions"
    others = set(when) - {"transfers", "cookies", "newsletter", "children", "changelog"}
    assert {when[clause_id] for clause_id in others} == {""}


def test_manifest_titles_use_only_the_address_helper() -> None:
    env = environment("nl")
    for entry in CLAUSE_ENTRIES:
        assert jinja2.meta.find_undeclared_variables(env.parse(entry["title"])) <= {"a"}
        for address in Address:
            context = template_context(
                Project(document=dataclasses.replace(Project().document, address=address))
            )
            title = env.from_string(entry["title"]).render(a=context["a"])
            assert title.strip() and "<" not in title and "{" not in title
    rights = next(entry for entry in CLAUSE_ENTRIES if entry["id"] == "rights")["title"]
    assert (
        env.from_string(rights).render(a=template_context(complete_project(Address.FORMAL))["a"])
        == "Uw rechten"
    )


# --- the templates ----------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_template_uses_only_context_names(template: str) -> None:
    env = environment("nl")
    source = read_text(clause_path("nl", template))
    names = jinja2.meta.find_undeclared_variables(env.parse(source))
    assert names <= set(template_context(Project())), names - set(template_context(Project()))


@pytest.mark.parametrize("template", TEMPLATES)
def test_template_never_trusts_user_text_as_markup(template: str) -> None:
    source = read_text(clause_path("nl", template))
    assert not re.search(r"\|\s*safe\b(?!_url)", source)
    assert "<h2" not in source and "class=" not in source and "style" not in source


@pytest.mark.parametrize(("name", "project"), PROJECTS, ids=PROJECT_IDS)
def test_every_template_renders_restricted_html(name: str, project: Project) -> None:
    for template in TEMPLATES:
        html = render(template, project)
        parsed = structure(html)
        assert parsed.errors == [], f"{template}: {parsed.errors}"


def test_hostile_text_stays_text() -> None:
    html = render_all(hostile_project())
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html and "javascript:alert(1)" in text_of(html)
    assert "{{ 7*7 }}" in text_of(html) and "49" not in text_of(html)
    assert "<b>vet</b> &amp; co" not in html
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; co" in html  # escaped once, not twice
    assert "Naam &amp; adres en &lt;i&gt;x&lt;/i&gt;" in html and "&amp;amp;" not in html


# --- forms of address -------------------------------------------------------


@pytest.mark.parametrize("variant", ["complete", "variant"])
def test_one_form_of_address_per_statement(variant: str) -> None:
    projects = dict(PROJECTS)
    formal = text_of(render_all(projects[f"{variant}-u"]))
    informal = text_of(render_all(projects[f"{variant}-je"]))
    assert FORMAL_WORDS.search(formal) and not INFORMAL_WORDS.search(formal), (
        INFORMAL_WORDS.findall(formal)
    )
    assert INFORMAL_WORDS.search(informal) and not FORMAL_WORDS.search(informal), (
        FORMAL_WORDS.findall(informal)
    )


def test_empty_projects_keep_their_form_of_address() -> None:
    projects = dict(PROJECTS)
    assert not FORMAL_WORDS.search(text_of(render_all(projects["empty"])))
    assert not INFORMAL_WORDS.search(text_of(render_all(projects["empty-formal"])))


# --- what the clauses say ---------------------------------------------------


def clause_text(template: str, project: Project) -> str:
    return text_of(render(template, project))


def test_rights_names_all_six_rights_and_withdrawing_consent() -> None:
    from editor.export.context import asks_consent

    for name, project in PROJECTS:
        text = clause_text("rights.html.j2", project).lower()
        for right in (
            "inzage",
            "rectificatie",
            "verwijdering",
            "beperking",
            "bezwaar",
            "overdraagbaarheid",
        ):
            assert right in text, (name, right)
        assert "gerechtvaardigd belang" in text
        # Withdrawing consent is said exactly where consent is asked (AVG art. 13(2)(c)).
        assert ("intrekken" in text) == asks_consent(project), name
    assert any(asks_consent(project) for _, project in PROJECTS)
    assert not all(asks_consent(project) for _, project in PROJECTS)


def test_rights_response_time_and_identity_check() -> None:
    projects = dict(PROJECTS)
    complete = clause_text("rights.html.j2", projects["complete-u"])
    assert "binnen 30 dagen" in complete and "twee maanden" in complete
    assert "controlevraag over de laatste bestelling" in complete
    too_slow = clause_text("rights.html.j2", projects["variant-u"])  # response_days = 45
    assert "binnen een maand" in too_slow and "45" not in too_slow
    generic = clause_text("rights.html.j2", projects["empty"])
    assert "BSN" in generic and "pasfoto" in generic


def test_complaint_names_the_authority_and_its_address() -> None:
    for _, project in PROJECTS:
        text = clause_text("complaint.html.j2", project)
        assert "Autoriteit Persoonsgegevens" in text
        assert "Postbus 93374" in text and "2509 AJ Den Haag" in text
        # AVG art. 77(1): also where the customer lives or works, or where it happened.
        assert "in een ander land van de Europese Unie, of in IJsland, Liechtenstein of" in text
        assert "ook klagen bij de toezichthouder van dat land" in text
        assert "het land waar de vermoedelijke overtreding plaatsvond" in text
        formal = project.document.address is Address.FORMAL
        assert ("Woont of werkt u" in text) is formal
        assert ("Woon of werk je" in text) is not formal


def test_intro_names_the_controller_or_shows_blanks() -> None:
    text = clause_text("intro.html.j2", complete_project(Address.FORMAL))
    for fact in (
        "Zeepkist & Zo",
        "Zeepkistje en Zeep Online",
        "Kerkstraat 1",
        "1234 AB Utrecht",
        "12345678",
        "klanten",
        "bezoekers",
    ):
        assert fact in text
    empty = clause_text("intro.html.j2", Project())
    # The KvK number is not required by the privacy law: no blank, no sentence.
    assert "[naam van de winkel]" in empty and "KvK" not in empty and "Kamer" not in empty


def test_data_clause_says_everything_per_category() -> None:
    text = clause_text("data.html.j2", complete_project(Address.FORMAL))
    assert "Naam E-mailadres KvK-nummer" in text  # user text exactly as typed
    assert "Het afhandelen van retouren" in text
    # The owner's text inside a sentence loses its capital; a name keeps it.
    assert "Ons belang hierbij: goede service aan klanten." in text and "bezwaar" in text
    assert "altijd bezwaar" not in text
    assert text.count("Verplicht? Ja") == 2 and "niet afhandelen" in text
    assert text.count("Verplicht?") == 8  # art. 13(2)(e) for every category
    assert "namelijk: Bol, bij een bestelling via dat platform" in text
    assert "Bewaartermijn: tot de afmelding." in text
    assert "bijzondere persoonsgegevens" in text and "uitdrukkelijke toestemming" in text
    assert "een wettelijke plicht" in text and "intrekken" in text
    # The "Administratie" category has no items, purposes or retention yet.
    assert "[welke gegevens]" in text and "[hoe lang de winkel deze gegevens bewaart]" in text


def test_recipients_in_tables_by_role() -> None:
    html = render("recipients.html.j2", complete_project(Address.FORMAL))
    text = text_of(html)
    assert "daartoe verplicht" in text and "verwerkersovereenkomst" in text
    assert html.count("<table>") == 3
    assert "Partij Waarvoor Welke gegevens Land" in text
    assert "Verenigde Staten" in text and "Verenigd Koninkrijk" in text
    assert '<a href="https://www.mollie.com/privacy">Mollie</a>' in html
    assert "samen met ons verantwoordelijk" in text


def test_transfers_name_the_safeguards_and_offer_a_copy() -> None:
    project = complete_project(Address.FORMAL)
    text = clause_text("transfers.html.j2", project)
    for party in ("Mailchimp", "Helpdesk Ltd", "Zendwerk"):
        assert party in text
    assert "Mollie" not in text and "PostNL" not in text
    assert "het EU-VS Data Privacy Framework" in text
    assert "een adequaatheidsbesluit van de Europese Commissie" in text
    assert "kopie" in text and "fg@zeepkist.nl" in text
    project.processors[3].transfer_safeguard = TransferSafeguard.BCR
    text = clause_text("transfers.html.j2", project)
    assert "kopie opvragen van de bindende bedrijfsvoorschriften." in text
    project.processors = [p for p in project.processors if p.name != "Zendwerk"]
    assert "kopie" not in clause_text("transfers.html.j2", project)


def test_cookies_table_and_consent_rule() -> None:
    html = render("cookies.html.j2", complete_project(Address.INFORMAL))
    text = text_of(html)
    assert "Naam Aanbieder Soort Doel Bewaartermijn Toestemming" in text
    assert html.count("<tr>") == 4
    assert "geen toestemming nodig" in text and "pas nadat" in text
    assert "intrekken" in text and "browser" in text


def test_newsletter_unsubscribe_and_objection() -> None:
    text = clause_text("newsletter.html.j2", complete_project(Address.FORMAL))
    assert "afmelden" in text and "elke e-mail" in text
    assert "bezwaar" in text and "direct marketing" in text and "kost niets" in text


def test_soft_opt_in_only_with_the_option_and_then_with_its_four_conditions() -> None:
    project = complete_project(Address.FORMAL)
    text = clause_text("newsletter.html.j2", project)
    for condition in (
        "e-mailadres gekregen toen u iets bij ons kocht",
        "onze eigen producten of diensten die lijken op wat u kocht",
        "gratis en eenvoudig aangeven dat u zulke e-mails niet wilt",
        "elke e-mail bevat een link waarmee u zich gratis en eenvoudig kunt afmelden",
    ):
        assert condition in text
    assert "de grondslag is ons gerechtvaardigd belang" in text
    assert "Voor deze e-mails aan klanten vragen wij geen toestemming" in text
    project.options.newsletter_existing_customers = False
    text = clause_text("newsletter.html.j2", project)
    assert "klant" not in text and "lijken op" not in text and "gerechtvaardigd" not in text
    assert "alleen als u daar toestemming voor hebt gegeven." in text


def test_children_clause_only_where_consent_is_a_legal_basis() -> None:
    project = complete_project(Address.FORMAL)
    assert conditions(project).asks_consent
    project.options.newsletter = False
    project.cookies = [c for c in project.cookies if not c.consent]
    for category in project.data_categories:
        if category.legal_basis == LegalBasis.CONSENT:
            category.legal_basis = LegalBasis.CONTRACT
    assert not conditions(project).asks_consent
    project.cookies.append(Cookie(name="_ga", kind=CookieKind.ANALYTICS, consent=True))
    assert conditions(project).asks_consent  # a cookie set after consent
    text = clause_text("children.html.j2", project)
    assert "toestemming" in text and "ouder of voogd" in text
    assert "voordat zij ons persoonsgegevens geven" not in text


def test_exercising_rights_is_not_promised_always_and_free() -> None:
    for name, project in PROJECTS:
        text = clause_text("rights.html.j2", project)
        assert "altijd gebruiken" not in text and "kost u niets, " not in text, name
        assert "duidelijk ongegrond of buitensporig" in text  # art. 12(5)
        assert "extra kopieën" in text  # art. 15(3)
        assert "volgens de wet moeten bewaren" in text  # art. 17(3)
        assert "persoonlijke situatie" in text and "dwingende redenen" in text  # art. 21(1)
        assert "Als het technisch kan" in text and "alleen voor gegevens" in text  # art. 20


def required_answers(project: Project, text: str, label: str, length: int) -> Callable[[str], str]:
    """The start of the answer after ``label`` (art. 13(2)(e)) in each category's block."""
    blocks = {
        category.name: text.split(category.name, 1)[1] for category in project.data_categories
    }

    def answer(name: str) -> str:
        return blocks[name].split(label, 1)[1][:length]

    return answer


def test_required_data_answered_for_every_category_by_its_basis() -> None:
    project = complete_project(Address.INFORMAL)
    text = clause_text("data.html.j2", project)
    answer = required_answers(project, text, "Verplicht?", 260)
    assert answer("Bestellingen").startswith(" Ja. Zonder deze gegevens kunnen wij geen")
    assert answer("Nieuwsbrief").startswith(" Nee. Je beslist zelf")
    assert answer("Klantenservice").startswith(" Nee. Je bent niet verplicht")
    # On the contract but not needed to order: only that part of the service is missing.
    assert answer("Marktplaatsbestellingen").startswith(" Nee. Je hoeft deze gegevens niet")
    assert "vervalt alleen wat hierboven bij “Waarvoor” staat" in answer("Marktplaatsbestellingen")
    law = answer("Administratie")
    assert law.startswith(" Die wettelijke plicht rust op ons, niet op jou.")
    assert "volgt uit de overeenkomst met jou of uit die wet" in law
    both = answer("Facturen")
    assert both.startswith(" Ja.") and "Daarna verplicht de wet ons om ze te bewaren" in both


def test_tracking_data_on_legitimate_interests_offers_withdrawing_cookie_consent() -> None:
    project = complete_project(Address.FORMAL)
    text = clause_text("data.html.j2", project)
    visits = text.split("Websitebezoek", 1)[1]
    assert "Ons belang hierbij: een gebruiksvriendelijke website." in visits
    assert "toestemming altijd weer intrekken via de cookie-instellingen" in visits
    assert "bezwaar" not in visits.split("Bewaartermijn", 1)[0]
    service = text.split("Klantenservice", 1)[1].split("Bewaartermijn", 1)[0]
    assert "bezwaar maken tegen dit gebruik" in service  # no tracking: objecting stays
    project.cookies = [c for c in project.cookies if c.kind == CookieKind.FUNCTIONAL]
    visits = clause_text("data.html.j2", project).split("Websitebezoek", 1)[1]
    assert "bezwaar maken tegen dit gebruik" in visits and "cookie-instellingen" not in visits


def test_joint_controllers_arrangement_only_when_made() -> None:
    project = complete_project(Address.FORMAL)
    assert "afgesproken" not in clause_text("recipients.html.j2", project)
    project.processors[-1].agreement = True
    assert "kern van die afspraken" in clause_text("recipients.html.j2", project)


def test_cookie_consent_claimed_only_for_cookies_that_ask_it() -> None:
    project = complete_project(Address.FORMAL)
    project.cookies[2].consent = False  # a marketing cookie without consent (the check errs)
    text = clause_text("cookies.html.j2", project)
    assert "Analytische cookies en marketingcookies plaatsen wij pas" not in text
    assert "Cookies waarbij in de tabel Ja staat, plaatsen wij pas nadat" in text


def test_recipient_data_in_a_cell_reads_as_one_list() -> None:
    project = complete_project(Address.FORMAL)
    project.processors[0].data = ["Naam", "Adres", "Bestelgegevens", "IP-adres"]
    assert "Naam, adres, bestelgegevens en IP-adres" in clause_text("recipients.html.j2", project)


def test_children_minimum_age() -> None:
    project = complete_project(Address.FORMAL)
    project.options.minimum_age = 13
    text = clause_text("children.html.j2", project)
    assert "jonger dan 13 jaar" in text and "ouder of voogd" in text


def test_automated_decisions_both_ways() -> None:
    project = complete_project(Address.FORMAL)
    text = clause_text("automated-decisions.html.j2", project)
    for phrase in ("opnieuw te laten bekijken", "standpunt", "aan te vechten", "uit te leggen"):
        assert phrase in text
    project.options.automated_decisions = False
    assert "geen besluiten" in clause_text("automated-decisions.html.j2", project)


def test_security_measures_or_blank() -> None:
    projects = dict(PROJECTS)
    assert "Versleutelde verbinding" in clause_text("security.html.j2", projects["complete-u"])
    # The law does not require a list of measures: none means no sentence, no blank.
    without = clause_text("security.html.j2", projects["variant-u"])
    assert "[" not in without and "maatregelen" not in without
    assert "hoog risico" in without and "groot risico" not in without


def test_changes_version_and_date() -> None:
    text = clause_text("changes.html.j2", complete_project(Address.FORMAL))
    assert "versie 2.1" in text and "1 november 2026" in text
    empty = clause_text("changes.html.j2", Project())
    assert "versie" in empty and "[ingangsdatum]" in empty and "versie  " not in empty


def test_contact_details_and_dpo() -> None:
    project = complete_project(Address.FORMAL)
    text = clause_text("contact.html.j2", project)
    for fact in (
        "Zeepkist & Zo",
        "Kerkstraat 1",
        "1234 AB Utrecht",
        "info@zeepkist.nl",
        "030 123 4567",
        "https://www.zeepkist.nl",
        "Sanne de Vries",
        "fg@zeepkist.nl",
        "030 765 4321",
        "functionaris gegevensbescherming",
    ):
        assert fact in text
    project.privacy_contact.is_dpo = False
    text = clause_text("contact.html.j2", project)
    assert "functionaris" not in text and "Contactpersoon voor privacy" in text


# --- our own words ------------------------------------------------------------


def eight_grams(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 8]) for i in range(len(words) - 7)}


def user_strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from user_strings(item)
        texts = [item for item in value if isinstance(item, str)]
        if len(texts) > 1:  # a list as the clauses show it: "a, b en c" or one per line
            yield ", ".join(texts[:-1]) + " en " + texts[-1]
            yield " ".join(texts)
    elif isinstance(value, dict):
        for item in value.values():
            yield from user_strings(item)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from user_strings(getattr(value, field.name))


@pytest.mark.parametrize(("name", "project"), PROJECTS, ids=PROJECT_IDS)
def test_no_sentence_copied_from_the_seeds(name: str, project: Project) -> None:
    seeds = set().union(*(eight_grams(path.read_text(encoding="utf-8")) for path in SEEDS))
    assert seeds, "the seed statements are missing"
    # The example projects quote facts from the seeds; those are the shop's
    # words, not the clause library's.
    quoted = set().union(set(), *(eight_grams(text) for text in user_strings(project)))
    copied = (eight_grams(text_of(render_all(project))) - quoted) & seeds
    assert not copied, [" ".join(gram) for gram in sorted(copied)]


@pytest.mark.parametrize("address", list(Address))
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name.split(".")[0])
def test_every_example_in_either_form_uses_only_that_form(path: Any, address: Address) -> None:
    """The generated words follow document.address; the owner's own words are theirs."""
    project = load_project(path)
    project.document.address = address
    project.options.newsletter = project.options.newsletter_existing_customers = True
    text = text_of(render_all(project))
    for typed in sorted(set(user_strings(project)), key=len, reverse=True):
        typed = " ".join(typed.split()).rstrip(".")
        if len(typed) > 2:  # as typed, and as it reads inside a sentence
            text = text.replace(typed, " ").replace(typed[0].lower() + typed[1:], " ")
    wrong = INFORMAL_WORDS if address is Address.FORMAL else FORMAL_WORDS
    assert not wrong.search(text), wrong.findall(text)
