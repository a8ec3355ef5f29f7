"""The live preview: debounced renders, kept scroll position, sections, links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from pytestqt.qtbot import QtBot

from editor.core.model import Address, Project
from editor.core.project_file import load_project
from editor.core.starter import starter_project
from editor.export.assemble import assemble
from editor.export.html import preview_parts, render_preview
from editor.export.preview_table import REFERENCE_WIDTH
from editor.ui import preview as preview_module
from editor.ui.preview import PreviewPane
from editor.ui.store import Store
from tests.conftest import SHARED


def render_project(project: Project, room: float = REFERENCE_WIDTH) -> str:
    """What a fresh preview ``room`` wide shows for ``project``: the export pipeline,
    preview flavour."""
    return render_preview(assemble(project), room)


@pytest.fixture
def store() -> Store:
    store = Store()
    store.load(starter_project(), None)
    return store


@pytest.fixture
def make_preview(qtbot: QtBot, store: Store) -> Callable[..., PreviewPane]:
    """``make_preview(long=False, interval_ms=5)``: a preview of the store's project;
    ``long``: of a real shop whose statement is long enough to scroll."""

    def make(long: bool = False, interval_ms: int = 5) -> PreviewPane:
        if long:
            store.load(load_project(SHARED / "examples" / "luxigo.policy.toml"), None)
        preview = PreviewPane(store, interval_ms=interval_ms)
        qtbot.addWidget(preview)
        preview.resize(500, 400)
        with qtbot.waitExposed(preview):
            preview.show()
        return preview

    return make


def test_starts_with_the_statement_of_the_project(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview()
    assert preview.html() == render_project(store.project, preview.table_room())
    assert "Privacyverklaring" in preview.toPlainText()


def test_an_edit_reaches_the_preview_after_the_debounce(
    qtbot: QtBot, make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview()
    store.set_field(("organisation", "name"), "Bakkerij Zoet & Zout")
    assert preview.is_pending()
    assert "Bakkerij Zoet & Zout" not in preview.toPlainText()
    qtbot.waitUntil(lambda: "Bakkerij Zoet & Zout" in preview.toPlainText())
    assert not preview.is_pending()


def test_a_burst_of_edits_renders_once(
    qtbot: QtBot, make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview(long=True, interval_ms=50)
    renders: list[float] = []
    preview.rendered.connect(renders.append)
    for text in ("B", "Ba", "Bak", "Bakk", "Bakke"):
        store.set_field(("organisation", "name"), text)
    qtbot.waitUntil(lambda: len(renders) == 1)
    assert "Bakke" in preview.toPlainText()
    assert not preview.is_pending()


def test_the_scroll_position_survives_a_render(
    qtbot: QtBot, make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview(long=True)
    bar = preview.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    store.set_field(("organisation", "name"), "Nieuwe naam")
    qtbot.waitUntil(lambda: "Nieuwe naam" in preview.toPlainText())
    assert bar.value() == middle


def test_a_new_project_starts_at_the_top(
    qtbot: QtBot, make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview(long=True)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    other = starter_project()
    other.organisation.name = "Andere winkel"
    store.load(other, None)
    qtbot.waitUntil(lambda: "Andere winkel" in preview.toPlainText())
    assert bar.value() == 0


def test_show_section_scrolls_to_its_anchor(make_preview: Callable[..., PreviewPane]) -> None:
    preview = make_preview(long=True)
    bar = preview.verticalScrollBar()
    positions = []
    for key in ("data", "rights", "contact"):
        preview.show_section(key)
        positions.append(bar.value())
    assert 0 < positions[0] < positions[1] < positions[2]
    preview.show_section("intro")
    assert bar.value() < positions[0]


def test_show_section_renders_a_pending_edit_first(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview(long=True, interval_ms=10_000)
    store.set_field(("organisation", "name"), "Direct zichtbaar")
    preview.show_section("contact")
    assert "Direct zichtbaar" in preview.toPlainText()
    assert not preview.is_pending()


def test_the_real_preview_has_an_anchor_per_section(
    make_preview: Callable[..., PreviewPane],
) -> None:
    preview = make_preview()
    bar = preview.verticalScrollBar()
    preview.show_section("contact")
    assert bar.value() > 0
    preview.show_section("intro")
    contact_at_top = bar.value()
    preview.show_section("contact")
    assert bar.value() > contact_at_top


def test_web_links_go_to_the_system_and_others_are_ignored(
    monkeypatch: pytest.MonkeyPatch, make_preview: Callable[..., PreviewPane]
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    preview = make_preview(long=True)
    html_before = preview.toHtml()
    preview.anchorClicked.emit(QUrl("https://autoriteitpersoonsgegevens.nl"))
    preview.anchorClicked.emit(QUrl("mailto:info@example.nl"))
    preview.anchorClicked.emit(QUrl("file:///etc/passwd"))
    preview.anchorClicked.emit(QUrl("other.html"))
    assert [url.toString() for url in opened] == [
        "https://autoriteitpersoonsgegevens.nl",
        "mailto:info@example.nl",
    ]
    assert preview.toHtml() == html_before


def test_an_internal_link_scrolls(make_preview: Callable[..., PreviewPane]) -> None:
    preview = make_preview(long=True)
    preview.anchorClicked.emit(QUrl("#contact"))
    assert preview.verticalScrollBar().value() > 0


def test_first_painted_is_announced_once(qtbot: QtBot, store: Store) -> None:
    preview = PreviewPane(store)
    qtbot.addWidget(preview)
    announced: list[bool] = []
    preview.first_painted.connect(lambda: announced.append(True))
    with qtbot.waitSignal(preview.first_painted):
        preview.show()
    preview.viewport().repaint()  # a second paint, synchronously: no second announcement
    QCoreApplication.processEvents()
    assert announced == [True]


# -- updating only the sections that changed -----------------------------------
ALL_CLAUSES_RECIPIENTS_LAST = [
    "intro",
    "data",
    "cookies",
    "newsletter",
    "children",
    "automated-decisions",
    "security",
    "rights",
    "complaint",
    "changes",
    "contact",
    "recipients",
]


def fresh_document_of(html: str) -> QTextDocument:
    """What a full render (setHtml on a new document) makes of ``html``."""
    document = QTextDocument()
    document.setHtml(html)
    return document


def assert_matches_a_full_render(preview: PreviewPane, project: Project) -> None:
    full = fresh_document_of(render_project(project, preview.table_room()))
    assert preview.toPlainText() == full.toPlainText()
    # Formats too: heading levels, anchors, lists and tables came out the same.
    assert preview.document().toHtml() == full.toHtml()
    assert preview.html() == render_project(project, preview.table_room())


@pytest.fixture
def whole_pages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every whole page the previews show (setHtml); part updates are not in it."""
    shown: list[str] = []
    original = PreviewPane.setHtml

    def spy(self: PreviewPane, html: str) -> None:
        shown.append(html)
        original(self, html)

    monkeypatch.setattr(PreviewPane, "setHtml", spy)
    return shown


