"""Findings for people and programs: counts, a terminal report, JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from editor.core.checks.findings import SEVERITY_ORDER, Finding, Severity
from editor.core.display import printable

# (heading, singular, plural) per severity.
_WORDS = {
    Severity.ERROR: ("Fouten", "fout", "fouten"),
    Severity.WARNING: ("Waarschuwingen", "waarschuwing", "waarschuwingen"),
    Severity.TIP: ("Tips", "tip", "tips"),
}


def count_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    """How many findings of each severity; every severity is present, in order."""
    counts = dict.fromkeys(SEVERITY_ORDER, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def format_counts(findings: Iterable[Finding]) -> str:
    """The counts in words, e.g. "1 fout, 2 waarschuwingen, 0 tips"."""
    parts = []
    for severity, count in count_by_severity(findings).items():
        _, singular, plural = _WORDS[severity]
        parts.append(f"{count} {singular if count == 1 else plural}")
    return ", ".join(parts)


def format_report(findings: Sequence[Finding], file_name: str) -> str:
    """The findings grouped by severity, as the `check` command prints them."""
    file_name = printable(file_name)
    if not findings:
        return f"{file_name}: geen fouten, waarschuwingen of tips.\n"
    lines = [f"{file_name}: {format_counts(findings)}"]
    for severity in SEVERITY_ORDER:
        group = [finding for finding in findings if finding.severity is severity]
        if not group:
            continue
        lines += ["", _WORDS[severity][0]]
        for finding in group:
            lines.append(f"  [{finding.id}] {finding.message} ({finding.source})")
            lines.append(f"      veld: {finding.path}")
    return "\n".join(lines) + "\n"


def findings_to_json(findings: Iterable[Finding]) -> str:
    """One JSON list of objects with the keys id, severity, path, message, source."""
    return json.dumps(findings_records(findings), ensure_ascii=False, indent=2)


def findings_records(findings: Iterable[Finding]) -> list[dict[str, str]]:
    """Each finding as a JSON object (the keys of findings_to_json)."""
    return [
        {
            "id": finding.id,
            "severity": str(finding.severity),
            "path": finding.path,
            "message": finding.message,
            "source": finding.source,
        }
        for finding in findings
    ]
