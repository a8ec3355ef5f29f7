"""The English clause library, clause by clause: what the rendered text says.

The mirror of tests/export/test_clauses.py for ``document.language = "en"``.
It reuses that module's projects and HTML walker; the projects here carry the
owner's texts in English, as an English project made with "Engelse versie
maken…" does once the owner has written their own words in English.
"""

from __future__ import annotations

import copy
import re
import tomllib
from typing import Any

import jinja2
import jinja2.meta
import pytest

from editor.core.clause_ids import CLAUSES
from editor.core.model import Address, Cookie, CookieKind, LegalBasis, Project, TransferSafeguard
from editor.core.resources import clause_path, read_text
from editor.export.context import asks_consent, conditions, template_context
from editor.export.template_env import environment
from tests.export.test_clauses import (
    CONDITIONS,
    PROJECTS,
    complete_project,
    hostile_project,
    required_answers,
    text_of,
)

MANIFEST: dict[str, Any] = tomllib.loads(read_text(clause_path("en", "manifest.toml")))
CLAUSE_ENTRIES: list[dict[str, Any]] = MANIFEST["clause"]
TEMPLATES = [entry["template"] for entry in CLAUSE_ENTRIES]
DUTCH_MANIFEST: dict[str, Any] = tomllib.loads(read_text(clause_path("nl", "manifest.toml")))

# Words of running Dutch (and the Dutch forms of address) that the English
# clauses' own words never use.
DUTCH = re.compile(
    r"\b(u|uw|je|jij|jouw|de|het|een|en|wij|we zijn|onze|gegevens|persoonsgegevens|bewaren"
    r"|voor|niet|zijn|worden|toestemming|verwerker|verwerkersovereenkomst|bezwaar|Ja|Nee)\b"
)


def english(project: Project) -> Project:
    copied = copy.deepcopy(project)
    copied.document.language = "en"
    return copied


def english_project(address: Address = Address.FORMAL) -> Project:
    """complete_project with every owner's text written in English (names stay)."""
    project = english(complete_project(address))
    texts = [
        ("Orders", ["Name", "E-mail address", "KvK number"],
         ["Delivering orders", "Handling returns"], "2 years after the last order", ""),
        ("Newsletter", ["E-mail address"], ["Sending the newsletter"],
         "Until you unsubscribe", ""),
        ("Customer service", ["Messages"], ["Answering questions"], "1 year", ""),
        ("Marketplace orders", ["Name", "Delivery address"],
         ["Delivering orders placed through the marketplace"], "2 years",
         "Bol, when you order through that platform"),
        ("Fitting advice", ["Data about skin allergies"], ["Suitable product advice"],
         "1 year", ""),
        ("Accounts", [], [], "", ""),
        ("Invoices", ["Name", "Billing address"], ["The tax return"],
         "7 years (the legal duty to keep tax records)", ""),
        ("Website visits", ["IP address", "Browsing behaviour"],
         ["Statistics on how the website is used"], "14 months", ""),
    ]  # fmt: skip
    for category, (name, items, purposes, retention, source) in zip(
        project.data_categories, texts, strict=True
    ):
        category.name, category.items, category.purposes = name, items, purposes
        category.retention, category.source = retention, source
    project.data_categories[2].legitimate_interest = "Good service to customers"
    project.data_categories[7].legitimate_interest = "A website that is easy to use"
    purposes = ["Payments", "Newsletter", "Customer service", "Shipping labels", "Delivery", "Ads"]
    data = [["Name", "Account number"], ["E-mail address"], ["Messages"], ["Address"],
            ["Name", "Address"], ["Cookie ID"]]  # fmt: skip
    for processor, purpose, items in zip(project.processors, purposes, data, strict=True):
        processor.purpose, processor.data = purpose, items
    for cookie, (description, retention) in zip(
        project.cookies,
        [("Shopping basket", "Session"), ("Statistics", "2 years"), ("Ads", "3 months")],
        strict=True,
    ):
        cookie.description, cookie.retention = description, retention
    project.rights.identification = "A check question about your last order"
    project.options.security_measures = ["Encrypted connection", "Backups"]
    return project


