"""Which clause of the statement a finding concerns, to anchor a Word comment at its heading.

Clause ids are those of project-format.md ("Clause ids"); custom sections are
"custom-N", counted from 1.
"""

from __future__ import annotations

from collections.abc import Collection

from editor.core.checks.findings import Finding
from editor.core.paths import parse_path

_CLAUSE_BY_RULE = {
    "controller-identity": "intro",
    "controller-contact": "contact",
    "dpo-contact": "contact",
    "purposes": "data",
    "legal-basis": "data",
    "legitimate-interest": "data",
    "special-category": "data",
    "retention": "data",
    "fiscal-retention": "data",
    "required-data": "data",
    "source": "data",
    "recipients": "recipients",
    "country-unknown": "recipients",
    "processor-agreement": "recipients",
    "cookie-recipient": "recipients",
    # A transfers finding exists only for a recipient outside the EEA, which is
    # exactly when the statement has a transfers clause.
    "transfers": "transfers",
    "rights": "rights",
    "withdraw-consent": "rights",
    "response-time": "rights",
    "identity-check": "rights",
    "complaint": "complaint",
    "automated-decisions": "automated-decisions",
    "direct-marketing": "newsletter",
    "children": "children",
    "cookies-consent": "cookies",
    "effective-date": "changes",
    "catalog-changed": "recipients",
}

# For the rules about free text the field decides: the clause that prints it.
_CLAUSE_BY_FIELD = {
    "document": "intro",
    "organisation": "contact",
    "privacy_contact": "contact",
    "data_categories": "data",
    "processors": "recipients",
    "cookies": "cookies",
    "rights": "rights",
    "options": "security",
}

# When a clause is not in the statement (switched off, or its condition does
# not hold), the comment goes to the nearest clause that is.
_FALLBACK = {
    "transfers": "recipients",
    "cookies": "recipients",
    "newsletter": "rights",
    "children": "rights",
    "automated-decisions": "rights",
    "security": "rights",
    "changes": "contact",
}


def _clause_of_path(path: str) -> str:
    parts = parse_path(path)
    match parts:
        case ("custom_sections", int(index), *_):
            return f"custom-{index + 1}"
        case ("clauses", "overrides", str(clause_id), *_):
            return clause_id
        case (str(field), *_):
            return _CLAUSE_BY_FIELD.get(field, "intro")
    return "intro"


def clause_for(finding: Finding, sections: Collection[str] | None = None) -> str:
    """The clause id the finding concerns.

    With ``sections`` (the keys of the sections the statement really has), a
    clause that is absent is replaced by the nearest one present, ending at "intro".
    """
    clause = _CLAUSE_BY_RULE.get(finding.id) or _clause_of_path(finding.path)
    if sections is None:
        return clause
    while clause not in sections and clause in _FALLBACK:
        clause = _FALLBACK[clause]
    if clause in sections or not sections:
        return clause
    return "intro" if "intro" in sections else next(iter(sections))
