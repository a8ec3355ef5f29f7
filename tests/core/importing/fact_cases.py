"""Which statements the wider measure reads: each with its table of stated facts."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SHARED

HERE = Path(__file__).parent
STATEMENTS = HERE / "statements"


def _cases() -> dict[str, tuple[Path, Path]]:
    cases: dict[str, tuple[Path, Path]] = {}
    for facts in sorted((HERE / "seed_facts").glob("*.facts.toml")):
        name = facts.name.removesuffix(".facts.toml")
        cases[f"seed {name}"] = (SHARED / "seeds" / f"{name}.txt", facts)
    for facts in sorted(STATEMENTS.glob("*.facts.toml")):
        stem = facts.name.removesuffix(".facts.toml")
        (source,) = [p for p in STATEMENTS.glob(f"{stem}.*") if not p.name.endswith(".toml")]
        cases[source.name] = (source, facts)
    return cases


CASES = _cases()