def render(template: str, project: Project) -> str:
    assert project.document.language == "en"
    return environment("en").get_template(template).render(**template_context(project))


def render_all(project: Project) -> str:
    return "\n".join(render(template, project) for template in TEMPLATES)


def clause_text(template: str, project: Project) -> str:
    return text_of(render(template, project))


ENGLISH = [(name, english(project)) for name, project in PROJECTS]
ENGLISH_IDS = [name for name, _ in ENGLISH]


# --- the manifest and parity with the Dutch library ---------------------------


def test_manifest_lists_the_format_clause_ids_in_order() -> None:
    listed = [(entry["id"], entry["optional"]) for entry in CLAUSE_ENTRIES]
    assert listed == list(CLAUSES)
    assert {entry["when"] for entry in CLAUSE_ENTRIES} <= CONDITIONS


def test_manifest_titles_are_plain_english_text() -> None:
    titles = {entry["id"]: entry["title"] for entry in CLAUSE_ENTRIES}
    for title in titles.values():
        assert title.strip() and not re.search(r"[<{]", title)
        assert not DUTCH.search(title), title
    assert titles["rights"] == "Your rights" and titles["complaint"] == "Making a complaint"
    assert titles["transfers"] == "Data outside the European Economic Area"


def if_conditions(language: str, template: str) -> list[str]:
    """Every ``{% if %}`` and ``{% elif %}`` condition of a template, in order."""
    source = read_text(clause_path(language, template))
    found = re.findall(r"\{%-?\s*(?:if|elif)\s+(.*?)\s*-?%\}", source, re.DOTALL)
    return [" ".join(condition.split()) for condition in found]


def blanked_fields(language: str, template: str) -> list[str]:
    """What each placeholder stands in for, in order: ``org.name`` of ``org.name|blank(...)``."""
    source = read_text(clause_path(language, template))
    fields = re.findall(r"\{\{\s*([^{}]*?)\|blank\(", source)
    return [field.replace(f"date_{language}", "date") for field in fields]


@pytest.mark.parametrize("template", [entry["template"] for entry in DUTCH_MANIFEST["clause"]])
def test_every_condition_and_placeholder_exists_in_both_languages(template: str) -> None:
    assert if_conditions("en", template) == if_conditions("nl", template)
    assert blanked_fields("en", template) == blanked_fields("nl", template)
    assert blanked_fields("en", template) or template in {"changelog.html.j2"}


def test_the_parity_helpers_see_a_missing_condition_or_placeholder() -> None:
    # The parity test above is only as good as what it reads: both helpers must
    # find every condition and every placeholder of a real clause.
    assert "contact.is_dpo" in if_conditions("en", "contact.html.j2")
    assert "org.name" in blanked_fields("en", "contact.html.j2")
    assert "document.effective_date|date" in blanked_fields("en", "changes.html.j2")
    assert len(if_conditions("en", "data.html.j2")) >= 15


# --- the templates ---------------------------------------------------------------


@pytest.mark.parametrize("template", TEMPLATES)
def test_template_uses_only_context_names_and_never_trusts_user_text(template: str) -> None:
    source = read_text(clause_path("en", template))
    names = jinja2.meta.find_undeclared_variables(environment("en").parse(source))
    assert names <= set(template_context(english(Project())))
    assert "a" not in names  # English has no formal and informal form
    assert not re.search(r"\|\s*safe\b(?!_url)", source)
    assert "<h2" not in source and "class=" not in source and "style" not in source


def test_hostile_text_stays_text() -> None:
    html = render_all(english(hostile_project()))
    assert "<script" not in html and "<img" not in html
    assert 'href="javascript' not in html and "javascript:alert(1)" in text_of(html)
    assert "{{ 7*7 }}" in text_of(html) and "49" not in text_of(html)
    assert "&lt;b&gt;vet&lt;/b&gt; &amp; co" in html and "&amp;amp;" not in html
    assert "Naam &amp; adres and &lt;i&gt;x&lt;/i&gt;" in html  # an English "and"


