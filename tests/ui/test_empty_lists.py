"""Deleting every row: no stale details, a hint of what to do, the check's finding shown."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from editor.core.checks import Severity
from editor.ui.main_window import MainWindow

MakeWindow = Callable[[], MainWindow]
PROCESSORS, COOKIES = 2, 3


def shown(qtbot: QtBot, make_window: MakeWindow) -> MainWindow:
    window = make_window()
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    return window


def delete_every_row(window: MainWindow, tab: int) -> None:
    window.show_tab(tab)
    page = window.tabs.widget(tab)
    while page.model.rowCount():
        page.rows.remove_action.trigger()


def test_deleting_every_processor_leaves_no_details_and_says_what_to_do(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    window = shown(qtbot, make_window)
    delete_every_row(window, PROCESSORS)
    page = window.tabs.widget(PROCESSORS)
    assert window.store.project.processors == []
    assert not page.name.isVisible()  # no greyed details of a row that is gone
    assert page.empty_hint.isVisible()
    assert "Uit catalogus" in page.empty_hint.text()

    window.actions_by_name["undo"].trigger()
    assert page.model.rowCount() == 1
    assert page.name.isVisible() and page.name.isEnabled()
    assert page.name.text() == window.store.project.processors[0].name
    assert not page.empty_hint.isVisible()


def test_an_empty_cookie_table_says_what_to_do(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = shown(qtbot, make_window)
    page = window.tabs.widget(COOKIES)
    assert not page.empty_hint.isVisible()
    delete_every_row(window, COOKIES)
    assert page.empty_hint.isVisible()
    assert "Toevoegen" in page.empty_hint.text()
    page.rows.add_action.trigger()
    assert not page.empty_hint.isVisible()


def test_the_window_shows_a_finding_about_an_empty_list(
    qtbot: QtBot, make_window: MakeWindow
) -> None:
    # The check's placeholder rule: no recipients at all is a blank in the statement.
    window = shown(qtbot, make_window)
    delete_every_row(window, PROCESSORS)
    window.findings.refresh()
    (finding,) = [f for f in window.findings.findings if f.path == "processors"]
    assert (finding.id, finding.severity) == ("placeholder", Severity.ERROR)
    assert finding.message in [item.text() for item in window.findings.finding_items()]
    page = window.tabs.widget(PROCESSORS)
    assert page.table.property("hasError") is True
    assert page.table.toolTip() == finding.message
    window.actions_by_name["undo"].trigger()
    window.findings.refresh()
    assert not page.table.property("hasError")
    assert window.reveal(("processors",))
