"""The preview follows the owner: a chosen row scrolls to its place, an undo
or redo scrolls to what it changed and marks it for a moment."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from editor.core.project_file import load_project
from editor.ui.main_window import MainWindow
from editor.ui.preview import PreviewPane
from editor.ui.preview_marks import FADE_STEPS, HOLD_STEPS
from tests.conftest import SHARED

MakeWindow = Callable[..., MainWindow]
LUXIGO = SHARED / "examples" / "luxigo.policy.toml"


def shown_window(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window(load_project(LUXIGO))
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    window.preview.refresh()
    return window


def rendered(preview: PreviewPane) -> None:
    preview.refresh()
    QCoreApplication.processEvents()


def visible_text(preview: PreviewPane) -> str:
    """The text between the top and the bottom of the preview's viewport."""
    layout = preview.document().documentLayout()
    top = preview.verticalScrollBar().value()
    bottom = top + preview.viewport().height()
    lines = []
    block = preview.document().begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        if rect.bottom() > top and rect.top() < bottom:
            lines.append(block.text())
        block = block.next()
    return "\n".join(lines)


def test_choosing_a_kind_of_data_scrolls_the_preview_to_it(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown_window(qtbot, make_window)
    window.show_tab(1)
    page = window.tabs.widget(1)
    last = page.model.rowCount() - 1
    name = window.store.project.data_categories[last].name
    first_name = window.store.project.data_categories[0].name
    page.rows.select_row(last)
    assert name in visible_text(window.preview)
    bar = window.preview.verticalScrollBar()
    at_last = bar.value()
    page.rows.select_row(0)
    assert first_name in visible_text(window.preview)
    assert bar.value() < at_last


def test_choosing_a_processor_scrolls_to_its_row_in_the_table(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown_window(qtbot, make_window)
    window.show_tab(2)
    page = window.tabs.widget(2)
    processors = window.store.project.processors
    for row in (len(processors) - 1, 0):
        page.rows.select_row(row)
        assert processors[row].name in visible_text(window.preview)


def test_an_undo_on_another_tab_scrolls_to_and_marks_what_changed(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown_window(qtbot, make_window)
    window.store.set_field(("privacy_contact", "email"), "privacy@luxigo.example")
    rendered(window.preview)
    window.show_tab(1)  # the owner is elsewhere, at the top of the statement
    window.preview.verticalScrollBar().setValue(0)
    assert "privacy@luxigo.example" not in visible_text(window.preview)

    window.actions_by_name["undo"].trigger()
    rendered(window.preview)
    marker = window.preview.marker
    assert any("daan@luxigo.nl" in text for text in marker.marked_texts())
    assert "daan@luxigo.nl" in visible_text(window.preview)
    assert marker.strength() == 1.0

    window.actions_by_name["redo"].trigger()
    rendered(window.preview)
    assert any("privacy@luxigo.example" in text for text in marker.marked_texts())
    # Nothing else is marked: only the changed paragraph(s), not the section.
    assert all("Wie wij zijn" not in text for text in marker.marked_texts())


def test_the_mark_fades_and_goes(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = shown_window(qtbot, make_window)
    window.store.set_field(("organisation", "city"), "Rotterdam")
    rendered(window.preview)
    window.actions_by_name["undo"].trigger()
    rendered(window.preview)
    marker = window.preview.marker
    assert marker.marked_texts() and marker.timer.isActive()
    strengths = []
    for _ in range(HOLD_STEPS + FADE_STEPS):  # drive the timer instead of waiting
        marker.timer.timeout.emit()
        strengths.append(marker.strength())
    assert strengths[HOLD_STEPS - 1] == 1.0
    assert 0.0 < strengths[HOLD_STEPS + FADE_STEPS // 2] < 1.0
    assert strengths == sorted(strengths, reverse=True)
    assert marker.marked_texts() == []
    assert not marker.timer.isActive()


def test_typing_marks_nothing(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = shown_window(qtbot, make_window)
    window.store.set_field(("organisation", "city"), "Rotterdam")
    rendered(window.preview)
    assert window.preview.marker.marked_texts() == []
