"""The ui package's layers: the form toolkit and the window's models never import a tab.

``editor.ui.tabs`` holds the pages; they build on ``editor.ui.forms`` and the
models in ``editor.ui``. When one of those imports a page (or the tabs
package), importing a page starts a cycle that only a late import can hide.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import REPO

UI = REPO / "editor" / "ui"
# The window puts the tabs in place: it is the one module above them.
ABOVE_THE_TABS = {UI / "main_window.py"}


def _imported_modules(source: Path) -> set[str]:
    """Every module ``source`` imports, at its top or inside a function."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _below_the_tabs() -> list[Path]:
    modules = sorted(UI.glob("*.py")) + sorted((UI / "forms").glob("*.py"))
    return [module for module in modules if module not in ABOVE_THE_TABS]


def test_the_form_toolkit_is_a_package_of_its_own() -> None:
    for name in ("bindings", "form", "choices", "list_editor", "country_combo", "row_list"):
        assert (UI / "forms" / f"{name}.py").is_file(), name
        assert not (UI / "tabs" / f"{name}.py").exists(), name


def test_nothing_below_the_tabs_imports_them() -> None:
    offenders = {
        str(module.relative_to(REPO)): sorted(
            name for name in _imported_modules(module) if name.startswith("editor.ui.tabs")
        )
        for module in _below_the_tabs()
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_tabs_package_holds_pages_not_helpers_for_others() -> None:
    """Every module in tabs/ is a page or is used by pages only."""
    users_outside: dict[str, list[str]] = {}
    for module in _below_the_tabs():
        for name in _imported_modules(module):
            if name.startswith("editor.ui.tabs."):
                users_outside.setdefault(name, []).append(module.name)
    assert users_outside == {}


def test_no_helper_reaches_into_the_window() -> None:
    """File actions, recovery and the start ask through ``window.questions`` and
    use the window's public side only: no ``window._something``."""
    reached: list[str] = []
    for module in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
                and ast.unparse(node.value).split(".")[-1].lstrip("_") == "window"
            ):
                reached.append(f"{module.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert reached == []
