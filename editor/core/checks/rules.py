"""The checklist as code: every row of legal-checklist.md, in its order, and check().

The ids and severities are exactly those of the checklist; a test reads the
checklist's tables and compares. Two rules have two severities: cookies-consent
(marketing: error, analytics: tip) and stale-date (after the Data Privacy
Framework: warning, only old: tip); the Hit says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from editor.core.checks import (
    address,
    catalog,
    consistency,
    cookies,
    facts,
    imported,
    language,
    placeholders,
    recipients,
    texts,
    web_links,
)
from editor.core.checks.findings import SEVERITY_ORDER, Context, Finding, Hit, Rule, Severity
from editor.core.model import Project

ERROR, WARNING, TIP = Severity.ERROR, Severity.WARNING, Severity.TIP


def _not_personal_data(ctx: Context) -> list[Hit]:
    """The owner's published texts (an error), and the imported old statement's text,
    which is not published and only warns the owner not to repeat it."""
    old = [replace(hit, severity=WARNING) for hit in imported.old_denials(ctx)]
    return [*texts.not_personal_data(ctx), *old]


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
    Rule("not-personal-data", ERROR, "HvJ EU C-582/14, Breyer", _not_personal_data),
    Rule("address-mix", WARNING, "goede praktijk", address.address_mix),
    Rule("effective-date", TIP, "goede praktijk", facts.effective_date),
    # Consistency rules: they look across fields.
    Rule("placeholder", ERROR, "AVG art. 12 lid 1", placeholders.placeholder),
    Rule("cookies-missing", ERROR, "Telecommunicatiewet art. 11.7a", cookies.cookies_missing),
    Rule(
        "cookie-basis",
        WARNING,
        "Telecommunicatiewet art. 11.7a en AVG art. 6 lid 1 sub a",
        cookies.cookie_basis,
    ),
    Rule(
        "cookie-provider-missing",
        WARNING,
        "AVG art. 13 lid 1 sub e en Telecommunicatiewet art. 11.7a",
        cookies.cookie_provider_missing,
    ),
    Rule("retention-vague", WARNING, "AVG art. 13 lid 2 sub a", consistency.retention_vague),
    Rule(
        "retention-basis",
        WARNING,
        "AVG art. 5 lid 1 sub e en AWR art. 52",
        consistency.retention_basis,
    ),
    Rule("stale-date", WARNING, "AVG art. 12 lid 1", consistency.stale_date),
    Rule("card-data", WARNING, "AVG art. 5 lid 1 sub c en art. 32, PCI DSS", consistency.card_data),
    Rule("marketplace-source", WARNING, "AVG art. 14", consistency.marketplace_source),
    Rule(
        "soft-opt-in",
        ERROR,
        "Telecommunicatiewet art. 11.7 lid 3 en AVG art. 21 lid 2–3",
        consistency.soft_opt_in,
    ),
    Rule("language-mix", WARNING, "AVG art. 12 lid 1", language.language_mix),
    Rule("joint-arrangement", WARNING, "AVG art. 26 lid 1–2", consistency.joint_arrangement),
    # Findings that are not about the law.
    Rule("imported-unconfirmed", WARNING, "goede praktijk", imported.imported_unconfirmed),
    Rule("catalog-changed", TIP, "goede praktijk", catalog.catalog_changed),
    Rule("link-invalid", WARNING, "goede praktijk", web_links.link_invalid),
)

# Runs after the others: it stays quiet where they already give an error, and
# replaces the weaker findings of these rules about a field that shows a blank.
_LAST = frozenset({"placeholder"})
_SAID_BY_THE_BLANK = frozenset({"recipients", "country-unknown", "effective-date"})


def check(project: Project, today: dt.date | None = None) -> list[Finding]:
    """Every finding for the project: errors first, then warnings, then tips, each in rule order.

    ``today`` is the day the statement is judged on (stale-date); the real date
    when not given.
    """
    context = Context(project, today or dt.date.today())
    found = {rule.id: rule.run(context) for rule in RULES if rule.id not in _LAST}
    errors_at = frozenset(
        finding.path
        for findings in found.values()
        for finding in findings
        if finding.severity is Severity.ERROR
    )
    last = Context(project, context.today, errors_at)
    found.update({rule.id: rule.run(last) for rule in RULES if rule.id in _LAST})
    # A blank in the statement is an error; a warning or tip about the same field
    # (an unknown country, a missing date) says less, so the owner sees one finding.
    blanks = {finding.path for finding in found["placeholder"]}
    for rule_id in _SAID_BY_THE_BLANK:
        found[rule_id] = [finding for finding in found[rule_id] if finding.path not in blanks]
    findings = [finding for rule in RULES for finding in found[rule.id]]
    # sorted() is stable, so within a severity the rule (checklist) order stays.
    return sorted(findings, key=lambda finding: SEVERITY_ORDER.index(finding.severity))