EDITS_OF_ONE_OR_TWO_PARTS: dict[str, Callable[[Store], None]] = {
    "shop name (title and sections)": lambda store: store.set_field(
        ("organisation", "name"), "Bakkerij <Zoet> & Zout"
    ),
    "a processor (a table)": lambda store: store.set_field(
        ("processors", 0, "purpose"), "Het bezorgen van pakketten, ook op zondag"
    ),
    "a kind of data (lists)": lambda store: store.set_field(
        ("data_categories", 1, "items"), ["Naam", "Adres", "Telefoonnummer", "Voorkeuren"]
    ),
    "the last section": lambda store: store.set_field(
        ("privacy_contact", "email"), "privacy@bakkerij.example"
    ),
    "the title block only": lambda store: store.set_field(("document", "version"), "2.5"),
}


@pytest.mark.parametrize("edit", EDITS_OF_ONE_OR_TWO_PARTS.values(), ids=EDITS_OF_ONE_OR_TWO_PARTS)
def test_an_edit_replaces_only_its_sections_and_reads_like_a_full_render(
    make_preview: Callable[..., PreviewPane],
    store: Store,
    whole_pages: list[str],
    edit: Callable[[Store], None],
) -> None:
    preview = make_preview()
    pages_before = len(whole_pages)
    edit(store)
    preview.refresh()
    assert len(whole_pages) == pages_before  # updated in place, not set again
    assert_matches_a_full_render(preview, store.project)


