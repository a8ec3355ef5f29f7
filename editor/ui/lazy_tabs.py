"""A tab widget that makes each page the first time it is needed.

Making the six form tabs took about a third of the window's start, and only
one of them is on screen then. LazyTabWidget holds a light placeholder per
tab and makes the real page when the placeholder is first shown (the user
picks the tab) or when anyone asks for it: ``widget(i)``, ``currentWidget()``,
``indexOf(page)`` and ``setCurrentWidget(page)`` all deal in the real pages,
making them as needed, so no caller ever sees a placeholder. What must reach
every page without making it (the check's marks) goes to ``made_pages()`` and
follows ``page_made`` for the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

PageMaker = Callable[[QWidget], QWidget]


class _Placeholder(QWidget):
    """Stands in a tab for its page, and then holds it (filling the tab)."""

    def __init__(self, make: PageMaker, tabs: LazyTabWidget) -> None:
        super().__init__()
        self._make: PageMaker | None = make
        self._tabs = tabs
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def made_page(self) -> QWidget:
        if self.page is None:
            assert self._make is not None
            make, self._make = self._make, None
            self.page = make(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            if self.isVisible():
                # On screen already (its tab was just picked): show and size the
                # page now, not in a later round of the event loop.
                self.page.show()
                layout.activate()
            self._tabs.page_made.emit(self._tabs.indexOf(self.page), self.page)
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.made_page()
        super().showEvent(event)


class LazyTabWidget(QTabWidget):
    """A QTabWidget whose pages are made on first use; see the module doc."""

    page_made = Signal(int, QWidget)  # the tab's index and its new page

    def add_lazy_tab(self, make: PageMaker, title: str) -> int:
        """Add a tab whose page ``make(parent)`` makes when it is first needed."""
        return self.addTab(_Placeholder(make, self), title)

    def widget(self, index: int) -> QWidget | None:
        held = super().widget(index)
        return held.made_page() if isinstance(held, _Placeholder) else held

    # Qt's own returns None when there is no tab, which its type stubs leave out.
    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:
        for index in range(self.count()):
            held = super().widget(index)
            if held is page or (isinstance(held, _Placeholder) and held.page is page):
                return index
        return -1

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.indexOf(page)
        if index >= 0:
            self.setCurrentIndex(index)

    def is_made(self, index: int) -> bool:
        held = super().widget(index)
        return not isinstance(held, _Placeholder) or held.page is not None

    def made_pages(self) -> list[QWidget]:
        """The pages made so far, in tab order (making none)."""
        pages = []
        for index in range(self.count()):
            held = super().widget(index)
            page = held.page if isinstance(held, _Placeholder) else held
            if page is not None:
                pages.append(page)
        return pages
