"""Upgrading files written in an older format version.

Each step turns the raw TOML data of version N into version N + 1; tests
register steps of their own to prove the chain runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from editor.core.model import FORMAT_VERSION

RawProject = dict[str, Any]
Step = Callable[[RawProject], RawProject]


def _one_to_two(data: RawProject) -> RawProject:
    """Version 2 only adds keys, each with a default that means what version 1 meant."""
    return data


# STEPS[n] upgrades a version-n file to version n + 1.
STEPS: dict[int, Step] = {1: _one_to_two}


def migrate(
    data: RawProject,
    version: int,
    *,
    target: int = FORMAT_VERSION,
    steps: dict[int, Step] | None = None,
) -> RawProject:
    """Run every step from ``version`` up to ``target``; the result says ``target``."""
    registry = STEPS if steps is None else steps
    while version < target:
        step = registry.get(version)
        if step is None:
            raise LookupError(f"no migration from format version {version}")
        data = step(dict(data))
        version += 1
    data["format_version"] = target
    return data
