"""The live preview: the statement as the export will write it, beside the forms.

It runs the same pipeline as every export (assemble, then the HTML writer's
preview flavour), so what the shop owner reads here is what the file says.
Edits arrive in bursts while typing; a single-shot timer folds a burst into
one render, and the scroll position survives the new text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser, QWidget

from editor.core.model import Project
from editor.export.assemble import assemble
from editor.export.html import render_preview
from editor.ui.store import Store

DEFAULT_INTERVAL_MS = 120

# Links the system may open; anything else (file:, javascript:, ...) is ignored.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

Renderer = Callable[[Project], str]

# Room between the frame and the text, in pixels: reads like a page, not a log.
DOCUMENT_MARGIN = 16

_FIRST_ANCHOR = re.compile(r'<a name="([^"]+)"')


def render_project(project: Project) -> str:
    """The preview HTML of a project: the export pipeline, preview flavour."""
    return render_preview(assemble(project))


class PreviewPane(QTextBrowser):
    """A read-only QTextBrowser that follows the store.

    ``rendered(ms)`` is emitted after every render with the time it took
    (assemble + HTML + layout), ``first_painted()`` once, after the first
    statement has been painted on screen.
    """

    rendered = Signal(float)
    first_painted = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        render: Renderer | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Voorvertoning van de privacyverklaring"))
        # We open links ourselves: anchors scroll, web and mail links go to the
        # system, and nothing can make the browser load another document.
        self.setOpenLinks(False)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self._store = store
        self._render = render if render is not None else render_project
        self._html = ""
        self._painted = False
        self.last_render_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        store.changed.connect(self._timer.start)
        store.project_replaced.connect(self._on_store_project_replaced)
        self.viewport().installEventFilter(self)
        self._scroll_to_top = False
        self.refresh()

    # -- public ----------------------------------------------------------------
    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def set_interval_ms(self, interval_ms: int) -> None:
        self._timer.setInterval(interval_ms)

    def is_pending(self) -> bool:
        """True while an edit waits for the debounce timer."""
        return self._timer.isActive()

    def html(self) -> str:
        """The HTML the preview shows now (as rendered, before Qt rewrites it)."""
        return self._html

    def refresh(self) -> None:
        """Render the project now, keeping the reader's place in the text."""
        self._timer.stop()
        started = time.perf_counter()
        html = self._render(self._store.project)
        if html != self._html:
            bar = self.verticalScrollBar()
            position = 0 if self._scroll_to_top else bar.value()
            self.setHtml(html)
            self._html = html
            bar.setValue(position)
        self._scroll_to_top = False
        self.last_render_ms = (time.perf_counter() - started) * 1000.0
        self.rendered.emit(self.last_render_ms)

    def show_section(self, key: str | None) -> None:
        """Scroll so the section ``key`` (a clause id or "custom-N") starts at the top."""
        if not key:
            return
        if self._timer.isActive():
            self.refresh()  # the section may be new: render it before looking for it
        first = _FIRST_ANCHOR.search(self._html)
        if first is not None and first.group(1) == key:
            # The first section: show the title and date above it as well.
            self.verticalScrollBar().setValue(0)
        else:
            self.scrollToAnchor(key)

    # -- events ----------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and watched is self.viewport() and event.type() == QEvent.Type.Paint:
            self._painted = True
            # Emitted after this paint has finished, so a listener that quits
            # the program measures a start-up that really reached the screen.
            QTimer.singleShot(0, self, self._on_first_paint_done)
        return super().eventFilter(watched, event)

    def _on_first_paint_done(self) -> None:
        self.first_painted.emit()

    def _on_store_project_replaced(self) -> None:
        # Another document: start reading it at the top.
        self._scroll_to_top = True
        self._timer.start()

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
