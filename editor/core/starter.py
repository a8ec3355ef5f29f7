"""The starter project: what "Nieuw" and a bare start of the program open.

The starter is data (``resources/starter.policy.toml``), read with the same
loader as any project file, so it can never drift from the format.
"""

from __future__ import annotations

from editor.core.model import Project
from editor.core.project_file import loads_project
from editor.core.resources import read_text, resource_path

STARTER_FILE = "starter.policy.toml"


def starter_project() -> Project:
    """A fresh copy of the starter: a typical Dutch webshop with blanks for its own facts."""
    return loads_project(read_text(resource_path(STARTER_FILE)), STARTER_FILE)
