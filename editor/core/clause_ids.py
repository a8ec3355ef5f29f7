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
    ("contact", False),
)

CLAUSE_IDS: tuple[str, ...] = tuple(clause_id for clause_id, _ in CLAUSES)
OPTIONAL_IDS: frozenset[str] = frozenset(cid for cid, optional in CLAUSES if optional)