def test_a_table_in_the_last_section_is_replaced_cleanly(
    make_preview: Callable[..., PreviewPane], store: Store, whole_pages: list[str]
) -> None:
    store.set_field(("clauses", "order"), ALL_CLAUSES_RECIPIENTS_LAST)
    preview = make_preview()
    pages_before = len(whole_pages)
    for number in range(3):
        store.set_field(("processors", 1, "name"), f"Vervoerder {number}")
        preview.refresh()
        assert_matches_a_full_render(preview, store.project)
    assert len(whole_pages) == pages_before


def test_edits_in_a_row_keep_every_section_in_its_place(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview()
    for number in range(4):
        store.set_field(("organisation", "name"), f"Winkel {number}")
        store.set_field(("processors", 0, "purpose"), "Bezorgen " * (number + 1))
        preview.refresh()
    assert_matches_a_full_render(preview, store.project)
    bar = preview.verticalScrollBar()
    preview.show_section("intro")
    intro_at = bar.value()
    preview.show_section("contact")
    assert bar.value() > intro_at


def test_a_new_section_shows_the_whole_page_again(
    make_preview: Callable[..., PreviewPane], store: Store, whole_pages: list[str]
) -> None:
    preview = make_preview()
    pages_before = len(whole_pages)
    store.set_field(("clauses", "disabled"), ["children"])
    preview.refresh()
    assert len(whole_pages) == pages_before + 1
    assert_matches_a_full_render(preview, store.project)


def test_switching_the_form_of_address_reads_like_a_full_render(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview()
    other = Address.INFORMAL if store.project.document.address is Address.FORMAL else Address.FORMAL
    store.set_field(("document", "address"), other)
    preview.refresh()
    assert_matches_a_full_render(preview, store.project)


def test_an_edit_of_more_than_the_share_shows_the_whole_page(
    monkeypatch: pytest.MonkeyPatch,
    make_preview: Callable[..., PreviewPane],
    store: Store,
    whole_pages: list[str],
) -> None:
    preview = make_preview()
    pages_before = len(whole_pages)
    monkeypatch.setattr(preview_module, "WHOLE_PAGE_SHARE", 0.0)
    store.set_field(("privacy_contact", "email"), "vragen@winkel.example")
    preview.refresh()
    assert len(whole_pages) == pages_before + 1
    assert_matches_a_full_render(preview, store.project)


def test_the_scroll_position_survives_a_section_update(
    make_preview: Callable[..., PreviewPane], store: Store, whole_pages: list[str]
) -> None:
    preview = make_preview()
    bar = preview.verticalScrollBar()
    assert bar.maximum() > 1000
    bar.setValue(bar.maximum() // 2)
    middle = bar.value()
    pages_before = len(whole_pages)
    store.set_field(("privacy_contact", "email"), "vragen@winkel.example")
    preview.refresh()
    assert len(whole_pages) == pages_before
    assert "vragen@winkel.example" in preview.toPlainText()
    assert bar.value() == middle


def test_part_updates_leave_nothing_to_undo(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview()
    store.set_field(("organisation", "name"), "Winkel zonder geschiedenis")
    preview.refresh()
    assert not preview.document().isUndoAvailable()


def test_the_parts_make_the_same_page_as_render_preview(store: Store) -> None:
    statement = assemble(store.project)
    parts = preview_parts(statement)
    assert parts.page() == render_preview(statement)
    store.set_field(("organisation", "name"), "Andere naam")
    again = preview_parts(assemble(store.project), parts)
    assert again.page() == render_project(store.project)
    # Sections the edit did not touch keep the very same HTML string.
    kept = [new is old for new, old in zip(again.bodies, parts.bodies, strict=True)]
    assert any(kept) and not all(kept)


def test_nothing_to_scroll_sideways_at_any_width(qtbot: QtBot, store: Store) -> None:
    preview = PreviewPane(store)
    qtbot.addWidget(preview)
    preview.show()
    preview.refresh()
    for width in range(480, 540):
        preview.resize(width, 600)
        preview.document().size()  # finish the layout
        QCoreApplication.processEvents()
        # The text wraps to the pane: at most a pixel of rounding, never a scroll bar.
        assert preview.document().size().width() <= preview.viewport().width() + 1, width
        assert not preview.horizontalScrollBar().isVisibleTo(preview), width


def blocks_without_layout(preview: PreviewPane) -> list[str]:
    """The text of every block the document holds but would not paint (no lines laid out)."""
    QCoreApplication.processEvents()
    missing = []
    block = preview.document().begin()
    while block.isValid():
        if block.text() and block.layout().lineCount() == 0:
            missing.append(block.text())
        block = block.next()
    return missing


def test_the_title_survives_an_edit_of_the_shop_name_and_its_undo(
    make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    # The title part is replaced at the very start of the document, where Qt
    # kept the merged heading block but dropped its layout: a blank gap.
    preview = make_preview()
    for name in ("B", "Ba", "Bakkerij"):
        store.set_field(("organisation", "name"), name)
        preview.refresh()
        assert blocks_without_layout(preview) == []
    for _ in range(3):
        store.undo_stack.undo()
        preview.refresh()
        assert blocks_without_layout(preview) == []
    title = preview.document().begin()
    assert title.text() == "Privacyverklaring"
    assert preview.document().documentLayout().blockBoundingRect(title).height() > 0


# -- an edit deep in a section: only its block or cell changes --------------------------
@pytest.fixture
def flowers(store: Store) -> Store:
    """A shop with processors, cookies and kinds of data (two examples together)."""
    project = load_project(SHARED / "examples" / "luxigo.policy.toml")
    project.cookies = load_project(SHARED / "examples" / "flowers-by-jennifer.policy.toml").cookies
    store.load(project, None)
    return store


@pytest.fixture
def whole_sections(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every section the previews put in again as a whole (by index)."""
    replaced: list[int] = []
    original = PreviewPane._replace_part

    def spy(self: PreviewPane, starts: list[Any], index: int, html: str) -> None:
        replaced.append(index)
        original(self, starts, index, html)

    monkeypatch.setattr(PreviewPane, "_replace_part", spy)
    return replaced


EDITS_INSIDE_A_SECTION: dict[str, Callable[[Store], None]] = {
    "a processor's name (a table cell)": lambda store: store.set_field(
        ("processors", 0, "name"), "Bloemen <Bezorg> & Co"
    ),
    "a cookie's description (a table cell)": lambda store: store.set_field(
        ("cookies", 0, "description"), "Onthoudt de inhoud van je winkelmand"
    ),
    "a retention over two lines (a paragraph)": lambda store: store.set_field(
        ("data_categories", 0, "retention"), "7 jaar\nna de laatste bestelling"
    ),
    "one item of a list": lambda store: store.set_field(
        ("data_categories", 0, "items"),
        ["Naam (voluit)", *store.project.data_categories[0].items[1:]],
    ),
}


@pytest.mark.parametrize("edit", EDITS_INSIDE_A_SECTION.values(), ids=EDITS_INSIDE_A_SECTION)
def test_an_edit_inside_a_section_changes_only_its_block_and_reads_like_a_full_render(
    make_preview: Callable[..., PreviewPane],
    flowers: Store,
    whole_pages: list[str],
    whole_sections: list[int],
    edit: Callable[[Store], None],
) -> None:
    preview = make_preview()
    pages_before = len(whole_pages)
    edit(flowers)
    preview.refresh()
    assert_matches_a_full_render(preview, flowers.project)
    flowers.undo_stack.undo()  # and back, in place too
    preview.refresh()
    assert_matches_a_full_render(preview, flowers.project)
    assert len(whole_pages) == pages_before
    assert whole_sections == []


def test_a_list_that_grows_puts_its_section_in_again(
    make_preview: Callable[..., PreviewPane], flowers: Store, whole_sections: list[int]
) -> None:
    preview = make_preview()
    items = flowers.project.data_categories[0].items
    flowers.set_field(("data_categories", 0, "items"), [*items, "Lievelingsbloem"])
    preview.refresh()
    assert len(whole_sections) == 1
    assert_matches_a_full_render(preview, flowers.project)
