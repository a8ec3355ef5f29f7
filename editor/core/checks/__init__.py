"""The compliance check: one rule per row of the legal checklist (no Qt).

``check(project)`` gives the findings; ``clause_for(finding)`` says which clause
of the statement a finding concerns; the report functions print them.
"""

from editor.core.checks.clauses import clause_for
from editor.core.checks.findings import Finding, Severity
from editor.core.checks.report import (
    count_by_severity,
    findings_records,
    findings_to_json,
    format_counts,
    format_report,
)
from editor.core.checks.rules import RULES, check

__all__ = [
    "RULES",
    "Finding",
    "Severity",
    "check",
    "clause_for",
    "count_by_severity",
    "findings_records",
    "findings_to_json",
    "format_counts",
    "format_report",
]