@pytest.mark.parametrize("variant", ["complete", "empty"])
def test_one_english_text_whatever_the_dutch_form_of_address(variant: str) -> None:
    def statement(address: Address) -> str:
        project = english_project(address) if variant == "complete" else english(Project())
        project.document.address = address
        return render_all(project)

    assert statement(Address.FORMAL) == statement(Address.INFORMAL)


@pytest.mark.parametrize("address", list(Address))
def test_the_english_statement_has_no_dutch_word_of_its_own(address: Address) -> None:
    """With the owner's texts in English, no Dutch is left outside names and addresses."""
    project = english_project(address)
    text = text_of(render_all(project))
    for dutch_fact in ("Autoriteit Persoonsgegevens", "Postbus 93374", "2509 AJ Den Haag"):
        assert dutch_fact in text
        text = text.replace(dutch_fact, " ")
    for name in ("Zeepkist & Zo", "Zeepkistje", "Zeep Online", "Sanne de Vries", "Kerkstraat"):
        text = text.replace(name, " ")
    assert not DUTCH.findall(text)
    assert " you " in text and " your " in text


# --- what the clauses say ----------------------------------------------------------

RIGHTS = (
    "Right of access",  # art. 15
    "Right to rectification",  # art. 16
    "Right to erasure",  # art. 17
    "Right to restriction of processing",  # art. 18
    "Right to data portability",  # art. 20
    "Right to object",  # art. 21
)


@pytest.mark.parametrize(("name", "project"), ENGLISH, ids=ENGLISH_IDS)
def test_rights_names_every_right_and_withdrawing_consent_only_with_consent(
    name: str, project: Project
) -> None:
    text = clause_text("rights.html.j2", project)
    for right in RIGHTS:
        assert right in text
    assert "legitimate interest" in text
    # Withdrawing consent is said exactly where consent is asked (GDPR art. 13(2)(c)).
    assert ("withdraw" in text) == asks_consent(project)
    # Art. 22 has its own clause; the rights clause never promises it where it does not apply.
    assert "automated decision" not in text


def test_some_english_projects_ask_consent_and_some_do_not() -> None:
    assert any(asks_consent(project) for _, project in ENGLISH)
    assert not all(asks_consent(project) for _, project in ENGLISH)


def test_rights_response_time_and_identity_check() -> None:
    projects = dict(ENGLISH)
    complete = clause_text("rights.html.j2", english_project())
    assert "at the latest within 30 days" in complete and "two further months" in complete
    assert "How we check who you are: a check question about your last order." in complete
    too_slow = clause_text("rights.html.j2", projects["variant-u"])  # response_days = 45
    assert "within one month" in too_slow and "45" not in too_slow
    generic = clause_text("rights.html.j2", projects["empty"])
    assert "citizen service number or BSN" in generic and "photo" in generic


@pytest.mark.parametrize(("name", "project"), ENGLISH, ids=ENGLISH_IDS)
def test_exercising_rights_is_not_promised_always_and_free(name: str, project: Project) -> None:
    text = clause_text("rights.html.j2", project)
    assert "always use" not in text and "free of charge in every case" not in text
    assert "manifestly unfounded or excessive" in text  # art. 12(5)
    assert "further copies" in text  # art. 15(3)
    assert "what the law requires us to keep" in text  # art. 17(3)
    assert "particular situation" in text and "compelling grounds" in text  # art. 21(1)
    assert "Where technically possible" in text and "only applies to data" in text  # art. 20


@pytest.mark.parametrize(("name", "project"), ENGLISH, ids=ENGLISH_IDS)
def test_complaint_names_the_authority_its_address_and_the_one_abroad(
    name: str, project: Project
) -> None:
    text = clause_text("complaint.html.j2", project)
    assert "Dutch Data Protection Authority (Autoriteit Persoonsgegevens)" in text
    assert "Postbus 93374, 2509 AJ Den Haag, the Netherlands" in text
    # GDPR art. 77(1): where the customer lives or works, or where it happened.
    assert (
        "If you live or work in another country of the European Union, or in Iceland,"
        " Liechtenstein or Norway, you may also complain to the data protection authority"
        " of that country." in text
    )
    assert "the country where the alleged infringement took place" in text
    assert "instead" not in text  # the Dutch authority stays open to everyone


