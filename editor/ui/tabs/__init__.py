"""The form tabs on the left of the main window.

``tab_makers()`` gives each tab's title and a function that makes it, in the
order the window shows them; the window makes a tab the first time it is
shown (editor/ui/lazy_tabs.py), and a tab's module is imported only then.
Every tab is a :class:`~editor.ui.tabs.base.TabPage`: ``section_key()``,
``reveal(path)``, ``mark_errors(paths)`` and the ``section_requested`` signal.

This package holds the six pages and what only they share (``base``,
``row_tabs``, ``clause_panel``); the widgets they are built from are in
``editor.ui.forms``, which never imports a page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from editor.ui.store import Store
    from editor.ui.tabs.base import TabPage

__all__ = ["tab_makers"]

TabMaker = Callable[["Store", QWidget | None], "TabPage"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


def _maker(module: str, class_name: str) -> TabMaker:
    """Makes the tab ``class_name`` of ``editor.ui.tabs.<module>``, importing it then.

    Only the first tab is needed for the first paint; importing the other five
    pages with it would cost about 24 ms of every start (``python -X importtime``).
    """

    def make(store: Store, parent: QWidget | None = None) -> TabPage:
        tab_class = getattr(importlib.import_module(f"editor.ui.tabs.{module}"), class_name)
        page: TabPage = tab_class(store, parent)
        return page

    return make


def tab_makers() -> list[tuple[str, TabMaker]]:
    """(tab title, function that makes the tab) for every tab, in the window's order."""
    return [
        (_tr("Organisatie"), _maker("organisation", "OrganisationTab")),
        (_tr("Gegevens"), _maker("data_categories", "DataCategoriesTab")),
        (_tr("Verwerkers"), _maker("processors", "ProcessorsTab")),
        (_tr("Cookies"), _maker("cookies", "CookiesTab")),
        (_tr("Rechten en opties"), _maker("rights_options", "RightsOptionsTab")),
        (_tr("Document"), _maker("document", "DocumentTab")),
    ]
