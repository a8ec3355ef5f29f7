"""The checklist as code: every row of legal-checklist.md, in its order, and check().

The ids and severities are exactly those of the checklist; a test reads the
checklist's table and compares. Only cookies-consent has two severities: its
marketing case is an error, its analytics case a tip (the Hit says so).
"""

from __future__ import annotations

from editor.core.checks import address, catalog, facts, imported, language, recipients, texts
from editor.core.checks.findings import SEVERITY_ORDER, Context, Finding, Rule, Severity
from editor.core.model import Project

ERROR, WARNING, TIP = Severity.ERROR, Severity.WARNING, Severity.TIP

RULES: tuple[Rule, ...] = (
    Rule("controller-identity", ERROR, "AVG art. 13 lid 1 sub a", facts.controller_identity),
    Rule("controller-contact", ERROR, "AVG art. 13 lid 1 sub a", facts.controller_contact),
    Rule("dpo-contact", ERROR, "AVG art. 13 lid 1 sub b", facts.dpo_contact),
    Rule("purposes", ERROR, "AVG art. 13 lid 1 sub c", facts.purposes),
    Rule("legal-basis", ERROR, "AVG art. 13 lid 1 sub c en art. 6 lid 1", facts.legal_basis),
    Rule("legitimate-interest", ERROR, "AVG art. 13 lid 1 sub d", facts.legitimate_interest),
    Rule("special-category", WARNING, "AVG art. 9 en UAVG art. 22–30", facts.special_category),
    Rule("recipients", WARNING, "AVG art. 13 lid 1 sub e", recipients.recipients),
    Rule("country-unknown", WARNING, "AVG art. 13 lid 1 sub f", recipients.country_unknown),
    Rule("transfers", ERROR, "AVG art. 13 lid 1 sub f en art. 44–49", recipients.transfers),
    Rule("processor-agreement", WARNING, "AVG art. 28 lid 3", recipients.processor_agreement),
    Rule("retention", ERROR, "AVG art. 13 lid 2 sub a", facts.retention),
    Rule("fiscal-retention", TIP, "AWR art. 52 lid 4", facts.fiscal_retention),
    Rule("rights", ERROR, "AVG art. 13 lid 2 sub b en art. 15–21", texts.rights),
    Rule(
        "withdraw-consent", ERROR, "AVG art. 13 lid 2 sub c en art. 7 lid 3", texts.withdraw_consent
    ),
    Rule("complaint", ERROR, "AVG art. 13 lid 2 sub d en art. 77", texts.complaint),
    Rule("required-data", WARNING, "AVG art. 13 lid 2 sub e", texts.required_data),
    Rule(
        "automated-decisions",
        ERROR,
        "AVG art. 13 lid 2 sub f en art. 22",
        texts.automated_decisions,
    ),
    Rule("source", ERROR, "AVG art. 14 lid 1 sub d en lid 2 sub f", texts.source),
    Rule(
        "direct-marketing",
        ERROR,
        "Telecommunicatiewet art. 11.7 en AVG art. 21 lid 2–4",
        texts.direct_marketing,
    ),
    Rule("children", ERROR, "AVG art. 8 en UAVG art. 5", facts.children),
    Rule("cookies-consent", ERROR, "Telecommunicatiewet art. 11.7a", recipients.cookies_consent),
    Rule("cookie-recipient", WARNING, "AVG art. 13 lid 1 sub e", recipients.cookie_recipient),
    Rule("response-time", WARNING, "AVG art. 12 lid 3", facts.response_time),
    Rule("identity-check", WARNING, "AVG art. 12 lid 6 en UAVG art. 46", facts.identity_check),
    Rule(
        "not-personal-data",
        WARNING,
        "HvJ EU C-582/14, Breyer",
        lambda ctx: [*texts.not_personal_data(ctx), *imported.old_denials(ctx)],
    ),
    Rule("address-mix", WARNING, "goede praktijk", address.address_mix),
    Rule("language-mix", WARNING, "AVG art. 12 lid 1", language.language_mix),
    Rule("effective-date", TIP, "goede praktijk", facts.effective_date),
    Rule("imported-unconfirmed", WARNING, "goede praktijk", imported.imported_unconfirmed),
    Rule("catalog-changed", TIP, "goede praktijk", catalog.catalog_changed),
)


def check(project: Project) -> list[Finding]:
    """Every finding for the project: errors first, then warnings, then tips, each in rule order."""
    context = Context(project)
    findings = [finding for rule in RULES for finding in rule.run(context)]
    # sorted() is stable, so within a severity the rule (checklist) order stays.
    return sorted(findings, key=lambda finding: SEVERITY_ORDER.index(finding.severity))