def test_intro_names_the_controller_or_shows_blanks() -> None:
    text = clause_text("intro.html.j2", english_project())
    for fact in (
        "This privacy statement belongs to Zeepkist & Zo.",
        "We also trade as Zeepkistje and Zeep Online.",
        "controller",
        "Kerkstraat 1, 1234 AB Utrecht",
        "Netherlands Chamber of Commerce (KvK) under number 12345678",
        "customers",
        "visitors",
    ):
        assert fact in text
    empty = clause_text("intro.html.j2", english(Project()))
    assert "[name of the shop]" in empty and "KvK" not in empty and "Chamber" not in empty


def test_data_clause_says_everything_per_category() -> None:
    text = clause_text("data.html.j2", english_project())
    assert "Which data: Name E-mail address KvK number" in text  # as typed
    assert "Handling returns" in text
    assert "Legal basis: the performance of a contract." in text
    assert "Legal basis: legitimate interests. Our interest: good service to customers." in text
    assert "You can object to this use" in text and "always object" not in text
    assert text.count("Required? Yes") == 2 and "cannot, for example, handle your order" in text
    assert text.count("Required?") == 8  # art. 13(2)(e) for every category
    assert "namely: Bol, when you order through that platform." in text
    assert "Retention period: until you unsubscribe." in text
    assert "Retention period: 7 years (the legal duty to keep tax records)." in text
    assert "special categories of personal data" in text and "explicit consent" in text
    assert "Legal basis: a legal obligation." in text
    assert "Legal basis: consent. You have given us your consent for this." in text
    assert "withdraw that consent at any time" in text
    # The "Accounts" category has no items, purposes or retention yet.
    assert "[which data]" in text and "[how long the shop keeps this data]" in text


def test_required_data_answered_for_every_category_by_its_basis() -> None:
    project = english_project()
    text = clause_text("data.html.j2", project)
    answer = required_answers(project, text, "Required?", 300)
    assert answer("Orders").startswith(" Yes. Without this data we cannot enter into")
    assert answer("Newsletter").startswith(" No. You decide yourself")
    assert answer("Customer service").startswith(" No. You are not obliged")
    # On the contract but not needed to order: only that part of the service is missing.
    assert answer("Marketplace orders").startswith(" No. You do not need to give us this data")
    law = answer("Accounts")
    assert law.startswith(" The law requires us to process or keep this data. That duty rests")
    assert "follows from our contract with you or from that law" in law
    both = answer("Invoices")
    assert both.startswith(" Yes.") and "After that, the law requires us to keep it" in both


def test_tracking_data_on_legitimate_interests_offers_withdrawing_cookie_consent() -> None:
    project = english_project()
    text = clause_text("data.html.j2", project)
    visits = text.split("Website visits", 1)[1]
    assert "Our interest: a website that is easy to use." in visits
    assert "withdraw that consent at any time in the cookie settings" in visits
    assert "object" not in visits.split("Retention period", 1)[0]
    service = text.split("Customer service", 1)[1].split("Retention period", 1)[0]
    assert "You can object to this use" in service  # no tracking: objecting stays
    project.cookies = [c for c in project.cookies if c.kind == CookieKind.FUNCTIONAL]
    visits = clause_text("data.html.j2", project).split("Website visits", 1)[1]
    assert "You can object to this use" in visits and "cookie settings" not in visits


def test_recipients_in_tables_by_role() -> None:
    html = render("recipients.html.j2", english_project())
    text = text_of(html)
    assert "when the law requires us to" in text
    assert "The law calls them processors." in text
    assert "We have signed a data processing agreement with each of them." in text
    assert "The law calls them independent controllers." in text
    assert "The law then calls us joint controllers." in text
    assert html.count("<table>") == 3
    assert "Party What for Which data Country" in text
    assert "Mailchimp Newsletter E-mail address United States" in text
    assert "Helpdesk Ltd Customer service Messages United Kingdom" in text
    assert '<a href="https://www.mollie.com/privacy">Mollie</a>' in html
    assert "PostNL Delivery Name and address Netherlands" in text


