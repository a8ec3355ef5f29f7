"""The live preview: debounced renders, kept scroll position, sections, links."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from editor.core.model import Project
from editor.core.starter import starter_project
from editor.ui.preview import PreviewPane, render_project
from editor.ui.store import Store

SECTIONS = ("intro", "data", "recipients", "rights", "contact")


def long_statement(project: Project) -> str:
    """A stand-in renderer: long enough to scroll, one anchor per section."""
    parts = [f"<h1>{project.organisation.name or '[naam]'}</h1>"]
    for key in SECTIONS:
        parts.append(f'<a name="{key}"></a><h2>{key}</h2>')
        parts.extend(f"<p>{key} alinea {n}</p>" for n in range(40))
    return "<html><body>" + "".join(parts) + "</body></html>"


@pytest.fixture
def store() -> Store:
    store = Store()
    store.load(starter_project(), None)
    return store


@pytest.fixture
def make_preview(qtbot: QtBot, store: Store) -> Callable[..., PreviewPane]:
    def make(render: Callable[[Project], str] | None = None, interval_ms: int = 5) -> PreviewPane:
        preview = PreviewPane(store, interval_ms=interval_ms, render=render)
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
    assert preview.html() == render_project(store.project)
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
    preview = make_preview(long_statement, interval_ms=50)
    renders: list[float] = []
    preview.rendered.connect(renders.append)
    for text in ("B", "Ba", "Bak", "Bakk", "Bakke"):
        store.set_field(("organisation", "name"), text)
    qtbot.waitUntil(lambda: len(renders) == 1)
    assert preview.toPlainText().startswith("Bakke")
    assert not preview.is_pending()


def test_the_scroll_position_survives_a_render(
    qtbot: QtBot, make_preview: Callable[..., PreviewPane], store: Store
) -> None:
    preview = make_preview(long_statement)
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
    preview = make_preview(long_statement)
    bar = preview.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    other = starter_project()
    other.organisation.name = "Andere winkel"
    store.load(other, None)
    qtbot.waitUntil(lambda: "Andere winkel" in preview.toPlainText())
    assert bar.value() == 0


def test_show_section_scrolls_to_its_anchor(make_preview: Callable[..., PreviewPane]) -> None:
    preview = make_preview(long_statement)
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
    preview = make_preview(long_statement, interval_ms=10_000)
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
    preview = make_preview(long_statement)
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
    preview = make_preview(long_statement)
    preview.anchorClicked.emit(QUrl("#contact"))
    assert preview.verticalScrollBar().value() > 0


def test_first_painted_is_announced_once(qtbot: QtBot, store: Store) -> None:
    preview = PreviewPane(store, render=long_statement)
    qtbot.addWidget(preview)
    announced: list[bool] = []
    preview.first_painted.connect(lambda: announced.append(True))
    with qtbot.waitSignal(preview.first_painted):
        preview.show()
    preview.viewport().repaint()
    qtbot.wait(20)
    assert announced == [True]
