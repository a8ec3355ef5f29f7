"""Finding the data that ships with the program (clauses/, resources/).

Both folders are top-level packages, so ``importlib.resources`` finds them in
the source tree and inside an installed wheel alike; never the working
directory.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource_path(*parts: str) -> Traversable:
    """A file or folder in ``resources/``, e.g. ``resource_path("catalog.toml")``."""
    node = files("resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def clause_path(*parts: str) -> Traversable:
    """A file or folder in ``clauses/``, e.g. ``clause_path("nl", "manifest.toml")``."""
    node = files("clauses")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(node: Traversable) -> str:
    return node.read_text(encoding="utf-8")