def test_recipients_name_only_the_processors_with_an_agreement() -> None:
    project = english_project()
    project.processors[1].agreement = False
    text = clause_text("recipients.html.j2", project)
    assert "with each of them" not in text
    assert "We have signed a data processing agreement with Mollie, Helpdesk Ltd and Zendwerk." in (
        text
    )


def test_joint_controllers_arrangement_only_when_made() -> None:
    project = english_project()
    assert "agreed" not in clause_text("recipients.html.j2", project)
    project.processors[-1].agreement = True
    text = clause_text("recipients.html.j2", project)
    assert "who fulfils which obligation" in text and "essence of those arrangements" in text


def test_recipient_data_in_a_cell_reads_as_one_list() -> None:
    project = english_project()
    project.processors[0].data = ["Name", "Address", "Order details", "IP address"]
    assert "Name, address, order details and IP address" in clause_text(
        "recipients.html.j2", project
    )


def test_transfers_name_the_safeguards_and_offer_a_copy() -> None:
    project = english_project()
    text = clause_text("transfers.html.j2", project)
    assert "Mailchimp United States the EU-US Data Privacy Framework" in text
    assert "Helpdesk Ltd United Kingdom an adequacy decision of the European Commission" in text
    assert "Zendwerk India the European Commission's standard contractual clauses" in text
    assert "Mollie" not in text and "PostNL" not in text
    assert "Iceland, Liechtenstein and Norway" in text
    assert "You can ask us for a copy of the standard contractual clauses." in text
    assert "fg@zeepkist.nl" in text
    project.processors[3].transfer_safeguard = TransferSafeguard.BCR
    text = clause_text("transfers.html.j2", project)
    assert "You can ask us for a copy of the binding corporate rules." in text
    project.processors = [p for p in project.processors if p.name != "Zendwerk"]
    assert "copy" not in clause_text("transfers.html.j2", project)


def test_cookies_table_and_consent_rule() -> None:
    html = render("cookies.html.j2", english_project())
    text = text_of(html)
    assert "Name Provider Kind Purpose Retention Consent" in text
    assert "_ga Google Analytics Statistics 2 years Yes" in text
    assert "sessie Zeepkist & Zo Functional Shopping basket Session No" in text
    assert html.count("<tr>") == 4
    assert "They need no consent." in text
    assert "We only place the cookies marked Yes in the table after you have agreed" in text
    assert "withdraw your consent" in text and "browser" in text


def test_cookie_consent_claimed_only_for_cookies_that_ask_it() -> None:
    project = english_project()
    project.cookies = [c for c in project.cookies if not c.consent]
    text = clause_text("cookies.html.j2", project)
    assert "marked Yes" not in text and "withdraw" not in text
    project.cookies.append(Cookie(name="_ga", kind=CookieKind.ANALYTICS, consent=False))
    text = clause_text("cookies.html.j2", project)
    assert "analytics cookies marked No" in text and "hardly affect your privacy" in text


def test_newsletter_unsubscribe_and_objection() -> None:
    text = clause_text("newsletter.html.j2", english_project())
    assert "At the bottom of every e-mail there is a link to unsubscribe." in text
    assert "right to object" in text and "direct marketing" in text and "costs nothing" in text


def test_soft_opt_in_only_with_the_option_and_then_with_its_four_conditions() -> None:
    project = english_project()
    text = clause_text("newsletter.html.j2", project)
    for condition in (
        "we received your e-mail address when you bought something from us",
        "our own products or services that are similar to what you bought",
        "you could say free of charge and easily that you did not want such e-mails",
        "every e-mail contains a link with which you can unsubscribe free of charge and easily",
    ):
        assert condition in text
    assert "the legal basis is our legitimate interest" in text
    assert "We do not ask for consent for these e-mails to customers" in text
    project.options.newsletter_existing_customers = False
    text = clause_text("newsletter.html.j2", project)
    assert "customer" not in text and "similar" not in text and "legitimate" not in text
    assert "We only do so if you have given your consent." in text


