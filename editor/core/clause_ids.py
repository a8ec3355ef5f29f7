"""The clause ids of the format (docs/project-format.md, "Clause ids").

The project file refers to clauses by these ids (disabled, order, overrides);
the clause library's manifest must list exactly these, in this order (a test
holds the two together).
"""

from __future__ import annotations

# (id, optional) in the default order.
CLAUSES: tuple[tuple[str, bool], ...] = (
    ("intro", False),
    ("data", False),
    ("recipients", False),
    ("transfers", False),
    ("cookies", True),
    ("newsletter", True),
    ("children", True),
    ("automated-decisions", True),
    ("security", True),
    ("rights", False),
    ("complaint", False),
    ("changes", True),
    ("changelog", True),
    ("contact", False),
)

CLAUSE_IDS: tuple[str, ...] = tuple(clause_id for clause_id, _ in CLAUSES)
OPTIONAL_IDS: frozenset[str] = frozenset(cid for cid, optional in CLAUSES if optional)
# Optional clauses that are off until the owner switches them on (clauses.enabled).
DEFAULT_OFF_IDS: frozenset[str] = frozenset({"changelog"})


def is_switched_on(clause_id: str, disabled: list[str], enabled: list[str]) -> bool:
    """Whether the owner's settings let the clause appear (its condition aside)."""
    if clause_id not in OPTIONAL_IDS:
        return True
    if clause_id in DEFAULT_OFF_IDS:
        return clause_id in enabled
    return clause_id not in disabled


def switch(
    clause_id: str, on: bool, disabled: list[str], enabled: list[str]
) -> tuple[str, list[str]]:
    """Which list of ``clauses`` to write, and its new value, to switch the clause on or off."""
    if clause_id in DEFAULT_OFF_IDS:
        rest = [cid for cid in enabled if cid != clause_id]
        return "enabled", [*rest, clause_id] if on else rest
    rest = [cid for cid in disabled if cid != clause_id]
    return "disabled", rest if on else [*rest, clause_id]
