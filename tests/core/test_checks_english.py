"""The check on an English statement: it reads the owner's English as it reads Dutch.

The messages stay Dutch (the window is Dutch); what changes is which words the
rules that read the owner's texts understand. A complete English project gets
no finding, and each fault the Dutch rules find is found in English too.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from editor.core.checks import Finding, check
from editor.core.model import Address, CustomSection, DataCategory, LegalBasis, Project
from tests.core.complete_project import complete_project

RIGHTS = (
    "You have the right of access to your data, and the right to rectification, erasure and"
    " restriction of processing. You may object to processing based on our legitimate"
    " interests, and you have the right to data portability. You can withdraw your consent"
    " at any time."
)
AUTOMATED = (
    "We decide automatically whether paying afterwards is possible. The logic: a score from"
    " your order history. The consequence: without a high enough score, you pay in advance."
)
NEWSLETTER = (
    "We send a newsletter. You can unsubscribe at any time, and you may object to direct"
    " marketing free of charge."
)


def complete_english_project() -> Project:
    """tests/core/complete_project.py with its texts in English: nothing to find."""
    project = complete_project(Address.FORMAL)
    project.document.language = "en"
    orders, records, newsletter, service = project.data_categories
    orders.name, orders.items = "Order details", ["Name", "Address", "E-mail address"]
    orders.purposes, orders.retention = ["Handling and delivering orders"], "2 years"
    records.name, records.items = "Business records", ["Invoices"]
    records.purposes = ["The tax return"]
    records.retention = "7 years (the legal duty to keep tax records)"
    newsletter.name, newsletter.items = "Newsletter", ["E-mail address"]
    newsletter.purposes, newsletter.retention = ["Sending the newsletter"], "Until you unsubscribe"
    service.name, service.items = "Customer service", ["Questions and complaints"]
    service.purposes = ["Answering questions"]
    service.legitimate_interest, service.retention = "Good service", "1 year"
    purposes = ["Handling payments", "Website statistics", "Sending e-mail", "Delivery"]
    data = [["Name", "Account number"], ["Shortened IP address"], ["E-mail address"]]
    data.append(["Name", "Address"])
    for processor, purpose, items in zip(project.processors, purposes, data, strict=True):
        processor.purpose, processor.data = purpose, items
    english_cookies = [
        ("Remembers the shopping basket", "Until the end of the visit"),
        ("Measures how the website is used", "2 years"),
        ("Measures the effect of advertisements", "90 days"),
    ]
    for cookie, (description, retention) in zip(project.cookies, english_cookies, strict=True):
        cookie.description, cookie.retention = description, retention
    project.options.security_measures = ["TLS encryption", "Backups"]
    project.rights.identification = (
        "A copy of an identity document with the citizen service number (BSN) and the photo"
        " blacked out"
    )
    return project


def found(project: Project) -> set[tuple[str, str]]:
    return {(finding.id, finding.path) for finding in check(project)}


def test_a_complete_english_project_has_no_findings() -> None:
    project = complete_english_project()
    project.clauses.overrides = {"rights": RIGHTS, "newsletter": NEWSLETTER}
    project.options.automated_decisions = True
    project.clauses.overrides["automated-decisions"] = AUTOMATED
    project.clauses.overrides["complaint"] = (
        "You may complain to the Dutch Data Protection Authority."
    )
    project.clauses.overrides["data"] = "Order details are required to deliver your order."
    assert check(project) == []


def _override(clause: str, text: str) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        project.clauses.overrides[clause] = text

    return change


def _category(**fields: object) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        project.data_categories.append(DataCategory(**fields))  # type: ignore[arg-type]

    return change


def _own_section(text: str) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        project.custom_sections.append(CustomSection(title="Technical data", text=text))

    return change


def _retention(text: str) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        project.data_categories[0].retention = text

    return change


def _identification(text: str) -> Callable[[Project], None]:
    def change(project: Project) -> None:
        project.rights.identification = text

    return change


def _no_tracking_cookies(project: Project) -> None:
    project.cookies = project.cookies[:1]
    project.processors = [p for p in project.processors if p.name != "Google"]
    project.data_categories.append(
        DataCategory(
            name="Website use",
            items=["Browsing behaviour on our website"],
            purposes=["Improving the website"],
            legal_basis=LegalBasis.LEGITIMATE_INTERESTS,
            legitimate_interest="A better website",
            retention="14 months",
        )
    )


CASES: dict[str, tuple[Callable[[Project], None], tuple[str, str]]] = {
    "a right left out": (
        _override("rights", RIGHTS.replace("restriction of processing", "more")),
        ("rights", "clauses.overrides.rights"),
    ),
    "withdrawing consent left out": (
        _override("rights", RIGHTS.replace(" You can withdraw your consent at any time.", "")),
        ("withdraw-consent", "clauses.overrides.rights"),
    ),
    "no supervisory authority": (
        _override("complaint", "You may complain to us."),
        ("complaint", "clauses.overrides.complaint"),
    ),
    "no word on required data": (
        _override("data", "We use your name and address to deliver your order."),
        ("required-data", "clauses.overrides.data"),
    ),
    "no unsubscribing": (
        _override("newsletter", NEWSLETTER.replace("You can unsubscribe at any time, and y", "Y")),
        ("direct-marketing", "clauses.overrides.newsletter"),
    ),
    "a vague retention period": (
        _retention("As long as you are our customer"),
        ("retention-vague", "data_categories[0].retention"),
    ),
    "the tax duty on the contract": (
        _retention("7 years (statutory retention period)"),
        ("retention-basis", "data_categories[0].retention"),
    ),
    "IP addresses called not personal data": (
        _own_section("Your IP address and your browser are not personal data."),
        ("not-personal-data", "custom_sections[0].text"),
    ),
    "tracking without a tracking cookie": (_no_tracking_cookies, ("cookies-missing", "cookies")),
    "an ID copy with the BSN visible": (
        _identification("A copy of your passport"),
        ("identity-check", "rights.identification"),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_fault_is_found_in_english(case: str) -> None:
    change, expected = CASES[case]
    project = complete_english_project()
    project.clauses.overrides = {"rights": RIGHTS, "newsletter": NEWSLETTER}
    assert expected not in found(project)
    change(project)
    assert expected in found(project)


def test_the_messages_stay_dutch() -> None:
    project = complete_english_project()
    _retention("As long as necessary")(project)
    (finding,) = [f for f in check(project) if f.id == "retention-vague"]
    assert isinstance(finding, Finding) and "bewaartermijn" in finding.message.lower()
