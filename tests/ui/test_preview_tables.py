"""Long tables in the live preview: chunks that read and look like one table."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontMetricsF, QTextCursor, QTextDocument, QTextTable
from pytestqt.qtbot import QtBot

from editor.core.model import Cookie, CookieKind
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.html import render_preview
from editor.export.preview_table import CHUNK_ROWS
from editor.ui.preview import PreviewPane
from editor.ui.store import Store
from tests.conftest import SHARED

COOKIES = 2 * CHUNK_ROWS + 5  # three chunks


@pytest.fixture
def store() -> Store:
    project = starter_project()
    project.cookies = [
        Cookie(
            name=f"cookie_{number}",
            provider="Winkel",
            kind=CookieKind.ANALYTICS,
            description=f"Telt bezoek {number}",
            retention="1 jaar",
            consent=True,
        )
        for number in range(COOKIES)
    ]
    store = Store()
    store.load(project, None)
    return store


@pytest.fixture
def preview(qtbot: QtBot, store: Store) -> PreviewPane:
    pane = PreviewPane(store, interval_ms=5)
    qtbot.addWidget(pane)
    pane.resize(700, 500)
    with qtbot.waitExposed(pane):
        pane.show()
    return pane


def tables(document: QTextDocument) -> Iterator[QTextTable]:
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            yield frame


def cookie_chunks(preview: PreviewPane) -> list[QTextTable]:
    found = [
        table
        for table in tables(preview.document())
        if any(
            "cookie_" in table.cellAt(row, 0).firstCursorPosition().block().text()
            for row in range(table.rows())
        )
    ]
    assert found
    return found


def column_widths(table: QTextTable) -> list[float]:
    return [length.rawValue() for length in table.format().columnWidthConstraints()]


def assert_reads_like_a_full_render(preview: PreviewPane, store: Store) -> None:
    full = QTextDocument()
    full.setHtml(render_preview(assemble(store.project), preview.table_room()))
    assert preview.toPlainText() == full.toPlainText()
    assert preview.document().toHtml() == full.toHtml()


@pytest.fixture
def inserted_html(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every piece of HTML put into a document through a cursor."""
    inserted: list[str] = []
    original = QTextCursor.insertHtml

    def spy(cursor: QTextCursor, html: str) -> None:
        inserted.append(html)
        original(cursor, html)

    monkeypatch.setattr(QTextCursor, "insertHtml", spy)
    return inserted


def test_a_long_table_is_shown_in_chunks_with_every_row_once(preview: PreviewPane) -> None:
    chunks = cookie_chunks(preview)
    assert [table.rows() for table in chunks] == [CHUNK_ROWS + 1, CHUNK_ROWS, 5]
    names = [
        table.cellAt(row, 0).firstCursorPosition().block().text()
        for table in chunks
        for row in range(table.rows())
    ]
    assert names[1:] == [f"cookie_{number}" for number in range(COOKIES)]


def test_the_chunks_line_up_like_one_table(preview: PreviewPane) -> None:
    preview.document().size()  # finish the layout
    QCoreApplication.processEvents()
    layout = preview.document().documentLayout()

    def left_edges(table: QTextTable, row: int) -> list[float]:
        return [
            layout.blockBoundingRect(table.cellAt(row, column).firstCursorPosition().block()).left()
            for column in range(table.columns())
        ]

    def top(table: QTextTable, row: int) -> float:
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    chunks = cookie_chunks(preview)
    for table in chunks[1:]:
        assert left_edges(table, 0) == left_edges(chunks[0], 1)
    # Every row of the same height: from one row to the next is the same
    # distance, across a seam between two chunks too.
    tops = [top(table, row) for table in chunks for row in range(table.rows())][1:]
    steps = {round(after - before, 1) for before, after in itertools.pairwise(tops)}
    assert len(steps) == 1, steps


@pytest.mark.parametrize("row", [0, CHUNK_ROWS - 1, CHUNK_ROWS, COOKIES - 1])
def test_a_cell_edit_replaces_that_cell_and_reads_like_a_full_render(
    preview: PreviewPane, store: Store, inserted_html: list[str], row: int
) -> None:
    store.set_field(("cookies", row, "description"), "Telt <bezoek> & klikken")
    preview.refresh()
    assert len(inserted_html) == 1  # the one cell, not the section
    assert "Telt &lt;bezoek&gt; &amp; klikken" in inserted_html[0]
    assert_reads_like_a_full_render(preview, store)
    store.undo_stack.undo()
    preview.refresh()
    assert_reads_like_a_full_render(preview, store)
    assert len(inserted_html) == 2


def test_an_edit_that_widens_a_column_gives_every_chunk_the_new_widths(
    preview: PreviewPane, store: Store, inserted_html: list[str]
) -> None:
    # Room for every line: the columns follow the length of the text.
    preview.resize(2000, 500)
    preview.refresh()
    inserted_html.clear()
    widths_before = [column_widths(table) for table in cookie_chunks(preview)]
    long_text = "Onthoudt welke artikelen in de winkelwagen liggen, ook na een week"
    store.set_field(("cookies", COOKIES - 1, "description"), long_text)
    preview.refresh()
    assert len(inserted_html) == 1
    chunks = cookie_chunks(preview)
    widths = [column_widths(table) for table in chunks]
    assert widths != widths_before
    assert all(width == widths[0] for width in widths)
    assert_reads_like_a_full_render(preview, store)


EDITS_THAT_CHANGE_THE_SHAPE: dict[str, Callable[[Store], None]] = {
    "a cookie added": lambda store: store.insert_row(
        ("cookies",), CHUNK_ROWS, Cookie(name="nieuw", provider="Winkel")
    ),
    "a cookie removed": lambda store: store.remove_row(("cookies",), 0),
}


