"""``editor.clauses`` and ``editor.resources`` in a checkout that is not installed.

The repository keeps ``clauses/`` and ``resources/`` at its top, where a lawyer
or a translator finds them. Installed (a wheel, the editable install, the
bundle), they are packages inside the program's own namespace,
``editor.clauses`` and ``editor.resources`` (setup.py maps them), and the
program reads them through ``importlib.resources`` under those names only.

``python main.py`` in a checkout that was never installed has no
``editor/clauses`` folder and no installer's mapping, so this finder gives the
two names the folders at the top of the checkout. It only does so when
``editor`` itself was loaded from a checkout (``pyproject.toml`` next to it),
so a stray top-level ``clauses`` package in site-packages is never taken for
ours.
"""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

DATA_PACKAGES = ("clauses", "resources")


class SourceTreeData:
    """A meta path finder for ``editor.clauses`` and ``editor.resources`` only."""

    def __init__(self, root: Path) -> None:
        self.folders = {f"editor.{name}": root / name for name in DATA_PACKAGES}

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        folder = self.folders.get(fullname)
        if folder is None:
            return None
        return importlib.util.spec_from_file_location(
            fullname, folder / "__init__.py", submodule_search_locations=[str(folder)]
        )


def install() -> None:
    """Map the two names to the checkout's folders, when ``editor`` runs from a checkout."""
    package = Path(__file__).resolve().parent
    root = package.parent
    if (package / "clauses").is_dir():
        return  # installed: the packages are inside editor/
    if not (root / "pyproject.toml").is_file():
        return
    if not all((root / name / "__init__.py").is_file() for name in DATA_PACKAGES):
        return
    if any(isinstance(finder, SourceTreeData) for finder in sys.meta_path):
        return
    # First, so a checkout always reads its own clauses, even when the venv has
    # an editable install of another checkout.
    sys.meta_path.insert(0, SourceTreeData(root))
