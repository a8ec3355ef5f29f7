"""The window makes each form tab the first time it is needed, and nobody can tell."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from editor.core.project_file import load_project
from editor.ui import settings as keys
from editor.ui.forms.bindings import ERROR_PROPERTY
from editor.ui.lazy_tabs import LazyTabWidget
from editor.ui.main_window import MainWindow
from editor.ui.tabs.base import TabPage
from tests.conftest import SHARED
from tests.ui.conftest import MakeWindow

LUXIGO = SHARED / "examples" / "luxigo.policy.toml"


@pytest.fixture
def luxigo_window(make_window: MakeWindow) -> Callable[[], MainWindow]:
    return lambda: make_window(load_project(LUXIGO))


def made(window: MainWindow) -> list[int]:
    assert isinstance(window.tabs, LazyTabWidget)
    return [index for index in range(window.tabs.count()) if window.tabs.is_made(index)]


def test_only_the_current_tab_is_made_at_the_start(luxigo_window: Callable) -> None:
    window = luxigo_window()
    assert made(window) == [0]
    assert window.tabs.count() == 6


def test_the_remembered_tab_is_the_only_one_made(
    luxigo_window: Callable, settings: QSettings
) -> None:
    keys.LAST_TAB.write(settings, 2)
    window = luxigo_window()
    assert window.tabs.currentIndex() == 2
    assert made(window) == [2]


def test_asking_for_a_tab_makes_it_and_gives_the_real_page(luxigo_window: Callable) -> None:
    window = luxigo_window()
    page = window.tabs.widget(3)
    assert isinstance(page, TabPage) and type(page).__name__ == "CookiesTab"
    assert made(window) == [0, 3]
    assert window.tabs.widget(3) is page  # made once
    assert window.tabs.indexOf(page) == 3
    window.tabs.setCurrentWidget(page)
    assert window.tabs.currentIndex() == 3 and window.tabs.currentWidget() is page
    assert window.tabs.indexOf(QWidget()) == -1
    assert window.tabs.made_pages() == [window.tabs.widget(0), page]


def test_a_tab_picked_on_screen_is_shown_at_its_full_size_at_once(
    qtbot: QtBot, luxigo_window: Callable
) -> None:
    window = luxigo_window()
    with qtbot.waitExposed(window):
        window.show()
    window.tabs.setCurrentIndex(2)  # no event loop in between
    page = window.tabs.widget(2)
    assert made(window) == [0, 2]
    assert page.isVisible()
    assert page.size() == page.parentWidget().size()
    assert page.width() > 300


def test_a_tab_made_later_gets_the_checks_marks(luxigo_window: Callable) -> None:
    window = luxigo_window()
    assert any(f.path == "data_categories[2].retention" for f in window.findings.findings)
    assert 1 not in made(window)
    data = window.tabs.widget(1)
    data.rows.select_row(2)
    assert data.retention.property(ERROR_PROPERTY) is True


def test_a_tab_made_later_brings_its_sections_into_view(
    qtbot: QtBot, luxigo_window: Callable
) -> None:
    window = luxigo_window()
    with qtbot.waitExposed(window):
        window.show()
    bar = window.preview.verticalScrollBar()
    assert bar.value() == 0
    page = window.tabs.widget(4)
    page.section_requested.emit("security")
    assert bar.value() > 0


def test_a_finding_in_a_tab_not_made_yet_reaches_its_field(
    qtbot: QtBot, luxigo_window: Callable
) -> None:
    window = luxigo_window()
    assert window.reveal(("custom_sections", 1, "title"))
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Document"
    document = window.tabs.currentWidget()
    assert isinstance(document, TabPage) and document.custom_rows.current_row() == 1
