"""The live preview: the statement as the export will write it, beside the forms.

It runs the same pipeline as every export (assemble, then the HTML writer's
preview flavour), so what the shop owner reads here is what the file says.
Edits arrive in bursts while typing; a single-shot timer folds a burst into
one render, and the scroll position survives the new text.

An edit usually changes one or two sections of a long statement, and laying
out the whole document again (setHtml) is what costs: so the preview keeps
the HTML of the title block and of every section, and replaces in the
document only the parts whose HTML changed. When the list of sections itself
changes, or most of the text does, it shows the whole page again.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontInfo,
    QResizeEvent,
    QShowEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QTextBrowser, QWidget

from editor.export.assemble import ClauseRenders, assemble
from editor.export.html import (
    PREVIEW_END,
    PREVIEW_FONT_PT,
    PREVIEW_START,
    PreviewParts,
    preview_parts,
    render_printable,
)
from editor.ui.preview_marks import ChangeMarker
from editor.ui.preview_patch import patch_section
from editor.ui.store import Store

DEFAULT_INTERVAL_MS = 120

# Links the system may open; anything else (file:, javascript:, ...) is ignored.
EXTERNAL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})

# Room between the frame and the text, in pixels: reads like a page, not a log.
DOCUMENT_MARGIN = 16

# Part by part stays faster than one setHtml even when most sections change (a
# processor's name on a large project: 94 against 205 ms); only when nearly
# all of them do, as when switching between "u" and "je", are the two alike,
# and then a fresh page is the simpler way.
WHOLE_PAGE_SHARE = 0.9

# The columns of a table are chosen for the pane's width in whole units of
# the font size: dragging the splitter re-fits them every 14 px or so, not
# at every pixel. Below this many units the pane is narrower than allowed.
SMALLEST_ROOM = 12


class PreviewPane(QTextBrowser):
    """A read-only QTextBrowser that follows the store.

    ``rendered(ms)`` is emitted after every render with the time it took
    (assemble + HTML + document update), ``first_painted()`` once, after the
    first statement has been painted on screen.
    """

    rendered = Signal(float)
    first_painted = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        self.setAccessibleName(self.tr("Voorvertoning van de privacyverklaring"))
        # We open links ourselves: anchors scroll, web and mail links go to the
        # system, and nothing can make the browser load another document.
        self.setOpenLinks(False)
        document = self.document()
        document.setDocumentMargin(DOCUMENT_MARGIN)
        # Replacing sections through a cursor would otherwise pile up undo steps
        # nobody can reach in a read-only view.
        document.setUndoRedoEnabled(False)
        # The statement wraps to the pane (a word too long for a line breaks
        # anywhere, QTextEdit's default), so there is never anything to scroll
        # sideways; yet at some widths the layout came out one pixel wider than
        # the pane, which showed a useless horizontal scroll bar.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.anchorClicked.connect(self._on_self_anchor_clicked)
        self._store = store
        self._parts: PreviewParts | None = None
        # Where each part starts in the document, found when first needed;
        # QTextCursors move with the text when another part changes length.
        self._starts: list[QTextCursor] | None = None
        self._painted = False
        self.last_render_ms = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.refresh)
        # Clauses that read none of the changed parts of the project keep their markup.
        self._renders = ClauseRenders()
        store.field_changed.connect(self._on_store_part_changed)
        store.rows_inserted.connect(self._on_store_part_changed)
        store.rows_removed.connect(self._on_store_part_changed)
        store.row_moved.connect(self._on_store_part_changed)
        store.changed.connect(self._timer.start)
        store.project_replaced.connect(self._on_store_project_replaced)
        self.viewport().installEventFilter(self)
        self._scroll_to_top = False
        # After an undo or redo: where the text changed, scrolled to and marked.
        self.marker = ChangeMarker(self)
        # The first render waits for the pane's first show, when its width is
        # known: the tables' columns are fitted to it (for a large shop,
        # fitting them again would cost as much as the render itself).

    # -- public ----------------------------------------------------------------
    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

    def is_pending(self) -> bool:
        """True while an edit waits for the debounce timer."""
        return self._timer.isActive()

    def html(self) -> str:
        """The HTML the preview shows now (as rendered, before Qt rewrites it)."""
        return self._parts.page() if self._parts is not None else ""

    def refresh(self) -> None:
        """Render the project now, keeping the reader's place in the text."""
        self._timer.stop()
        started = time.perf_counter()
        bar = self.verticalScrollBar()
        position = 0 if self._scroll_to_top else bar.value()
        statement = assemble(self._store.project, self._renders)
        if self._update(preview_parts(statement, self._parts, self.table_room())):
            bar.setValue(position)
        if self._scroll_to_top:
            bar.setValue(0)
        self._scroll_to_top = False
        if self.marker.has_snapshot():
            self.marker.mark_changes()
        self.last_render_ms = (time.perf_counter() - started) * 1000.0
        self.rendered.emit(self.last_render_ms)

    def table_room(self) -> float:
        """The width of the text, in whole units of its font size: what tables are fitted to."""
        font = QFont(self.font())
        font.setPointSizeF(PREVIEW_FONT_PT)
        unit = max(1, QFontInfo(font).pixelSize())
        # As if the vertical scroll bar were there: its coming when the text
        # grows long must not make the columns fit again.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.contentsRect().width() - bar - 2 * DOCUMENT_MARGIN
        return float(max(SMALLEST_ROOM, width // unit))

    def printable_document(self) -> QTextDocument:
        """A new document of the statement for paper (print, PDF), owned by the caller.

        Not the preview's own: on paper a table is one table, so a page that
        starts inside it repeats its header, with its columns fitted to A4.
        """
        document = QTextDocument()
        document.setDefaultFont(self.document().defaultFont())
        document.setHtml(render_printable(assemble(self._store.project, self._renders)))
        return document

    def follow_next_change(self) -> None:
        """Scroll to and mark what the next render changes (after an undo or redo)."""
        if not self.marker.has_snapshot():
            self.marker.take_snapshot()  # the text still shows the state before it
        self._timer.start()

    def show_part(self, key: str, text: str) -> None:
        """Scroll to the first ``text`` in section ``key`` (a row's name), else the section."""
        self.show_section(key)
        if not text:
            return
        start = 0
        if self._parts is not None and key in self._parts.keys:
            starts = self._section_starts(self._parts.keys)
            if starts is not None:
                start = starts[self._parts.keys.index(key)].position()
        found = self.document().find(text, start, QTextDocument.FindFlag.FindCaseSensitively)
        if found.isNull():
            return
        # In document coordinates, for a table cell too.
        top = self.document().documentLayout().blockBoundingRect(found.block()).top()
        self.verticalScrollBar().setValue(max(0, int(top) - 2 * DOCUMENT_MARGIN))

    def show_section(self, key: str | None) -> None:
        """Scroll so the section ``key`` (a clause id or "custom-N") starts at the top."""
        if not key:
            return
        if self._timer.isActive():
            self.refresh()  # the section may be new: render it before looking for it
        keys = self._parts.keys if self._parts is not None else ()
        if keys and keys[0] == key:
            # The first section: show the title and date above it as well.
            self.verticalScrollBar().setValue(0)
        else:
            self.scrollToAnchor(key)

    # -- updating the document -------------------------------------------------
    def _update(self, parts: PreviewParts) -> bool:
        """Bring the document to ``parts``; True when anything changed."""
        old = self._parts
        if old is None or old.keys != parts.keys:
            self._show_page(parts.page())
            self._parts = parts
            return True
        changed = [
            index
            for index, (before, after) in enumerate(zip(old.bodies, parts.bodies, strict=True))
            if before is not after and before != after
        ]
        title_changed = old.title != parts.title
        if not changed and not title_changed:
            self._parts = parts
            return False
        changed_size = sum(len(parts.bodies[index]) for index in changed)
        if title_changed:
            changed_size += len(parts.title)
        total_size = len(parts.title) + sum(len(body) for body in parts.bodies)
        starts = self._section_starts(parts.keys)
        if starts is None or changed_size > WHOLE_PAGE_SHARE * total_size:
            self._show_page(parts.page())
        else:
            # From the end backwards: each replacement moves only parts already done.
            rooms = (old.room, parts.room)
            for index in reversed(changed):
                heading_at = starts[index].position()
                if not patch_section(
                    self.document(),
                    heading_at,
                    old.sections[index],
                    parts.sections[index],
                    rooms,
                ):
                    self._replace_part(starts, index, parts.bodies[index])
            if title_changed:
                self._replace_part(starts, -1, parts.title)
        self._parts = parts
        return True

    def _show_page(self, html: str) -> None:
        self.setHtml(html)
        self._starts = None

    def _section_starts(self, keys: tuple[str, ...]) -> list[QTextCursor] | None:
        """A cursor at the heading of each section, or None when one cannot be found."""
        if self._starts is not None:
            return self._starts
        document = self.document()
        wanted = set(keys)
        found: dict[str, int] = {}
        block = document.begin()
        while block.isValid():
            # The section anchor sits in the char format of its h2 block.
            names = block.charFormat().anchorNames()
            if (
                names
                and names[0] in wanted
                and names[0] not in found
                and block.blockFormat().headingLevel() == 2
            ):
                found[names[0]] = block.position()
            block = block.next()
        if len(found) != len(keys):
            return None
        starts = []
        for key in keys:
            cursor = QTextCursor(document)
            cursor.setPosition(found[key])
            starts.append(cursor)
        positions = [cursor.position() for cursor in starts]
        if positions != sorted(positions):
            return None
        self._starts = starts
        return starts

    def _replace_part(self, starts: list[QTextCursor], index: int, html: str) -> None:
        """Put ``html`` in place of part ``index`` (-1: the title block).

        The part runs from the first block of its heading to the end of the
        block before the next heading; that last block separator stays, so the
        next part keeps its own block. Qt merges the first inserted block into
        the block that remains, which keeps that block's formats: those of the
        old heading, which the new heading shares (same level, same anchor); we
        set them back explicitly all the same.
        """
        document = self.document()
        start = 0 if index < 0 else starts[index].position()
        cursor = QTextCursor(document)
        if index + 1 < len(starts):
            end = starts[index + 1].position() - 1
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
            end = cursor.position()
        first_block = document.findBlock(start)
        block_format, char_format = first_block.blockFormat(), first_block.charFormat()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertHtml(PREVIEW_START + html + PREVIEW_END)
        cursor.setPosition(start)
        cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(char_format)
        # At the very start of the document (the title) Qt keeps the merged
        # block but not its layout: the title was there yet painted as a blank
        # gap until the next whole page. Laying that block out again fixes it.
        document.markContentsDirty(start, 1)
        if index >= 0:
            # Text inserted at a cursor's own position pushes it to the end.
            starts[index].setPosition(start)

    # -- events ----------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        if self._parts is None:
            self.refresh()  # before the first paint, so that shows the statement
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._parts is not None and self.table_room() != self._parts.room:
            # The tables' columns are fitted to the new width after the
            # debounce, so dragging the splitter does not re-fit them at every step.
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and watched is self.viewport() and event.type() == QEvent.Type.Paint:
            self._painted = True
            # Emitted after this paint has finished, so a listener that quits
            # the program measures a start-up that really reached the screen.
            QTimer.singleShot(0, self, self._on_first_paint_done)
        return super().eventFilter(watched, event)

    def _on_first_paint_done(self) -> None:
        self.first_painted.emit()

    def _on_store_part_changed(self, path: tuple[str | int, ...], *_rows: int) -> None:
        self._renders.touch(str(path[0]))

    def _on_store_project_replaced(self) -> None:
        self._renders.touch_all()
        # Another document: start reading it at the top, nothing marked.
        self.marker.clear()
        self._scroll_to_top = True
        self._timer.start()

    def _on_self_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme().lower() in EXTERNAL_SCHEMES:
            QDesktopServices.openUrl(url)
        elif not url.scheme() and not url.path() and url.hasFragment():
            self.scrollToAnchor(url.fragment())