@pytest.mark.parametrize(
    "edit", EDITS_THAT_CHANGE_THE_SHAPE.values(), ids=EDITS_THAT_CHANGE_THE_SHAPE
)
def test_rows_added_or_removed_move_the_seams_and_read_like_a_full_render(
    preview: PreviewPane, store: Store, edit: Callable[[Store], None]
) -> None:
    edit(store)
    preview.refresh()
    assert_reads_like_a_full_render(preview, store)
    store.undo_stack.undo()
    preview.refresh()
    assert_reads_like_a_full_render(preview, store)


def test_a_new_width_refits_the_columns_in_place(
    monkeypatch: pytest.MonkeyPatch, preview: PreviewPane, store: Store, inserted_html: list[str]
) -> None:
    room = preview.table_room()
    widths = [column_widths(table) for table in cookie_chunks(preview)]
    whole: list[str] = []
    monkeypatch.setattr(PreviewPane, "setHtml", lambda _self, html: whole.append(html))
    monkeypatch.setattr(PreviewPane, "_replace_part", lambda *_: whole.append("section"))
    preview.resize(420, 500)
    assert preview.is_pending()  # after the debounce, like an edit
    preview.refresh()
    assert preview.table_room() < room
    assert [column_widths(table) for table in cookie_chunks(preview)] != widths
    assert inserted_html == []  # new widths, not new text
    assert whole == []  # nor a new page or section
    assert_reads_like_a_full_render(preview, store)


# -- narrow panes: words wrap whole ------------------------------------------------------
def split_words(preview: PreviewPane) -> list[tuple[str, float, float]]:
    """Each word of a table cell that runs over two lines: (word, its width, the cell's)."""
    preview.document().size()  # finish the layout
    found = []
    block = preview.document().begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        if QTextCursor(block).currentTable() is not None and layout.lineCount() > 1:
            for number in range(layout.lineCount() - 1):
                line = layout.lineAt(number)
                end = line.textStart() + line.textLength()
                if text[end - 1].isalnum() and text[end].isalnum():
                    start = len(text[:end]) - len(text[:end].split()[-1])
                    word = text[start:].split()[0]
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + end)
                    font = cursor.charFormat().font()
                    found.append((word, QFontMetricsF(font).horizontalAdvance(word), line.width()))
        block = block.next()
    return found


@pytest.fixture
def luxigo(qtbot: QtBot, store: Store) -> PreviewPane:
    store.load(load_project(SHARED / "examples" / "luxigo.policy.toml"), None)
    pane = PreviewPane(store, interval_ms=5)
    qtbot.addWidget(pane)
    with qtbot.waitExposed(pane):
        pane.show()
    return pane


def fitted(preview: PreviewPane, width: int) -> PreviewPane:
    preview.resize(width, 600)
    QCoreApplication.processEvents()
    preview.refresh()  # what the debounce does after a resize
    return preview


def test_where_the_words_fit_none_is_split(luxigo: PreviewPane) -> None:
    # Qt's own column widths split "contactgegeven s" at this width, with
    # room enough for every word of the table.
    assert split_words(fitted(luxigo, 540)) == []


@pytest.mark.parametrize("width", [400, 456, 500])
def test_a_narrow_pane_splits_only_words_longer_than_their_cell(
    luxigo: PreviewPane, width: int
) -> None:
    preview = fitted(luxigo, width)
    for word, word_width, cell_width in split_words(preview):
        assert word_width > cell_width, word
    # And nothing to scroll sideways: the guarantee of the preview as a whole.
    assert preview.document().size().width() <= preview.viewport().width() + 1
    assert not preview.horizontalScrollBar().isVisibleTo(preview)


def test_a_long_web_address_breaks_without_a_sideways_scroll(
    preview: PreviewPane, store: Store
) -> None:
    address = "https://www.een-bijzonder-lange-naam.example/privacy/cookies/instellingen"
    store.set_field(("cookies", 0, "description"), address)
    fitted(preview, 420)
    assert any(word in address for word, _width, _cell in split_words(preview))
    assert preview.document().size().width() <= preview.viewport().width() + 1
    assert not preview.horizontalScrollBar().isVisibleTo(preview)


def test_the_first_render_waits_for_the_width_the_pane_is_shown_at(
    qtbot: QtBot, store: Store
) -> None:
    # Fitting the columns of a large shop again would cost a second render.
    pane = PreviewPane(store, interval_ms=5)
    qtbot.addWidget(pane)
    rendered: list[float] = []
    pane.rendered.connect(rendered.append)
    assert pane.html() == ""  # its width is not known yet
    pane.resize(640, 300)
    with qtbot.waitExposed(pane):
        pane.show()
    QCoreApplication.processEvents()  # the scroll bar comes: the room stays
    assert len(rendered) == 1
    assert not pane.is_pending()
    assert pane.html() == render_preview(assemble(store.project), pane.table_room())


def test_on_paper_a_long_table_is_one_table_that_repeats_its_header(
    preview: PreviewPane,
) -> None:
    paper = preview.printable_document()
    cookies = [
        table
        for table in tables(paper)
        if "cookie_0" in table.cellAt(1, 0).firstCursorPosition().block().text()
    ]
    assert len(cookies) == 1
    assert cookies[0].rows() == COOKIES + 1
    assert cookies[0].format().headerRowCount() == 1  # repeated on every page

    def lines(document: QTextDocument) -> list[str]:
        return [line for line in document.toPlainText().splitlines() if line]

    assert lines(paper) == lines(preview.document())
