"""Finding the data that ships with the program (clauses/, resources/).

Both folders are installed inside the program's own namespace, as the packages
``editor.clauses`` and ``editor.resources`` (setup.py maps them; in a checkout
that is not installed, editor/source_tree.py does). ``importlib.resources``
finds them by those names in a checkout, an installed wheel and the bundle
alike; never through the working directory.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def resource_path(*parts: str) -> Traversable:
    """A file or folder in ``resources/``, e.g. ``resource_path("catalog.toml")``."""
    node = files("editor.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def clause_path(*parts: str) -> Traversable:
    """A file or folder in ``clauses/``, e.g. ``clause_path("nl", "manifest.toml")``."""
    node = files("editor.clauses")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(node: Traversable) -> str:
    return node.read_text(encoding="utf-8")