def test_children_clause_only_where_consent_is_a_legal_basis() -> None:
    project = english_project()
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
    assert "consent" in text and "parent or guardian" in text


def test_children_minimum_age() -> None:
    project = english_project()
    project.options.minimum_age = 13
    text = clause_text("children.html.j2", project)
    assert "younger than 13" in text and "parent or guardian" in text and "16" not in text


def test_automated_decisions_both_ways() -> None:
    project = english_project()
    text = clause_text("automated-decisions.html.j2", project)
    for phrase in (
        "have one of our employees look at the decision again",
        "give your point of view",
        "contest the decision",
        "explain how a decision about you was reached",
    ):
        assert phrase in text
    project.options.automated_decisions = False
    text = clause_text("automated-decisions.html.j2", project)
    assert "We do not make decisions about you by computer alone, without a person" in text
    assert "contest" not in text


def test_security_measures_or_no_list() -> None:
    text = clause_text("security.html.j2", english_project())
    assert "these measures: Encrypted connection Backups" in text
    without = clause_text("security.html.j2", dict(ENGLISH)["variant-u"])
    assert "[" not in without and "measures" not in without
    assert "high risk" in without and "personal data breach" in without


def test_changes_version_and_british_date() -> None:
    text = clause_text("changes.html.j2", english_project())
    assert "This is version 2.1 of this statement." in text
    assert "This version applies from 1 November 2026." in text
    empty = clause_text("changes.html.j2", english(Project()))
    assert "version" in empty and "[effective date]" in empty and "version  " not in empty


def test_changelog_lists_published_versions_with_british_dates() -> None:
    project = english(dict(PROJECTS)["history-u"])
    text = clause_text("changelog.html.j2", project)
    assert "Version 1.1 (1 June 2026): changed:" in text
    assert "Version 1.0 (5 January 2026): the first published version." in text
    assert text.index("Version 1.1") < text.index("Version 1.0")  # newest first


def test_contact_details_and_dpo() -> None:
    project = english_project()
    text = clause_text("contact.html.j2", project)
    for fact in (
        "Zeepkist & Zo",
        "Kerkstraat 1, 1234 AB Utrecht",
        "E-mail: info@zeepkist.nl",
        "Phone: 030 123 4567",
        "Website: https://www.zeepkist.nl",
        "Chamber of Commerce (KvK) number: 12345678",
        "Data protection officer",
        "Sanne de Vries",
        "fg@zeepkist.nl",
        "030 765 4321",
    ):
        assert fact in text
    project.privacy_contact.is_dpo = False
    text = clause_text("contact.html.j2", project)
    assert "data protection officer" not in text.lower() and "Privacy contact" in text


def test_the_gdpr_s_own_terms_where_a_lawyer_looks_for_them() -> None:
    """The words an Irish or Dutch privacy lawyer checks first, as the GDPR puts them."""
    project = english_project()
    text = text_of(render_all(project))
    for term in (
        "The law calls this the controller.",  # art. 4(7)
        "The law calls them processors.",  # art. 4(8), art. 28
        "The General Data Protection Regulation (GDPR)",
        "We need this data to perform our contract with you.",  # art. 6(1)(b)
        "We have weighed that interest against your interests and rights.",  # art. 6(1)(f)
        "Right to restriction of processing",  # art. 18
        "in a structured, commonly used and machine-readable format",  # art. 20(1)
        "the American company is certified under this framework",  # DPF adequacy decision
        "standard terms adopted by the European Commission",  # art. 46(2)(c)
        "lodge a complaint with the supervisory authority",  # art. 77
        "(a personal data breach)",  # art. 4(12)
        "someone who should not have it",  # not "may not": that reads as "might not"
        "special categories of personal data",  # art. 9
        "must be given or authorised by a parent or guardian",  # art. 8(1)
        "You can exercise your rights against each of us.",  # art. 26(3)
    ):
        assert term in text, term
    project.options.automated_decisions = False
    negative = clause_text("automated-decisions.html.j2", project)
    assert "have legal consequences for you or affect you in a similarly significant way" in (
        negative  # art. 22(1)
    )
