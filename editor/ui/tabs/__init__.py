"""The form tabs on the left of the main window.

``create_tabs(store)`` makes them in the order the window shows them. Every
tab is a :class:`~editor.ui.tabs.base.TabPage`: ``section_key()``,
``reveal(path)``, ``mark_errors(paths)`` and the ``section_requested`` signal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from editor.ui.store import Store
    from editor.ui.tabs.base import TabPage

__all__ = ["create_tabs"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tabs", text)


def create_tabs(store: Store, parent: QWidget | None = None) -> list[tuple[str, TabPage]]:
    """(tab title, tab) for every tab, in the order the window shows them."""
    # Imported here: the table models use helpers from this package, and the
    # tabs use the table models.
    from editor.ui.tabs.cookies import CookiesTab
    from editor.ui.tabs.data_categories import DataCategoriesTab
    from editor.ui.tabs.document import DocumentTab
    from editor.ui.tabs.organisation import OrganisationTab
    from editor.ui.tabs.processors import ProcessorsTab
    from editor.ui.tabs.rights_options import RightsOptionsTab

    return [
        (_tr("Organisatie"), OrganisationTab(store, parent)),
        (_tr("Gegevens"), DataCategoriesTab(store, parent)),
        (_tr("Verwerkers"), ProcessorsTab(store, parent)),
        (_tr("Cookies"), CookiesTab(store, parent)),
        (_tr("Rechten en opties"), RightsOptionsTab(store, parent)),
        (_tr("Document"), DocumentTab(store, parent)),
    ]
